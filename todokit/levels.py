"""The priority scale, spelled once: six levels from highest to lowest.

The scale is Obsidian Tasks': ``highest > high > medium > none > low > lowest``.
A task with no marker sits at ``none``, between medium and low, so that an
explicit "low" sinks below unmarked work. Everything that names or counts
levels takes them from here: the markers and headings
(:mod:`todokit.ranking.priority`) and the ``keep_priority`` setting
(:mod:`todokit.files.config`). It sits below every layer, as the errors do.

Examples:
    >>> Level.HIGH < Level.NONE < Level.LOW
    True
    >>> LABELS
    ('highest', 'high', 'medium', 'none', 'low', 'lowest')
    >>> [rank_without_none(position) for position in range(6)]
    [0, 1, 2, 4, 5, 5]
"""

from __future__ import annotations

from enum import IntEnum


class Level(IntEnum):
    """The ordinal priority scale; a lower value sorts first.

    Examples:
        >>> Level.HIGH < Level.NONE < Level.LOW
        True
        >>> Level.LOWEST.label
        'lowest'
    """

    HIGHEST = 0
    HIGH = 1
    MEDIUM = 2
    NONE = 3
    LOW = 4
    LOWEST = 5

    @property
    def label(self) -> str:
        """Lower-case name of the level, such as ``"high"``."""
        return self.name.lower()


LABELS: tuple[str, ...] = tuple(level.label for level in Level)
"""The levels' names, highest first: what a setting or option naming a level accepts."""


def rank_without_none(position: int) -> int:
    """Return the rank of the ``position``-th step of a notation with no "none" level.

    P-levels (``P0``, ``P1``, …) and todo.txt letters (``A``, ``B``, …) count
    highest, high and medium, then low, then lowest for every step after.

    Args:
        position: The step, from 0 (``P0``, ``A``).

    Returns:
        The rank on this scale: a :class:`Level`'s value.

    Examples:
        >>> rank_without_none(3) == Level.LOW, rank_without_none(25) == Level.LOWEST
        (True, True)
    """
    if position < Level.NONE:
        return position
    return int(min(position + 1, Level.LOWEST))


def ranks(words: dict[Level, tuple[str, ...]]) -> dict[str, int]:
    """Return a table of marker words by level as word -> rank, for the marker readers.

    Args:
        words: The words that name each level.

    Returns:
        Each word with its level's value (a plain ``int``, as ranks are).

    Examples:
        >>> ranks({Level.LOW: ("minor",), Level.HIGH: ("important",)})
        {'minor': 4, 'important': 1}
    """
    return {word: int(level) for level, spelled in words.items() for word in spelled}
