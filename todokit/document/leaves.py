"""The open leaf block of the scanner: a paragraph, a fence, an HTML block or indented code.

Leaf blocks hold text, not other blocks. A fence, an HTML block and indented
code swallow the lines that follow until they end (a closing fence, the HTML
block's end condition, a line indented less than four columns): while one is
open, no block starts (:meth:`OpenLeaf.continues`). A paragraph ends at a blank
line or where a block starts; its first line may hold its item's checkbox,
which a setext underline turns into heading text after all.

Examples:
    >>> leaf = OpenLeaf()
    >>> leaf.open(FENCE, fence=("`", 3))
    >>> leaf.continues("code", 0), leaf.continues("```", 0), leaf.kind == NONE
    (True, True, True)
"""

from __future__ import annotations

from todokit.document.blocks import HTML_UNTIL_BLANK, html_block_ends, is_fence_end

NONE, PARAGRAPH, FENCE, HTML, CODE = range(5)
"""The kinds of open leaf block: none, a paragraph, and the three that swallow lines."""


class OpenLeaf:
    """The leaf block that the lines read so far leave open."""

    __slots__ = ("fence", "html_kind", "kind", "lines", "start", "task")

    def __init__(self) -> None:
        """Start with no leaf block open."""
        self.kind = NONE
        self.fence = ("`", 3)  # an open fence's character and length
        self.html_kind = 0  # how an open HTML block ends (see blocks.html_block_start)
        self.task = -1  # the item whose checkbox starts the open paragraph
        self.lines: list[str] | None = None  # a top-level paragraph's text, for a setext heading
        self.start = 0  # the open paragraph's first line

    @property
    def swallows(self) -> bool:
        """Whether a fence, HTML block or indented code is open."""
        return self.kind in (FENCE, HTML, CODE)

    def continues(self, line: str, pos: int) -> bool:
        """Whether the open fence, HTML block or code goes on over ``line[pos:]``.

        A line that closes a fence or an HTML block continues it (the closing
        line belongs to the block), and leaves no leaf block open.
        """
        start = pos
        while start < len(line) and line[start] == " ":
            start += 1
        blank = start == len(line)
        if self.kind == FENCE:
            if start - pos <= 3 and is_fence_end(line, start, *self.fence):
                self.kind = NONE
            return True
        if self.kind == HTML:
            if self.html_kind == HTML_UNTIL_BLANK:
                return not blank
            if html_block_ends(self.html_kind, line, pos):
                self.kind = NONE
            return True
        return blank or start - pos >= 4

    def open(self, kind: int, *, fence: tuple[str, int] = ("`", 3), html_kind: int = 0) -> None:
        """Close any paragraph and open a leaf block of ``kind`` (NONE: one line, as a heading)."""
        self.close_paragraph()
        self.kind, self.fence, self.html_kind = kind, fence, html_kind

    def open_paragraph(self, index: int, *, task: int, text: str | None) -> None:
        """Open a paragraph on line ``index`` starting with item ``task``'s checkbox (or -1).

        ``text`` is its first line's text when it may become a setext heading
        (at the top level), else None.
        """
        self.kind, self.task, self.start = PARAGRAPH, task, index
        self.lines = None if text is None else [text]

    def continue_paragraph(self, text: str) -> None:
        """Add a line of paragraph continuation text."""
        if self.lines is not None:
            self.lines.append(text)

    def close_paragraph(self) -> None:
        """End the open paragraph, if one is open."""
        if self.kind == PARAGRAPH:
            self.kind = NONE
        self.task = -1
        self.lines = None
