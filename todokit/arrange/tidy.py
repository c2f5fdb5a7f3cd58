"""Removing blocks of lines without leaving holes: the layout rules carry and scope share.

Removing an item leaves its neighbours as they were, except that the blank
lines it no longer separates from anything go with it: a block that follows a
blank line takes the blank lines after it along, and blank lines left at the
very end of the document go too. A heading whose section lost lines and now
holds nothing but blank lines goes as well (its parent heading in turn when
that leaves it empty), so no empty shell is left behind.

Examples:
    >>> from todokit.document import parse
    >>> doc = parse("- [ ] a\\n\\n- [x] b\\n\\n- [ ] c\\n")
    >>> apply_removals(doc, [removal_edit(doc, 2, 3)]).render()
    '- [ ] a\\n\\n- [ ] c\\n'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from todokit.document import Document
from todokit.document.edits import Edit, apply_edits
from todokit.document.outline import footer_start, is_blank, is_thematic_break, section_end

__all__ = [
    "apply_removals",
    "emptied_headings",
    "is_blank",
    "merge_edits",
    "removal_edit",
    "removal_plan",
]


def _empty(doc: Document, index: int) -> bool:
    """Whether a line is no section content: blank, or a thematic break (``---``)."""
    return is_blank(doc.lines[index]) or is_thematic_break(doc.content(index))


def removal_edit(doc: Document, start: int, end: int) -> Edit:
    """Return the edit removing lines ``start`` to ``end``, with the blank lines it orphans.

    The blank lines after the block go with it when the line before it is
    blank or the block starts the document.
    """
    lines = doc.lines
    if start == 0 or is_blank(lines[start - 1]):
        while end < len(lines) and is_blank(lines[end]):
            end += 1
    return Edit(start, end)


def merge_edits(edits: Iterable[Edit]) -> list[Edit]:
    """Merge overlapping or touching deletions into one sorted list of deletions.

    Examples:
        >>> merge_edits([Edit(4, 6), Edit(0, 2), Edit(1, 3)])
        [Edit(start=0, end=3, lines=()), Edit(start=4, end=6, lines=())]
    """
    merged: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if merged and edit.start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = Edit(last.start, max(last.end, edit.end))
        else:
            merged.append(edit)
    return merged


def removed_mask(size: int, deletions: Iterable[Edit]) -> list[bool]:
    """Return, per line of a document of ``size`` lines, whether a deletion covers it."""
    removed = [False] * size
    for edit in deletions:
        for index in range(edit.start, edit.end):
            removed[index] = True
    return removed


def parent_heading(doc: Document, number: int) -> int:
    """Return the index of the heading whose section holds heading ``number``, or -1."""
    level = doc.headings[number].level
    for candidate in range(number - 1, -1, -1):
        if doc.headings[candidate].level < level:
            return candidate
    return -1


def emptied_headings(
    doc: Document, removed: Sequence[bool], lost: Iterable[int], *, propagate: bool = True
) -> list[Edit]:
    """Return deletions of the headings in ``lost`` whose sections are left empty.

    A section is empty when every line below its heading, subsections
    included, is removed, blank or a thematic break (``---``); a closing
    footer (see :func:`~todokit.document.outline.footer_start`) belongs to no
    section. With ``propagate``, emptying a section puts its parent heading up
    for the same test. One deletion per emptied section, heading and body.

    Complexity: O(lines of the sections tested).
    """
    gone = list(removed)
    candidates = set(lost)
    edits: list[Edit] = []
    footer = footer_start(doc)
    for number in range(len(doc.headings) - 1, -1, -1):  # subsections before their parents
        if number not in candidates:
            continue
        heading = doc.headings[number]
        end = section_end(doc, number)
        if heading.line < footer < end:
            end = footer
        if all(gone[i] or _empty(doc, i) for i in range(heading.end, end)):
            for index in range(heading.line, end):
                gone[index] = True
            edits.append(Edit(heading.line, end))
            if propagate:
                candidates.add(parent_heading(doc, number))
    return edits


def trailing_blanks(doc: Document, removed: Sequence[bool]) -> list[Edit]:
    """Return a deletion of the blank lines a removal would leave at the end, if any."""
    kept = [i for i, line in enumerate(doc.lines) if not removed[i] and not is_blank(line)]
    first = kept[-1] + 1 if kept else 0
    return [Edit(first, len(doc.lines))] if any(removed[first:]) else []


def removal_plan(
    doc: Document, blocks: Iterable[tuple[int, int]], lost: Iterable[int]
) -> list[bool]:
    """Return, per line, whether removing the ``(start, end)`` ``blocks`` removes it.

    This is the mask :func:`apply_removals` applies: the blocks, the blank lines
    they orphan, the sections (of headings in ``lost``) they empty and the blank
    lines left at the end.
    """
    merged = merge_edits(Edit(start, end) for start, end in blocks)
    edits = merge_edits(removal_edit(doc, edit.start, edit.end) for edit in merged)
    removed = removed_mask(len(doc.lines), edits)
    edits = merge_edits([*edits, *emptied_headings(doc, removed, lost)])
    removed = removed_mask(len(doc.lines), edits)
    return removed_mask(len(doc.lines), merge_edits([*edits, *trailing_blanks(doc, removed)]))


def apply_removals(
    doc: Document, deletions: Iterable[Edit], lost: Iterable[int] = (), *, propagate: bool = True
) -> Document:
    """Apply deletions, then drop the sections (of ``lost``) and trailing blanks they empty.

    The ``lines`` of the deletions are ignored; with ``propagate``, an emptied
    section's parent heading may go too.
    """
    edits = merge_edits(removal_edit(doc, edit.start, edit.end) for edit in merge_edits(deletions))
    removed = removed_mask(len(doc.lines), edits)
    edits = merge_edits([*edits, *emptied_headings(doc, removed, lost, propagate=propagate)])
    removed = removed_mask(len(doc.lines), edits)
    return apply_edits(doc, merge_edits([*edits, *trailing_blanks(doc, removed)]))
