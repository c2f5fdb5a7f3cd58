"""What the block scanner finds: a table of the list items, the headings, the front matter.

The scanner writes one row per list item into an :class:`ItemTable` when the
item opens, and completes the row (its end, its checkbox) as the lines go by.
A row is a dozen machine integers in columns (:mod:`array`), not an object with
a dozen fields: a 50 MB list holds 670,000 items, and a scan holds about 50
bytes an item where objects held about 240.

Examples:
    >>> table = ItemTable(len("- [ ] a\\n"))
    >>> row = table.add(line=0, parent=-1, list_id=0, marker_column=0, content_column=2,
    ...                 quoted=False, section=-1)
    >>> table.set_status(row, "x", index=3, line=0)
    >>> (len(table), table.marker(row), table.depth[row])
    (1, 'x', 0)
    >>> front_matter_end(["---", "title: x", "---", "# Plan"])
    3
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading at the top level of the document, which opens a section.

    Attributes:
        line: Index of the heading's first line.
        level: 1 to 6.
        text: The heading's source text without ``#`` marks or underline.
        end: Index just past the heading's last line (its underline, if setext).

    Examples:
        >>> from todokit.document import parse
        >>> parse("Plan\\n====\\n- [ ] a\\n").headings
        (Heading(line=0, level=1, text='Plan', end=2),)
    """

    line: int
    level: int
    text: str
    end: int


class ItemTable:
    """The list items of a document as columns, one row per item in document order.

    Every column is indexed by the item's number. Lines are 0-based indexes
    and columns count with tabs expanded to stops of four.

    Attributes:
        line: The item's first line.
        end: Just past its last non-blank line, subtree included.
        parent: The number of the enclosing item, or -1.
        depth: The number of enclosing items.
        list_id: Items with the same value are siblings in one list.
        marker_column: Column of the list marker.
        content_column: Column where the item's content (and its children) start.
        section: Index of the heading whose section holds the item, or -1.
        status: The code point of the checkbox character, or -1 for a plain item.
        status_index: Index of that character in its raw line, or -1.
        status_line: The line that holds the checkbox (usually ``line``), or -1.
        quoted: 1 for an item inside a block quote, else 0.
    """

    __slots__ = (
        "content_column",
        "depth",
        "end",
        "line",
        "list_id",
        "marker_column",
        "parent",
        "quoted",
        "section",
        "status",
        "status_index",
        "status_line",
    )

    def __init__(self, size: int) -> None:
        """Make an empty table for a text of ``size`` characters (which bounds every value)."""
        code = "i" if size < 2**31 else "q"  # four bytes a value, eight for a giant text
        self.line, self.end, self.parent, self.depth = (array(code) for _ in range(4))
        self.list_id, self.marker_column, self.content_column = (array(code) for _ in range(3))
        self.section, self.status, self.status_index = (array(code) for _ in range(3))
        self.status_line = array(code)
        self.quoted = bytearray()

    def __len__(self) -> int:
        """Return the number of items."""
        return len(self.line)

    def add(
        self,
        *,
        line: int,
        parent: int,
        list_id: int,
        marker_column: int,
        content_column: int,
        quoted: bool,
        section: int,
    ) -> int:
        """Add the row of an item that opens on ``line``; return its number.

        Its end is its first line until :meth:`close` says otherwise; it has no checkbox yet.
        """
        number = len(self.line)
        self.line.append(line)
        self.end.append(line + 1)
        self.parent.append(parent)
        self.depth.append(0 if parent < 0 else self.depth[parent] + 1)
        self.list_id.append(list_id)
        self.marker_column.append(marker_column)
        self.content_column.append(content_column)
        self.section.append(section)
        self.status.append(-1)
        self.status_index.append(-1)
        self.status_line.append(-1)
        self.quoted.append(quoted)
        return number

    def set_status(
        self, number: int, marker: str | None, *, index: int = -1, line: int = -1
    ) -> None:
        """Give item ``number`` the checkbox ``marker`` at ``index`` of ``line`` (None: none)."""
        self.status[number] = -1 if marker is None else ord(marker)
        self.status_index[number] = index
        self.status_line[number] = line

    def close(self, number: int, end: int) -> None:
        """Record that item ``number`` ends just before line ``end`` (never before its own line)."""
        self.end[number] = max(end, self.line[number] + 1)

    def marker(self, number: int) -> str | None:
        """Return item ``number``'s checkbox character, or None for a plain item."""
        code = self.status[number]
        return None if code < 0 else chr(code)


@dataclass(frozen=True, slots=True)
class ScanResult:
    """What :func:`~todokit.document.scanner.scan` found, in document order."""

    items: ItemTable
    headings: tuple[Heading, ...]
    front_matter_end: int


def front_matter_end(lines: Sequence[str]) -> int:
    """Return how many leading lines form a YAML front matter block (0 if none).

    Args:
        lines: The document's lines, with or without their endings (BOM removed).

    Returns:
        The number of lines from the opening ``---`` to the closing ``---`` or ``...``.

    Examples:
        >>> front_matter_end(["---", "a: 1", "---", "text"])
        3
        >>> front_matter_end(["---\\n", "a: 1\\n"])
        0
    """
    if not lines or lines[0].rstrip(" \t\r\n") != "---":
        return 0
    for index in range(1, len(lines)):
        if lines[index].rstrip(" \t\r\n") in ("---", "..."):
            return index + 1
    return 0
