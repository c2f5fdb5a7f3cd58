"""Carrying the unfinished work of an old task list into a new one.

What is carried, and why (also in ``docs/lifecycle.md``):

* every unfinished task (open, in progress, deferred, other) with its
  continuation lines, its section heading and its nesting;
* a finished task (done, cancelled) only when something below it is
  unfinished: it stays, as written, as the context of that work, while its
  finished children go;
* plain list items that hold unfinished tasks, and plain items with no task
  below them at all (notes); a plain item whose tasks are all finished goes;
* all free text — paragraphs, tables, code, quotes, headings — byte for
  byte, except a heading whose section lost items and is now empty, and the
  old todokit header, which the new one replaces.

Examples:
    >>> from todokit.document import parse
    >>> doc = parse("## Now\\n- [x] a\\n- [ ] b\\n## Old\\n- [x] c\\n")
    >>> carry_forward(doc).document.render()
    '## Now\\n- [ ] b\\n'
"""

from __future__ import annotations

from dataclasses import dataclass

from todokit.arrange.header import find_header
from todokit.arrange.tidy import apply_removals, removal_edit
from todokit.document import Document, Item
from todokit.document.edits import Edit
from todokit.document.scanned import front_matter_end


@dataclass(frozen=True, slots=True)
class Carried:
    """The result of :func:`carry_forward`.

    Attributes:
        document: The new document, without a header.
        carried: How many unfinished tasks it holds.
        dropped: How many finished tasks were left behind in the archive.
    """

    document: Document
    carried: int
    dropped: int


def _keeps(doc: Document) -> tuple[list[bool], list[bool]]:
    """Return, per item, (carries work, has a task in its subtree)."""
    items = doc.items
    work = [item.is_task and not _finished(item) for item in items]
    tasks = [item.is_task for item in items]
    for item in reversed(items):  # children follow parents, so this is bottom-up
        parent = item.parent
        if parent is not None:
            work[parent.number] = work[parent.number] or work[item.number]
            tasks[parent.number] = tasks[parent.number] or tasks[item.number]
    return work, tasks


def dropped_items(doc: Document) -> list[Item]:
    """Return the outermost items of the old list whose whole subtree stays behind, in order.

    Examples:
        >>> from todokit.document import parse
        >>> [item.text for item in dropped_items(parse("- [x] a\\n  - [x] b\\n- note\\n"))]
        ['a']
    """
    work, tasks = _keeps(doc)
    dropped: list[Item] = []
    covered_until = -1
    for item in doc.items:
        if item.start < covered_until:
            continue
        if not work[item.number] and tasks[item.number]:
            dropped.append(item)
            covered_until = item.end
    return dropped


def carry_forward(doc: Document) -> Carried:
    """Return the unfinished part of the old list and its counts (see the module docs).

    Complexity: O(n) in the size of the document.

    Examples:
        >>> from todokit.document import parse
        >>> carried = carry_forward(parse("- [x] a\\n  - [ ] a1\\n  - [x] a2\\n"))
        >>> (carried.document.render(), carried.carried, carried.dropped)
        ('- [x] a\\n  - [ ] a1\\n', 1, 1)
    """
    dropped = dropped_items(doc)
    edits = [removal_edit(doc, item.start, item.end) for item in dropped]
    lost = {item.section_number for item in dropped}
    contents = [doc.content(i) for i in range(min(len(doc.lines), 64))]
    header = find_header(doc, front_matter_end(contents))
    if header is not None:
        edits.append(Edit(*header))
    new = apply_removals(doc, edits, lost - {-1})
    finished = sum(1 for task in doc.tasks if _finished(task))
    kept_finished = sum(1 for task in new.tasks if _finished(task))
    carried = sum(1 for task in new.tasks if not _finished(task))
    return Carried(new, carried, finished - kept_finished)


def _finished(task: Item) -> bool:
    """Whether ``task`` is done or cancelled; a plain item (no checkbox) is not."""
    return task.status is not None and task.status.finished
