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
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
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
Evidence = dict[int, dict[str, tuple[float, str]]]
"""Per item index, only for items with evidence: each concept's best ``(value, matched term)``."""


@dataclass(frozen=True, slots=True)
class Corpus:
    """The postings of each field of the items, and the document frequencies.

    Attributes:
        fields: Postings of the items' own text, their ancestors' text and
            their section heading, in that order.
        size: Number of items.
        frequency: Term → number of items that hold it in any field.
        own: Item index → the terms of its own text, for the items that hold any.
    """

    fields: tuple[Postings, Postings, Postings]
    size: int
    frequency: Counter[str]
    own: Mapping[int, Counter[str]]

    def rarity(self, term: str) -> float:
        """IDF of the stem ``term`` relative to a term found in a single item, in (0, 1].

        It is 1.0 for a term found in at most one item, less the more items hold it.
        """
        count = max(self.frequency[term], 1)
        idf = math.log(1 + (self.size - count + 0.5) / (count + 0.5))
        return idf / math.log(1 + (self.size - 0.5) / 1.5)


def _postings(documents: Mapping[int, Counter[str]]) -> Postings:
    """Map each term to ``(document index, count)`` pairs, in document order."""
    table: Postings = {}
    for index in sorted(documents):
        for term, count in documents[index].items():
            table.setdefault(term, []).append((index, count))
    return table


def build_corpus(
    items: Sequence[RankItem],
    wanted: Container[str] | None = None,
    own_words: Callable[[int, set[str]], None] | None = None,
) -> Corpus:
    """Tokenize every field of every item once and gather the statistics.

    Only the terms in ``wanted`` (the task's terms and their variants) are
    kept, when it is given: nothing else is ever looked up, and an item that
    holds none of them costs nothing after its tokenizing. ``own_words``, when
    given, is called with each item's index and the distinct terms of its own text.

    Complexity:
        Linear in the total length of the items' text and of their ancestors';
        memory linear in the occurrences of wanted terms.
    """

    def counts(text: str, at: int | None = None) -> Counter[str]:
        """The wanted terms of ``text`` (item ``at``'s own) and how often each occurs."""
        tokens = tokenize(text)
        if own_words is not None and at is not None:
            own_words(at, set(tokens))
        return Counter(tokens if wanted is None else [t for t in tokens if t in wanted])

    # Sparse: only the items with a wanted term have an entry.
    own = {at: found for at, item in enumerate(items) if (found := counts(item.text, at))}
    parents = valid_parents(items)
    nesting = depths(parents)
    ancestors: dict[int, Counter[str]] = {}
    # Parents before children, whatever order the items come in (sorted() is stable).
    for index in sorted(range(len(items)), key=nesting.__getitem__):
        parent = parents[index]
        if parent is not None and (parent in own or parent in ancestors):
            ancestors[index] = own.get(parent, Counter()) + ancestors.get(parent, Counter())
    headings: dict[str, Counter[str]] = {}
    sections: dict[int, Counter[str]] = {}
    for at, item in enumerate(items):
        if item.section:
            if item.section not in headings:
                headings[item.section] = counts(item.section)
            if headings[item.section]:
                sections[at] = headings[item.section]
    frequency: Counter[str] = Counter()
    for index in own.keys() | ancestors.keys() | sections.keys():
        fields = (field.get(index, ()) for field in (own, ancestors, sections))
        frequency.update(set().union(*fields))
    postings = (_postings(own), _postings(ancestors), _postings(sections))
    return Corpus(postings, len(items), frequency, own)


def wanted_terms(query: Iterable[str], tuning: Tuning) -> frozenset[str]:
    """Every term :func:`gather_evidence` and :func:`heading_score` can look up for ``query``.

    Examples:
        >>> from todokit.ranking._tuning import Tuning
        >>> "databas" in wanted_terms(["db"], Tuning())
        True
    """
    return frozenset(term for concept in query for term, _ in variants(concept, tuning))


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
    """Per item that matches a concept (by index), the best ``(value, matched term)`` of each.

    The concepts' own weights are applied later, by the caller.

    Complexity:
        Linear in the postings of the task terms and their variants.
    """
    found: Evidence = {}
    field_weights = (1.0, tuning.ancestor_field, tuning.section_field)
    for concept in concepts:
        for term, term_weight in variants(concept, tuning):
            rarity = corpus.rarity(term) * term_weight
            for postings, field_weight in zip(corpus.fields, field_weights, strict=True):
                for index, count in postings.get(term, ()):
                    value = rarity * field_weight * count * (tuning.k1 + 1) / (count + tuning.k1)
                    best = found.setdefault(index, {})
                    if value > best.get(concept, (0.0, ""))[0]:
                        best[concept] = (value, term)
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


__all__ = [
    "Corpus",
    "Evidence",
    "build_corpus",
    "gather_evidence",
    "heading_score",
    "variants",
    "wanted_terms",
]
