"""A single-pass, line-oriented scanner for the block structure of Markdown.

The scanner follows CommonMark's block algorithm, one line at a time: match
the open containers (:mod:`todokit.document.containers`), open new block
quotes and list items in what is left, then either start a leaf block
(heading, fence, HTML, indented code, rule) or treat the rest as paragraph
text, lazily continuing an open paragraph when the containers did not all
match. It has no inline phase and builds no tree: it records what todokit
needs, where each list item and top-level heading starts and ends, its nesting
and where its checkbox sits. Every line costs time in proportion to its
length, however deep the nesting, and nothing recurses.

Examples:
    >>> result = scan(["# Plan\\n", "- [ ] a\\n", "  - [x] b\\n"])
    >>> [(result.items.line[n], result.items.depth[n], result.items.marker(n)) for n in (0, 1)]
    [(1, 0, ' '), (2, 1, 'x')]
    >>> [heading.text for heading in result.headings]
    ['Plan']
"""

from __future__ import annotations

from collections.abc import Sequence

from todokit.document.blocks import (
    ATX_HEADING,
    LIST_MARKER,
    SETEXT_UNDERLINE,
    TASK_MARKER,
    atx_heading_text,
    can_open_item,
    fence_start,
    html_block_ends,
    html_block_start,
    is_rule,
)
from todokit.document.containers import QUOTE, OpenContainers
from todokit.document.leaves import CODE, FENCE, HTML, NONE, PARAGRAPH, OpenLeaf
from todokit.document.lines import BOM, raw_index_of_column
from todokit.document.scanned import Heading, ItemTable, ScanResult, front_matter_end


def scan(lines: Sequence[str]) -> ScanResult:
    """Find the list items and top-level headings of a document.

    Args:
        lines: The document's lines, endings included (see ``split_lines``).

    Returns:
        The items and headings, in document order.

    Complexity: O(total length), whatever the nesting; no recursion.

    Examples:
        >>> [h.text for h in scan(["Title\\n", "===\\n"]).headings]
        ['Title']
    """
    bom = bool(lines) and lines[0].startswith(BOM)
    first = front_matter_end([lines[0][1:], *lines[1:]] if bom else lines)
    scanner = _Scanner(ItemTable(sum(map(len, lines))))
    for index in range(first, len(lines)):
        content = lines[index].rstrip("\r\n")
        scanner.feed(index, content[1:] if bom and index == 0 else content)
    scanner.open.close_to(0)
    return ScanResult(scanner.table, tuple(scanner.headings), first)


class _Scanner:
    """One scan: the open containers, the open leaf block, and the headings found."""

    def __init__(self, table: ItemTable) -> None:
        """Start before the first line, writing the items it finds into ``table``."""
        self.table = table
        self.open = OpenContainers(table)
        self.leaf = OpenLeaf()
        self.headings: list[Heading] = []
        self.section = -1  # the heading whose section the lines are in
        self.index = 0  # the line being read

    def feed(self, index: int, raw: str) -> None:
        """Read line ``index``: its content without ending, tabs as written."""
        self.index = index
        line = raw.expandtabs(4) if "\t" in raw else raw
        # Only a line with content extends the open items: not one blank but for ">".
        if self._line(line, raw) and self.open.stack:
            self.open.stack[-1].end = index + 1

    def _line(self, line: str, raw: str) -> bool:  # noqa: PLR0912 - the block starts, in CommonMark's order
        """Read one tab-expanded line; return whether it holds content."""
        size = len(line)
        blank = not line.strip(" ")
        pos, matched = (size, self.open.match_blank()) if blank else self.open.match(line)
        all_matched = matched == len(self.open.stack)
        if self.leaf.swallows:
            if all_matched and self.leaf.continues(line, pos):
                return bool(line[pos:].strip(" "))
            self.leaf.kind = NONE
        para_open = self.leaf.kind == PARAGRAPH
        opened = False  # whether the line opened a container (then no paragraph continues)
        rule_tails: dict[str, int] = {}
        while True:
            start = pos
            while start < size and line[start] == " ":
                start += 1
            if start == size:
                self.open.close_to(matched)
                self.leaf.close_paragraph()
                return opened
            interrupting = para_open and not opened
            if start - pos >= 4:
                if interrupting:
                    break  # indented text cannot interrupt a paragraph: it continues it
                self._open_leaf(matched, CODE)
                return True
            char = line[start]
            if char == ">":
                self.open.open_quote(matched)
                pos = start + 2 if line.startswith(" ", start + 1) else start + 1
            elif char in "-*_" and is_rule(line, start, char, rule_tails):
                if char == "-" and interrupting and all_matched:
                    self._setext(2)
                else:
                    self._open_leaf(matched, NONE)
                return True
            elif (
                char in "-+*0123456789"
                and (marker := LIST_MARKER.match(line, start)) is not None
                and can_open_item(marker, line, interrupting and all_matched)
            ):
                pos = self.open.open_item(
                    matched,
                    line,
                    pos,
                    marker,
                    index=self.index,
                    section=self.section,
                )
            elif self._leaf_start(line, start, matched, interrupting, all_matched):
                return True
            else:
                break
            self.leaf.open(NONE)  # a new container closes the paragraph
            matched, opened, para_open = len(self.open.stack), True, False
        if not para_open or opened:
            self.open.close_to(matched)
            self._open_paragraph(line, raw, pos)
        else:  # paragraph continuation text
            self.leaf.continue_paragraph(line[pos:].strip())
        return True

    def _leaf_start(
        self, line: str, start: int, depth: int, interrupting: bool, all_matched: bool
    ) -> bool:
        """Open the leaf block that starts at ``start``, if one does; return whether one did."""
        char = line[start]
        if char == "#" and ATX_HEADING.match(line, start):
            self._open_leaf(depth, NONE)
            if not self.open.stack:
                level = len(line) - len(line[start:].lstrip("#")) - start
                self._heading(self.index, level, atx_heading_text(line, start))
            return True
        if char in "`~" and (fence := fence_start(line, start)) is not None:
            self._open_leaf(depth, FENCE, fence=fence)
            return True
        if char == "<" and (kind := html_block_start(line, start, interrupting)) is not None:
            ends = kind >= 0 and html_block_ends(kind, line, start + 1)
            self._open_leaf(depth, NONE if ends else HTML, html_kind=kind)
            return True
        if char in "=-" and interrupting and all_matched and SETEXT_UNDERLINE.match(line, start):
            self._setext(1 if char == "=" else 2)
            return True
        return False

    def _open_leaf(
        self, depth: int, kind: int, *, fence: tuple[str, int] = ("`", 3), html_kind: int = 0
    ) -> None:
        """Close the containers the line did not continue and open a leaf block in the tip."""
        self.open.close_to(depth)
        self.leaf.open(kind, fence=fence, html_kind=html_kind)
        self.open.add_child()

    def _open_paragraph(self, line: str, raw: str, pos: int) -> None:
        """Open a paragraph in the tip; an item's first one may start with its checkbox."""
        start = pos
        while line[start] == " ":
            start += 1
        tip, task = self.open.tip, -1
        if tip.item != QUOTE and not tip.has_child:
            box = TASK_MARKER.match(line, start)
            if box is not None:
                # The raw character, not the tab-expanded one: "[\t]" is no open box.
                index = raw_index_of_column(raw, start + 1)
                self.table.set_status(tip.item, raw[index], index=index, line=self.index)
                task = tip.item
        self.open.add_child()
        text = line[start:].strip() if not self.open.stack else None
        self.leaf.open_paragraph(self.index, task=task, text=text)

    def _setext(self, level: int) -> None:
        """Turn the open paragraph into a heading: its checkbox, if any, was heading text."""
        if self.leaf.task >= 0:
            self.table.set_status(self.leaf.task, None)
        if self.leaf.lines is not None:
            self._heading(self.leaf.start, level, " ".join(self.leaf.lines))
        self.leaf.close_paragraph()

    def _heading(self, line: int, level: int, text: str) -> None:
        """Record a top-level heading that starts on ``line``; it opens the next section."""
        self.section = len(self.headings)
        self.headings.append(Heading(line, level, text, self.index + 1))


__all__ = ["scan"]
