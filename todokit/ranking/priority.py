"""Task priorities: one ordinal scale and the markers people write for it.

The scale is :class:`~todokit.levels.Level` (Obsidian Tasks':
``highest > high > medium > none > low > lowest``), exported here too. An item
with no marker sits at ``none``, between medium and low, so that an explicit
"low" sinks below unmarked work.

A marker only counts where people write one: at the start of the item's text,
at its end (before trailing fields such as dates, tags and contexts), or as a
field or tag anywhere (``priority: high``, ``#prio1``). A word in the middle of
a sentence is never a marker: "discuss the P1 incident" has no priority.

Examples:
    >>> parse_priority("**P1** Fix login ⏫ 📅 2026-03-01").label
    'high'
    >>> parse_priority("fix high CPU usage") is None
    True
    >>> effective_priority("Write docs", ["Backlog", "Nice to have"]).label
    'lowest'
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from todokit.errors import UsageError
from todokit.levels import Level
from todokit.ranking._headings import heading_marker, level_of_label
from todokit.ranking._markers import find_field, find_leading, find_trailing

DEFAULT_SOURCE = "default"


@dataclass(frozen=True, slots=True)
class Priority:
    """A task's priority and where it came from.

    Attributes:
        level: The priority on the ordinal scale.
        source: The notation that set it: ``"p-level"``, ``"todo.txt"``,
            ``"emoji"``, ``"tag"``, ``"field"``, ``"bang"``, ``"heading"`` or
            ``"default"``.
        marker: The text that set it, such as ``"**P1**"``, ``"(A)"``, ``"⏫"``
            or ``"High priority"``; empty for the default.

    Examples:
        >>> p = Priority(Level.HIGH, "p-level", "P1")
        >>> (p.rank, p.label)
        (1, 'high')
    """

    level: Level
    source: str
    marker: str

    @property
    def rank(self) -> int:
        """Sort key: 0 for highest up to 5 for lowest."""
        return int(self.level)

    @property
    def label(self) -> str:
        """Lower-case name of the level, such as ``"high"``."""
        return self.level.label


@lru_cache(maxsize=8192)  # sorting, parking and explaining ask again for the same text
def parse_priority(text: str) -> Priority | None:
    """Find the priority marker an item's own text carries.

    Looks at the start of the text first (``**P1**``, ``(A)``, ``[high]``,
    ``Urgent:``, ``!!``, ``⏫``), then at fields and tags anywhere
    (``priority: high``, ``[priority:: high]``, ``#prio1``, ``#urgent``), then
    at the end of the text once trailing dates, tags, contexts and other fields
    are set aside. ``None`` when the text carries no marker.

    Complexity:
        Linear in the length of the text.

    Examples:
        >>> parse_priority("(B) Call the bank due:2026-03-01").marker
        '(B)'
        >>> parse_priority("Rotate keys 🔽 📅 2026-05-01").label
        'low'
        >>> parse_priority("Add (A) to docs") is None
        True
    """
    for finder in (find_leading, find_field, find_trailing):
        found = finder(text)
        if found is not None:
            rank, source, marker = found
            return Priority(Level(rank), source, marker)
    return None


@lru_cache(maxsize=4096)  # a section's heading is asked once per item under it
def heading_priority(heading: str) -> Priority | None:
    """Read a priority from a section heading such as ``High priority``.

    The heading must start with the marker (after decoration such as ``🔥`` or
    leading ``#``) and the marker must end the heading, be followed by a word
    like "priority", "items" or "bugs", or by a separator (``—``, ``:``,
    ``(``). "High CPU usage" therefore has no priority.

    Examples:
        >>> heading_priority("## P0 — blockers").label
        'highest'
        >>> heading_priority("Nice to have").label
        'lowest'
        >>> heading_priority("High CPU usage") is None
        True
    """
    rank = heading_marker(heading)
    if rank is None:
        return None
    return Priority(Level(rank), "heading", heading.strip())


def parse_level(label: str) -> Level:
    """Turn a user-supplied level name into a :class:`Level`.

    Accepts the level names (``"high"``), their synonyms (``"urgent"``,
    ``"minor"``, ``"someday"``), P-levels (``"p1"``), todo.txt letters in
    parentheses (``"(A)"``) and the Obsidian emoji, in any case.

    Args:
        label: The name to convert, e.g. from a command-line option.

    Returns:
        The :class:`Level` the label names: ``"urgent"`` and ``"(A)"`` are
        ``Level.HIGHEST``, ``"none"`` is ``Level.NONE``.

    Raises:
        UsageError: If the label names no level.

    Examples:
        >>> parse_level("HIGH"), parse_level("p0")
        (<Level.HIGH: 1>, <Level.HIGHEST: 0>)
    """
    rank = level_of_label(label)
    if rank is None:
        names = ", ".join(member.label for member in Level)
        raise UsageError(
            f"unknown priority {label!r}: use one of {names}, a P-level (P0-P4) or (A)-(Z)"
        )
    return Level(rank)


def effective_priority(text: str, headings: Sequence[str]) -> Priority:
    """Return the priority that applies to an item.

    The item's own marker wins; otherwise the nearest enclosing heading that
    names a priority; otherwise the default, :attr:`Level.NONE`.

    Args:
        text: The item's text after the checkbox.
        headings: The texts of the headings enclosing the item, innermost
            (nearest) first; the first that names a priority applies.

    Returns:
        The effective priority (never ``None``).

    Examples:
        >>> effective_priority("Fix it", ["Auth", "High priority", "TODO"]).source
        'heading'
        >>> effective_priority("[low] Fix it", ["High priority"]).label
        'low'
        >>> effective_priority("Fix it", []).source
        'default'
    """
    own = parse_priority(text)
    if own is not None:
        return own
    for heading in headings:
        found = heading_priority(heading)
        if found is not None:
            return found
    return Priority(Level.NONE, DEFAULT_SOURCE, "")


__all__ = [
    "Level",
    "Priority",
    "effective_priority",
    "heading_priority",
    "parse_level",
    "parse_priority",
]
