"""Why each task landed where it did after arranging: what ``--explain`` prints.

Examples:
    >>> lazy = Deferred(lambda: (1, 2))
    >>> len(lazy), list(lazy), lazy == (1, 2)
    (2, [1, 2], True)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar, overload

from todokit._record import record
from todokit.arrange.placement import inside, out_of_scope_spans
from todokit.arrange.scope import subtree_flags
from todokit.arrange.sort import priority_rank
from todokit.document import Document, Item
from todokit.lifecycle.scoring import Context, context

T = TypeVar("T")


@record
class Decision:
    """Why one task landed where it did (what ``--explain`` prints)."""

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


def decide(
    before: Document,
    after: Document,
    score_of: Callable[[Item], tuple[float, tuple[str, ...]]],
    relevant: Callable[[Item], bool],
    context_of: Callable[[Item], Context] = context,
) -> tuple[Decision, ...]:
    """Say for every unfinished task of ``after`` where it went and why.

    Args:
        before: The document as it was before parking and sorting.
        after: The arranged document.
        score_of: An item's score and matched terms.
        relevant: Whether an item is in scope.
        context_of: An item's context (see :func:`~todokit.lifecycle.scoring.context`).

    Returns:
        One decision per unfinished task of ``after``, in document order.
    """
    spans_before, spans_after = out_of_scope_spans(before), out_of_scope_spans(after)
    was_parked = Counter(context_of(t)[:2] for t in before.tasks if inside(t.start, spans_before))
    _work, keep = subtree_flags(after, relevant)
    decisions = []
    for task in after.tasks:
        if task.status is None or task.status.finished:
            continue
        score, matched = score_of(task)
        key = context_of(task)[:2]
        was = was_parked[key] > 0
        was_parked[key] -= 1
        if inside(task.start, spans_after):
            outcome = "out of scope" if was else "parked"
        elif was:
            outcome = "moved back"
        else:
            outcome = "in scope" if keep[task.number] else "out of scope (in place)"
        decisions.append(Decision(task, score, matched, priority_rank(task), outcome))
    return tuple(decisions)


__all__ = ["Decision", "Deferred", "decide"]
