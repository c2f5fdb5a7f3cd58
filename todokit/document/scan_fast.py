r"""The scanner's main loop, with fast paths for the lines task lists are made of.

Most lines of a task list are blank lines, list items whose text starts with a
checkbox or a word, and paragraph text. When no block quote and no fence, HTML
block or indented code is open and the line has no tab, one regular expression
tells these apart, and :class:`FastScanState` does for them exactly what the
general algorithm of :class:`~todokit.document.scan_state.ScanState` would do,
without its per-line method calls and re-scanning. Every other line (headings,
fences, quotes, rules, tabs, deep indentation…) takes the general path. The
agreement tests with mistune and the CommonMark examples cover both paths.

Examples:
    >>> state = FastScanState()
    >>> state.run(["- [ ] a", "  - [x] b", "", "text"], 0)
    >>> [(i.line, i.depth, i.status, i.end) for i in state.result.items]
    [(0, 0, ' ', 2), (1, 1, 'x', 2)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from todokit.document.blocks import TASK_MARKER
from todokit.document.scan_base import PARAGRAPH
from todokit.document.scan_state import ScanState
from todokit.document.scanned import Container, ScannedItem

# After the indentation: a list marker with one to four spaces, or nothing; then a
# character that starts no block (no quote, rule, marker, heading, fence, HTML or
# setext underline), so the rest of the line is paragraph text.
_SIMPLE_LINE = re.compile(r"( *)(?:([-+*]|\d{1,9}[.)])( {1,4}))?(?=[^ >*+\-_#`~<=0-9])")


class FastScanState(ScanState):
    """A :class:`ScanState` that runs over all lines, short-cutting the common ones."""

    def run(self, contents: Sequence[str], first: int) -> None:
        """Scan ``contents[first:]`` (lines without endings or BOM) and close every block.

        Args:
            contents: The document's line contents.
            first: The index of the first line to scan (after any front matter).

        Complexity: O(total length + sum over lines of the open container depth).
        """
        simple_line = _SIMPLE_LINE.match
        stack = self.stack
        for index in range(first, len(contents)):
            raw = contents[index]
            if self.quotes or self.leaf > PARAGRAPH or "\t" in raw:
                self.feed(index, raw.expandtabs(4) if "\t" in raw else raw, raw)
                continue
            if not raw.strip(" "):
                self._blank()
                continue
            match = simple_line(raw)
            if match is None:
                self.feed(index, raw, raw)
                continue
            indent = match.end(1)
            pos = matched = 0
            for container in stack:  # only list items: no quote is open
                if indent - pos < container.width:
                    break
                pos += container.width
                matched += 1
            if indent - pos >= 4 or not self._simple(index, raw, match, pos, matched):
                self.feed(index, raw, raw)
            elif stack:
                stack[-1].end = index + 1
        self.finish()

    def _blank(self) -> None:
        # A blank line keeps the items it can continue: all up to the first empty one.
        matched = 0
        for container in self.stack:
            if container.empty:
                break
            matched += 1
        self._close_to(matched)
        self._end_paragraph()

    def _simple(self, index: int, raw: str, match: re.Match[str], pos: int, matched: int) -> bool:
        para_open = self.leaf == PARAGRAPH
        marker = match.group(2)
        if marker is None:
            if para_open:  # paragraph continuation, lazy or not
                if self.para_lines is not None:
                    self.para_lines.append(raw[pos:].strip())
                return True
            self._line = index
            self._close_to(matched)
            self._open_paragraph(raw, raw, pos)
            return True
        if (
            para_open
            and matched == len(self.stack)
            and marker[-1] in ".)"
            and int(marker[:-1]) != 1
        ):
            return False  # only an ordered list starting at 1 may interrupt a paragraph
        self._close_to(matched)
        self._end_paragraph()
        self._open_simple_item(index, raw, match, pos)
        return True

    def _open_simple_item(self, index: int, raw: str, match: re.Match[str], pos: int) -> None:
        # What _open_item and then _open_paragraph do for a marker followed by text.
        marker_column, content = match.start(2), match.end()
        width = content - pos
        tip = self.stack[-1] if self.stack else self.root
        tip.has_child = True
        tip.empty = False
        key = match.group(2)[-1]
        if tip.last_list is None or tip.last_list[1] != key:
            tip.last_list = (self.next_list, key)
            self.next_list += 1
        parent = self.items[-1].number if self.items else -1
        item = ScannedItem(
            index,
            len(self.items),
            parent,
            tip.last_list[0],
            marker_column,
            content,
            False,
            self.section,
            len(self.result.items),
        )
        task = TASK_MARKER.match(raw, content)
        if task is not None:
            item.status = task.group(1)
            item.status_index = content + 1
            item.status_line = index
            self.para_item = item
        self.stack.append(Container(item, width=width, has_child=True))
        self.items.append(item)
        self.result.items.append(item)
        self.leaf = PARAGRAPH
        self.para_start = index
