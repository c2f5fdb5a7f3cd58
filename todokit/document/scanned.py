"""The records the block scanner produces: items, headings, and the result.

They are plain mutable records because the scanner fills them in as it goes
(an item's end is known only when it closes); the public document model wraps
them in read-only objects.

Examples:
    >>> front_matter_end(["---", "title: x", "---", "# Plan"])
    3
"""

from __future__ import annotations

from collections.abc import Sequence

from todokit._record import field, record


@record(frozen=False)
class ScannedItem:
    """One list item as the scanner found it (0-based line numbers).

    Attributes:
        line: Index of the item's first line.
        end: Index just past its last non-blank line, subtree included.
        depth: Number of enclosing list items.
        parent: Index of the enclosing item in the scan, or -1.
        list_id: Items with the same value are siblings in one list.
        marker_column: Column of the list marker in the tab-expanded line.
        content_column: Column where the item's content starts.
        status: The task marker character, or None for a plain item.
        status_index: Index of that character in the raw line, or -1.
        quoted: Whether the item sits inside a block quote.
        section: Index of the heading whose section holds the item, or -1.
        number: The item's position among all items of the scan.
        status_line: Index of the line holding the checkbox (usually ``line``).
    """

    line: int
    depth: int
    parent: int
    list_id: int
    marker_column: int
    content_column: int
    quoted: bool
    section: int
    number: int
    end: int = 0
    status: str | None = None
    status_index: int = -1
    status_line: int = -1

    def __init__(  # noqa: PLR0917 - the record's fields, in order
        self,
        line: int,
        depth: int,
        parent: int,
        list_id: int,
        marker_column: int,
        content_column: int,
        quoted: bool,
        section: int,
        number: int,
        end: int = 0,
        status: str | None = None,
        status_index: int = -1,
        status_line: int = -1,
    ) -> None:
        """Set every field: spelled out, as the scanner makes one per item."""
        self.line, self.depth, self.parent, self.list_id = line, depth, parent, list_id
        self.marker_column, self.content_column = marker_column, content_column
        self.quoted, self.section, self.number, self.end = quoted, section, number, end
        self.status, self.status_index, self.status_line = status, status_index, status_line


@record(frozen=False)
class ScannedHeading:
    """A heading at the top level of the document, which opens a section.

    Attributes:
        line: Index of the heading's first line.
        level: 1 to 6.
        text: The heading's source text without ``#`` marks or underline.
        end: Index just past the heading's last line (its underline, if setext).
    """

    line: int
    level: int
    text: str
    end: int


@record(frozen=False)
class ScanResult:
    """What :func:`scan` found, in document order."""

    items: list[ScannedItem] = field(default_factory=list)
    headings: list[ScannedHeading] = field(default_factory=list)
    front_matter_end: int = 0


@record(frozen=False)
class Container:
    """An open block quote (``item`` is None) or list item on the scanner's stack."""

    item: ScannedItem | None
    width: int = 0
    empty: bool = False
    has_child: bool = False
    last_list: tuple[int, str] | None = None
    end: int = 0

    def __init__(  # noqa: PLR0917 - the record's fields, in order
        self,
        item: ScannedItem | None,
        width: int = 0,
        empty: bool = False,
        has_child: bool = False,
        last_list: tuple[int, str] | None = None,
        end: int = 0,
    ) -> None:
        """Set every field: spelled out, as the scanner opens one per container."""
        self.item, self.width, self.empty, self.has_child = item, width, empty, has_child
        self.last_list, self.end = last_list, end


def front_matter_end(contents: Sequence[str]) -> int:
    """Return how many leading lines form a YAML front matter block (0 if none).

    Args:
        contents: Line contents without endings (BOM already removed).

    Returns:
        The number of lines from the opening ``---`` to the closing ``---`` or ``...``.

    Examples:
        >>> front_matter_end(["---", "a: 1", "---", "text"])
        3
    """
    if not contents or contents[0].rstrip(" \t") != "---":
        return 0
    for index in range(1, len(contents)):
        if contents[index].rstrip(" \t") in ("---", "..."):
            return index + 1
    return 0
