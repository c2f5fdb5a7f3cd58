"""The three-way merge of one task's own lines: status, first line and notes apart.

A task's lines are three parts that merge on their own: the checkbox
character (its status), the lines up to the checkbox's line with that
character left out (its text, bullet and indentation), and the lines below
(its notes). A part one side changed takes that side's value; a part both
changed the same way takes it once; a part changed two different ways makes
the task a conflict. So one side ticking a task off while the other rewords
it, or adds a note, merges cleanly.

Examples:
    >>> from todokit.merging.elements import cut
    >>> base, ours, theirs = (cut(t).tasks[0] for t in ("- [ ] a\\n", "- [x] a\\n", "- [ ] a!\\n"))
    >>> merge_task(base, ours, theirs)
    ('- [x] a!\\n',)
    >>> merge_task(base, ours, cut("- [-] a\\n").tasks[0]) is None
    True
"""

from __future__ import annotations

from typing import TypeVar

from todokit.merging.elements import Task

T = TypeVar("T")
Parts = tuple[str, tuple[int, int, tuple[str, ...]], tuple[str, ...]]


def merge3(base: T, ours: T, theirs: T) -> tuple[T, bool]:
    """Return the merged value of one part and whether it merged (ours when it did not).

    Examples:
        >>> merge3(1, 1, 2), merge3(1, 2, 1), merge3(1, 2, 3)
        ((2, True), (2, True), (2, False))
    """
    if theirs in (ours, base):
        return ours, True
    if ours == base:
        return theirs, True
    return ours, False


def parts(task: Task) -> Parts:
    """Return a task's status character, its text lines without it, and its notes."""
    row, column = task.marker
    line = task.lines[row]
    head = (*task.lines[:row], line[:column] + line[column + 1 :])
    return line[column], (row, column, head), task.lines[row + 1 :]


def build(
    marker: str, head: tuple[int, int, tuple[str, ...]], notes: tuple[str, ...]
) -> tuple[str, ...]:
    """Return a task's lines from its three parts (the inverse of :func:`parts`)."""
    row, column, lines = head
    line = lines[row]
    return (*lines[:row], line[:column] + marker + line[column:], *notes)


def merge_task(base: Task | None, ours: Task | None, theirs: Task | None) -> tuple[str, ...] | None:
    """Merge the lines of one task as the base, ours and theirs have them (None: absent there).

    None comes back when a part changed two different ways, or when neither
    side has the task.
    """
    if ours is None or theirs is None:
        present = ours or theirs
        return None if present is None else present.lines
    if base is None or ours.lines == theirs.lines:
        return ours.lines if ours.lines == theirs.lines else None
    base_parts, our_parts, their_parts = parts(base), parts(ours), parts(theirs)
    marker, marker_ok = merge3(base_parts[0], our_parts[0], their_parts[0])
    head, head_ok = merge3(base_parts[1], our_parts[1], their_parts[1])
    notes, notes_ok = merge3(base_parts[2], our_parts[2], their_parts[2])
    if not (marker_ok and head_ok and notes_ok):
        return None
    return build(marker, head, notes)
