"""Hypothesis strategies for task lists as people keep them, and shared checks.

:func:`task_lists` draws sections (sometimes an "Out of scope" one with
groups), tight or loose lists with any bullet, nested tasks and notes of every
status, continuation lines, priorities and due dates, paragraphs and fences,
LF or CRLF, with or without a final newline.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TypeVar

from hypothesis import strategies as st

from todokit.document import Document, Item

WORDS = ("login", "auth", "docs", "cache", "deploy", "tests", "ui", "db")
EXTRAS = ("", "", "", " P0", " 🔽", " ⏫", " 📅 2026-03-01", " due:2026-01-15", " (B)")
STATUSES = (" ", " ", "x", "/", "-", ">", "X", None)
T = TypeVar("T")
SECTIONS = ("Now", "API", "Later", "Out of scope", "out of scope", "Backlog")
BULLETS = ("-", "*", "+", "1.")


class Choices:
    """Decodes one drawn integer into many small choices (few draws keep generation fast).

    Hypothesis shrinks the integer towards 0, which picks the first option of every choice.
    """

    def __init__(self, code: int) -> None:
        self.code = code

    def pick(self, options: Sequence[T]) -> T:
        self.code, index = divmod(self.code, len(options))
        return options[index]

    def chance(self, one_in: int) -> bool:
        self.code, index = divmod(self.code, one_in)
        return index == 1


CODES = st.integers(0, 2**62)


@st.composite
def item_lines(draw: st.DrawFn, indent: str, bullet: str, depth: int) -> list[str]:
    """One item with maybe a continuation line and children, as lines without endings."""
    choice = Choices(draw(CODES))
    status = choice.pick(STATUSES)
    words = [choice.pick(WORDS) for _ in range(1 + choice.pick((0, 1, 2)))]
    text = " ".join(words) + choice.pick(EXTRAS) + f" n{choice.pick(range(30))}"
    box = "" if status is None else f"[{status}] "
    lines = [f"{indent}{bullet} {box}{text}"]
    inner = indent + " " * (len(bullet) + 1)
    if choice.chance(6):
        lines.append(f"{inner}more about {words[0]}")
    if depth < 2 and choice.chance(3):
        lines += draw(list_lines(inner, depth + 1))
    return lines


@st.composite
def list_lines(draw: st.DrawFn, indent: str = "", depth: int = 0) -> list[str]:
    """A tight or loose list of one to four items sharing one bullet."""
    choice = Choices(draw(CODES))
    bullet = choice.pick(BULLETS)
    loose = choice.chance(4)
    lines: list[str] = []
    for _ in range(1 + choice.pick(range(4))):
        if lines and loose:
            lines.append("")
        lines += draw(item_lines(indent, bullet, depth))
    return lines


@st.composite
def section_lines(draw: st.DrawFn) -> list[str]:
    """A heading (or none) with text, a list, and maybe a group sub-heading."""
    choice = Choices(draw(CODES))
    lines: list[str] = []
    if not choice.chance(3):
        lines += [f"{choice.pick(('##', '###', '#'))} {choice.pick(SECTIONS)}", ""]
    if choice.chance(5):
        lines += ["Some notes about this part.", ""]
    if choice.chance(7):
        lines += ["```", "- [ ] not a task", "```", ""]
    lines += draw(list_lines())
    if choice.chance(4):
        lines += ["", f"### {choice.pick(SECTIONS)}", ""]
        lines += draw(list_lines())
    return lines


@st.composite
def task_lists(draw: st.DrawFn) -> str:
    """A whole task list: one to four sections joined by LF or CRLF."""
    choice = Choices(draw(CODES))
    lines: list[str] = []
    for _ in range(1 + choice.pick(range(4))):
        if lines:
            lines.append("")
        lines += draw(section_lines())
    ending = choice.pick(("\n", "\r\n"))
    return ending.join(lines) + ("" if choice.chance(2) else ending)


def word_relevance(words: frozenset[str]) -> Callable[[Item], bool]:
    """Return a predicate: an item is relevant when its text holds one of ``words``."""

    def relevant(item: Item) -> bool:
        return bool(words & set(item.text.split()))

    return relevant


def line_counts(doc: Document) -> Counter[str]:
    """Count the non-blank lines of a document, line endings ignored."""
    return Counter(line.rstrip("\r\n") for line in doc.lines if line.strip())


def placement(doc: Document) -> Counter[tuple[str | None, str, str]]:
    """Count (section, parent's first line, first line) of every item: where each item sits."""
    return Counter(
        (item.section, item.parent.raw if item.parent else "", item.raw) for item in doc.items
    )
