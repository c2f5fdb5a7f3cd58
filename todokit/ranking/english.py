"""How common a word is in general English, and how much it can say about a topic.

A task word that people write everywhere ("run", "write", "path", "remaining")
names no topic, while a rare one ("websocket", "sitemap", "login") does. The
list itself tells only how rare a word is *in that list*; this module adds how
common it is in English at large, from a table shipped beside it
(``english.txt``, built by ``tests/ranking/english_table.py`` from the
``wordfreq`` package's Zipf frequencies; 6 is a word used once per thousand
words, 3 once per million). Words rarer than the table's floor are not listed
and count as rare.

Examples:
    >>> topic_weight("websocket")
    1.0
    >>> topic_weight("run") < topic_weight("sess") < 1.0
    True
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

TABLE_PATH = Path(__file__).with_name("english.txt")
RARE_BELOW = 4.0
"""Zipf frequency under which a word counts as fully topical (weight 1)."""
COMMON_FROM = 6.0
"""Zipf frequency from which a word keeps only :data:`LEAST_WEIGHT`."""
LEAST_WEIGHT = 0.25
"""Weight of the most common words (function words are stop words anyway)."""


@cache
def _table() -> dict[str, float]:
    """Stem → Zipf frequency, read from the shipped table once per process."""
    frequencies: dict[str, float] = {}
    for line in TABLE_PATH.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        bucket, *stems = line.split()
        zipf = int(bucket) / 4
        frequencies.update(dict.fromkeys(stems, zipf))
    return frequencies


def zipf_frequency(stem: str) -> float:
    """Return the Zipf frequency in English of the most common word of ``stem``.

    It is 0.0 when the stem is not in the table (rarer than its floor, or not
    English).

    Examples:
        >>> zipf_frequency("test") > zipf_frequency("databas") > 0.0 == zipf_frequency("oauth")
        True
    """
    return _table().get(stem, 0.0)


def topic_weight(stem: str) -> float:
    """Return how much a task word can say about the topic, from 1.0 down to 0.25.

    Linear in the Zipf frequency: 1.0 for words rarer than
    :data:`RARE_BELOW`, :data:`LEAST_WEIGHT` from :data:`COMMON_FROM` up.

    Examples:
        >>> [round(topic_weight(s), 2) for s in ("oauth", "migr", "delet", "run")]
        [1.0, 0.91, 0.91, 0.44]
    """
    zipf = zipf_frequency(stem)
    if zipf <= RARE_BELOW:
        return 1.0
    share = min(1.0, (zipf - RARE_BELOW) / (COMMON_FROM - RARE_BELOW))
    return 1.0 - share * (1.0 - LEAST_WEIGHT)
