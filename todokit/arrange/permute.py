"""Reordering sibling items as whole blocks: the one primitive behind sort and scope.

A list's siblings occupy a range of lines: item blocks with the blank lines
between them as gaps. A reorder puts the blocks in a new order and leaves the
gaps in their slots, so a loose list stays loose. Nested lists are reordered
first and travel inside their parent's block. The result is verified to be a
permutation of the original lines before anyone can write it.

Examples:
    >>> from todokit.document import parse
    >>> doc = parse("- b\\n- a\\n  - a2\\n  - a1\\n")
    >>> order = {item.number: item.text for item in doc.items}
    >>> reorder(doc, lambda group: sorted(group, key=lambda i: order[i.number])).render()
    '- a\\n  - a1\\n  - a2\\n- b\\n'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from todokit.document import Document, Item
from todokit.document.edits import Edit, apply_edits

Orderer = Callable[[Sequence[Item]], Sequence[Item]]


def sibling_groups(doc: Document) -> list[list[Item]]:
    """Return the lists of ``doc`` as groups of sibling items, deepest lists first.

    Complexity: O(number of items log number of items).
    """
    groups: dict[int, list[Item]] = {}
    for item in doc.items:
        groups.setdefault(item.list_id, []).append(item)
    return sorted(groups.values(), key=lambda group: -group[0].depth)


def reorder(doc: Document, orderer: Orderer) -> Document:
    """Return ``doc`` with every list's siblings put in the order ``orderer`` gives.

    ``orderer`` receives the siblings of one list in document order and returns
    the same items reordered; ``doc`` itself comes back when nothing moved.

    Raises:
        RuntimeError: The result would not be a permutation of the original
            lines (a bug; nothing is written).

    Complexity: O(sum of the sizes of the lists that change order).
    """
    order = list(range(len(doc.lines)))
    moved = False
    for group in sibling_groups(doc):
        if len(group) < 2:
            continue
        new = list(orderer(group))
        if [item.number for item in new] == [item.number for item in group]:
            continue
        if sorted(item.number for item in new) != sorted(item.number for item in group):
            raise RuntimeError("an orderer must return the same items")
        moved = True
        first, last = group[0].start, group[-1].end
        blocks = {item.number: order[item.start : item.end] for item in group}
        region: list[int] = []
        for position, item in enumerate(new):
            region += blocks[item.number]
            if position + 1 < len(group):
                region += order[group[position].end : group[position + 1].start]
        order[first:last] = region
    if not moved:
        return doc
    lines = [doc.lines[index] for index in order]
    result = apply_edits(doc, [Edit(0, len(doc.lines), tuple(lines))])
    verify_permutation(doc, result)
    return result


def verify_permutation(before: Document, after: Document) -> None:
    """Refuse a result whose lines are not the original lines in another order.

    Line endings may differ only where a line moved to or from the end of a
    file that has no final newline, and a BOM stays at the start of the file
    whichever line moves there: lines are compared by content.

    Raises:
        RuntimeError: The multisets of lines differ, or the same lines now
            form other list items (a numbered item that lost its list).
    """
    old = fingerprint(before.content(index) for index in range(len(before.lines)))
    new = fingerprint(after.content(index) for index in range(len(after.lines)))
    if old != new:
        raise RuntimeError("internal error: reordering changed the text; nothing was written")
    if fingerprint(item.source_text for item in before.items) != fingerprint(
        item.source_text for item in after.items
    ):
        raise RuntimeError(
            "internal error: reordering changed the list structure; nothing was written"
        )


def fingerprint(values: Iterable[str]) -> tuple[int, int]:
    """Return an order-free fingerprint of a multiset of strings: its size and hash sum.

    Two multisets that differ get different fingerprints but for a chance of
    about one in 2**64 (the hashes are 64-bit and salted per process), and
    nothing but two integers is kept, however many values there are: the
    checks of a big list's reorder cost no memory of their own.

    Examples:
        >>> fingerprint(["a", "b", "a"]) == fingerprint(["a", "a", "b"])
        True
        >>> fingerprint(["a", "b"]) == fingerprint(["a", "c"])
        False
    """
    count = total = 0
    for value in values:
        count += 1
        total = (total + hash(value)) & _MASK
    return count, total


_MASK = 2**64 - 1
