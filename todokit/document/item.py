"""Read-only views of the list items of a :class:`Document`.

An :class:`Item` is any list item; it is a *task* when its first paragraph
starts with a checkbox. Items never change: edits return a new document with
new items. An item is a view of one row of the document's scan (see
:class:`~todokit.document.scanned.ItemTable`) and of its lines, which stay the
single source of truth. Two views of the same item of the same document are
equal; :attr:`Item.parent`, :attr:`Item.children` and :attr:`Item.task_parent`
make new ones.

Examples:
    >>> from todokit.document import parse
    >>> task = parse("## Now\\n- [/] Ship *it*\\n").tasks[0]
    >>> (task.text, task.status.value, task.section, task.line)
    ('Ship it', 'in_progress', 'Now', 2)
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from todokit.document.data import DocumentData
from todokit.document.status import Status

_CHECKED = (ord("x"), ord("X"))


@cache
def _inline_parser() -> Callable[[str], str]:
    """The inline parser, imported on first use: many runs (a hook's first prompt) need none."""
    from todokit.document.inline import plain_text  # noqa: PLC0415

    return plain_text


class Item:
    """One list item of a document (a task when :attr:`is_task` is true).

    Examples:
        >>> from todokit.document import parse
        >>> [(item.is_task, item.depth, item.text) for item in parse("- a\\n  - [x] b\\n").items]
        [(False, 0, 'a'), (True, 1, 'b')]
    """

    __slots__ = ("_data", "_number", "_table", "_text")

    def __init__(self, data: DocumentData, number: int) -> None:
        """Make the view of item ``number``; documents create items, callers do not."""
        self._data = data
        self._table = data.table
        self._number = number
        self._text: str | None = None

    def __eq__(self, other: object) -> bool:
        """Whether ``other`` views the same item of the same document.

        :attr:`parent`, :attr:`children` and :attr:`task_parent` make new views
        (a view cannot refer to its document: see :mod:`~todokit.document.data`),
        equal to the document's own.
        """
        if not isinstance(other, Item):
            return NotImplemented
        return self._number == other._number and self._data is other._data

    def __hash__(self) -> int:
        """A hash that agrees with ``==``."""
        return hash((id(self._data), self._number))

    def __repr__(self) -> str:
        """Return a short description with the line number and raw text."""
        return f"<Item line {self.line}: {self.raw.strip()!r}>"

    @property
    def lines(self) -> tuple[str, ...]:
        """The item's lines, its subtree's included, endings kept (``lines[start:end]``)."""
        return self._data.lines[self._table.line[self._number] : self._table.end[self._number]]

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
        return self._data.content(self._table.line[self._number])

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
        return None if number < 0 else Item(self._data, number)

    @property
    def children(self) -> tuple[Item, ...]:
        """The list items directly inside this one, in document order."""
        data = self._data
        return tuple(Item(data, number) for number in data.children(self._number))

    @property
    def task_parent(self) -> Item | None:
        """The nearest enclosing item that is a task, or None."""
        number = self._data.task_parent(self._number)
        return None if number < 0 else Item(self._data, number)

    @property
    def section(self) -> str | None:
        """The text of the nearest heading above the item, or None."""
        number = self._table.section[self._number]
        return None if number < 0 else self._data.headings[number].text

    @property
    def heading_path(self) -> tuple[str, ...]:
        """The texts of the headings the item sits under, outermost first."""
        return self._data.heading_path(self._number)

    @property
    def section_number(self) -> int:
        """The index in :attr:`Document.headings` of the nearest heading above, or -1."""
        return self._table.section[self._number]

    @property
    def source_text(self) -> str:
        """The item's first line of text after the list marker and checkbox, as written.

        An item whose first line opens another item (``- - [ ] x``) holds only
        the text before that item's marker. Cut from the line on each call, not
        kept: kept, the texts of a long list's views weighed as much as its lines.
        """
        return self._data.source_text(self._number)

    @property
    def text(self) -> str:
        """Plain text of the first line, inline markup removed."""
        if self._text is None:
            self._text = _inline_parser()(self.source_text)
        return self._text

    @property
    def id(self) -> str:
        """An id from the item's content, unique in its document, that moves and statuses keep."""
        return self._data.id(self._number)

    @property
    def index(self) -> str:
        """The task's index path such as ``2.1`` (tasks only; plain items get ``""``)."""
        return self._data.index(self._number)
