"""Parking unrelated work in an "Out of scope" section, and bringing it back.

Top-level items whose subtree holds unfinished work but nothing relevant to
the task at hand move, whole and byte for byte, to ``## Out of scope`` at the
end of the file (created when missing, found case-insensitively). They are
grouped there under ``### <former section>`` so that they can go home: parked
items that are relevant to a later task move back to the end of their former
section (or of the main list when it is gone). An irrelevant child of a
relevant item stays under its parent — it is part of that work — and is only
reported as out of scope. Nothing is deleted.

Example:
    >>> from todokit.document import parse
    >>> doc = parse("## API\\n- [ ] fix auth\\n- [ ] dark mode\\n")
    >>> keep = {doc.tasks[0].number}
    >>> print(park(doc, lambda item: item.number in keep).render(), end="")
    ## API
    - [ ] fix auth
    <BLANKLINE>
    ## Out of scope
    <BLANKLINE>
    ### API
    <BLANKLINE>
    - [ ] dark mode
"""

from __future__ import annotations

from collections.abc import Callable

from todokit.document import Document, Item
from todokit.document.edits import Edit, apply_edits
from todokit.document.insert import find_section, section_end

OUT_OF_SCOPE_HEADING = "Out of scope"


def subtree_flags(doc: Document, relevant: Callable[[Item], bool]) -> tuple[list[bool], list[bool]]:
    """Return per item: (its subtree holds unfinished work, its subtree holds relevant work)."""
    items = doc.items
    work = [bool(item.status and not item.status.finished) for item in items]
    keep = [work[item.number] and relevant(item) for item in items]
    for item in reversed(items):  # children come after parents: this is bottom-up
        parent = item.parent
        if parent is not None:
            work[parent.number] = work[parent.number] or work[item.number]
            keep[parent.number] = keep[parent.number] or keep[item.number]
    return work, keep


def park(doc: Document, relevant: Callable[[Item], bool]) -> Document:
    """Move irrelevant top-level work out of scope and relevant parked work back.

    Args:
        doc: The document.
        relevant: Whether an unfinished task is relevant (in progress and
            high-priority tasks should answer True).

    Returns:
        The new document; the moved lines keep their bytes.

    Complexity: O(n) plus one parse.
    """
    work, keep = subtree_flags(doc, relevant)
    oos = find_section(doc, OUT_OF_SCOPE_HEADING)
    oos_start = doc.headings[oos].line if oos >= 0 else len(doc.lines)
    oos_end = section_end(doc, oos) if oos >= 0 else len(doc.lines)
    tops = [item for item in doc.items if item.depth == 0 and not item.quoted and work[item.number]]
    leaving = [i for i in tops if i.start < oos_start and not keep[i.number]]
    returning = [i for i in tops if oos_start <= i.start < oos_end and keep[i.number]]
    if not leaving and not returning:
        return doc
    moving = {item.number for item in leaving + returning}
    edits = [Edit(item.start, item.end) for item in leaving + returning]
    edits += _park_edits(doc, leaving, oos, moving)
    for item in returning:
        home = _home(doc, item, oos)
        position, lines = _anchor(doc, home, oos_start, moving)
        edits.append(Edit(position, position, (*lines, *doc.lines[item.start : item.end])))
    return apply_edits(doc, edits)


def _home(doc: Document, item: Item, oos: int) -> str | None:
    section = item._scan.section
    if section > oos and doc.headings[section].level > doc.headings[oos].level:
        return doc.headings[section].text
    return None


def _anchor(
    doc: Document, section: str | None, limit: int, moving: set[int]
) -> tuple[int, tuple[str, ...]]:
    """Return where an item returning to ``section`` goes, and lines to put first."""
    number = find_section(doc, section) if section is not None else -1
    if number >= 0 and doc.headings[number].line < limit:
        start, end = doc.headings[number].end, min(section_end(doc, number), limit)
    else:
        start, end = 0, limit
    tops = [
        i for i in doc.items if i.depth == 0 and start <= i.start < end and i.number not in moving
    ]
    if tops:
        return tops[-1].end, ()
    if number >= 0 and doc.headings[number].line < limit:
        return start, (doc.newline,)
    return limit, ()


def _park_edits(doc: Document, leaving: list[Item], oos: int, moving: set[int]) -> list[Edit]:
    if not leaving:
        return []
    newline = doc.newline
    groups: dict[str | None, list[Item]] = {}
    for item in leaving:
        groups.setdefault(item.section, []).append(item)
    level = doc.headings[oos].level if oos >= 0 else 2
    end = section_end(doc, oos) if oos >= 0 else len(doc.lines)
    edits: list[Edit] = []
    tail: list[str] = (
        [] if oos >= 0 else [newline, f"{'#' * level} {OUT_OF_SCOPE_HEADING}{newline}"]
    )
    for section, items in sorted(groups.items(), key=lambda pair: pair[0] is not None):
        block = [line for item in items for line in doc.lines[item.start : item.end]]
        target = _subsection(doc, oos, section, end) if oos >= 0 else None
        if target is not None:
            position, prefix = target
            edits.append(Edit(position, position, (*prefix, *block)))
            continue
        if section is not None:
            tail += [newline, f"{'#' * (level + 1)} {section}{newline}"]
        tail += [newline, *block]
    if tail:
        edits.append(Edit(end, end, tuple(tail)))
    return edits


def _subsection(
    doc: Document, oos: int, section: str | None, end: int
) -> tuple[int, tuple[str, ...]] | None:
    """Return where ``section``'s parked items go inside the existing section, or None."""
    oos_heading = doc.headings[oos]
    inner = [n for n, h in enumerate(doc.headings) if oos_heading.line < h.line < end]
    if section is None:
        start, stop = oos_heading.end, doc.headings[inner[0]].line if inner else end
    else:
        found = [n for n in inner if doc.headings[n].text == section]
        if not found:
            return None
        start, stop = doc.headings[found[0]].end, min(section_end(doc, found[0]), end)
    tops = [i for i in doc.items if i.depth == 0 and start <= i.start < stop]
    return (tops[-1].end, ()) if tops else (start, (doc.newline,))
