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

import gc
from collections.abc import Sequence

from todokit.document.identity import assign_ids, assign_indexes
from todokit.document.item import Item
from todokit.document.lines import BOM, dominant_ending, split_lines
from todokit.document.scanned import ScannedHeading
from todokit.document.scanner import scan


class Document:
    """An immutable, lossless Markdown task list."""

    __slots__ = (
        "_children",
        "_heading_paths",
        "_headings",
        "_ids",
        "_indexes",
        "_items",
        "_lines",
        "_tasks",
    )

    def __init__(self, lines: Sequence[str]) -> None:
        """Build a document from lines that keep their endings.

        Args:
            lines: The lines, as :func:`~todokit.document.lines.split_lines` returns them.

        Complexity: O(size of the text).
        """
        self._lines = tuple(lines)
        # Parsing allocates a few objects per line and frees no reference cycles:
        # collections during it only cost time, more than linearly in the size.
        collecting = gc.isenabled()
        gc.disable()
        try:
            result = scan(self._lines)
            self._items = tuple(Item(self, scanned) for scanned in result.items)
        finally:
            if collecting:
                gc.enable()
        self._headings = tuple(result.headings)
        self._tasks = tuple(item for item in self._items if item.is_task)
        self._children: dict[int, tuple[Item, ...]] | None = None
        self._ids: dict[int, str] | None = None
        self._indexes: dict[int, str] | None = None
        self._heading_paths: list[tuple[str, ...]] | None = None

    @property
    def lines(self) -> tuple[str, ...]:
        """Every line of the document, endings included."""
        return self._lines

    @property
    def items(self) -> tuple[Item, ...]:
        """Every list item, task or not, in document order."""
        return self._items

    @property
    def tasks(self) -> tuple[Item, ...]:
        """Every task (item with a checkbox), in document order."""
        return self._tasks

    @property
    def headings(self) -> tuple[ScannedHeading, ...]:
        """The top-level headings, which open sections, in document order."""
        return self._headings

    @property
    def has_bom(self) -> bool:
        """Whether the text starts with a byte order mark (kept, but not content)."""
        return bool(self._lines) and self._lines[0].startswith(BOM)

    @property
    def newline(self) -> str:
        """The line ending new lines in this document should use."""
        return dominant_ending(self._lines)

    def content(self, index: int) -> str:
        """Return line ``index`` (0-based) without its ending and without a BOM.

        Args:
            index: A line index.

        Returns:
            The line's content.
        """
        content = self._lines[index].rstrip("\r\n")
        return content[1:] if index == 0 and content.startswith(BOM) else content

    def render(self) -> str:
        """Return the document's text: for an unedited document, exactly what was parsed.

        Complexity: O(size of the text).
        """
        return "".join(self._lines)

    def children_of(self, item: Item) -> tuple[Item, ...]:
        """Return the items directly inside ``item`` (see :attr:`Item.children`)."""
        if self._children is None:
            children: dict[int, list[Item]] = {}
            for each in self._items:
                parent = each.parent
                if parent is not None:
                    children.setdefault(parent.number, []).append(each)
            self._children = {number: tuple(group) for number, group in children.items()}
        return self._children.get(item.number, ())

    def heading_path(self, item: Item) -> tuple[str, ...]:
        """Return the texts of the headings ``item`` sits under, outermost first.

        Complexity: O(headings) once per document, then O(1) per item.
        """
        if self._heading_paths is None:
            paths: list[tuple[str, ...]] = []
            stack: list[tuple[int, tuple[str, ...]]] = []
            for heading in self._headings:
                while stack and stack[-1][0] >= heading.level:
                    stack.pop()
                path = (*(stack[-1][1] if stack else ()), heading.text)
                stack.append((heading.level, path))
                paths.append(path)
            self._heading_paths = paths
        number = item.section_number
        return self._heading_paths[number] if number >= 0 else ()

    def id_of(self, item: Item) -> str:
        """Return the stable id of ``item`` (see :attr:`Item.id`)."""
        if self._ids is None:
            self._ids = assign_ids(self._items)
        return self._ids[item.number]

    def index_of(self, item: Item) -> str:
        """Return the index path of task ``item`` (see :attr:`Item.index`)."""
        if self._indexes is None:
            self._indexes = assign_indexes(self._tasks)
        return self._indexes.get(item.number, "")


def parse(text: str) -> Document:
    """Parse Markdown text into a lossless :class:`Document`.

    ``parse(text).render() == text`` for every string, including text with
    CRLF or lone CR endings, a BOM, no final newline, or lone surrogates that
    stand for undecodable bytes (see :func:`~todokit.document.codec.decode`).

    Args:
        text: Any text.

    Returns:
        The document.

    Complexity: O(len(text)).

    Examples:
        >>> parse("- [ ] one\\n").tasks[0].text
        'one'
    """
    return Document(split_lines(text))
