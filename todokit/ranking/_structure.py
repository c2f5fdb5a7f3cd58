"""Propagation of relevance through a list's structure.

Internal to the default scorer. A sub-item inherits part of its parent's score
(a step of a relevant task is relevant), an item inherits part of its section
heading's score and of the tasks it shares a ticket id or a code name with, and a parent
takes part of its best descendant's score (a group holding a relevant step is
worth a look). How well the other items of a section match never moves an
item. Inheritance flows down from the
parent's own-or-inherited score, never from a score the parent itself took from
a child, so one relevant child does not make its siblings relevant.

Examples:
    >>> from todokit.ranking.items import RankItem
    >>> items = [RankItem("a", None, None), RankItem("b", 0, None)]
    >>> from todokit.ranking._tuning import Tuning
    >>> tuning = Tuning(parent_share=0.5)
    >>> [v for v, _ in propagate(items, [0.8, 0.0], [("x",), ()], {}, tuning)]
    [0.8, 0.4]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from todokit.ranking.names import linked

if TYPE_CHECKING:
    from todokit.ranking._tuning import Tuning
    from todokit.ranking.items import RankItem


def valid_parents(items: Sequence[RankItem]) -> list[int | None]:
    """Each item's parent index, with dangling and cyclic links dropped.

    A parent that is out of range or the item itself is ignored; in a cycle,
    the link that closes it (found walking from the first item) is dropped,
    so following the parents returned always ends.

    Complexity:
        O(n): every item is walked once.

    Examples:
        >>> from todokit.ranking.items import RankItem
        >>> valid_parents([RankItem("a", 1, None), RankItem("b", 0, None), RankItem("c", 9, None)])
        [1, None, None]
    """
    size = len(items)
    parents = [
        item.parent
        if item.parent is not None and 0 <= item.parent < size and item.parent != index
        else None
        for index, item in enumerate(items)
    ]
    state = [0] * size  # 0 unseen, 1 on the current walk, 2 finished
    for start in range(size):
        walk: list[int] = []
        cursor: int | None = start
        while cursor is not None and state[cursor] == 0:
            state[cursor] = 1
            walk.append(cursor)
            following = parents[cursor]
            if following is not None and state[following] == 1:
                parents[cursor] = following = None
            cursor = following
        for index in walk:
            state[index] = 2
    return parents


def depths(parents: Sequence[int | None]) -> list[int]:
    """Nesting depth of each item (0 at top level) from :func:`valid_parents`' indexes.

    Complexity:
        O(n): every item is walked once.

    Examples:
        >>> depths([None, 0, 1, None])
        [0, 1, 2, 0]
    """
    found: list[int | None] = [None] * len(parents)
    for start in range(len(parents)):
        chain: list[int] = []
        cursor: int | None = start
        while cursor is not None and found[cursor] is None:
            chain.append(cursor)
            cursor = parents[cursor]
        depth = -1 if cursor is None else found[cursor] or 0
        for index in reversed(chain):
            depth += 1
            found[index] = depth
    return [depth or 0 for depth in found]


def _follow_links(
    items: Sequence[RankItem], scores: list[float], terms: list[tuple[str, ...]], share: float
) -> None:
    """Let a task take ``share`` of the best score among the tasks sharing a ticket id or name."""
    before = list(scores)  # one step: a link passes on what a task has, not what it took
    for index, others in linked([item.text for item in items]).items():
        best = max(others, key=lambda other: before[other])
        if share * before[best] > scores[index]:
            scores[index] = share * before[best]
            terms[index] = terms[index] or terms[best]


def propagate(
    items: Sequence[RankItem],
    own: Sequence[float],
    matched: Sequence[tuple[str, ...]],
    section_scores: Mapping[str, float],
    tuning: Tuning,
) -> list[tuple[float, tuple[str, ...]]]:
    """Combine own scores with parent, section, linked and descendant scores.

    First a sub-item inherits ``parent_share`` of its parent's score and an
    item ``section_share`` of its heading's, where either beats its own; then
    a task takes ``link_share`` of the best task it shares a ticket id or a code
    name with (:func:`~todokit.ranking.names.linked`);
    last, a parent takes ``child_share`` of its best descendant's score. An
    inherited score carries the matched terms of the item it came from.

    Complexity:
        O(n) for n items.

    Examples:
        >>> from todokit.ranking._tuning import Tuning
        >>> from todokit.ranking.items import RankItem
        >>> items = [RankItem("group", None, None), RankItem("step", 0, None)]
        >>> tuning = Tuning(parent_share=0.5, child_share=0.5)
        >>> [v for v, _ in propagate(items, [0.0, 1.0], [(), ("x",)], {}, tuning)]
        [0.5, 1.0]
    """
    parents = valid_parents(items)
    nesting = depths(parents)
    # Parents before children; sorted() is stable, so document order within a depth.
    order = sorted(range(len(items)), key=nesting.__getitem__)
    down = list(own)
    terms = list(matched)
    for index in order:
        parent = parents[index]
        section = tuning.section_share * section_scores.get(items[index].section or "", 0.0)
        down[index] = max(down[index], section)
        if parent is not None and tuning.parent_share * down[parent] > down[index]:
            down[index] = tuning.parent_share * down[parent]
            terms[index] = terms[index] or terms[parent]
    _follow_links(items, down, terms, tuning.link_share)
    best_below = [0.0] * len(items)
    for index in reversed(order):
        parent = parents[index]
        if parent is not None:
            best_below[parent] = max(best_below[parent], down[index], best_below[index])
    scores = [
        max(down[index], tuning.child_share * best_below[index]) for index in range(len(items))
    ]
    # Most items of a long list score nothing: they share one pair.
    return [
        (score, terms[index]) if score or terms[index] else _NOTHING
        for index, score in enumerate(scores)
    ]


_NOTHING: tuple[float, tuple[str, ...]] = (0.0, ())
