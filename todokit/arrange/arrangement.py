r"""Arranging a list for the task at hand: score its home, park what is unrelated.

This glues the pure pieces together. The list's *home* (everything parked back
in place, :mod:`todokit.arrange.homes`) is scored against the task (default
scorer or a plug-in), every top-level item with unfinished work but nothing
relevant is parked (:func:`~todokit.arrange.scope.park_from_home`), and the
header names the task. Work in progress is always relevant, and so is a task
sharing a ticket id with it. Parking from the home makes scoping a function
of the list and the task only: scoping for A, then B, then A again gives the
first result back. Only a start also sorts (:func:`~todokit.arrange.sort.sort_document`).

Examples:
    >>> from todokit.document import parse
    >>> doc = parse("- [ ] Update the README\n- [ ] Fix login session timeout\n")
    >>> text, result = arrange(doc, "login times out")
    >>> [task.text for task in result.in_scope], [task.text for task in result.out_of_scope]
    (['Fix login session timeout'], ['Update the README'])
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from todokit.arrange.decisions import Decision, Deferred, decide
from todokit.arrange.header import retitle
from todokit.arrange.homes import Homes, home_of
from todokit.arrange.scope import leaving, park_from_home
from todokit.arrange.scoring import score_items
from todokit.arrange.sort import priority_rank, sort_document
from todokit.document import Document, Item, Status
from todokit.document.outline import parked_keys, take

if TYPE_CHECKING:
    from todokit.files.config import Config
    from todokit.ranking.scorer import Scorer

Scores = Mapping[str, tuple[float, tuple[str, ...]]]


@dataclass(frozen=True, slots=True)
class ScopeOptions:
    """How :func:`arrange` decides what is in scope.

    Attributes:
        scorer: The relevance scorer (None: the default scorer).
        threshold: Items scoring below it are out of scope (None: the default).
        keep_priority: Items at this priority rank or higher (0 highest … 5) stay in scope.

    Examples:
        >>> from todokit.document import parse
        >>> doc = parse("- [ ] Fix the login form\\n- [ ] Dark mode\\n")
        >>> _, done = arrange(doc, "fix login", ScopeOptions(threshold=0.0))
        >>> [task.text for task in done.out_of_scope]
        []
    """

    scorer: Scorer | None = None
    threshold: float | None = None
    keep_priority: int | None = None

    @classmethod
    def from_config(cls, config: Config) -> ScopeOptions:
        """Build options from a project's configuration."""
        rank = None
        if config.keep_priority is not None:
            from todokit.ranking.priority import parse_level  # noqa: PLC0415 - lazy

            rank = int(parse_level(config.keep_priority))
        return cls(None, config.threshold, rank)


@dataclass(frozen=True, slots=True)
class Arrangement:
    """The arranged document, its parking memory and a decision per unfinished task.

    Attributes:
        document: The arranged document (None when nothing was arranged,
            as in a start with no task).
        decisions: One :class:`~todokit.arrange.decisions.Decision` per
            unfinished task, worked out on first use.
        scores: Each item's relevance by item id, rounded to four places.
        task: The one-line summary of the task at hand ("" when none).
        homes: Where the parked items came from, to move them back later.

    Examples:
        >>> from todokit.document import parse
        >>> _, done = arrange(parse("- [ ] Fix the login form\\n- [ ] Dark mode\\n"), "fix login")
        >>> [t.text for t in done.in_scope], [t.text for t in done.out_of_scope], done.task
        (['Fix the login form'], ['Dark mode'], 'fix login')
    """

    document: Document | None = None
    decisions: Sequence[Decision] = ()
    scores: Mapping[str, float] = field(default_factory=dict)
    task: str = ""
    homes: Homes | None = None

    @property
    def in_scope(self) -> tuple[Item, ...]:
        """Unfinished tasks kept in scope."""
        return tuple(d.task for d in self.decisions if d.outcome in ("in scope", "moved back"))

    @property
    def out_of_scope(self) -> tuple[Item, ...]:
        """Unfinished tasks parked, or left under a relevant parent but unrelated."""
        return tuple(d.task for d in self.decisions if d.outcome not in ("in scope", "moved back"))


def relevance(
    home: Document, scores: Scores, threshold: float, keep_priority: int | None
) -> Callable[[Item], bool]:
    """Return the test of relevance: a score at the threshold, work in progress, a link to it.

    A task sharing a ticket id (``DE-311``) with a task in progress is relevant
    too, and so is one at ``keep_priority`` or higher.
    """
    from todokit.ranking.tickets import ticket_ids  # noqa: PLC0415 - lazy

    busy = frozenset().union(
        *(ticket_ids(t.source_text) for t in home.tasks if t.status == Status.IN_PROGRESS)
    )

    def relevant(item: Item) -> bool:
        """Whether ``item`` passes a test of :func:`relevance` (a lower rank is more urgent)."""
        if item.status == Status.IN_PROGRESS or scores.get(item.id, (0.0,))[0] >= threshold:
            return True
        if busy and busy & ticket_ids(item.source_text):
            return True
        return keep_priority is not None and priority_rank(item) <= keep_priority

    return relevant


def park_chosen(
    doc: Document, homes: Homes | None, chosen: Callable[[Document, Counter[str]], Counter[str]]
) -> tuple[Document, Homes, Counter[str]]:
    """Park, from ``doc``'s home, the top-level items whose text keys ``chosen`` counts.

    ``chosen`` receives the home and the text keys of what is parked now (see
    :func:`~todokit.document.outline.parked_keys`). Returns the new list, its
    memory and the keys parked before.
    """
    home = home_of(doc, homes)
    before = parked_keys(doc)
    wanted = chosen(home, Counter(before))
    tops = [i for i in home.items if i.depth == 0 and not i.quoted]
    parked, memory = park_from_home(home, [item for item in tops if take(wanted, item)])
    return parked, memory, before


def arrange(
    doc: Document,
    task: str,
    options: ScopeOptions | None = None,
    homes: Homes | None = None,
    *,
    sort: bool = False,
) -> tuple[str, Arrangement]:
    """Park the work of ``doc`` unrelated to ``task``, from its home; name the task.

    Args:
        doc: The list to arrange; it is not changed (documents are immutable).
        task: The task at hand: a prompt or a line (its prose is scored, its
            one-line summary goes into the header).
        options: Scorer, threshold and priority floor.
        homes: The memory of the last parking of ``doc``, if any.
        sort: Sort every list by status, priority and relevance first (a start).

    Returns:
        The new text and the arrangement (decisions refer to the new document).

    Raises:
        UsageError: The scorer returned a different number of scores than items.

    Complexity: one scoring of the items, at most one sort, one park.

    Examples:
        >>> from todokit.document import parse
        >>> text, _ = arrange(parse("- [ ] Fix the login form\\n- [ ] Dark mode\\n"), "fix login")
        >>> print(text, end="")
        - [ ] Fix the login form
        <BLANKLINE>
        ## Out of scope
        <BLANKLINE>
        - [ ] Dark mode
    """
    from todokit.prompt import task_summary  # noqa: PLC0415 - lazy
    from todokit.ranking.scorer import DEFAULT_THRESHOLD  # noqa: PLC0415 - lazy

    options = options or ScopeOptions()
    threshold = DEFAULT_THRESHOLD if options.threshold is None else options.threshold
    before = parked_keys(doc)
    summary = task_summary(task) or " ".join(task.split())
    home = retitle(home_of(doc, homes), summary)
    scores = score_items(home, task, options.scorer)
    if sort:
        home = sort_document(home, {key: round(value[0], 4) for key, value in scores.items()})
    relevant = relevance(home, scores, threshold, options.keep_priority)
    parked, memory = park_from_home(home, leaving(home, relevant, before))
    rounded = {key: round(value[0], 4) for key, value in scores.items()}

    def score_of(item: Item) -> tuple[float, tuple[str, ...]]:
        """The unrounded score of ``item`` and its matched words; zero when never scored."""
        return scores.get(item.id, (0.0, ()))

    # Worked out on first use: a hook's first prompt never reads them.
    decisions = Deferred(lambda: decide(before, parked, score_of, relevant))
    return parked.render(), Arrangement(parked, decisions, rounded, summary, memory)


__all__ = ["Arrangement", "ScopeOptions", "arrange", "park_chosen", "relevance"]
