"""A fast path for the plain text of the inline Markdown that task lists use most.

Most task lines hold only three kinds of markup: ``**strong**`` priority marks,
```code``` spans and ``[text](target)`` links. :func:`simple_plain_text` reads
exactly those, in the forms whose meaning CommonMark leaves no room to doubt,
and gives up (returns None) whenever anything else that could start markup
remains — then mistune's inline parser decides. Equality with mistune on every
text this path accepts is tested over the shared corpus and generated text.

Examples:
    >>> simple_plain_text("**P1** fix `parse_config()` ([spec](docs/spec.md))")
    'P1 fix parse_config() (spec)'
    >>> simple_plain_text("*emphasis* needs the full parser") is None
    True
"""

from __future__ import annotations

import re

_PLAIN = r"[^\s*_`\[\]<>!&\\]"  # a character that can neither start nor close markup
_SIMPLE = re.compile(
    r"(?=[`*\[])"  # a quick first-character test before the three forms
    r"(?:(?<!`)`(?P<code>[^`]+)`(?!`)"
    r"|(?<![^\s(])\*\*(?P<strong>" + _PLAIN + r"(?:[^*_`\[\]<>!&\\]*" + _PLAIN + r")?)\*\*"
    r"(?=[\s.,:;?)]|$)"
    r"|(?<!!)\[(?P<label>[^\[\]*_`<>!&\\]+)\]\((?P<target>[^\s()<>\\]*)\))"
)
_SPECIAL = re.compile(r"[*_`\[\]<&\\]|!\[")


def _code(content: str) -> str:
    """A code span's text: CommonMark strips a space each side when both are, unless all spaces."""
    if content.startswith(" ") and content.endswith(" ") and content.strip(" "):
        return content[1:-1]
    return content


def _content(match: re.Match[str]) -> str:
    """The plain text of one matched span: code, strong text or a link's label."""
    code = match.group("code")
    if code is not None:
        return _code(code)
    return match.group("strong") or match.group("label")


def simple_plain_text(source: str) -> str | None:
    """Return the plain text of ``source``, or None when it needs the full inline parser.

    Args:
        source: One line of inline Markdown.

    Returns:
        The text with strong marks, code-span backticks and link targets
        removed (whitespace not yet collapsed), or None.

    Complexity: O(len(source)), in two regular-expression passes.
    """
    if _SPECIAL.search(_SIMPLE.sub("", source)):
        return None
    return _SIMPLE.sub(_content, source)
