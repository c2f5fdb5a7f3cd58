"""What a document is, apart from its item views: its lines, their scan, and what follows.

A :class:`~todokit.document.Document` and every :class:`~todokit.document.Item`
view of it share one :class:`DocumentData`, which refers to no view. So a
document and its items form no reference cycle: a document that nothing uses any
more is freed at once, by reference counting, with its views and all that was
worked out for it. (With a cycle, each step of a pipeline — carry, sort, park —
left its document behind until a garbage collection, and a start on a 50 MB list
held five of them.) What is derived here (ids, index paths, children, heading
paths) is worked out once, for all items, on first use: O(size of the text) each.

Examples:
    >>> data = DocumentData(["# Plan\\n", "- [ ] a\\n", "  - [x] b\\n"])
    >>> [data.source_text(n) for n in range(len(data.table))], data.children(0)
    (['a', 'b'], (1,))
    >>> data.index(1), data.heading_path(1)
    ('1.1', ('Plan',))
"""

from __future__ import annotations

from collections.abc import Sequence

from todokit.document.identity import assign_ids, assign_indexes
from todokit.document.lines import BOM, raw_index_of_column
from todokit.document.scanner import scan


class DocumentData:
    """The lines of a document and their scan, plus what is derived from them by item number.

    Read-only by convention: nothing changes an instance after it is made.

    Attributes:
        lines: Every line, endings included, exactly as read.
        table: The scan of the list items, one row per item
            (:class:`~todokit.document.scanned.ItemTable`).
        headings: The top-level headings, in document order.
        front_matter_end: The number of leading lines of YAML front matter (0 if none).
    """

    __slots__ = (
        "_children",
        "_heading_paths",
        "_ids",
        "_indexes",
        "_task_parents",
        "front_matter_end",
        "headings",
        "lines",
        "table",
    )

    def __init__(self, lines: Sequence[str]) -> None:
        """Scan ``lines`` (as :func:`~todokit.document.lines.split_lines` returns them).

        Complexity: O(size of the text).
        """
        self.lines = tuple(lines)
        result = scan(self.lines)
        self.table = result.items
        self.headings = result.headings
        self.front_matter_end = result.front_matter_end
        self._children: dict[int, tuple[int, ...]] | None = None
        self._task_parents: list[int] | None = None
        self._ids: list[str] | None = None
        self._indexes: dict[int, str] | None = None
        self._heading_paths: list[tuple[str, ...]] | None = None

    def content(self, index: int) -> str:
        """Return line ``index`` without its ending and without a BOM (tabs and spaces kept)."""
        content = self.lines[index].rstrip("\r\n")
        return content[1:] if index == 0 and content.startswith(BOM) else content

    def source_text(self, number: int) -> str:
        """Return item ``number``'s first line of text after its marker and checkbox.

        An item whose first line opens another item (``- - [ ] x``) holds only
        the text before that item's marker.
        """
        table = self.table
        index = table.status_index[number]
        if index >= 0:
            return self.content(table.status_line[number])[index + 2 :].strip()
        raw = self.content(table.line[number])
        begin = raw_index_of_column(raw, table.content_column[number])
        return raw[begin : self._own_text_end(number, raw)].strip()

    def _own_text_end(self, number: int, raw: str) -> int:
        """Where item ``number``'s own text ends in its first line ``raw``: at an item opened there.

        In ``- - x`` the outer item holds no text. Without the cut, n items nested on
        one line would each hold the rest of it: reading their texts, O(n²) time.
        """
        table, following = self.table, number + 1
        if following < len(table) and table.line[following] == table.line[number]:
            return raw_index_of_column(raw, table.marker_column[following])
        return len(raw)

    def children(self, number: int) -> tuple[int, ...]:
        """Return the numbers of the items directly inside item ``number``, in document order."""
        if self._children is None:
            children: dict[int, list[int]] = {}
            for child, parent in enumerate(self.table.parent):
                if parent >= 0:
                    children.setdefault(parent, []).append(child)
            self._children = {parent: tuple(group) for parent, group in children.items()}
        return self._children.get(number, ())

    def task_parent(self, number: int) -> int:
        """Return the number of the nearest task enclosing item ``number``, or -1."""
        return self._nearest_tasks()[number]

    def _nearest_tasks(self) -> list[int]:
        """Per item, the number of its nearest enclosing task or -1; worked out once."""
        if self._task_parents is None:
            table = self.table
            nearest: list[int] = []
            for parent in table.parent:  # a parent comes before its children
                if parent < 0:
                    nearest.append(-1)
                else:
                    nearest.append(parent if table.status[parent] >= 0 else nearest[parent])
            self._task_parents = nearest
        return self._task_parents

    def heading_path(self, number: int) -> tuple[str, ...]:
        """Return the texts of the headings item ``number`` sits under, outermost first.

        Complexity: O(headings) once, then O(1) per item.
        """
        if self._heading_paths is None:
            paths: list[tuple[str, ...]] = []
            stack: list[tuple[int, tuple[str, ...]]] = []
            for heading in self.headings:
                while stack and stack[-1][0] >= heading.level:
                    stack.pop()
                path = (*(stack[-1][1] if stack else ()), heading.text)
                stack.append((heading.level, path))
                paths.append(path)
            self._heading_paths = paths
        section = self.table.section[number]
        return self._heading_paths[section] if section >= 0 else ()

    def id(self, number: int) -> str:
        """Return the stable id of item ``number`` (see :mod:`~todokit.document.identity`)."""
        if self._ids is None:
            self._ids = assign_ids(self.source_text(n) for n in range(len(self.table)))
        return self._ids[number]

    def index(self, number: int) -> str:
        """Return the index path (``2.1``) of item ``number`` if it is a task, else ``""``."""
        if self._indexes is None:
            status, nearest = self.table.status, self._nearest_tasks()
            self._indexes = assign_indexes(
                (number, nearest[number]) for number in range(len(status)) if status[number] >= 0
            )
        return self._indexes.get(number, "")


__all__ = ["DocumentData"]
