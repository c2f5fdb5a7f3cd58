"""Per-list statistics and the evidence each item gives for each task term.

Internal to :mod:`todokit.ranking._relevance`. Every item is tokenized once,
keeping only the terms the task can match; evidence is then gathered item by
item from those terms through a map from each term to the task terms it is a
variant of, never by comparing items pairwise: linear in the size of the list,
and one item's evidence at a time in memory.

Examples:
    >>> from todokit.ranking.items import RankItem
    >>> corpus = build_corpus([RankItem("Cache queries", None, None), RankItem("Logo", None, None)])
    >>> corpus.rarity("cach") == 1.0
    True
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Collection, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from todokit.ranking._structure import depths, valid_parents
from todokit.ranking._variants import variants
from todokit.ranking.tokens import tokenize

if TYPE_CHECKING:
    from todokit.ranking._tuning import Tuning
    from todokit.ranking.items import RankItem

Field = Mapping[int, Counter[str]]
"""Item index → the wanted terms of one field of the item and their counts (items with any)."""
Evidence = dict[str, tuple[float, str]]
"""One item's evidence: each concept's best ``(value, matched term)``, in the query's order."""


@dataclass(frozen=True, slots=True)
class Corpus:
    """The terms of each field of the items, and the document frequencies.

    Items holding the same terms share one Counter: read them, never change them.

    Attributes:
        fields: The items' own text, their ancestors' text and their section
            heading, in that order (see :data:`Field`).
        size: Number of items.
        frequency: Term → number of items that hold it in any field.
    """

    fields: tuple[Field, Field, Field]
    size: int
    frequency: Counter[str]

    @property
    def own(self) -> Field:
        """Item index → the terms of its own text, for the items that hold any."""
        return self.fields[0]

    def rarity(self, term: str) -> float:
        """IDF of the stem ``term`` relative to a term found in a single item, in (0, 1].

        It is 1.0 for a term found in at most one item, less the more items hold it.
        """
        count = max(self.frequency[term], 1)
        idf = math.log(1 + (self.size - count + 0.5) / (count + 0.5))
        return idf / math.log(1 + (self.size - 0.5) / 1.5)


def build_corpus(
    items: Sequence[RankItem],
    wanted: Container[str] | None = None,
    own_words: Callable[[int, Collection[str]], None] | None = None,
) -> Corpus:
    """Tokenize every field of every item once and gather the statistics.

    Only the terms in ``wanted`` (the task's terms and their variants) are
    kept, when it is given: nothing else is ever looked up, and an item that
    holds none of them costs nothing after its tokenizing. ``own_words``, when
    given, is called with each item's index and the distinct terms of its own text,
    in the order written (a set's order would change from run to run with the
    string hash, and with it which shared word an explanation names).

    Complexity:
        Linear in the total length of the items' text and of their ancestors';
        memory linear in the occurrences of wanted terms.
    """
    # Items that hold the same wanted terms share one Counter (none is changed once made):
    # a long list holds few such sets, and a Counter per item was most of a corpus.
    pool: dict[frozenset[tuple[str, int]], Counter[str]] = {}

    def one_of(found: Counter[str]) -> Counter[str]:
        """The pooled Counter equal to ``found``."""
        return pool.setdefault(frozenset(found.items()), found)

    def counts(text: str, at: int | None = None) -> Counter[str]:
        """The wanted terms of ``text`` (item ``at``'s own) and how often each occurs."""
        tokens = tokenize(text)
        if own_words is not None and at is not None:
            own_words(at, dict.fromkeys(tokens).keys())
        return one_of(Counter(tokens if wanted is None else [t for t in tokens if t in wanted]))

    # Sparse: only the items with a wanted term have an entry.
    own = {at: found for at, item in enumerate(items) if (found := counts(item.text, at))}
    parents = valid_parents(items)
    nesting = depths(parents)
    ancestors: dict[int, Counter[str]] = {}
    # Parents before children, whatever order the items come in (sorted() is stable).
    for index in sorted(range(len(items)), key=nesting.__getitem__):
        parent = parents[index]
        if parent is not None and (parent in own or parent in ancestors):
            ancestors[index] = one_of(own.get(parent, Counter()) + ancestors.get(parent, Counter()))
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
    return Corpus((own, ancestors, sections), len(items), frequency)


def gather_evidence(
    concepts: Iterable[str], corpus: Corpus, tuning: Tuning
) -> Iterator[tuple[int, Evidence]]:
    """Yield, per item holding a variant of a concept (by index, in order), its evidence.

    An item's evidence for a concept is its best match: the highest value of
    any variant in any field; of equal values, the variant listed first, then
    the field listed first. The concepts' own weights are applied later, by the caller.

    Complexity:
        Linear in the occurrences of wanted terms; memory for one item at a time.
    """
    order = list(concepts)
    # Each wanted term: the concepts it stands for, its place among their variants, its weight.
    standing: dict[str, list[tuple[str, int, float]]] = {}
    for concept in order:
        for place, (term, term_weight) in enumerate(variants(concept, tuning)):
            weight = corpus.rarity(term) * term_weight
            standing.setdefault(term, []).append((concept, place, weight))
    for index in sorted(set().union(*corpus.fields)):
        best = _best_matches([field.get(index) for field in corpus.fields], standing, tuning)
        if best:
            yield index, {concept: best[concept] for concept in order if concept in best}


def _best_matches(
    fields: list[Counter[str] | None],
    standing: Mapping[str, list[tuple[str, int, float]]],
    tuning: Tuning,
) -> Evidence:
    """One item's best ``(value, term)`` per concept, from the term counts of each of its fields."""
    best: dict[str, tuple[float, tuple[int, int], str]] = {}
    field_weights = (1.0, tuning.ancestor_field, tuning.section_field)
    for position, (counts, field_weight) in enumerate(zip(fields, field_weights, strict=True)):
        for term, count in (counts or {}).items():
            for concept, place, weight in standing.get(term, ()):
                value = weight * field_weight * count * (tuning.k1 + 1) / (count + tuning.k1)
                before = best.get(concept, (0.0, (place, position), ""))
                if value > before[0] or (value == before[0] > 0 and (place, position) < before[1]):
                    best[concept] = (value, (place, position), term)
    return {concept: (value, term) for concept, (value, _, term) in best.items()}


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
]
