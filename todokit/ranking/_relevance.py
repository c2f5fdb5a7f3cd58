"""The engine behind the default relevance scorer.

Internal to :mod:`todokit.ranking.scorer`. Every step is linear in the size of
the list: an item's terms are looked up in dicts of the task's terms and their
variants, never by comparing items pairwise.

1. Query: every task word (stop words dropped, stemmed) is a *concept*,
   weighted by how much it can say about a topic: a word common in general
   English ("run", "write") counts less (:mod:`~todokit.ranking.english`).
2. Evidence: an item's evidence for a concept is its best match: the word in
   its own text, in its ancestors' text or its section heading (weaker
   fields), or a synonym, a concept-group word or the word with or without a
   re-/de-/un- prefix (weaker still). A match is weighted by the word's
   rarity in the list (IDF relative to a word found in one item) and a BM25
   saturation of its count. One word of an item counts once, however many
   concepts it matches, and a word written in a phrase ("rate limiting")
   counts less in an item that lacks its partner. Summed evidence ``e``
   becomes ``e / (e + saturation)``.
3. Structure (:mod:`todokit.ranking._structure`): an item inherits part of its
   parent's score, of its section heading's (a heading is matched against the
   task as written) and of any task sharing a ticket id with it; a parent
   takes part of its best descendant's. How well *other* items of a section
   match never moves an item: an item with no evidence of its own, its
   heading's, its parent's or its links' scores 0.

Examples:
    >>> from todokit.ranking.items import RankItem
    >>> items = [RankItem("Cache the dashboard queries", None, None),
    ...          RankItem("Translate the footer", None, None)]
    >>> [round(value, 2) for value, _ in score_items("dashboard is slow", items, Tuning())]
    [0.76, 0.0]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from todokit.ranking._corpus import (
    Evidence,
    build_corpus,
    gather_evidence,
    heading_score,
)
from todokit.ranking._query import partners
from todokit.ranking._structure import propagate
from todokit.ranking._tuning import Tuning
from todokit.ranking._undecided import OwnWords, keep_undecided
from todokit.ranking._variants import wanted_terms
from todokit.ranking.english import topic_weight
from todokit.ranking.tokens import tokenize

if TYPE_CHECKING:
    from todokit.ranking.items import RankItem


def _total(
    evidence: Evidence,
    query: Mapping[str, float],
    phrases: Mapping[str, frozenset[str]],
    unpaired: float,
) -> float:
    """An item's weighted evidence, one word counting once, lone phrase words discounted."""
    by_term: dict[str, float] = {}
    for concept, (value, term) in evidence.items():
        alone = concept in phrases and not any(other in evidence for other in phrases[concept])
        weighted = query[concept] * value * (unpaired if alone else 1.0)
        by_term[term] = max(by_term.get(term, 0.0), weighted)
    return sum(by_term[term] for term in sorted(by_term))


def _query(task: str, pasted: str, tuning: Tuning) -> dict[str, float]:
    """Each task term and its weight; a term found only in pasted output weighs ``tuning.pasted``.

    A word of a pasted log or code is weak evidence: one alone is chance, and
    keeps no item; several together name the code the output came from.
    """
    query = {term: 1.0 - tuning.generic * (1.0 - topic_weight(term)) for term in tokenize(task)}
    for term in tokenize(pasted):
        if term not in query:
            query[term] = tuning.pasted * (1.0 - tuning.generic * (1.0 - topic_weight(term)))
    return query


def score_items(
    task: str, items: Sequence[RankItem], tuning: Tuning, pasted: str = ""
) -> list[tuple[float, tuple[str, ...]]]:
    """Score every item's relevance to ``task`` in [0, 1], with the terms that matched.

    ``pasted`` is the output pasted with the task (logs, code), read as weak
    evidence.

    Examples:
        >>> from todokit.ranking.items import RankItem
        >>> score_items("", [RankItem("a", None, None)], Tuning())
        [(0.0, ())]
    """
    query = _query(task, pasted, tuning)
    if not items or not query:
        return [(0.0, ()) for _ in items]
    words = OwnWords()
    corpus = build_corpus(items, wanted_terms(query, tuning), words.add)
    # A heading is a topic label: it is matched against the task as written.
    sections = {
        heading: heading_score(query, heading, corpus, tuning)
        for heading in sorted({item.section for item in items if item.section})
    }
    phrases = partners(task)
    # Most items of a long list match nothing: they share one zero and one empty tuple;
    # the others share a few tuples of matched terms, one object each.
    own = [0.0] * len(items)
    matched: list[tuple[str, ...]] = [()] * len(items)
    distinct: dict[tuple[str, ...], tuple[str, ...]] = {}
    for index, evidence in gather_evidence(query, corpus, tuning):
        total = _total(evidence, query, phrases, tuning.unpaired)
        own[index] = total / (total + tuning.saturation)
        terms = tuple(dict.fromkeys(term for _, term in evidence.values()))
        matched[index] = distinct.setdefault(terms, terms)
    own, matched = keep_undecided(corpus, query, own, matched, words=words, tuning=tuning)
    return propagate(items, own, matched, sections, tuning)
