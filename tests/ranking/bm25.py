"""A plain BM25 scorer: the baseline the default scorer is measured against.

Okapi BM25 (k1 = 1.2, b = 0.75) over each item's own text, with the same
tokenizer as todokit (stop words dropped, words stemmed) and nothing else: no
synonyms, no fields, no structure. Scores are divided by the list's best, so
they lie in [0, 1]; an item sharing no term with the task scores 0.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from todokit.ranking import RankItem, Score
from todokit.ranking.tokens import tokenize

K1 = 1.2
B = 0.75
THRESHOLD = 1e-9
"""Any shared term keeps an item: BM25 at its most recall-friendly."""


def bm25_scorer(task: str, items: Sequence[RankItem], /) -> list[Score]:
    """Score ``items`` against ``task`` with Okapi BM25, scaled to the best item."""
    terms = sorted(set(tokenize(task)))
    documents = [Counter(tokenize(item.text)) for item in items]
    if not documents or not terms:
        return [Score(0.0, ()) for _ in items]
    average = sum(sum(d.values()) for d in documents) / len(documents) or 1.0
    frequency = Counter(term for document in documents for term in set(document))
    raw: list[tuple[float, tuple[str, ...]]] = []
    for document in documents:
        length = sum(document.values())
        total = 0.0
        matched = []
        for term in terms:
            count = document.get(term, 0)
            if not count:
                continue
            idf = math.log(1 + (len(documents) - frequency[term] + 0.5) / (frequency[term] + 0.5))
            total += idf * count * (K1 + 1) / (count + K1 * (1 - B + B * length / average))
            matched.append(term)
        raw.append((total, tuple(matched)))
    best = max(value for value, _ in raw) or 1.0
    return [Score(value / best, matched) for value, matched in raw]
