"""The weights of the default relevance scorer.

Internal to :mod:`todokit.ranking._relevance`. Every weight was chosen on the
tuning part of the evaluation sets (``tests/ranking/eval`` and
``tests/ranking/corpus_eval``, the scenarios whose number is not a multiple of
three) and then fixed; ``python tests/bench/relevance.py`` prints the result.

Examples:
    >>> Tuning().concept < Tuning().synonym < 1.0
    True
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Tuning:
    """The weights of the default scorer.

    Attributes:
        k1: BM25 term-frequency saturation.
        synonym: Weight of a match through the synonym table.
        concept: Weight of a match through the concept table.
        prefix: Weight of a match with or without a re-/de-/un- prefix
            ("deduplicate" and "duplicate").
        generic: How far a task word's commonness in general English lowers
            its weight (0: not at all, 1: fully; see :mod:`~todokit.ranking.english`).
        pasted: Weight of a term found only in the output pasted with the task
            (a log, code): one such match alone stays under the threshold.
        ancestor_field: Weight of a match in the ancestors' text.
        section_field: Weight of a match in the section heading.
        unpaired: Weight of a phrase word matched without its partner.
        saturation: Evidence at which an item's own score reaches 0.5.
        parent_share: Share of a parent's score a child inherits.
        section_share: Share of a section heading's score its items inherit.
        child_share: Share of its best descendant's score a parent takes.
        link_share: Share of the score of a task that shares a ticket id or a
            code name.
        clear_match: Own score from which an item is a clear match (its
            evidence equals the saturation).
        shared_word_share: Share of a clear match's own score an item takes
            when the two alone in the list write a word.
        undecided: Score of an item too thin to judge: the default threshold,
            so it stays in scope unless the threshold is raised.

    Examples:
        >>> Tuning().parent_share <= 1.0
        True
    """

    k1: float = 0.6
    synonym: float = 0.65
    concept: float = 0.6
    prefix: float = 0.5
    generic: float = 0.5
    pasted: float = 0.02
    ancestor_field: float = 0.5
    section_field: float = 0.4
    unpaired: float = 0.3
    saturation: float = 0.5
    parent_share: float = 0.9
    section_share: float = 0.9
    child_share: float = 0.9
    link_share: float = 0.9
    clear_match: float = 0.5
    shared_word_share: float = 0.15
    undecided: float = 0.06


__all__ = ["Tuning"]
