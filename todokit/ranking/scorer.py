"""Relevance of task items to the task at hand: the scorer protocol and two scorers.

A scorer takes the task description and the list's items and returns one
:class:`Score` per item, in the same order, each in [0, 1]. Items scoring at or
above a threshold (:data:`DEFAULT_THRESHOLD` for the default scorer) are in
scope; the rest can be parked. Any callable with the :class:`Scorer` signature
can replace the default.

Examples:
    >>> items = [RankItem("Fix the login redirect", None, "Auth"),
    ...          RankItem("Add a dark mode", None, "UI")]
    >>> [round(s.value, 2) for s in keyword_overlap_scorer("login redirect loops", items)]
    [0.67, 0.0]
    >>> scores = default_scorer("login redirect loops", items)
    >>> scores[0].value >= DEFAULT_THRESHOLD > scores[1].value
    True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from todokit.ranking._relevance import score_items
from todokit.ranking._tuning import Tuning
from todokit.ranking.items import RankItem
from todokit.ranking.tokens import tokenize

DEFAULT_THRESHOLD: float = 0.06
"""Score from which the default scorer calls an item relevant: recall first.

Any real evidence keeps an item (one word it shares with the task, a synonym,
its heading's, its parent's or a linked task's score); only an item with none,
or whose only link is a word common in general English used once, is parked.
Chosen on the tuning part of the evaluation sets (``python
tests/bench/relevance.py``) as the highest threshold that still kept at least
95% of the relevant tasks.
"""

KEYWORD_THRESHOLD: float = 0.05
"""Threshold of :func:`keyword_overlap_scorer`: its best on the tuning part (any shared term)."""


@dataclass(frozen=True, slots=True)
class Score:
    """An item's relevance.

    Attributes:
        value: Relevance in [0, 1].
        matched: The task terms (or their expansions) that matched, as stems,
            for explaining a decision.

    Examples:
        >>> Score(0.8, ("login", "oauth")).value >= DEFAULT_THRESHOLD
        True
    """

    value: float
    matched: tuple[str, ...]


class Scorer(Protocol):
    """Anything that scores items against a task.

    Examples:
        >>> def everything(task: str, items: Sequence[RankItem], /) -> list[Score]:
        ...     return [Score(1.0, ()) for _ in items]
        >>> scorer: Scorer = everything
    """

    def __call__(self, task: str, items: Sequence[RankItem], /) -> Sequence[Score]:
        """Return one score per item, in the order of ``items``."""


def default_scorer(task: str, items: Sequence[RankItem], /, *, pasted: str = "") -> list[Score]:
    """Score items with BM25-style weighting, synonyms, links and structure, recall first.

    Each task term is matched against an item's own text, more weakly against
    its ancestors' text and its section heading, and more weakly still through
    the built-in synonym and concept tables; rare terms count more than common
    ones. An item without a match is not called unrelated when it alone shares
    a word with a clear match, or when its words are only a verification step
    ("all criteria green"). Then a sub-item inherits part of its parent's
    score and of its section heading's, a task part of the score of a task
    naming the same ticket id, file, identifier or version, and a parent part
    of its best descendant's. Scores do not depend on the order of the items.

    Args:
        task: The task at hand, in free text.
        items: The items to score.
        pasted: Output pasted with the task (logs, code; see
            :func:`todokit.prompt.pasted_text`): its words are weak evidence,
            so that one of them alone keeps nothing and several keep an item.

    Returns:
        One :class:`Score` per item, values in [0, 1]. The same input always
        gives the same output.

    Complexity:
        Linear in the total length of the items, times the number of task
        terms and their synonyms.

    Examples:
        >>> items = [RankItem("Migrate users to Postgres", None, None),
        ...          RankItem("Write rollback script", 0, None),
        ...          RankItem("Update the logo", None, None)]
        >>> [s.value >= DEFAULT_THRESHOLD for s in default_scorer("database migration", items)]
        [True, True, False]
    """
    return [Score(value, matched) for value, matched in default_scores(task, items, pasted=pasted)]


def default_scores(
    task: str, items: Sequence[RankItem], /, *, pasted: str = ""
) -> list[tuple[float, tuple[str, ...]]]:
    """Return :func:`default_scorer`'s scores as ``(value, matched)`` pairs, without objects.

    For a caller that keeps the scores of a long list: a pair costs less than a
    :class:`Score`, and most items share one zero pair.

    Args:
        task: The task at hand, in free text.
        items: The items to score.
        pasted: Output pasted with the task, read as weak evidence.

    Returns:
        One ``(value, matched terms)`` per item, in the order of ``items``.

    Examples:
        >>> default_scores("dark mode", [RankItem("Dark mode", None, None)])[0][1]
        ('dark', 'mod')
    """
    return score_items(task, items, Tuning(), pasted)


def keyword_overlap_scorer(task: str, items: Sequence[RankItem], /) -> list[Score]:
    """Score items by the share of the task's words they contain: the plain baseline.

    Uses the same tokenizer (stop words, stemming) but no weighting, synonyms
    or structure.

    Args:
        task: The task at hand.
        items: The items to score.

    Returns:
        One :class:`Score` per item: matched task terms / all task terms.

    Examples:
        >>> keyword_overlap_scorer("flaky login test", [RankItem("login test", None, None)])
        [Score(value=0.6666666666666666, matched=('login', 'test'))]
    """
    terms = sorted(set(tokenize(task)))
    scores: list[Score] = []
    for item in items:
        words = set(tokenize(item.text))
        matched = tuple(term for term in terms if term in words)
        scores.append(Score(len(matched) / len(terms) if terms else 0.0, matched))
    return scores


__all__ = [
    "DEFAULT_THRESHOLD",
    "KEYWORD_THRESHOLD",
    "RankItem",
    "Score",
    "Scorer",
    "default_scorer",
    "default_scores",
    "keyword_overlap_scorer",
]
