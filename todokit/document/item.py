"""Read-only views of the list items of a :class:`Document`.

An :class:`Item` is any list item; it is a *task* when its first paragraph
starts with a checkbox. Items never change: edits return a new document with
new items. An item is a view of one row of the document's scan (see
:class:`~todokit.document.scanned.ItemTable`) and of its lines, which stay the
single source of truth.

Examples:
    >>> from todokit.document import parse
    >>> task = parse("## Now\\n- [/] Ship *it*\\n").tasks[0]
    >>> (task.text, task.status.value, task.section, task.line)
    ('Ship it', 'in_progress', 'Now', 2)
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Protocol

from todokit.document.lines import raw_index_of_column
from todokit.document.scanned import Heading, ItemTable
from todokit.document.status import Status

_CHECKED = (ord("x"), ord("X"))


@cache
def _inline_parser() -> Callable[[str], str]:
    """The inline parser, imported on first use: many runs (a hook's first prompt) need none."""
    from todokit.document.inline import plain_text  # noqa: PLC0415

    return plain_text


class _Document(Protocol):
    """The :class:`~todokit.document.Document` of an item as it reads it; items cannot import it."""

    @property
    def lines(self) -> tuple[str, ...]:
        """Every line of the document, endings included."""

    @property
    def table(self) -> ItemTable:
        """The scan's columns, one row per item: what an item's properties read."""

    @property
    def items(self) -> tuple[Item, ...]:
        """Every list item, in document order."""

    @property
    def headings(self) -> tuple[Heading, ...]:
        """The top-level headings, in document order."""

    def content(self, index: int) -> str:
        """Line ``index`` without its ending and without a BOM."""

    def children_of(self, item: Item) -> tuple[Item, ...]:
        """The items directly inside ``item``."""

    def task_parent_of(self, item: Item) -> Item | None:
        """The nearest enclosing task of ``item``, or None."""

    def heading_path(self, item: Item) -> tuple[str, ...]:
        """The texts of the headings ``item`` sits under, outermost first."""

    def id_of(self, item: Item) -> str:
        """The stable id of ``item``, unique within the document."""

    def index_of(self, item: Item) -> str:
        """The index path of task ``item``, ``""`` for a plain item."""


class Item:
    """One list item of a document (a task when :attr:`is_task` is true).

    Examples:
        >>> from todokit.document import parse
        >>> [(item.is_task, item.depth, item.text) for item in parse("- a\\n  - [x] b\\n").items]
        [(False, 0, 'a'), (True, 1, 'b')]
    """

    __slots__ = ("_doc", "_number", "_source", "_table", "_text")

    def __init__(self, doc: _Document, number: int) -> None:
        """Make the view of item ``number``; documents create items, callers do not."""
        self._doc = doc
        self._table = doc.table
        self._number = number
        self._source: str | None = None
        self._text: str | None = None

    def __repr__(self) -> str:
        """Return a short description with the line number and raw text."""
        return f"<Item line {self.line}: {self.raw.strip()!r}>"

    @property
    def document(self) -> _Document:
        """The document this item belongs to (a :class:`~todokit.document.Document`)."""
        return self._doc

    @property
    def number(self) -> int:
        """The item's position among all items of its document (0-based)."""
        return self._number

    @property
    def start(self) -> int:
        """Index of the item's first line in :attr:`Document.lines` (0-based)."""
        return self._table.line[self._number]

    @property
    def end(self) -> int:
        """Index just past the item's last non-blank line, subtree included."""
        return self._table.end[self._number]

    @property
    def line(self) -> int:
        """The item's first line number, 1-based as editors show it."""
        return self._table.line[self._number] + 1

    @property
    def raw(self) -> str:
        """The item's first line as written, without its line ending."""
        return self._doc.content(self._table.line[self._number])

    @property
    def marker(self) -> str | None:
        """The checkbox character (``" "``, ``"x"``, ``"/"`` …), None for a plain item."""
        return self._table.marker(self._number)

    @property
    def marker_position(self) -> tuple[int, int] | None:
        """Where the checkbox character is: ``(line index, index in line)``; None for a plain item.

        The line index counts in :attr:`Document.lines` and the character index
        in :meth:`Document.content` of that line (tabs not expanded).
        """
        table = self._table
        index = table.status_index[self._number]
        return None if index < 0 else (table.status_line[self._number], index)

    @property
    def is_task(self) -> bool:
        """Whether the item starts with a checkbox."""
        return self._table.status[self._number] >= 0

    @property
    def status(self) -> Status | None:
        """The task's status, None for a plain item."""
        marker = self._table.marker(self._number)
        return None if marker is None else Status.from_marker(marker)

    @property
    def checked(self) -> bool:
        """Whether the checkbox holds ``x`` or ``X`` (GFM's notion of checked)."""
        return self._table.status[self._number] in _CHECKED

    @property
    def depth(self) -> int:
        """Number of enclosing list items (0 at the top level)."""
        return self._table.depth[self._number]

    @property
    def quoted(self) -> bool:
        """Whether the item sits inside a block quote."""
        return bool(self._table.quoted[self._number])

    @property
    def marker_column(self) -> int:
        """Column of the list marker (``-``, ``1.``) with tabs expanded."""
        return self._table.marker_column[self._number]

    @property
    def content_column(self) -> int:
        """Column where the item's content, and so its children, start."""
        return self._table.content_column[self._number]

    @property
    def list_id(self) -> int:
        """Items with equal ``list_id`` are siblings in one list."""
        return self._table.list_id[self._number]

    @property
    def parent(self) -> Item | None:
        """The enclosing list item (a task or a plain item), or None."""
        number = self._table.parent[self._number]
        return None if number < 0 else self._doc.items[number]

    @property
    def children(self) -> tuple[Item, ...]:
        """The list items directly inside this one, in document order."""
        return self._doc.children_of(self)

    @property
    def task_parent(self) -> Item | None:
        """The nearest enclosing item that is a task, or None."""
        return self._doc.task_parent_of(self)

    @property
    def section(self) -> str | None:
        """The text of the nearest heading above the item, or None."""
        number = self._table.section[self._number]
        return None if number < 0 else self._doc.headings[number].text

    @property
    def section_number(self) -> int:
        """The index in :attr:`Document.headings` of the nearest heading above, or -1."""
        return self._table.section[self._number]

    @property
    def source_text(self) -> str:
        """The item's first line of text after the list marker and checkbox, as written.

        An item whose first line opens another item (``- - [ ] x``) holds only
        the text before that item's marker.
        """
        if self._source is None:  # kept: sorting and scoring ask for it again and again
            table, number = self._table, self._number
            index = table.status_index[number]
            if index >= 0:
                self._source = self._doc.content(table.status_line[number])[index + 2 :].strip()
            else:
                raw = self.raw
                begin = raw_index_of_column(raw, table.content_column[number])
                self._source = raw[begin : self._own_text_end(raw)].strip()
        return self._source

    def _own_text_end(self, raw: str) -> int:
        """Where this item's own text ends in ``raw``: at an item opened on the same line.

        In ``- - x`` the outer item holds no text. Without the cut, n items nested on
        one line would each hold the rest of it: reading their texts, O(n²) time.
        """
        table, following = self._table, self._number + 1
        if following < len(table) and table.line[following] == table.line[self._number]:
            return raw_index_of_column(raw, table.marker_column[following])
        return len(raw)

    @property
    def text(self) -> str:
        """Plain text of the first line, inline markup removed."""
        if self._text is None:
            self._text = _inline_parser()(self.source_text)
        return self._text

    @property
    def id(self) -> str:
        """An id from the item's content, unique in its document, that moves and statuses keep."""
        return self._doc.id_of(self)

    @property
    def index(self) -> str:
        """The task's index path such as ``2.1`` (tasks only; plain items get ``""``)."""
        return self._doc.index_of(self)
