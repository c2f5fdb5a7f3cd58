"""Ticket ids in task text, and the links they make between tasks.

Agent-written lists name their work with ids (``DE-311``, ``T-021``,
``ISSUE-108``) and refer to it by id elsewhere: a milestone lists
``T-001..T-012, T-020``, a bug says "see DE-311". Two tasks that share an id
belong to the same piece of work, so relevance flows between them
(:func:`todokit.ranking.names.linked`).

Examples:
    >>> sorted(ticket_ids("MS1: Engine Ready — T-001..T-003, T-020"))
    ['t-001', 't-002', 't-003', 't-020']
    >>> ticket_ids("Fix the 2-step login") == frozenset()
    True
"""

from __future__ import annotations

import re

MAX_RANGE = 200
"""Most ids a range such as ``T-001..T-012`` stands for; a longer one counts as its ends."""

_ID = re.compile(r"(?<![\w-])([A-Z][A-Z0-9]{0,9})-(\d{1,6})(?![\w-])")
_RANGE = re.compile(
    r"(?<![\w-])([A-Z][A-Z0-9]{0,9})-(\d{1,6})\s*(?:\.\.\.?|\u2013|\u2014|-|to)\s*(?:\1-)?(\d{1,6})(?![\w-])"
)


def ticket_ids(text: str) -> frozenset[str]:
    """Return the ticket ids (``de-311``) a text names, lower-cased, ranges spelled out.

    A range ``T-001..T-012`` gives every id in it (zero-padded like its first
    end) when it spans at most :data:`MAX_RANGE` ids.

    Complexity: O(len(text) + ids named).

    Examples:
        >>> sorted(ticket_ids("DE-311 blocks PAY-9 (see DE-311)"))
        ['de-311', 'pay-9']
    """
    if "-" not in text:
        return frozenset()
    found = {f"{prefix}-{number}".lower() for prefix, number in _ID.findall(text)}
    for prefix, first, last in _RANGE.findall(text):
        low, high = int(first), int(last)
        if 0 < high - low <= MAX_RANGE:
            width = len(first)
            found.update(f"{prefix.lower()}-{n:0{width}d}" for n in range(low, high + 1))
            found.add(f"{prefix}-{last}".lower())
    return frozenset(found)
