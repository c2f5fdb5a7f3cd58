r"""Where blocks of items go home: their sections, the part before the first heading, new sections.

A block that goes back home joins its section's list as one more item; a
block of no section joins the part before the first heading; a block whose
section is gone gets it back. (Where parked work goes is
:mod:`todokit.arrange.out_of_scope`.)

Examples:
    >>> from todokit.document import parse
    >>> doc = parse("## API\n- [ ] a\n\n## Out of scope\n")
    >>> print(return_blocks(doc, [Block(("- [ ] b\n",), "API")]).render(), end="")
    ## API
    - [ ] a
    - [ ] b
    <BLANKLINE>
    ## Out of scope
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from todokit.document import Document, Item
from todokit.document.edits import Edit, apply_edits
from todokit.document.outline import (
    footer_start,
    inside,
    is_blank,
    is_out_of_scope,
    out_of_scope_spans,
    same_name,
)


@dataclass(frozen=True, slots=True)
class Block:
    """An item with its subtree, as lines, and the section it belongs to.

    Attributes:
        lines: The item's lines, exactly as they were.
        section: Its former section (parking) or home section (returning); None for none.
    """

    lines: tuple[str, ...]
    section: str | None


def former_section(item: Item) -> str | None:
    """Return the section an item belongs to: its nearest heading, or for a parked one its group's.

    An item directly under "Out of scope" has none. Parking, returning,
    remembering homes and scoring all name an item's section this way.

    Examples:
        >>> from todokit.document import parse
        >>> doc = parse("## Out of scope\\n- [ ] a\\n### API\\n- [ ] b\\n")
        >>> [former_section(item) for item in doc.items]
        [None, 'API']
    """
    section = item.section
    return None if section is None or is_out_of_scope(section) else section


def top_items(doc: Document, start: int, end: int) -> list[Item]:
    """Return the top-level, unquoted items that begin in lines ``start`` to ``end``."""
    return [i for i in doc.items if i.depth == 0 and not i.quoted and start <= i.start < end]


def _into_section(doc: Document, number: int) -> tuple[int, bool]:
    """Return (position, needs blank lines) for a block joining section ``number``'s own list."""
    heading = doc.headings[number]
    following = doc.headings[number + 1 : number + 2]
    body_end = following[0].line if following else len(doc.lines)
    tops = top_items(doc, heading.end, body_end)
    return (tops[-1].end, False) if tops else (heading.end, True)


def _edits(doc: Document, placed: dict[tuple[int, bool], list[str]], newline: str) -> list[Edit]:
    """Turn insertions grouped by (position, separated) into edits, blank lines added."""
    lines = doc.lines
    edits = []
    for (position, separated), body in placed.items():
        before = (
            [newline] if separated and position > 0 and not is_blank(lines[position - 1]) else []
        )
        after = (
            [newline]
            if separated and position < len(lines) and not is_blank(lines[position])
            else []
        )
        edits.append(Edit(position, position, (*before, *body, *after)))
    return edits


def return_blocks(doc: Document, blocks: Sequence[Block], newline: str | None = None) -> Document:
    """Put returning blocks at the end of their home sections; recreate a section that is gone.

    A block of no section goes home to the part before the first heading. A
    block whose section is gone gets it back, as a ``##`` heading of that name
    at the end of the work in scope (before "Out of scope" and the footer).
    """
    spans = out_of_scope_spans(doc)
    placed: dict[tuple[int, bool], list[str]] = {}
    missing: dict[str, list[str]] = {}
    for block in blocks:
        homes = [
            n
            for n, heading in enumerate(doc.headings)
            if block.section is not None
            and same_name(heading.text, block.section)
            and not inside(heading.line, spans)
        ]
        if homes:
            key = _into_section(doc, homes[0])
        elif block.section is not None:
            missing.setdefault(block.section, []).extend(block.lines)
            continue
        elif doc.headings:  # its home is the part before the first heading
            first = doc.headings[0].line
            tops = top_items(doc, 0, first)
            key = (tops[-1].end, False) if tops else (first, True)
        else:
            key = (footer_start(doc), True)
        placed.setdefault(key, []).extend(block.lines)
    newline = newline or doc.newline
    if missing:
        end = min(spans[0][0] if spans else len(doc.lines), footer_start(doc))
        body: list[str] = []
        for name, lines in missing.items():
            body += [*([newline] if body else []), f"## {name}{newline}", newline, *lines]
        placed.setdefault((end, True), []).extend(body)
    return apply_edits(doc, _edits(doc, placed, newline))
