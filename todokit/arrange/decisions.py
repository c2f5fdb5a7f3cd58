"""Why each task landed where it did after arranging: what ``--explain`` prints.

Examples:
    >>> lazy = Deferred(lambda: (1, 2))
    >>> len(lazy), list(lazy), lazy == (1, 2)
    (2, [1, 2], True)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar, overload

from todokit.arrange.scope import subtree_flags
from todokit.arrange.sort import priority_rank
from todokit.document import Document, Item
from todokit.document.outline import parked_flags, take

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Decision:
    """Why one task landed where it did (what ``--explain`` prints).

    Attributes:
        task: The task, as it stands in the arranged document.
        score: Its relevance to the task at hand, from 0 to 1.
        matched: The task's terms that matched the task at hand.
        priority: Its priority rank, 0 (highest) to 5 (none).
        outcome: ``in scope``, ``moved back``, ``parked``, ``out of scope`` or
            ``out of scope (in place)`` (see :func:`decide`).

    Examples:
        >>> from todokit.document import parse
        >>> from todokit.arrange.arrangement import arrange
        >>> _, done = arrange(parse("- [ ] Fix the login form\\n- [ ] Dark mode\\n"), "fix login")
        >>> [(d.task.text, d.matched, d.outcome) for d in done.decisions]
        [('Fix the login form', ('login',), 'in scope'), ('Dark mode', (), 'parked')]
    """

    task: Item
    score: float
    matched: tuple[str, ...]
    priority: int
    outcome: str


class Deferred(Sequence[T]):
    """A sequence worked out on first use, then kept."""

    __slots__ = ("_items", "_make")

    def __init__(self, make: Callable[[], Sequence[T]]) -> None:
        """Remember how to make the items."""
        self._make: Callable[[], Sequence[T]] | None = make
        self._items: tuple[T, ...] = ()

    def _all(self) -> tuple[T, ...]:
        """Make the items on the first call, then drop the maker and return the kept tuple."""
        if self._make is not None:
            self._items, self._make = tuple(self._make()), None
        return self._items

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...
    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        """Return an item or a slice, working the items out first if needed."""
        return self._all()[index]

    def __len__(self) -> int:
        """Return how many items there are."""
        return len(self._all())

    def __iter__(self) -> Iterator[T]:
        """Iterate over the items."""
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        """Compare by items with any sequence."""
        if not isinstance(other, Sequence):
            return NotImplemented
        return self._all() == tuple(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        """Show the items."""
        return repr(self._all())

    def __reduce__(self) -> tuple[type[tuple[T, ...]], tuple[tuple[T, ...]]]:
        """Pickle as the tuple of the items (the function that makes them may be local)."""
        return tuple, (self._all(),)


def decide(
    before: Counter[str],
    after: Document,
    score_of: Callable[[Item], tuple[float, tuple[str, ...]]],
    relevant: Callable[[Item], bool],
) -> tuple[Decision, ...]:
    """Say for every unfinished task of ``after``, in document order, where it went and why.

    ``before`` holds the text keys of the items parked before arranging (see
    :func:`~todokit.document.outline.parked_keys`). The outcome is ``in scope``,
    ``moved back`` (was parked), ``parked`` (just now), ``out of scope`` (stays
    parked) or ``out of scope (in place)`` (an unrelated step of relevant work,
    left with it).
    """
    flags = parked_flags(after)
    _work, keep = subtree_flags(after, relevant)
    still = Counter(before)
    was_parked = {item.number for item in after.items if item.depth == 0 and take(still, item)}
    decisions = []
    for task in after.tasks:
        if task.status is None or task.status.finished:
            continue
        top = task
        while top.parent is not None:
            top = top.parent
        was = top.number in was_parked
        if flags[task.number]:
            outcome = "out of scope" if was else "parked"
        elif was:
            outcome = "moved back"
        else:
            outcome = "in scope" if keep[task.number] else "out of scope (in place)"
        score, matched = score_of(task)
        decisions.append(Decision(task, score, matched, priority_rank(task), outcome))
    return tuple(decisions)


__all__ = ["Decision", "Deferred", "decide"]
