"""The one-line summary of the task a prompt asks for.

Examples:
    >>> task_summary("Thanks! Now port the parser to Rust. Then benchmark it.")
    'Now port the parser to Rust.'
"""

from __future__ import annotations

import re

from todokit.prompt.intent import asks_for_work
from todokit.prompt.prose import LEADING_MARKUP, prose_lines

SUMMARY_LIMIT = 120
"""Most characters of a task summary (cut at a word, with an ellipsis)."""

# Western sentences end at ". " and the like; Chinese and Japanese ones at the
# ideographic full stop and the full-width marks, with no space after them.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=\S)|(?<=[\u3002\uff01\uff1f])")


def _paragraphs(prompt: str) -> list[str]:
    """The prose as one line per paragraph: a list item or heading starts a new one."""
    paragraphs: list[str] = []
    joining = False
    for line in prose_lines(prompt):
        marked = LEADING_MARKUP.match(line) is not None
        text = " ".join(LEADING_MARKUP.sub("", line).split())
        if joining and text and not marked:
            paragraphs[-1] += " " + text
        elif text:
            paragraphs.append(text)
        joining = bool(text) and not line.startswith("#")
    return paragraphs


def _sentences(prose: str) -> list[str]:
    """Split one line of prose into sentences."""
    return [part.strip() for part in _SENTENCE_END.split(prose) if part.strip()]


def task_summary(prompt: str, limit: int = SUMMARY_LIMIT) -> str:
    r"""Return a one-line summary of the task a prompt asks for.

    The first sentence of the first line of prose (fenced code, pasted logs
    and tracebacks left out), after any opening greeting ("Hi!", "Thanks.");
    Markdown list and heading marks are dropped and white space is folded.
    Longer than ``limit`` characters (at least 2), it is cut at a word and ends
    with ``…``. It is empty when the prompt holds no prose at all.

    Complexity: O(len(prompt)).

    Examples:
        >>> task_summary("Users get logged out after 5 minutes")
        'Users get logged out after 5 minutes'
        >>> task_summary("## Plan\n- Port the parser to Rust, then benchmark it")
        'Port the parser to Rust, then benchmark it'
        >>> task_summary("Make every page of the admin area load in under a second", limit=30)
        'Make every page of the admin…'
    """
    sentences = [sentence for line in _paragraphs(prompt) for sentence in _sentences(line)]
    chosen = next((s for s in sentences if asks_for_work(s)), sentences[0] if sentences else "")
    return shorten(chosen, limit)


def shorten(text: str, limit: int = SUMMARY_LIMIT) -> str:
    """Fold white space and cut ``text`` at a word so that it fits ``limit`` characters.

    Examples:
        >>> shorten("Migrate the storage layer to Postgres", 22)
        'Migrate the storage…'
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"
