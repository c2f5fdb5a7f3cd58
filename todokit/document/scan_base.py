"""The open-block bookkeeping of the block scanner.

:class:`ScanBase` holds the stack of open containers and the open leaf block,
and knows how to open and close blocks; :class:`~todokit.document.scan_state.ScanState`
drives it line by line. Splitting the two keeps each part small enough to
read in one sitting.

Examples:
    >>> base = ScanBase()
    >>> (base.leaf == NONE, base.stack)
    (True, [])
"""

from __future__ import annotations

import re

from todokit.document import blocks
from todokit.document.lines import raw_index_of_column
from todokit.document.scanned import Container, ScannedHeading, ScannedItem, ScanResult

NONE, PARAGRAPH, FENCE, HTML, CODE = range(5)


class ScanBase:
    """The open containers, the open leaf block and what was found so far."""

    def __init__(self) -> None:
        """Start with an empty document."""
        self.result = ScanResult()
        self.stack: list[Container] = []
        self.items: list[ScannedItem] = []
        self.root = Container(None)
        self.leaf = NONE
        self.fence = ("`", 3)
        self.html_kind = 0
        self.para_item: ScannedItem | None = None
        self.para_lines: list[str] | None = None
        self.quotes = 0
        self.section = -1
        self.next_list = 0
        self.para_start = 0
        self._line = 0

    def _continue_leaf(self, line: str, pos: int) -> bool:
        start = pos
        while start < len(line) and line[start] == " ":
            start += 1
        blank = start == len(line)
        if self.leaf == FENCE:
            if start - pos <= 3 and blocks.is_fence_end(line, start, *self.fence):
                self.leaf = NONE
            return True
        if self.leaf == HTML:
            if self.html_kind == blocks.HTML_UNTIL_BLANK:
                return not blank
            if blocks.html_block_ends(self.html_kind, line, pos):
                self.leaf = NONE
            return True
        return blank or start - pos >= 4

    @staticmethod
    def _can_open_item(marker: re.Match[str], line: str, interrupts_paragraph: bool) -> bool:
        # An empty item, or an ordered one not starting at 1, cannot interrupt a paragraph.
        if not interrupts_paragraph:
            return True
        number = marker.group(2)
        return bool(line[marker.end() :].strip(" ")) and (number is None or int(number) == 1)

    def _tip(self) -> Container:
        return self.stack[-1] if self.stack else self.root

    def _add_child(self, *, is_list: bool = False) -> Container:
        tip = self._tip()
        tip.has_child = True
        tip.empty = False
        if not is_list:
            tip.last_list = None
        return tip

    def _push(self, container: Container) -> None:
        self._end_paragraph()
        self.leaf = NONE
        self.stack.append(container)
        if container.item is None:
            self.quotes += 1

    def _close_to(self, depth: int) -> None:
        stack = self.stack
        while len(stack) > depth:
            closed = stack.pop()
            if closed.item is None:
                self.quotes -= 1
            else:
                closed.item.end = max(closed.end, closed.item.line + 1)
                self.items.pop()
            if stack:
                stack[-1].end = max(stack[-1].end, closed.end)

    def _end_paragraph(self) -> None:
        if self.leaf == PARAGRAPH:
            self.leaf = NONE
        self.para_item = None
        self.para_lines = None

    def _open_leaf(self, depth: int, kind: int) -> None:
        self._close_to(depth)
        self._end_paragraph()
        self._add_child()
        self.leaf = kind

    def _setext(self, level: int) -> None:
        if self.para_item is not None:
            self.para_item.status = None
            self.para_item.status_index = -1
            self.para_item.status_line = -1
        if self.para_lines is not None:
            self._heading(self.para_start, level, " ".join(self.para_lines))
        self._end_paragraph()

    def _heading(self, index: int, level: int, text: str) -> None:
        self.section = len(self.result.headings)
        self.result.headings.append(ScannedHeading(index, level, text, self._line + 1))

    def _leaf_start(
        self,
        index: int,
        line: str,
        start: int,
        depth: int,
        *,
        interrupting: bool,
        all_matched: bool,
    ) -> bool:
        char = line[start]
        if char == "#" and blocks.ATX_HEADING.match(line, start):
            self._open_leaf(depth, NONE)
            if not self.stack:
                level = len(line) - len(line[start:].lstrip("#")) - start
                self._heading(index, level, blocks.atx_heading_text(line, start))
            return True
        if char in "`~":
            fence = blocks.fence_start(line, start)
            if fence is not None:
                self._open_leaf(depth, FENCE)
                self.fence = fence
                return True
        if char == "<":
            kind = blocks.html_block_start(line, start, interrupting)
            if kind is not None:
                self._open_leaf(depth, HTML)
                self.html_kind = kind
                if kind >= 0 and blocks.html_block_ends(kind, line, start + 1):
                    self.leaf = NONE
                return True
        if (
            char in "=-"
            and interrupting
            and all_matched
            and blocks.SETEXT_UNDERLINE.match(line, start)
        ):
            self._setext(1 if char == "=" else 2)
            return True
        return False

    def _open_item(self, index: int, line: str, raw: str, pos: int, marker: re.Match[str]) -> int:
        after = marker.end()
        start = after
        while start < len(line) and line[start] == " ":
            start += 1
        blank = start == len(line)
        width = after - pos + (1 if blank or start - after >= 5 else start - after)
        tip = self._add_child(is_list=True)
        key = marker.group(3) or marker.group(1)
        if tip.last_list is None or tip.last_list[1] != key:
            tip.last_list = (self.next_list, key)
            self.next_list += 1
        parent = self.items[-1] if self.items else None
        item = ScannedItem(
            line=index,
            depth=len(self.items),
            parent=parent.number if parent else -1,
            list_id=tip.last_list[0],
            marker_column=marker.start(),
            content_column=pos + width,
            quoted=self.quotes > 0,
            section=self.section,
            number=len(self.result.items),
        )
        self._push(Container(item, width=width, empty=blank))
        self.items.append(item)
        self.result.items.append(item)
        return len(line) if blank else pos + width

    def _open_paragraph(self, line: str, raw: str, pos: int) -> None:
        start = pos
        while line[start] == " ":
            start += 1
        tip = self._tip()
        if tip.item is not None and not tip.has_child:
            task = blocks.TASK_MARKER.match(line, start)
            if task is not None:
                # The raw character, not the tab-expanded one: "[\t]" is no open box.
                index = raw_index_of_column(raw, start + 1)
                tip.item.status = raw[index]
                tip.item.status_index = index
                tip.item.status_line = self._line
                self.para_item = tip.item
        self._add_child()
        self.leaf = PARAGRAPH
        self.para_lines = [line[start:].strip()] if not self.stack else None
        self.para_start = self._line
