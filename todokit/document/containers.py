"""The open container blocks of the scanner: block quotes and list items, outermost first.

CommonMark reads each line in two steps. First the line must continue the
containers that are open: a block quote needs its ``>``, a list item needs its
content indentation (or a blank line). :meth:`OpenContainers.match` is that
step; the scanner then opens new blocks in what is left of the line and closes
the containers the line did not continue (:meth:`OpenContainers.close_to`),
which is when an item's end is written into the :class:`ItemTable`.

Every step is bounded by the line's length, whatever the nesting: a matched
container consumes at least one character, and a blank line is matched without
a walk over the stack (see :meth:`OpenContainers.match_blank`), so ten thousand
open items cost nothing per blank line.

Examples:
    >>> table = ItemTable(100)
    >>> open_blocks = OpenContainers(table)
    >>> from todokit.document.blocks import LIST_MARKER
    >>> open_blocks.open_item(0, "- a", 0, LIST_MARKER.match("- a"), index=0, section=-1)
    2
    >>> open_blocks.match("  more"), open_blocks.match("> quote")
    ((2, 1), (0, 0))
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from todokit.document.scanned import ItemTable

QUOTE = -1
"""The ``item`` of a container that is a block quote."""


@dataclass(slots=True)
class Container:
    """An open block quote or list item; the scanner updates it as lines go by.

    Attributes:
        item: The item's number in the table, or :data:`QUOTE`.
        width: For an item, the indentation a line needs to continue it.
        empty: The item opened on a blank line and holds nothing yet.
        has_child: The container holds a block (its first paragraph decides a checkbox).
        last_list: ``(list id, marker character)`` of its last child list, so the
            next item with the same kind of marker joins that list.
        end: Just past the last line with content that it holds so far.
    """

    item: int
    width: int = 0
    empty: bool = False
    has_child: bool = False
    last_list: tuple[int, str] | None = None
    end: int = 0


class OpenContainers:
    """The stack of open containers over one :class:`ItemTable`."""

    __slots__ = ("items", "next_list", "quotes", "root", "stack", "table")

    def __init__(self, table: ItemTable) -> None:
        """Start with nothing open: the document itself (``root``) is the tip."""
        self.table = table
        self.root = Container(QUOTE)
        self.stack: list[Container] = []
        self.items: list[int] = []  # the numbers of the open items, outermost first
        self.quotes: list[int] = []  # the stack positions of the open block quotes
        self.next_list = 0  # the id the next new list gets

    def __len__(self) -> int:
        """Return how many containers are open."""
        return len(self.stack)

    @property
    def tip(self) -> Container:
        """The innermost open container, or the root."""
        return self.stack[-1] if self.stack else self.root

    @property
    def parent(self) -> int:
        """The number of the innermost open item, or -1."""
        return self.items[-1] if self.items else -1

    def match(self, line: str) -> tuple[int, int]:
        """Match the prefixes of a line against the open containers (see :meth:`match_blank`).

        Args:
            line: A tab-expanded line content.

        Returns:
            ``(position after the matched prefixes, number of containers matched)``.
        """
        size = len(line)
        pos = matched = 0
        start = -1  # the first character after pos that is not a space
        for container in self.stack:
            if start < pos:  # found once per run of spaces, not once per container
                start = pos
                while start < size and line[start] == " ":
                    start += 1
            if container.item == QUOTE:
                if start - pos > 3 or start == size or line[start] != ">":
                    break
                pos = start + 2 if line.startswith(" ", start + 1) else start + 1
            elif start == size:  # the rest is blank: it continues every item but an empty one
                if container.empty:
                    break
                pos = size
            elif start - pos >= container.width:
                pos += container.width
            else:
                break
            matched += 1
        return pos, matched

    def match_blank(self) -> int:
        """Return how many open containers a blank line continues.

        Every item up to the first block quote, which needs its ``>``; not an
        empty item (one that opened on a blank line), which is always the tip:
        anything opened inside it would have filled it.
        """
        if self.quotes:
            return self.quotes[0]
        matched = len(self.stack)
        return matched - 1 if matched and self.stack[-1].empty else matched

    def add_child(self, *, is_list: bool = False) -> Container:
        """Note that the tip now holds a block; return the tip."""
        tip = self.tip
        tip.has_child = True
        tip.empty = False
        if not is_list:
            tip.last_list = None
        return tip

    def open_quote(self, depth: int) -> None:
        """Close the containers beyond ``depth`` and open a block quote inside the tip."""
        self._push(depth, Container(QUOTE))

    def open_item(
        self,
        depth: int,
        line: str,
        pos: int,
        marker: re.Match[str],
        *,
        index: int,
        section: int,
    ) -> int:
        """Open the list item whose marker ``marker`` found on tab-expanded ``line``.

        ``line`` continues ``depth`` containers, whose prefixes end at ``pos``; ``index``
        is its 0-based number and ``section`` the heading it sits under, or -1.

        Returns:
            Where the item's content starts in ``line``.
        """
        after = start = marker.end()
        while start < len(line) and line[start] == " ":
            start += 1
        blank = start == len(line)
        # Content starts one space after the marker when it is blank or indented code.
        width = after - pos + (1 if blank or start - after >= 5 else start - after)
        self.close_to(depth)
        tip = self.tip
        key = marker.group(3) or marker.group(1)  # "-", "+", "*", "." or ")"
        if tip.last_list is None or tip.last_list[1] != key:
            tip.last_list = (self.next_list, key)
            self.next_list += 1
        number = self.table.add(
            line=index,
            parent=self.parent,
            list_id=tip.last_list[0],
            marker_column=marker.start(),
            content_column=pos + width,
            quoted=bool(self.quotes),
            section=section,
        )
        self._push(depth, Container(number, width=width, empty=blank))
        return len(line) if blank else pos + width

    def _push(self, depth: int, container: Container) -> None:
        """Close the containers beyond ``depth`` and open ``container`` inside the tip."""
        self.close_to(depth)
        self.add_child(is_list=container.item != QUOTE)
        if container.item == QUOTE:
            self.quotes.append(len(self.stack))
        else:
            self.items.append(container.item)
        self.stack.append(container)

    def close_to(self, depth: int) -> None:
        """Close the containers beyond the first ``depth``, writing the ends of their items."""
        stack = self.stack
        while len(stack) > depth:
            closed = stack.pop()
            if closed.item == QUOTE:
                self.quotes.pop()
            else:
                self.table.close(closed.item, closed.end)
                self.items.pop()
            if stack:
                stack[-1].end = max(stack[-1].end, closed.end)
