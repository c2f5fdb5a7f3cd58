r"""The "Out of scope" section as parking writes it, and how to find it again.

Parked work goes to ``## Out of scope``, grouped under ``### <former section>``
(items that had no section first, with no group heading), groups in the order
their sections come in the list and blocks in list order. The section goes at
the end of the list, before a closing footer (a last ``---`` and the note
after it), set off by blank lines.

Examples:
    >>> print("".join(out_of_scope_lines([Block(("- [ ] b\n",), "API")], "\n")), end="")
    ## Out of scope
    <BLANKLINE>
    ### API
    <BLANKLINE>
    - [ ] b
"""

from __future__ import annotations

from collections.abc import Sequence

from todokit.arrange.placement import Block, top_items
from todokit.document import Document
from todokit.document.edits import Edit
from todokit.document.outline import (
    OUT_OF_SCOPE_HEADING,
    footer_start,
    is_blank,
    live_end,
    out_of_scope_spans,
)


def group_lines(blocks: Sequence[Block], newline: str) -> list[str]:
    """Return ``blocks`` grouped by former section: the unsectioned first, then one heading each.

    Every group starts with a blank line.
    """
    groups: dict[str | None, list[str]] = {}
    for block in blocks:
        groups.setdefault(block.section, []).extend(block.lines)
    lines: list[str] = []
    for name, body in sorted(groups.items(), key=lambda pair: pair[0] is not None):
        lines.append(newline)
        if name is not None:
            lines += [f"### {name}{newline}", newline]
        lines += body
    return lines


def out_of_scope_lines(blocks: Sequence[Block], newline: str) -> list[str]:
    """Return a new "Out of scope" section holding ``blocks``, grouped by former section."""
    return [f"## {OUT_OF_SCOPE_HEADING}{newline}", *group_lines(blocks, newline)]


def out_of_scope_edit(
    doc: Document, removed: Sequence[bool], blocks: Sequence[Block]
) -> tuple[Edit, bool]:
    """Return the insertion of ``blocks`` under "Out of scope", for one batch with ``removed``.

    The section goes before the footer, or at the end; it is always a section
    of its own, even beside an "Out of scope" section a person wrote (with
    notes in it), so that its groups never fall under someone else's heading.
    Blank lines set it off from what is kept around it. ``removed`` marks, per
    line of ``doc``, what the same batch removes; the flag returned says
    whether a blank line was added before the section.
    """
    lines, newline = doc.lines, doc.newline
    at = live_end(doc, footer_start(doc))
    body = out_of_scope_lines(blocks, newline)
    while 0 < at < len(lines) and removed[at - 1] and removed[at]:
        at -= 1  # never inside a run the same batch removes
    before = next((i for i in range(at - 1, -1, -1) if not removed[i]), -1)
    gap_before = before >= 0 and not is_blank(lines[before])
    if gap_before:
        body.insert(0, newline)
    after = next((i for i in range(at, len(lines)) if not removed[i]), len(lines))
    if after < len(lines) and not is_blank(lines[after]):
        body.append(newline)
    return Edit(at, at, tuple(body)), gap_before


def out_of_scope_region(doc: Document, gap_before: bool | None) -> tuple[int, int] | None:
    """Return the lines of the first "Out of scope" section as parking wrote it, or None.

    The region runs from the heading (and the blank line parking added before
    it) to the footer or the end; it qualifies only when it holds nothing but
    group headings, blank lines and items, as parking writes it.
    """
    spans = out_of_scope_spans(doc)
    if not spans or gap_before is None:
        return None
    first, end = spans[0]
    footer = footer_start(doc)
    if first < footer < end:
        end = footer
    inner = {h.line for h in doc.headings if first < h.line < end}
    covered = [False] * (end - first)
    for item in top_items(doc, first, end):
        for index in range(item.start, min(item.end, end)):
            covered[index - first] = True
    for index in range(first + 1, end):
        if not (covered[index - first] or index in inner or is_blank(doc.lines[index])):
            return None
    if gap_before and first > 0 and is_blank(doc.lines[first - 1]):
        first -= 1
    return first, end
