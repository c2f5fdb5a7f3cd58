"""A single-pass, line-oriented scanner for the block structure of Markdown.

The scanner follows CommonMark's two-phase block algorithm (match the open
container blocks, then look for new block starts, then lazy continuation) but
records only what todokit needs: where each list item and heading starts and
ends, its nesting and its task marker. It keeps an explicit stack of open
containers instead of recursing, so a document nested ten thousand levels deep
is as safe as a flat one, and every line is looked at a bounded number of times
per open container.

Examples:
    >>> result = scan(["# Plan\\n", "- [ ] a\\n", "  - [x] b\\n"])
    >>> [(item.line, item.depth, item.status) for item in result.items]
    [(1, 0, ' '), (2, 1, 'x')]
"""

from __future__ import annotations

from collections.abc import Sequence

from todokit.document.lines import BOM
from todokit.document.scan_fast import FastScanState
from todokit.document.scanned import ScanResult, front_matter_end


def scan(lines: Sequence[str]) -> ScanResult:
    """Find the list items and top-level headings of a document.

    Args:
        lines: The document's lines, endings included (see ``split_lines``).

    Returns:
        The items and headings, in document order.

    Complexity: O(total length + sum over lines of the open container depth);
    no recursion.

    Examples:
        >>> [h.text for h in scan(["Title\\n", "===\\n"]).headings]
        ['Title']
    """
    contents = [line.rstrip("\r\n") for line in lines]
    if contents and contents[0].startswith(BOM):
        contents[0] = contents[0][1:]
    state = FastScanState()
    state.result.front_matter_end = front_matter_end(contents)
    state.run(contents, state.result.front_matter_end)
    return state.result


__all__ = ["scan"]
