"""The lossless document: a Markdown task list as lines plus what they mean.

A :class:`Document` is its lines, exactly as read (endings, BOM, tabs,
trailing spaces, bytes that were not UTF-8), and a scan of their block
structure. :meth:`Document.render` joins the lines back, so a document that
was not edited renders to the very text it was parsed from. Edits (see
:mod:`todokit.document.edits`) build a new document from new lines.

Examples:
    >>> doc = parse("# Todo\\r\\n- [ ] a\\r\\n- [x] b")
    >>> doc.render() == "# Todo\\r\\n- [ ] a\\r\\n- [x] b"
    True
    >>> [(t.text, t.checked) for t in doc.tasks]
    [('a', False), ('b', True)]
"""

from __future__ import annotations

from collections.abc import Sequence

from todokit.document.data import DocumentData
from todokit.document.item import Item
from todokit.document.lines import BOM, dominant_ending, split_lines
from todokit.document.scanned import Heading, ItemTable


class Document:
    """An immutable, lossless Markdown task list.

    Its items are made on first use, and what is derived from them (ids, index
    paths, children, heading paths) is worked out once, for all items, on first
    use: O(size of the text) each, however deep the nesting. Its items refer to
    its :class:`~todokit.document.data.DocumentData`, not to the document, so a
    document that is no longer used is freed at once.

    Examples:
        >>> doc = Document(["# Plan\\n", "- [ ] a\\n", "  - [x] b\\n"])
        >>> [(task.index, doc.heading_path(task), task.checked) for task in doc.tasks]
        [('1', ('Plan',), False), ('1.1', ('Plan',), True)]
    """

    __slots__ = ("_data", "_items", "_tasks")

    def __init__(self, lines: Sequence[str]) -> None:
        """Build a document from lines that keep their endings.

        Args:
            lines: The lines, as :func:`~todokit.document.lines.split_lines` returns them.

        Complexity: O(size of the text).
        """
        self._data = DocumentData(lines)
        self._items: tuple[Item, ...] | None = None
        self._tasks: tuple[Item, ...] | None = None

    @property
    def lines(self) -> tuple[str, ...]:
        """Every line of the document, endings included."""
        return self._data.lines

    @property
    def table(self) -> ItemTable:
        """The scan of the items, one row per item (what :class:`Item` views read)."""
        return self._data.table

    @property
    def items(self) -> tuple[Item, ...]:
        """Every list item, task or not, in document order."""
        if self._items is None:
            data = self._data
            self._items = tuple(Item(data, number) for number in range(len(data.table)))
        return self._items

    @property
    def tasks(self) -> tuple[Item, ...]:
        """Every task (item with a checkbox), in document order."""
        if self._tasks is None:
            items, status = self.items, self._data.table.status
            self._tasks = tuple(items[n] for n in range(len(items)) if status[n] >= 0)
        return self._tasks

    @property
    def headings(self) -> tuple[Heading, ...]:
        """The top-level headings, which open sections, in document order."""
        return self._data.headings

    @property
    def front_matter_end(self) -> int:
        """The number of leading lines that form a YAML front matter block (0 if none)."""
        return self._data.front_matter_end

    @property
    def has_bom(self) -> bool:
        """Whether the text starts with a byte order mark (kept, but not content)."""
        lines = self._data.lines
        return bool(lines) and lines[0].startswith(BOM)

    @property
    def newline(self) -> str:
        """The line ending new lines in this document should use."""
        return dominant_ending(self._data.lines)

    def content(self, index: int) -> str:
        """Return line ``index`` (0-based) without its ending and without a BOM.

        Args:
            index: A position in :attr:`lines`, counting from 0.

        Returns:
            What the line says, as written: tabs and trailing spaces are kept.
        """
        return self._data.content(index)

    def render(self) -> str:
        """Return the document's text: for an unedited document, exactly what was parsed.

        Complexity: O(size of the text).
        """
        return "".join(self._data.lines)

    def children_of(self, item: Item) -> tuple[Item, ...]:
        """Return the items directly inside ``item`` (see :attr:`Item.children`)."""
        items = self.items
        return tuple(items[number] for number in self._data.children(item.number))

    def task_parent_of(self, item: Item) -> Item | None:
        """Return the nearest enclosing task of ``item`` (see :attr:`Item.task_parent`)."""
        number = self._data.task_parent(item.number)
        return None if number < 0 else self.items[number]

    def heading_path(self, item: Item) -> tuple[str, ...]:
        """Return the texts of the headings ``item`` sits under, outermost first.

        Complexity: O(headings) once per document, then O(1) per item.
        """
        return self._data.heading_path(item.number)

    def id_of(self, item: Item) -> str:
        """Return the stable id of ``item`` (see :attr:`Item.id`)."""
        return self._data.id(item.number)

    def index_of(self, item: Item) -> str:
        """Return the index path of task ``item`` (see :attr:`Item.index`)."""
        return self._data.index(item.number)


def parse(text: str) -> Document:
    """Parse Markdown text into a lossless :class:`Document`.

    ``parse(text).render() == text`` for every string, including text with
    CRLF or lone CR endings, a BOM, no final newline, or lone surrogates that
    stand for undecodable bytes (see :func:`~todokit.document.codec.decode`).

    Args:
        text: Any string, Markdown or not; nothing in it is an error.

    Returns:
        A document whose :meth:`~Document.render` gives ``text`` back.

    Complexity: O(len(text)).

    Examples:
        >>> parse("- [ ] one\\n").tasks[0].text
        'one'
    """
    return Document(split_lines(text))
