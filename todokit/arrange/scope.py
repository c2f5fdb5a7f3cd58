r"""Parking unrelated work in an "Out of scope" section, from the home document.

:func:`park_from_home` takes a list with nothing parked (its *home*, see
:mod:`~todokit.arrange.homes`) and the top-level items to park. Each moves,
whole and byte for byte, to ``## Out of scope`` (see
:mod:`~todokit.arrange.placement` for the layout), and a heading left with
nothing under it but blank lines or a rule goes too, its parent heading in
turn when that empties it. Everything removed is remembered, so the home can
be rebuilt exactly. Nothing is deleted, and work in progress is never parked
by :func:`parkable`'s callers.

Examples:
    >>> from todokit.document import parse
    >>> home = parse("## API\n- [ ] fix auth\n\n## UI\n- [ ] dark mode\n")
    >>> parked, _ = park_from_home(home, [home.items[1]])
    >>> print(parked.render(), end="")
    ## API
    - [ ] fix auth
    <BLANKLINE>
    ## Out of scope
    <BLANKLINE>
    ### UI
    <BLANKLINE>
    - [ ] dark mode
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from todokit.arrange.homes import home_of
from todokit.arrange.memory import Homes, ranges_of, runs, text_hash
from todokit.arrange.out_of_scope import out_of_scope_edit
from todokit.arrange.permute import fingerprint
from todokit.arrange.placement import Block, former_section, top_items
from todokit.arrange.tidy import removal_plan
from todokit.document import Document, Item, Status
from todokit.document.edits import Edit, apply_edits
from todokit.document.lines import line_ending
from todokit.document.outline import parked_keys, take

__all__ = ["leaving", "park", "park_from_home", "parkable", "subtree_flags"]


def subtree_flags(doc: Document, relevant: Callable[[Item], bool]) -> tuple[list[bool], list[bool]]:
    r"""Return per item number: (its subtree holds unfinished work, … relevant work).

    Tasks in progress count as relevant whatever ``relevant`` says.

    Examples:
        >>> from todokit.document import parse
        >>> subtree_flags(parse("- a\n  - [ ] b\n- [x] c\n"), lambda item: False)
        ([True, True, False], [False, False, False])
    """
    items = doc.items
    work = [item.status is not None and not item.status.finished for item in items]
    keep = [
        work[item.number] and (item.status == Status.IN_PROGRESS or relevant(item))
        for item in items
    ]
    for item in reversed(items):  # children come after parents: this is bottom-up
        parent = item.parent
        if parent is not None:
            work[parent.number] = work[parent.number] or work[item.number]
            keep[parent.number] = keep[parent.number] or keep[item.number]
    return work, keep


def parkable(doc: Document, relevant: Callable[[Item], bool]) -> list[Item]:
    r"""Return the top-level items whose subtree holds work but nothing relevant.

    Examples:
        >>> from todokit.document import parse
        >>> doc = parse("- [ ] a\n- [x] b\n- [ ] c\n")
        >>> [item.text for item in parkable(doc, lambda item: item.text == "a")]
        ['c']
    """
    work, keep = subtree_flags(doc, relevant)
    tops = top_items(doc, 0, len(doc.lines))
    return [item for item in tops if work[item.number] and not keep[item.number]]


def leaving(home: Document, relevant: Callable[[Item], bool], parked: Counter[str]) -> list[Item]:
    """Return the top-level items of ``home`` to park, in list order.

    Those with unfinished work but nothing relevant (:func:`parkable`), and
    those that were parked (``parked`` counts their text keys) and hold no
    unfinished work: there is nothing to bring them back for.
    """
    work, _keep = subtree_flags(home, relevant)
    still = Counter(parked)
    finished = [
        item
        for item in top_items(home, 0, len(home.lines))
        if take(still, item) and not work[item.number]
    ]
    return sorted([*parkable(home, relevant), *finished], key=lambda item: item.start)


def park(
    doc: Document, relevant: Callable[[Item], bool], homes: Homes | None = None
) -> tuple[Document, Homes]:
    r"""Park what is unrelated in ``doc`` from its home; bring related parked work back.

    Returns the new list and its memory; ``homes`` is the memory of the last
    parking, if any.

    Examples:
        >>> from todokit.document import parse
        >>> doc = parse("- [ ] a\n- [ ] b\n")
        >>> once, homes = park(doc, lambda item: item.text == "a")
        >>> park(once, lambda item: True, homes)[0].render() == doc.render()
        True
    """
    home = home_of(doc, homes)
    return park_from_home(home, leaving(home, relevant, parked_keys(doc)))


def park_from_home(home: Document, leaving: Sequence[Item]) -> tuple[Document, Homes]:
    """Park the top-level items ``leaving`` of ``home``; return the list and its memory.

    ``home`` has nothing parked; the memory is the
    :class:`~todokit.arrange.homes.Homes` that rebuilds it. With nothing to
    park, ``home`` itself and an empty memory come back.

    A block whose move would change what other lines mean (a rare layout of
    tabs, quotes and lazy lines) is not parked: recall first.

    Complexity: O(lines), plus two parses.
    """
    final_newline = not home.lines or bool(line_ending(home.lines[-1]))
    empty = (home, Homes(written=text_hash(home), final_newline=final_newline))
    if not leaving:
        return empty
    attempt = _attempt(home, leaving, final_newline)
    if attempt is not None:
        return attempt
    # Moving the blocks changes what other lines mean, in a rare layout of tabs, quotes and
    # lazy lines. Recall first: park the ones that move cleanly, one by one; keep the rest.
    chosen: list[Item] = []
    for item in leaving[:RETRIES]:
        if _attempt(home, [*chosen, item], final_newline) is not None:
            chosen.append(item)
    return (_attempt(home, chosen, final_newline) if chosen else None) or empty


def _attempt(
    home: Document, leaving: Sequence[Item], final_newline: bool
) -> tuple[Document, Homes] | None:
    """Park ``leaving`` in one batch; None when that would change the list's items."""
    sections = {i.section_number for i in leaving}
    removed = removal_plan(home, [(i.start, i.end) for i in leaving], sections)
    blocks = [Block(home.lines[i.start : i.end], former_section(i)) for i in leaving]
    insertion, gap_before = out_of_scope_edit(home, removed, blocks)
    deletions = [Edit(start, end) for start, end in runs(removed)]
    parked = apply_edits(home, [*deletions, insertion])
    if _item_lines(home) != _item_lines(parked):
        return None
    at = insertion.start - sum(removed[: insertion.start])
    memory = Homes(
        ranges_of(home, removed, leaving),
        gap_before,
        text_hash(parked),
        final_newline,
        (at, len(insertion.lines)),
    )
    return parked, memory


def _item_lines(doc: Document) -> tuple[int, int]:
    """Fingerprint the non-blank lines of all top-level item blocks, endings ignored.

    It reads the scan, not item views, which a long list's new document need not make.
    """
    table, lines = doc.table, doc.lines
    return fingerprint(
        line.rstrip("\r\n")
        for number in range(len(table))
        if table.depth[number] == 0
        for line in lines[table.line[number] : table.end[number]]
        if line.strip()
    )


RETRIES = 64
"""Most blocks tried one by one when parking them together would change the list's items."""
