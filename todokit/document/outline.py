r"""Sections of a document by name, and the one place that says which tasks are parked.

A task is *parked* when it sits in a section named "Out of scope" (any heading
level, any case or spacing), directly or under a group heading inside it.
Every part of todokit asks :func:`parked_flags` or :func:`out_of_scope_spans`;
names of sections are compared with :func:`name_key`.

Examples:
    >>> from todokit.document import parse
    >>> doc = parse("## API\n- [ ] a\n## Out of Scope\n### API\n- [ ] b\n")
    >>> parked_flags(doc)
    [False, True]
    >>> name_key("  Out   of SCOPE ")
    'out of scope'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from todokit.document.identity import content_hash
from todokit.document.item import Item
from todokit.document.lines import split_lines
from todokit.document.model import Document

OUT_OF_SCOPE_HEADING = "Out of scope"
"""The heading todokit parks unrelated work under (found in any case and spacing)."""

_THEMATIC_BREAK = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*")


def name_key(text: str) -> str:
    """Return a heading or section name folded for comparison: spacing and case ignored.

    Examples:
        >>> name_key("Back  end") == name_key("back end")
        True
    """
    return " ".join(text.split()).casefold()


def same_name(first: str, second: str) -> bool:
    """Return whether two heading texts name the same section."""
    return name_key(first) == name_key(second)


_PARKED_KEY = name_key(OUT_OF_SCOPE_HEADING)


def is_out_of_scope(name: str | None) -> bool:
    """Return whether a heading text names the "Out of scope" section."""
    return name is not None and name_key(name) == _PARKED_KEY


def section_end(doc: Document, number: int) -> int:
    """Return the index of the line after section ``number`` (before the next peer heading)."""
    level = doc.headings[number].level
    for heading in doc.headings[number + 1 :]:
        if heading.level <= level:
            return heading.line
    return len(doc.lines)


def out_of_scope_spans(doc: Document) -> list[tuple[int, int]]:
    """Return ``(heading line, end line)`` of every section named "Out of scope".

    Items in any of them count as parked; new ones go to the first.

    Complexity: O(number of headings squared) at worst, O(headings) in practice.
    """
    return [
        (heading.line, section_end(doc, number))
        for number, heading in enumerate(doc.headings)
        if is_out_of_scope(heading.text)
    ]


def inside(line: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Return whether line index ``line`` lies in one of ``spans``."""
    return any(first <= line < end for first, end in spans)


def parked_flags(doc: Document) -> list[bool]:
    """Return, per item of ``doc``, whether it is parked (inside an "Out of scope" section).

    Complexity: O(items + headings).
    """
    spans = out_of_scope_spans(doc)
    if not spans:  # read from the scan: a long list's item views are not made for this
        return [False] * len(doc.table)
    return [inside(line, spans) for line in doc.table.line]


def block_key(item: Item) -> str:
    """Return what a block is known by between two versions of a list: its lines.

    The item's lines and its subtree's, endings aside. Unlike :attr:`Item.id`
    it does not depend on where equal texts stand, so a parked block and the
    same block back home have the same key.
    """
    lines = item.lines
    # The hash folds white space: keep the depth and line breaks in what it reads.
    return content_hash(f"{item.depth} " + " \x00 ".join(line.rstrip("\r\n") for line in lines))


def parked_keys(doc: Document) -> Counter[str]:
    """Return how many parked top-level blocks of ``doc`` have each :func:`block_key`."""
    flags = parked_flags(doc)
    if not any(flags):
        return Counter()
    return Counter(block_key(item) for item in doc.items if item.depth == 0 and flags[item.number])


def take(keys: Counter[str], item: Item) -> bool:
    """Return whether ``keys`` holds ``item``'s block key, using one up when it does."""
    key = block_key(item)
    if keys[key] <= 0:
        return False
    keys[key] -= 1
    return True


def is_thematic_break(content: str) -> bool:
    """Return whether a line (without its ending) is a thematic break such as ``---``.

    Examples:
        >>> [is_thematic_break(line) for line in ("---", " * * *", "--", "- a")]
        [True, True, False, False]
    """
    return _THEMATIC_BREAK.fullmatch(content) is not None


def is_blank(line: str) -> bool:
    """Return whether a line holds nothing but white space (its ending included)."""
    return not line.strip()


def footer_start(doc: Document) -> int:
    r"""Return where a closing footer begins: a last thematic break followed only by prose.

    A footer ("---" then "*Last updated …*") closes the list; new sections go
    before it. The footer holds no list item and no heading.

    Returns:
        The line index of the footer's rule, or ``len(doc.lines)`` when there is none.

    Examples:
        >>> from todokit.document import parse
        >>> footer_start(parse("- [ ] a\n\n---\n*Updated today*\n"))
        2
        >>> footer_start(parse("- [ ] a\n"))
        1
    """
    size = len(doc.lines)
    last_content = max((item.end for item in doc.items), default=0)
    last_content = max(last_content, *(heading.end for heading in doc.headings), 0)
    for index in range(size - 1, last_content - 1, -1):
        if is_thematic_break(doc.content(index)) and (index == 0 or is_blank(doc.lines[index - 1])):
            return index
    return size


def _opens_block(content: str) -> bool:
    """Whether a line may open a fenced code or HTML block (which could run to the end)."""
    stripped = content.lstrip(" ")
    return (len(content) - len(stripped) <= 3 and stripped[:3] in ("```", "~~~")) or (
        stripped.startswith("<")
    )


def live_end(doc: Document, at: int) -> int:
    """Return ``at``, or the start of a code or HTML block left open there that would swallow it.

    A heading added after a fence that never closes would be code, not a
    heading: then the section goes before that fence. No block is open at a
    top-level heading, so only the lines from the last heading before ``at``
    are read, and only when one of them may open such a block.
    """
    lines = doc.lines
    headings = [h.line for h in doc.headings if h.line < at]
    since = headings[-1] if headings else 0
    openers = [i for i in range(since, at) if _opens_block(doc.content(i))]
    while openers:
        probe = Document(split_lines("".join(lines[since:at]) + "\n## probe\n"))
        if probe.headings and probe.headings[-1].text == "probe":
            return at
        at = openers.pop()
    return at
