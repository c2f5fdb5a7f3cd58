"""The phrases of a task: which of its words are written side by side.

Internal to :mod:`todokit.ranking._relevance`. A word of a phrase ("rate" in
"rate limiting") says less about an item that lacks its partner.

Examples:
    >>> sorted(partners("Add rate limiting to the API")["rat"])
    ['limit']
"""

from __future__ import annotations

import itertools
import re

from todokit.ranking.stemming import stem
from todokit.ranking.tokens import is_content_word, split_words

# The dashes and arrow in a class of their own: mixed with ASCII in one class,
# they make re build a 64K-entry table at start-up.
_CLAUSE_BREAK = re.compile(r"[,.;:!?()\[\]{}]|[\u2013\u2014\u2192]|\s-\s|\n")


def partners(task: str) -> dict[str, frozenset[str]]:
    """Each task term's neighbours in a phrase: content words written side by side.

    "rate limiting" pairs ``rat`` with ``limit``; "test a restore" pairs
    nothing, since a stop word separates the two. Clause punctuation ends a
    phrase. The result maps a stem to the stems it stands next to.

    Examples:
        >>> partners("test a restore")
        {}
    """
    found: dict[str, set[str]] = {}
    for clause in _CLAUSE_BREAK.split(task):
        for left_word, right_word in itertools.pairwise(split_words(clause)):
            if not (is_content_word(left_word) and is_content_word(right_word)):
                continue
            left, right = stem(left_word), stem(right_word)
            if left != right:
                found.setdefault(left, set()).add(right)
                found.setdefault(right, set()).add(left)
    return {term: frozenset(others) for term, others in found.items()}
