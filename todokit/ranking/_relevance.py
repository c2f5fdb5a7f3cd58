"""The engine behind the default relevance scorer.

Internal to :mod:`todokit.ranking.scorer`. Every step is linear in the size of
the list: terms are looked up in postings (dicts), never by comparing items
pairwise.

1. Evidence: every task term is a *concept*. An item's evidence for a concept
   is its best match: the term in its own text, in its ancestors' text or its
   section heading (weaker fields), or a synonym of it (weaker still). A match
   is weighted by the term's rarity in the list (IDF over whole items, fields
   included, relative to a term found in one item) and a BM25 saturation of
   its count. Items are single lines, so there is no length normalisation.
2. Query shaping (:mod:`todokit.ranking._query`): task terms that the list
   only uses apart from the other task terms lose weight; then the best items
   vote (Rocchio feedback) and the terms they share join the query.
3. A second pass gathers evidence for the shaped query. One word of an item
   counts once, however many concepts it matches, and a term written in a
   phrase ("rate limiting") counts less in an item that lacks its partner.
   Summed evidence ``e`` becomes ``e / (e + saturation)``.
4. Structure (:mod:`todokit.ranking._structure`): an item inherits part of its
   parent's and its section heading's score; a parent takes part of its best
   descendant's.

Example:
    >>> from todokit.ranking.scorer import RankItem
    >>> items = [RankItem("Cache the dashboard queries", None, None),
    ...          RankItem("Translate the footer", None, None)]
    >>> [round(value, 2) for value, _ in score_items("dashboard is slow", items, Tuning())]
    [0.86, 0.0]
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from todokit.ranking._query import centrality, feedback, partners
from todokit.ranking._structure import propagate, valid_parents
from todokit.ranking.synonyms import related_terms
from todokit.ranking.tokens import tokenize

if TYPE_CHECKING:
    from todokit.ranking.scorer import RankItem

Postings = dict[str, list[tuple[int, int]]]
Evidence = list[dict[str, tuple[float, str]]]


@dataclass(frozen=True, slots=True)
class Tuning:
    """The weights of the default scorer, chosen on the tuning part of the evaluation set.

    Attributes:
        k1: BM25 term-frequency saturation.
        synonym: Weight of a match through the synonym table.
        ancestor_field: Weight of a match in the ancestors' text.
        section_field: Weight of a match in the section heading.
        keep_isolated: Weight kept by a task term the list never uses together
            with other task terms.
        feedback_items: How many best items vote in the feedback step.
        keep_unshared: Weight kept by a task term none of the best items has.
        feedback_terms: How many of the best items' shared terms join the query.
        feedback: Weight of those terms.
        unpaired: Weight of a phrase word matched without its partner.
        saturation: Evidence at which an item's own score reaches 0.5.
        parent_share: Share of a parent's score a child inherits.
        section_share: Share of a section heading's score its items inherit.
        child_share: Share of its best descendant's score a parent takes.

    Example:
        >>> Tuning().synonym < 1.0
        True
    """

    k1: float = 0.6
    synonym: float = 0.65
    ancestor_field: float = 0.5
    section_field: float = 0.4
    keep_isolated: float = 0.6
    feedback_items: int = 3
    keep_unshared: float = 0.2
    feedback_terms: int = 6
    feedback: float = 1.0
    unpaired: float = 0.3
    saturation: float = 0.5
    parent_share: float = 0.9
    section_share: float = 0.9
    child_share: float = 0.9


@dataclass(frozen=True, slots=True)
class _Corpus:
    """Per-list statistics: the postings of each field and the document frequencies."""

    fields: tuple[Postings, Postings, Postings]  # own text, ancestors' text, section heading
    size: int
    frequency: Counter[str]

    def rarity(self, term: str) -> float:
        """IDF of ``term`` relative to a term found in a single item, in (0, 1]."""
        count = max(self.frequency[term], 1)
        idf = math.log(1 + (self.size - count + 0.5) / (count + 0.5))
        return idf / math.log(1 + (self.size - 0.5) / 1.5)


def _postings(documents: Sequence[Counter[str]]) -> Postings:
    """Map each term to ``(document index, count)`` pairs, in document order."""
    table: Postings = {}
    for index, counts in enumerate(documents):
        for term, count in counts.items():
            table.setdefault(term, []).append((index, count))
    return table


def _corpus(items: Sequence[RankItem]) -> _Corpus:
    """Tokenize every field of every item once and gather the statistics."""
    own = [Counter(tokenize(item.text)) for item in items]
    ancestors: list[Counter[str]] = []
    for parent in valid_parents(items):
        # A parent listed after its child (never in a real list) lends no text.
        known = parent is not None and parent < len(ancestors)
        ancestors.append(own[parent] + ancestors[parent] if known else Counter())  # type: ignore[index]
    headings: dict[str, Counter[str]] = {}
    for item in items:
        if item.section and item.section not in headings:
            headings[item.section] = Counter(tokenize(item.section))
    sections = [headings.get(item.section or "", Counter()) for item in items]
    frequency: Counter[str] = Counter()
    for fields in zip(own, ancestors, sections, strict=True):
        frequency.update(set().union(*fields))
    postings = (_postings(own), _postings(ancestors), _postings(sections))
    return _Corpus(postings, len(items), frequency)


def _variants(concept: str, tuning: Tuning) -> list[tuple[str, float]]:
    """The concept itself at full weight, then its synonyms at the synonym weight."""
    return [(concept, 1.0)] + [(term, tuning.synonym) for term in sorted(related_terms(concept))]


def _evidence(concepts: Mapping[str, float], corpus: _Corpus, tuning: Tuning) -> Evidence:
    """Per item, the best match ``(value, matched term)`` of every concept it matches."""
    found: Evidence = [{} for _ in range(corpus.size)]
    field_weights = (1.0, tuning.ancestor_field, tuning.section_field)
    for concept in concepts:
        for term, term_weight in _variants(concept, tuning):
            rarity = corpus.rarity(term) * term_weight
            for postings, field_weight in zip(corpus.fields, field_weights, strict=True):
                for index, count in postings.get(term, ()):
                    value = rarity * field_weight * count * (tuning.k1 + 1) / (count + tuning.k1)
                    if value > found[index].get(concept, (0.0, ""))[0]:
                        found[index][concept] = (value, term)
    return found


def _totals(
    evidence: Evidence,
    query: Mapping[str, float],
    phrases: Mapping[str, frozenset[str]],
    unpaired: float,
) -> list[float]:
    """Each item's weighted evidence, one word counting once, lone phrase words discounted."""
    totals = []
    for item in evidence:
        by_term: dict[str, float] = {}
        for concept, (value, term) in item.items():
            alone = concept in phrases and not any(other in item for other in phrases[concept])
            weighted = query[concept] * value * (unpaired if alone else 1.0)
            by_term[term] = max(by_term.get(term, 0.0), weighted)
        totals.append(sum(by_term[term] for term in sorted(by_term)))
    return totals


def _heading_score(
    query: Mapping[str, float], heading: str, corpus: _Corpus, tuning: Tuning
) -> float:
    """Score of a section heading as if it were a one-line item."""
    words = set(tokenize(heading))
    total = 0.0
    for concept, weight in query.items():
        hits = [corpus.rarity(term) * w for term, w in _variants(concept, tuning) if term in words]
        total += weight * max(hits, default=0.0)
    return total / (total + tuning.saturation)


def score_items(
    task: str, items: Sequence[RankItem], tuning: Tuning
) -> list[tuple[float, tuple[str, ...]]]:
    """Score every item's relevance to ``task`` in [0, 1], with the terms that matched.

    Args:
        task: The task description.
        items: The items, with parents and sections.
        tuning: The weights to use.

    Returns:
        ``(score, matched terms)`` per item, in order.

    Example:
        >>> from todokit.ranking.scorer import RankItem
        >>> score_items("", [RankItem("a", None, None)], Tuning())
        [(0.0, ())]
    """
    query = dict.fromkeys(tokenize(task), 1.0)
    if not items or not query:
        return [(0.0, ()) for _ in items]
    corpus = _corpus(items)
    first = _evidence(query, corpus, tuning)
    query = centrality(query, first, tuning.keep_isolated)
    settings = (tuning.feedback_items, tuning.keep_unshared, tuning.feedback_terms, tuning.feedback)
    query = feedback(query, first, corpus.fields[0], corpus.rarity, settings)
    evidence = _evidence(query, corpus, tuning)
    totals = _totals(evidence, query, partners(task), tuning.unpaired)
    own = [total / (total + tuning.saturation) for total in totals]
    matched = [tuple(dict.fromkeys(term for _, term in found.values())) for found in evidence]
    headings = sorted({item.section for item in items if item.section})
    sections = {heading: _heading_score(query, heading, corpus, tuning) for heading in headings}
    shares = (tuning.parent_share, tuning.section_share, tuning.child_share)
    return propagate(items, own, matched, sections, shares)
