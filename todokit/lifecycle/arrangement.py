"""Arranging a list for the task at hand: score, park what is unrelated, sort.

This glues the pure pieces together: the scorer (default or plug-in) rates
every item against the task, :func:`~todokit.arrange.scope.park` moves
unrelated top-level work out of scope (and relevant parked work back), and
:func:`~todokit.arrange.sort.sort_document` orders every list.

Examples:
    >>> from todokit.document import parse
    >>> doc = parse("- [ ] Update the README\\n- [ ] Fix login session timeout\\n")
    >>> text, result = arrange(doc, "login times out", ScopeOptions(threshold=0.3))
    >>> [task.text for task in result.in_scope], [task.text for task in result.out_of_scope]
    (['Fix login session timeout'], ['Update the README'])
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from todokit._record import field, record
from todokit.arrange.scope import park
from todokit.arrange.sort import priority_rank, sort_document
from todokit.document import Document, Item, Status
from todokit.lifecycle.decisions import Decision, Deferred, decide
from todokit.lifecycle.scoring import Context, context, score_items

if TYPE_CHECKING:
    from todokit.files.config import Config
    from todokit.ranking.scorer import Scorer


@record
class ScopeOptions:
    """How :func:`arrange` decides what is in scope.

    Attributes:
        scorer: The relevance scorer (None: the default scorer).
        threshold: Items scoring below it are out of scope (None: the default).
        keep_priority: Items at this priority rank or higher (0 highest … 5) stay in scope.
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


@record
class Arrangement:
    """The arranged document and a decision per unfinished task."""

    document: Document | None = None
    decisions: Sequence[Decision] = ()
    scores: Mapping[str, float] = field(default_factory=dict)
    task: str = ""

    @property
    def in_scope(self) -> tuple[Item, ...]:
        """Unfinished tasks kept in scope."""
        return tuple(d.task for d in self.decisions if d.outcome in ("in scope", "moved back"))

    @property
    def out_of_scope(self) -> tuple[Item, ...]:
        """Unfinished tasks parked, or left under a relevant parent but unrelated."""
        return tuple(d.task for d in self.decisions if d.outcome not in ("in scope", "moved back"))


def arrange(
    doc: Document, task: str, options: ScopeOptions | None = None
) -> tuple[str, Arrangement]:
    """Park unrelated work and sort ``doc`` for ``task``.

    Args:
        doc: The document.
        task: The task at hand.
        options: Scorer, threshold and priority floor.

    Returns:
        The new text and the decisions, whose tasks belong to the new document.

    Raises:
        UsageError: The scorer returned a different number of scores than items.

    Complexity: one scoring of the items, one park and one sort.
    """
    from todokit.ranking.scorer import DEFAULT_THRESHOLD  # noqa: PLC0415 - lazy

    options = options or ScopeOptions()
    threshold = DEFAULT_THRESHOLD if options.threshold is None else options.threshold
    scored = score_items(doc, task, options.scorer)
    contexts: dict[Item, Context] = {}  # each item's context is asked for several times

    def context_of(item: Item) -> Context:
        found = contexts.get(item)
        if found is None:
            found = contexts[item] = context(item)
        return found

    by_context = {context_of(item): scored[item.id] for item in doc.items}
    # An item moving back from directly under "Out of scope" changes section.
    by_text = {context_of(item)[:2]: scored[item.id] for item in doc.items}

    def score_of(item: Item) -> tuple[float, tuple[str, ...]]:
        key = context_of(item)
        return by_context.get(key) or by_text.get(key[:2], (0.0, ()))

    def relevant(item: Item) -> bool:
        if item.status == Status.IN_PROGRESS or score_of(item)[0] >= threshold:
            return True
        return options.keep_priority is not None and priority_rank(item) <= options.keep_priority

    parked = park(doc, relevant)
    final = sort_document(parked, {i.id: round(score_of(i)[0], 4) for i in parked.items})
    scores = {item.id: round(score_of(item)[0], 4) for item in final.items}
    # Worked out on first use: a hook's first prompt never reads them.
    decisions = Deferred(lambda: decide(doc, final, score_of, relevant, context_of))
    return final.render(), Arrangement(final, decisions, scores, task)


def explain_lines(arrangement: Arrangement, labels: Sequence[str]) -> list[str]:
    """Return one line per decision: score, outcome, priority, matched terms, text."""
    from todokit.ranking.stemming import stem  # noqa: PLC0415 - lazy

    # The scorer matches word stems ("minut"); show the task's own words ("minutes").
    spelled = {stem(word): word for word in re.findall(r"[a-z0-9]+", arrangement.task.lower())}
    lines = []
    for d in arrangement.decisions:
        terms = ", ".join(dict.fromkeys(spelled.get(term, term) for term in d.matched)) or "-"
        lines.append(
            f"{d.score:5.2f}  {d.outcome:<24} {labels[d.priority]:<8} {d.task.text}  [{terms}]"
        )
    return lines
