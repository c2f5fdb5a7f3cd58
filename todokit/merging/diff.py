"""Two-way line alignment in near-linear time: patience anchors, difflib between them.

Lines that occur once in each sequence are anchors; the longest run of them in
the same order (a longest increasing subsequence) is kept, and the stretches
between anchors are aligned the same way, then by :class:`difflib.SequenceMatcher`
once they are small. Blank lines, which repeat everywhere, never make the
work quadratic: they are only matched inside short stretches.

Examples:
    >>> align(["a", "", "b", "", "c"], ["a", "", "x", "", "c"])
    [0, 1, -1, 3, 4]
    >>> increasing([3, 1, 2, 5, 4])
    [1, 2, 4]
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher
from itertools import pairwise

SMALL = 4096
"""Stretches whose two lengths multiply to at most this are left to difflib."""


def increasing(values: Sequence[int]) -> list[int]:
    """Return the positions, in order, of a longest strictly increasing subsequence of ``values``.

    Complexity: O(n log n).
    """
    tails: list[int] = []  # the smallest last value of an increasing run of each length
    tail_at: list[int] = []
    before = [-1] * len(values)
    for position, value in enumerate(values):
        length = bisect_left(tails, value)
        if length == len(tails):
            tails.append(value)
            tail_at.append(position)
        else:
            tails[length] = value
            tail_at[length] = position
        before[position] = tail_at[length - 1] if length else -1
    chain: list[int] = []
    position = tail_at[-1] if tail_at else -1
    while position >= 0:
        chain.append(position)
        position = before[position]
    return chain[::-1]


def _anchors(
    a: Sequence[str], b: Sequence[str], a_range: range, b_range: range
) -> list[tuple[int, int]]:
    """Return the pairs of lines unique to both stretches, longest in-order run of them."""
    count_a = Counter(a[i] for i in a_range)
    count_b = Counter(b[j] for j in b_range)
    where_b = {b[j]: j for j in b_range if count_b[b[j]] == 1}
    pairs = [(i, where_b[a[i]]) for i in a_range if count_a[a[i]] == 1 and a[i] in where_b]
    return [pairs[k] for k in increasing([j for _, j in pairs])]


def align(a: Sequence[str], b: Sequence[str]) -> list[int]:
    """Pair each line of ``a`` (a merge's base) with an equal line of ``b`` (one side), or -1.

    Paired indexes increase.

    Complexity: O(n log n) for lists that share most of their unique lines.
    """
    paired = [-1] * len(a)
    stack = [(0, len(a), 0, len(b))]
    while stack:
        a_lo, a_hi, b_lo, b_hi = stack.pop()
        while a_lo < a_hi and b_lo < b_hi and a[a_lo] == b[b_lo]:
            paired[a_lo] = b_lo
            a_lo, b_lo = a_lo + 1, b_lo + 1
        while a_lo < a_hi and b_lo < b_hi and a[a_hi - 1] == b[b_hi - 1]:
            a_hi, b_hi = a_hi - 1, b_hi - 1
            paired[a_hi] = b_hi
        if a_lo == a_hi or b_lo == b_hi:
            continue
        anchors = _anchors(a, b, range(a_lo, a_hi), range(b_lo, b_hi))
        if anchors:
            for i, j in anchors:
                paired[i] = j
            bounds = [(a_lo - 1, b_lo - 1), *anchors, (a_hi, b_hi)]
            for (i1, j1), (i2, j2) in pairwise(bounds):
                stack.append((i1 + 1, i2, j1 + 1, j2))
        elif (a_hi - a_lo) * (b_hi - b_lo) <= SMALL:
            matcher = SequenceMatcher(None, a[a_lo:a_hi], b[b_lo:b_hi], autojunk=False)
            for i, j, size in matcher.get_matching_blocks():
                for k in range(size):
                    paired[a_lo + i + k] = b_lo + j + k
    return paired
