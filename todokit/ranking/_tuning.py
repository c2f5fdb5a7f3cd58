"""The weights of the default relevance scorer.

Internal to :mod:`todokit.ranking._relevance`. Every weight was chosen on the
tuning part of the evaluation set (``tests/ranking/eval``, the scenarios whose
number is not a multiple of three) and then fixed.

Examples:
    >>> Tuning().concept < Tuning().synonym < 1.0
    True
"""

from __future__ import annotations

from todokit._record import record


@record
class Tuning:
    """The weights of the default scorer.

    Attributes:
        k1: BM25 term-frequency saturation.
        synonym: Weight of a match through the synonym table.
        concept: Weight of a match through the concept table.
        ancestor_field: Weight of a match in the ancestors' text.
        section_field: Weight of a match in the section heading.
        keep_isolated: Weight kept by a task term the list never uses together
            with other task terms.
        feedback_items: How many best items vote in the feedback step (items
            tied with the last of them vote too).
        keep_unshared: Weight kept by a task term none of the best items has.
        feedback_terms: How many of the best items' shared terms join the query.
        feedback: Weight of those terms.
        feedback_rarity: Least rarity (normalised IDF) of a term that joins.
        unpaired: Weight of a phrase word matched without its partner.
        saturation: Evidence at which an item's own score reaches 0.5.
        parent_share: Share of a parent's score a child inherits.
        section_share: Share of a section heading's score its items inherit.
        child_share: Share of its best descendant's score a parent takes.
        strong: Score from which an item counts as a strong match of its
            section.
        section_lift: How far a section whose other items match more often
            than the list's lifts an item (times the difference in share).
        section_pull: How far a section whose other items match less often
            than the list's pulls an item down.

    Examples:
        >>> Tuning().parent_share <= 1.0
        True
    """

    k1: float = 0.6
    synonym: float = 0.65
    concept: float = 0.6
    ancestor_field: float = 0.5
    section_field: float = 0.4
    keep_isolated: float = 0.6
    feedback_items: int = 3
    keep_unshared: float = 0.2
    feedback_terms: int = 6
    feedback: float = 1.0
    feedback_rarity: float = 0.6
    unpaired: float = 0.3
    saturation: float = 0.5
    parent_share: float = 0.9
    section_share: float = 0.9
    child_share: float = 0.9
    strong: float = 0.45
    section_lift: float = 0.4
    section_pull: float = 0.7


__all__ = ["Tuning"]
