"""The state machine behind :func:`todokit.document.scanner.scan`.

One :class:`ScanState` consumes a document line by line. For each line it
(1) matches the open containers (block quotes need ``>``, list items need
their content indentation), (2) looks for new block starts in what is left,
and (3) treats the rest as paragraph text, lazily continuing an open paragraph
when the containers did not all match — CommonMark's algorithm, without the
inline phase and without building a tree.

Examples:
    >>> state = ScanState()
    >>> for number, text in enumerate(["- [ ] a", "  more", "- b"]):
    ...     state.feed(number, text, text)
    >>> state.finish()
    >>> [(i.line, i.end, i.status) for i in state.result.items]
    [(0, 2, ' '), (2, 3, None)]
"""

from __future__ import annotations

from todokit.document import blocks
from todokit.document.scan_base import CODE, FENCE, HTML, NONE, PARAGRAPH, ScanBase
from todokit.document.scanned import Container


class ScanState(ScanBase):
    """Feeds lines through container matching, block starts and paragraph text."""

    def feed(self, index: int, line: str, raw: str) -> None:
        """Consume one line.

        Args:
            index: The line's 0-based number.
            line: Its content without ending, tabs expanded to stops of four.
            raw: The same content with tabs as written.
        """
        self._line = index
        # Only a line with content extends the open items: not one blank but for ">".
        if self._process(index, line, raw) and self.stack:
            self.stack[-1].end = index + 1

    def finish(self) -> None:
        """Close every open container at the end of the document."""
        self._close_to(0)

    def _process(self, index: int, line: str, raw: str) -> bool:  # noqa: PLR0912 - one branch per block start, kept in one loop for speed
        size = len(line)
        pos, matched = self._match_containers(line)
        all_matched = matched == len(self.stack)
        if self.leaf in (FENCE, HTML, CODE):
            if all_matched and self._continue_leaf(line, pos):
                return bool(line[pos:].strip(" "))
            self.leaf = NONE
        para_open = self.leaf == PARAGRAPH
        opened = False
        rule_tails: dict[str, int] = {}
        while True:
            start = pos
            while start < size and line[start] == " ":
                start += 1
            if start == size:
                self._close_to(matched)
                self._end_paragraph()
                return opened
            interrupting = para_open and not opened
            if start - pos >= 4:
                if interrupting:
                    break
                self._open_leaf(matched, CODE)
                return True
            char = line[start]
            if char == ">":
                self._close_to(matched)
                self._add_child()
                self._push(Container(None))
                matched = len(self.stack)
                pos = start + 2 if line.startswith(" ", start + 1) else start + 1
                opened, para_open = True, False
                continue
            if char in "-*_" and _is_rule(line, start, char, rule_tails):
                if char == "-" and interrupting and all_matched:
                    self._setext(2)
                else:
                    self._open_leaf(matched, NONE)
                return True
            marker = blocks.LIST_MARKER.match(line, start) if char in "-+*0123456789" else None
            if marker and self._can_open_item(marker, line, interrupting and all_matched):
                self._close_to(matched)
                pos = self._open_item(index, line, raw, pos, marker)
                matched = len(self.stack)
                opened, para_open = True, False
                continue
            if self._leaf_start(
                index, line, start, matched, interrupting=interrupting, all_matched=all_matched
            ):
                return True
            break
        if not para_open or opened:
            self._close_to(matched)
            self._open_paragraph(line, raw, pos)
        elif self.para_lines is not None:  # paragraph continuation text
            self.para_lines.append(line[pos:].strip())
        return True

    def _match_containers(self, line: str) -> tuple[int, int]:
        size = len(line)
        pos = matched = 0
        for container in self.stack:
            start = pos
            while start < size and line[start] == " ":
                start += 1
            if container.item is None:
                if start - pos > 3 or start == size or line[start] != ">":
                    break
                pos = start + 2 if line.startswith(" ", start + 1) else start + 1
            elif start == size:
                if container.empty:
                    break
                pos = size
            elif start - pos >= container.width:
                pos += container.width
            else:
                break
            matched += 1
        return pos, matched


def _is_rule(line: str, start: int, char: str, tails: dict[str, int]) -> bool:
    # A thematic break of ``char`` runs to the end of the line. ``tails`` remembers,
    # per character, the line's length without its tail of that character, spaces
    # and tabs: a rule needs ``start`` at or after it. Without this, "- - - … x"
    # would be matched from every nested marker, quadratic in the line's length.
    tail = tails.get(char)
    if tail is None:
        tail = tails[char] = len(line.rstrip(char + " \t"))
    return tail <= start and blocks.THEMATIC_BREAK.match(line, start) is not None
