"""Parking unrelated work in an "Out of scope" section, and bringing it back.

Top-level items whose subtree holds unfinished work but nothing relevant to
the task at hand move, whole and byte for byte, to ``## Out of scope`` at the
end of the file (created when missing, found case-insensitively). They are
grouped there under ``### <former section>`` so that they can go home: parked
items that are relevant to a later task move back to the end of their former
section (or of the main list when it is gone). Work in progress is always
relevant. An irrelevant child of a relevant item stays under its parent — it
is part of that work — and is only reported as out of scope. Nothing is
deleted: a group heading that the returning items leave empty goes, and so
does an emptied "Out of scope" heading.

Examples:
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

from collections import Counter
from collections.abc import Callable

from todokit.arrange.placement import (
    OUT_OF_SCOPE_HEADING,
    Block,
    inside,
    out_of_scope_spans,
    park_blocks,
    return_blocks,
    same_name,
    top_items,
)
from todokit.arrange.tidy import apply_removals, removal_edit
from todokit.document import Document, Item, Status

__all__ = ["OUT_OF_SCOPE_HEADING", "park", "subtree_flags"]


def subtree_flags(doc: Document, relevant: Callable[[Item], bool]) -> tuple[list[bool], list[bool]]:
    """Return per item: (its subtree holds unfinished work, its subtree holds relevant work).

    Args:
        doc: The document.
        relevant: Whether an unfinished task is relevant; tasks in progress
            count as relevant whatever it says.

    Returns:
        Two lists indexed by item number.

    Examples:
        >>> from todokit.document import parse
        >>> subtree_flags(parse("- a\\n  - [ ] b\\n- [x] c\\n"), lambda item: False)
        ([True, True, False], [False, False, False])
    """
    items = doc.items
    work = [item.status is not None and not item.status.finished for item in items]
    keep = [
        work[item.number] and (item.status == Status.IN_PROGRESS or relevant(item))
        for item in items
    ]
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
        relevant: Whether an unfinished task is relevant (high-priority tasks
            should answer True; tasks in progress always count as relevant).

    Returns:
        The new document (``doc`` itself when nothing moves); the moved lines
        keep their bytes.

    Raises:
        RuntimeError: An item line would be lost or duplicated (a bug; nothing
            is written).

    Complexity: O(n) plus four parses.
    """
    work, keep = subtree_flags(doc, relevant)
    spans = out_of_scope_spans(doc)
    tops = [item for item in top_items(doc, 0, len(doc.lines)) if work[item.number]]
    leaving = [i for i in tops if not inside(i.start, spans) and not keep[i.number]]
    returning = [i for i in tops if inside(i.start, spans) and keep[i.number]]
    if not leaving and not returning:
        return doc
    lines = doc.lines
    parked = [Block(lines[i.start : i.end], i.section) for i in leaving]
    coming = [Block(lines[i.start : i.end], _home(i)) for i in returning]
    emptied = {i.section for i in returning if i.section is not None}
    removals = [removal_edit(doc, i.start, i.end) for i in leaving + returning]
    result = park_blocks(return_blocks(apply_removals(doc, removals), coming), parked)
    if emptied:
        result = _drop_emptied(result, emptied)
    _verify_items_kept(doc, result)
    return result


def _home(item: Item) -> str | None:
    """Return the section a parked item came from: its group's name, or None."""
    section = item.section
    if section is None or same_name(section, OUT_OF_SCOPE_HEADING):
        return None
    return section


def _drop_emptied(doc: Document, names: set[str]) -> Document:
    """Remove "Out of scope" sections and their groups in ``names`` once nothing is left in them."""
    spans = out_of_scope_spans(doc)
    candidates = {
        number
        for number, heading in enumerate(doc.headings)
        if same_name(heading.text, OUT_OF_SCOPE_HEADING)
        or (inside(heading.line, spans) and any(same_name(heading.text, n) for n in names))
    }
    return apply_removals(doc, [], candidates, propagate=False)


def _item_lines(doc: Document) -> Counter[str]:
    """Count the non-blank lines of all top-level item blocks, endings ignored."""
    return Counter(
        line.rstrip("\r\n")
        for item in doc.items
        if item.depth == 0
        for line in doc.lines[item.start : item.end]
        if line.strip()
    )


def _verify_items_kept(before: Document, after: Document) -> None:
    """Refuse a result in which an item line was lost or doubled."""
    if _item_lines(before) != _item_lines(after):
        raise RuntimeError("internal error: scoping changed the items; nothing was written")
