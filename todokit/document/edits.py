"""Minimal edits of a document: each returns a new document, never mutating.

An edit replaces a range of lines; :func:`apply_edits` applies a batch in one
pass. Lines no edit replaces keep their bytes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from todokit.document.item import Item
from todokit.document.lines import BOM, leading_columns, mend_endings, raw_index_of_column
from todokit.document.model import Document
from todokit.document.status import Status
from todokit.errors import UsageError

Where = Literal["before", "after", "into"]


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace lines ``start`` to ``end`` (0-based, end exclusive) with ``lines``.

    ``start == end`` inserts. Edits of one batch refer to the same original document.

    Examples:
        >>> Edit(1, 2)  # deletes the second line
        Edit(start=1, end=2, lines=())
    """

    start: int
    end: int
    lines: tuple[str, ...] = ()


def apply_edits(doc: Document, edits: Iterable[Edit]) -> Document:
    """Apply a batch of non-overlapping edits in one pass and parse the result once.

    A line without an ending gets the document's ending unless it ends up last;
    a BOM stays at the start (one that starts an edit's line is dropped).

    Args:
        doc: The document the edits refer to.
        edits: Replacements; insertions at the same point keep their order.

    Returns:
        A new document parsed from the edited lines; ``doc`` itself without edits.

    Raises:
        ValueError: When two edits overlap.

    Complexity: O(n + k log k) for n lines and k edits, plus one parse.

    Examples:
        >>> apply_edits(Document(["a\\n", "b"]), [Edit(0, 1), Edit(2, 2, ("c",))]).render()
        'b\\nc'
    """
    ordered = sorted(edits, key=lambda edit: (edit.start, edit.end))
    if not ordered:
        return doc  # documents are immutable: nothing to apply, nothing to parse again
    bom = doc.has_bom
    lines = [doc.lines[0][1:], *doc.lines[1:]] if bom else doc.lines
    result: list[str] = []
    cursor = 0
    for edit in ordered:
        if edit.start < cursor:
            raise ValueError(f"overlapping edits at line {edit.start + 1}")
        result.extend(lines[cursor : edit.start])
        if bom:
            result.extend(line.removeprefix(BOM) for line in edit.lines)
        else:
            result.extend(edit.lines)
        cursor = max(cursor, edit.end)
    result.extend(lines[cursor:])
    if bom:
        result[:1] = [BOM + "".join(result[:1])]
    return Document(mend_endings(result, doc.lines))


def status_edit(doc: Document, task: Item, status: Status | str) -> Edit:
    """Return the edit that sets ``task``'s checkbox to ``status``.

    Args:
        doc: The document that holds ``task``.
        task: A task of ``doc``.
        status: A status, a status name, or a marker character.

    Returns:
        An edit replacing exactly one character of one line.

    Raises:
        UsageError: When ``task`` is a plain item, or ``status`` is unknown or
            one of ``[``, ``]``, ``\\r``, ``\\n`` (which would break the checkbox).

    Examples:
        >>> status_edit(Document(["- [ ] a\\n"]), Document(["- [ ] a\\n"]).tasks[0], "done")
        Edit(start=0, end=1, lines=('- [x] a\\n',))
    """
    position = task.marker_position
    if position is None:
        raise UsageError(f"line {task.line} is not a task")
    if isinstance(status, str) and len(status) == 1 and status not in "[]\r\n":
        marker = status  # any other single character is written as given
    else:
        marker = Status.parse(status).marker
    index, column = position
    line = doc.lines[index]
    offset = column + (1 if index == 0 and doc.has_bom else 0)
    return Edit(index, index + 1, (line[:offset] + marker + line[offset + 1 :],))


def set_status(doc: Document, task: Item, status: Status | str) -> Document:
    """Return a copy of ``doc`` with ``task``'s status changed (one character).

    Args:
        doc: The document that holds ``task``.
        task: One of its tasks.
        status: The new status, its name, or a marker character such as ``"x"``.

    Returns:
        A new document that differs from ``doc`` in that one character.

    Examples:
        >>> from todokit.document import parse
        >>> doc = parse("* [x] a")
        >>> set_status(doc, doc.tasks[0], Status.OPEN).render()
        '* [ ] a'
    """
    return apply_edits(doc, [status_edit(doc, task, status)])


def remove(doc: Document, item: Item) -> Document:
    """Return a copy of ``doc`` without ``item`` and its subtree.

    Args:
        doc: The document that holds ``item``.
        item: The task or plain item to take out, with everything nested in it.

    Returns:
        A new document without the item's lines; every other line keeps its bytes.

    Raises:
        InvalidInputError: Taking the lines out would change what the lines after
            them mean (a rare layout of tabs, quotes and lazy lines can).

    Examples:
        >>> from todokit.document import parse
        >>> doc = parse("- [ ] a\\n  - [ ] a1\\n- [ ] b\\n")
        >>> remove(doc, doc.tasks[0]).render()
        '- [ ] b\\n'
    """
    result = apply_edits(doc, [Edit(item.start, item.end)])
    gone = [t.raw for t in doc.tasks if item.start <= t.start < item.end]
    left = [t.raw for t in doc.tasks if not item.start <= t.start < item.end]
    if [t.raw for t in result.tasks] != left or (item.is_task and not gone):
        from todokit.errors import InvalidInputError  # noqa: PLC0415 - only this case

        raise InvalidInputError(
            f"removing line {item.line} would change the tasks after it; edit the list by hand"
        )
    return result


def reindent(lines: Sequence[str], old_column: int, new_column: int) -> list[str]:
    """Shift the indentation of a block of lines from ``old_column`` to ``new_column``.

    Args:
        lines: Lines with their endings, such as an item and its subtree.
        old_column: The block's indentation now, in columns with tabs expanded.
        new_column: The indentation it gets instead, in the same columns.

    Returns:
        A new list: shifted lines indented with spaces; blank lines, and lines
        indented less than ``old_column`` (lazy continuations), as they were.

    Examples:
        >>> reindent(["- a\\n", "  b\\n", "\\n"], 0, 2)
        ['  - a\\n', '    b\\n', '\\n']
    """
    if old_column == new_column:
        return list(lines)
    shifted = []
    for line in lines:
        width = leading_columns(line)
        if not line.strip() or width < old_column:
            shifted.append(line)
            continue
        body = line[raw_index_of_column(line, width) :]
        shifted.append(" " * (width - old_column + new_column) + body)
    return shifted


def move_edits(doc: Document, item: Item, target: Item, where: Where = "before") -> list[Edit]:
    """Return the edits that move ``item`` with its subtree next to or into ``target``.

    Args:
        doc: The document of both items.
        item: The item to move.
        target: Where it goes: before it, after its subtree, or as its last child.
        where: ``"before"``, ``"after"`` or ``"into"``.

    Returns:
        A deletion and an insertion, which re-indents the lines if the depth changes.

    Raises:
        UsageError: When ``target`` lies inside ``item``, or a quoted item
            would need re-indenting.

    Examples:
        >>> doc = Document(["- [ ] a\\n", "- [ ] b\\n"])
        >>> move_edits(doc, doc.tasks[0], doc.tasks[1], "into")
        [Edit(start=0, end=1, lines=()), Edit(start=2, end=2, lines=('  - [ ] a\\n',))]
    """
    if item.start <= target.start < item.end:
        raise UsageError("cannot move an item next to or into its own subtree")
    block = doc.lines[item.start : item.end]
    if where == "into":
        children = target.children
        column = children[-1].marker_column if children else target.content_column
        position = target.end
    else:
        column = target.marker_column
        position = target.start if where == "before" else target.end
    if column != item.marker_column and (item.quoted or target.quoted):
        raise UsageError("items inside block quotes can only move at their own depth")
    return [
        Edit(item.start, item.end),
        Edit(position, position, tuple(reindent(block, item.marker_column, column))),
    ]


def move(doc: Document, item: Item, target: Item, where: Where = "before") -> Document:
    """Return a copy of ``doc`` with ``item`` (and its subtree) moved.

    Args:
        doc: The document of both items.
        item: The item to move, with everything nested in it.
        target: The item it goes before, after (past its subtree) or into.
        where: ``"before"``, ``"after"`` or ``"into"`` (as its last child).

    Returns:
        A new document; see :func:`move_edits` for what changes and what it refuses.

    Examples:
        >>> from todokit.document import parse
        >>> doc = parse("- [ ] a\\n- [ ] b\\n")
        >>> move(doc, doc.tasks[1], doc.tasks[0]).render()
        '- [ ] b\\n- [ ] a\\n'
    """
    return apply_edits(doc, move_edits(doc, item, target, where))
