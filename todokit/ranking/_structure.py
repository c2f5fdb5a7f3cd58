"""Propagation of relevance through a list's structure.

Internal to the default scorer. A sub-item inherits part of its parent's score
(a step of a relevant task is relevant), an item inherits part of its section
heading's score, and a parent takes part of its best descendant's score (a
group holding a relevant step is worth a look). Inheritance flows down from the
parent's own-or-inherited score, never from a score the parent itself took from
a child, so one relevant child does not make its siblings relevant.

Examples:
    >>> from todokit.ranking.scorer import RankItem
    >>> items = [RankItem("a", None, None), RankItem("b", 0, None)]
    >>> from todokit.ranking._tuning import Tuning
    >>> tuning = Tuning(parent_share=0.5)
    >>> [v for v, _ in propagate(items, [0.8, 0.0], [("x",), ()], {}, tuning)]
    [0.8, 0.4]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from todokit.ranking._tuning import Tuning
    from todokit.ranking.scorer import RankItem


def valid_parents(items: Sequence[RankItem]) -> list[int | None]:
    """Each item's parent index, with dangling and cyclic links dropped.

    A parent that is out of range or the item itself is ignored; in a cycle,
    the link that closes it (found walking from the first item) is dropped.

    Args:
        items: The items, whose ``parent`` fields may be inconsistent.

    Returns:
        A parent index (or ``None``) per item; following parents always ends.

    Complexity:
        O(n): every item is walked once.

    Examples:
        >>> from todokit.ranking.scorer import RankItem
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
    """Nesting depth of each item (0 at top level), memoised along parent chains.

    Args:
        parents: Each item's parent index, as :func:`valid_parents` gives them.

    Returns:
        The depth of each item.

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


def section_context(
    items: Sequence[RankItem], scores: Sequence[float], tuning: Tuning
) -> list[float]:
    """Shift each item by how much more often the rest of its section matches than the list.

    A section's *share* is the part of its items scoring at least
    ``tuning.strong``. An item moves by the difference between the share of
    the *other* items of its section and the share of the whole list, times
    ``section_lift`` when its section does better and ``section_pull`` when it
    does worse. Items without a heading form one section; a section of one
    item, or a list of one section, moves nothing.

    Args:
        items: The items, with their section headings.
        scores: Each item's score so far, in [0, 1].
        tuning: Gives ``strong``, ``section_lift`` and ``section_pull``.

    Returns:
        The shifted scores, clamped to [0, 1]. Counts, not sums, decide, so the
        result does not depend on the order of the items.

    Complexity:
        O(n).

    Examples:
        >>> from todokit.ranking._tuning import Tuning
        >>> from todokit.ranking.scorer import RankItem
        >>> pairs = [("a", "A"), ("b", "A"), ("c", "B"), ("d", "B")]
        >>> items = [RankItem(text, None, section) for text, section in pairs]
        >>> tuning = Tuning(strong=0.5, section_lift=0.2, section_pull=0.2)
        >>> [round(v, 2) for v in section_context(items, [0.9, 0.3, 0.1, 0.0], tuning)]
        [0.85, 0.45, 0.05, 0.0]
    """
    counts: dict[str | None, list[int]] = {}
    for item, score in zip(items, scores, strict=True):
        strong_and_all = counts.setdefault(item.section, [0, 0])
        strong_and_all[0] += score >= tuning.strong
        strong_and_all[1] += 1
    if len(counts) < 2:
        return list(scores)
    overall = sum(strong for strong, _ in counts.values()) / len(items)
    shifted = []
    for item, score in zip(items, scores, strict=True):
        strong, size = counts[item.section]
        if size < 2:
            shifted.append(score)
            continue
        contrast = (strong - (score >= tuning.strong)) / (size - 1) - overall
        weight = tuning.section_lift if contrast > 0 else tuning.section_pull
        shifted.append(min(1.0, max(0.0, score + weight * contrast)))
    return shifted


def propagate(
    items: Sequence[RankItem],
    own: Sequence[float],
    matched: Sequence[tuple[str, ...]],
    section_scores: Mapping[str, float],
    tuning: Tuning,
) -> list[tuple[float, tuple[str, ...]]]:
    """Combine own scores with parent, section and descendant scores.

    First a sub-item inherits ``parent_share`` of its parent's score and an
    item ``section_share`` of its heading's, where either beats its own; then
    :func:`section_context` shifts every item by how well the rest of its
    section matches; last, a parent takes ``child_share`` of its best
    descendant's score.

    Args:
        items: The items, with parent indexes and section headings.
        own: Each item's score from its own evidence, in [0, 1].
        matched: Each item's matched terms.
        section_scores: Score of each section heading text.
        tuning: The shares and section weights.

    Returns:
        ``(score, matched terms)`` per item; an inherited score carries the
        terms of the parent it came from.

    Complexity:
        O(n) for n items.

    Examples:
        >>> from todokit.ranking._tuning import Tuning
        >>> from todokit.ranking.scorer import RankItem
        >>> items = [RankItem("group", None, None), RankItem("step", 0, None)]
        >>> tuning = Tuning(parent_share=0.5, child_share=0.5)
        >>> [v for v, _ in propagate(items, [0.0, 1.0], [(), ("x",)], {}, tuning)]
        [0.5, 1.0]
    """
    parents = valid_parents(items)
    nesting = depths(parents)
    order = sorted(range(len(items)), key=lambda index: (nesting[index], index))
    down = list(own)
    terms = list(matched)
    for index in order:
        parent = parents[index]
        section = tuning.section_share * section_scores.get(items[index].section or "", 0.0)
        down[index] = max(down[index], section)
        if parent is not None and tuning.parent_share * down[parent] > down[index]:
            down[index] = tuning.parent_share * down[parent]
            terms[index] = terms[index] or terms[parent]
    down = section_context(items, down, tuning)
    best_below = [0.0] * len(items)
    for index in reversed(order):
        parent = parents[index]
        if parent is not None:
            best_below[parent] = max(best_below[parent], down[index], best_below[index])
    return [
        (max(down[index], tuning.child_share * best_below[index]), terms[index])
        for index in range(len(items))
    ]
