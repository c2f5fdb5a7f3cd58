"""Plain text of a line of Markdown, with inline markup removed.

mistune's inline parser does the reading, so emphasis, code spans, links,
images, autolinks, HTML and escapes are understood exactly as a renderer
would. Text without any character that can start inline markup skips the
parser entirely, which keeps the common case fast.

Examples:
    >>> plain_text("**P1** Fix `login()` — see [docs](https://x)")
    'P1 Fix login() — see docs'
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mistune.inline_parser import InlineParser

from todokit.document.fastinline import simple_plain_text

_MARKUP = re.compile(r"[*_`\[\]<>!&\\~]|https?:|www\.")
_SPACES = re.compile(r"\s+")


def plain_text(source: str) -> str:
    """Return ``source`` as plain text: markup removed, whitespace collapsed.

    Args:
        source: Inline Markdown (a task's first line after its checkbox).

    Returns:
        The text a reader sees, on one line, stripped.

    Examples:
        >>> plain_text("  *a*   b ")
        'a b'
    """
    if _MARKUP.search(source) is None:
        return " ".join(source.split())  # str.split and re's \s agree on what is white space
    simple = simple_plain_text(source)
    if simple is not None:
        return " ".join(simple.split())
    return _parsed_text(source)


@lru_cache(maxsize=1)
def _parser() -> InlineParser:
    """The inline parser of mistune, made once and on first use."""
    from mistune.inline_parser import InlineParser  # noqa: PLC0415 - imported only when needed

    return InlineParser()


@lru_cache(maxsize=4096)
def _parsed_text(source: str) -> str:
    """The plain text mistune's inline parse of ``source`` gives; kept for repeated texts."""
    import html  # noqa: PLC0415 - like mistune, only when markup is present

    from mistune.core import InlineState  # noqa: PLC0415

    state = InlineState({})
    state.src = source
    tokens: list[Any] = _parser().parse(state)
    parts: list[str] = []
    pending: list[Any] = list(reversed(tokens))
    while pending:  # iterative walk: nesting depth is the text's, not the stack's
        token = pending.pop()
        kind = token.get("type")
        if "children" in token:
            pending.extend(reversed(token["children"]))
        elif kind in ("text", "codespan"):
            raw = token.get("raw", "")
            parts.append(html.unescape(raw) if kind == "text" else raw)
        elif kind in ("softbreak", "linebreak"):
            parts.append(" ")
    return _SPACES.sub(" ", "".join(parts)).strip()
