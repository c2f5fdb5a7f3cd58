r"""Where parked work came from, so that it can go back exactly: the *home* document.

The home of a list is the list with nothing parked: every parked block back
where it was, every heading parking emptied back in place, and no "Out of
scope" section. Scoping always parks *from the home*, so scoping for one task,
then another, then the first again gives the first result back byte for byte.

:class:`~todokit.arrange.memory.Homes` is the memory that makes this possible:
one :class:`~todokit.arrange.memory.Range` per run of lines parking removed,
with its lines, the keys of the blocks in it, its place in the list without
them (``at``), and an anchor (the nearest kept line before it) for when the
list was edited since. When the list is exactly what
todokit last wrote (``written`` is its hash), ``at`` is exact; otherwise the
anchor finds the place, and parked work with no memory goes to the end of its
former section (:func:`~todokit.arrange.placement.return_blocks`).

Examples:
    >>> from todokit.document import parse
    >>> from todokit.arrange.scope import park_from_home
    >>> home = parse("## API\n- [ ] a\n- [ ] b\n")
    >>> parked, homes = park_from_home(home, [home.items[0]])
    >>> home_of(parked, homes).render() == home.render()
    True
"""

from __future__ import annotations

from collections.abc import Sequence

from todokit.arrange.memory import Homes, Range, anchor_key, memory_key, text_hash
from todokit.arrange.out_of_scope import out_of_scope_region
from todokit.arrange.placement import Block, former_section, return_blocks
from todokit.document import Document, Item
from todokit.document.edits import Edit, apply_edits
from todokit.document.lines import line_ending
from todokit.document.outline import inside, out_of_scope_spans

__all__ = ["Homes", "Range", "home_of", "text_hash"]


def home_of(doc: Document, homes: Homes | None) -> Document:
    """Return ``doc`` with all its parked work back home (see the module docs).

    ``homes`` is the memory of the last parking, if any; ``doc`` itself comes
    back when nothing is parked.

    Complexity: O(lines + parked lines).
    """
    spans = out_of_scope_spans(doc)
    if not spans:
        return doc
    exact = homes is not None and homes.written == text_hash(doc)
    if exact and homes is not None and not homes.ranges:
        return doc  # todokit wrote it and parked nothing: any "Out of scope" is someone's own
    if exact and homes is not None:
        first, end = homes.inserted[0], homes.inserted[0] + homes.inserted[1]
    else:
        region = out_of_scope_region(doc, homes.gap_before if homes else None)
        if region is None or homes is None:
            return _return_all(doc, spans)
        first, end = region
    parked: dict[str, list[Item]] = {}
    for item in doc.items:
        if item.depth == 0 and first <= item.start < end:
            parked.setdefault(memory_key(item), []).append(item)
    kept = doc.lines[:first] + doc.lines[end:]
    edits = []
    for home in homes.ranges:
        at = home.at if exact else _anchored(kept, home)
        if not 0 <= at <= len(kept):
            continue  # its place is gone: its work, if any, goes to its section's end
        lines = _current_lines(doc, home, parked)
        if lines:
            edits.append(Edit(at, at, tuple(lines)))
    result = _final_newline(apply_edits(Document(kept), edits), homes.final_newline)
    rest = sorted((item for items in parked.values() for item in items), key=lambda i: i.start)
    if not rest:
        return result
    return return_blocks(
        result, [Block(doc.lines[i.start : i.end], former_section(i)) for i in rest]
    )


def _final_newline(doc: Document, wanted: bool) -> Document:
    """Give the home back the final line ending it had (or had not)."""
    lines = list(doc.lines)
    if not lines or bool(line_ending(lines[-1])) == wanted:
        return doc
    lines[-1] = lines[-1] + doc.newline if wanted else lines[-1].rstrip("\r\n")
    return Document(lines)


def _current_lines(doc: Document, home: Range, parked: dict[str, list[Item]]) -> list[str]:
    """A range's lines with each parked block as the list holds it now (gone when removed)."""
    lines: list[str] = []
    cursor = 0
    found = False
    for offset, key, count in home.items:
        lines += home.lines[cursor:offset]
        candidates = parked.get(key)
        if candidates:
            item = candidates.pop(0)
            block = list(doc.lines[item.start : item.end])
            was = home.lines[offset + count - 1] if 0 < count <= len(home.lines) - offset else ""
            if block and not line_ending(block[-1]) and line_ending(was):
                block[-1] += line_ending(was)  # it ended the parked list: its ending comes back
            lines += block
            found = True
        cursor = offset + count
    lines += home.lines[cursor:]
    if home.items and not found:
        return []  # its work was removed while parked: nothing of it comes back
    return lines


def _anchored(kept: Sequence[str], home: Range) -> int:
    """Find a range's place in an edited list by its anchor line; -1 when it is gone."""
    if home.anchor is None:
        return home.gap
    seen = 0
    for index, line in enumerate(kept):
        if anchor_key(line.rstrip("\r\n")) == home.anchor:
            if seen == home.nth:
                return index + 1 + home.gap
            seen += 1
    return -1


def _return_all(doc: Document, spans: Sequence[tuple[int, int]]) -> Document:
    """Without a memory: every parked top-level block to the end of its former section."""
    from todokit.arrange.tidy import apply_removals, removal_edit  # noqa: PLC0415

    parked = [i for i in doc.items if i.depth == 0 and not i.quoted and inside(i.start, spans)]
    if not parked:
        return doc
    blocks = [Block(doc.lines[i.start : i.end], former_section(i)) for i in parked]
    removals = [removal_edit(doc, i.start, i.end) for i in parked]
    sections = {i.section_number for i in parked} - {-1}
    emptied = {n for n, h in enumerate(doc.headings) if inside(h.line, spans)} | sections
    return return_blocks(apply_removals(doc, removals, emptied), blocks, doc.newline)
