"""Per-list statistics and the evidence each item gives for each task term.

Internal to :mod:`todokit.ranking._relevance`. Every item is tokenized once;
terms are then looked up in postings (dicts), never by comparing items
pairwise, so gathering evidence is linear in the size of the list.

Examples:
    >>> from todokit.ranking.items import RankItem
    >>> corpus = build_corpus([RankItem("Cache queries", None, None), RankItem("Logo", None, None)])
    >>> corpus.rarity("cach") == 1.0
    True
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from todokit.ranking._structure import depths, valid_parents
from todokit.ranking.concepts import concept_terms
from todokit.ranking.synonyms import related_terms
from todokit.ranking.tokens import tokenize

if TYPE_CHECKING:
    from todokit.ranking._tuning import Tuning
    from todokit.ranking.items import RankItem

Postings = dict[str, list[tuple[int, int]]]
Evidence = list[dict[str, tuple[float, str]]]


@dataclass(frozen=True, slots=True)
class Corpus:
    """The postings of each field of the items, and the document frequencies.

    Attributes:
        fields: Postings of the items' own text, their ancestors' text and
            their section heading, in that order.
        size: Number of items.
        frequency: Term → number of items that hold it in any field.
    """

    fields: tuple[Postings, Postings, Postings]
    size: int
    frequency: Counter[str]

    def rarity(self, term: str) -> float:
        """IDF of the stem ``term`` relative to a term found in a single item, in (0, 1].

        It is 1.0 for a term found in at most one item, less the more items hold it.
        """
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


def build_corpus(items: Sequence[RankItem]) -> Corpus:
    """Tokenize every field of every item once and gather the statistics.

    Complexity:
        Linear in the total length of the items' text and of their ancestors'.
    """
    own = [Counter(tokenize(item.text)) for item in items]
    parents = valid_parents(items)
    nesting = depths(parents)
    ancestors: list[Counter[str]] = [Counter() for _ in items]
    # Parents before children, whatever order the items come in.
    for index in sorted(range(len(items)), key=lambda at: (nesting[at], at)):
        parent = parents[index]
        if parent is not None:
            ancestors[index] = own[parent] + ancestors[parent]
    headings: dict[str, Counter[str]] = {}
    for item in items:
        if item.section and item.section not in headings:
            headings[item.section] = Counter(tokenize(item.section))
    sections = [headings.get(item.section or "", Counter()) for item in items]
    frequency: Counter[str] = Counter()
    for fields in zip(own, ancestors, sections, strict=True):
        frequency.update(set().union(*fields))
    postings = (_postings(own), _postings(ancestors), _postings(sections))
    return Corpus(postings, len(items), frequency)


def variants(concept: str, tuning: Tuning) -> list[tuple[str, float]]:
    """The task term itself at full weight, then its synonyms and related concept words.

    Each term comes once, at its best weight, in a fixed order.

    Examples:
        >>> from todokit.ranking._tuning import Tuning
        >>> dict(variants("db", Tuning()))["databas"] == Tuning().synonym
        True
    """
    weights = dict.fromkeys(sorted(concept_terms(concept)), tuning.concept)
    weights |= dict.fromkeys(sorted(related_terms(concept)), tuning.synonym)
    if tuning.prefix:
        for variant in prefix_variants(concept):
            weights[variant] = max(weights.get(variant, 0.0), tuning.prefix)
    weights.pop(concept, None)
    return [(concept, 1.0), *sorted(weights.items())]


_PREFIXES = ("re", "de", "un")
# Words whose rest after "re"/"de" is another word: "default" is no "fault".
_NOT_PREFIXED = frozenset(
    [
        "default",
        "research",
        "resourc",
        "request",
        "refactor",
        "restor",
        "record",
        "report",
        "result",
        "respons",
        "return",
        "reason",
        "recent",
        "regular",
        "reply",
        "repeat",
        "relat",
        "releas",
        "design",
    ]
)


def prefix_variants(term: str) -> list[str]:
    """The stem with each re-/de-/un- prefix, and without its own, so "dedupl" meets "dupl".

    Examples:
        >>> prefix_variants("duplic")
        ['reduplic', 'deduplic', 'unduplic']
        >>> prefix_variants("reconnect")[-1], prefix_variants("default")[-1]
        ('connect', 'undefault')
    """
    found = [prefix + term for prefix in _PREFIXES]
    if term[:2] in _PREFIXES and len(term) >= 7 and term not in _NOT_PREFIXED:
        found.append(term[2:])
    return found


def gather_evidence(concepts: Mapping[str, float], corpus: Corpus, tuning: Tuning) -> Evidence:
    """Per item, a dict of the best match ``(value, matched term)`` of every concept it matches.

    The concepts' own weights are applied later, by the caller.

    Complexity:
        Linear in the postings of the task terms and their variants.
    """
    found: Evidence = [{} for _ in range(corpus.size)]
    field_weights = (1.0, tuning.ancestor_field, tuning.section_field)
    for concept in concepts:
        for term, term_weight in variants(concept, tuning):
            rarity = corpus.rarity(term) * term_weight
            for postings, field_weight in zip(corpus.fields, field_weights, strict=True):
                for index, count in postings.get(term, ()):
                    value = rarity * field_weight * count * (tuning.k1 + 1) / (count + tuning.k1)
                    if value > found[index].get(concept, (0.0, ""))[0]:
                        found[index][concept] = (value, term)
    return found


def heading_score(
    query: Mapping[str, float], heading: str, corpus: Corpus, tuning: Tuning
) -> float:
    """Score of a section heading as if it were a one-line item, in [0, 1).

    ``query`` maps each task term to its weight.
    """
    words = set(tokenize(heading))
    total = 0.0
    for concept, weight in query.items():
        hits = [corpus.rarity(term) * w for term, w in variants(concept, tuning) if term in words]
        total += weight * max(hits, default=0.0)
    return total / (total + tuning.saturation)


__all__ = ["Corpus", "Evidence", "build_corpus", "gather_evidence", "heading_score", "variants"]
