"""Arranging a list for the task at hand: score, park what is unrelated, sort.

This glues the pure pieces together: the scorer (default or plug-in) rates
every item against the task, :func:`~todokit.arrange.scope.park` moves
unrelated top-level work out of scope (and relevant parked work back), and
:func:`~todokit.arrange.sort.sort_document` orders every list.

Example:
    >>> from todokit.document import parse
    >>> doc = parse("- [ ] Update the README\\n- [ ] Fix login session timeout\\n")
    >>> text, result = arrange(doc, "login times out", ScopeOptions(threshold=0.3))
    >>> [task.text for task in result.in_scope], [task.text for task in result.out_of_scope]
    (['Fix login session timeout'], ['Update the README'])
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from todokit.arrange.scope import OUT_OF_SCOPE_HEADING, park, subtree_flags
from todokit.arrange.sort import priority_rank, sort_document
from todokit.document import Document, Item, Status
from todokit.errors import UsageError

if TYPE_CHECKING:
    from todokit.files.config import Config
    from todokit.ranking.scorer import Scorer


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class Decision:
    """Why one task landed where it did (what ``--explain`` prints)."""

    task: Item
    score: float
    matched: tuple[str, ...]
    priority: int
    outcome: str


@dataclass(frozen=True, slots=True)
class Arrangement:
    """The arranged document and a decision per unfinished task."""

    document: Document | None = None
    decisions: tuple[Decision, ...] = ()
    scores: Mapping[str, float] = field(default_factory=dict)

    @property
    def in_scope(self) -> tuple[Item, ...]:
        """Unfinished tasks kept in scope."""
        return tuple(d.task for d in self.decisions if d.outcome in ("in scope", "moved back"))

    @property
    def out_of_scope(self) -> tuple[Item, ...]:
        """Unfinished tasks parked, or left under a relevant parent but unrelated."""
        return tuple(d.task for d in self.decisions if d.outcome not in ("in scope", "moved back"))


_LINK_TARGET = re.compile(r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)|<https?://[^>\s]*>")


def scoring_text(source: str) -> str:
    """Return an item's source text with link targets removed, for scoring.

    Scoring tokenizes on punctuation, so emphasis and code marks fall away by
    themselves; only URLs would add words a reader never sees. This keeps the
    scorer free of the inline Markdown parser, which matters on the hook path.

    Examples:
        >>> scoring_text("**P1** see [the docs](https://x.org/auth) and <https://y.org>")
        '**P1** see [the docs] and '
    """
    return _LINK_TARGET.sub(lambda match: "]" if match.group().startswith("]") else "", source)


def score_items(
    doc: Document, task: str, scorer: Scorer | None
) -> dict[str, tuple[float, tuple[str, ...]]]:
    """Score every item of ``doc`` against ``task``; keys are item ids.

    An item parked directly under "Out of scope" is scored without a section,
    and one in a group there with its group's name (its former section), so
    that parking an item does not change its score.

    Args:
        doc: The document.
        task: The task at hand.
        scorer: The scorer (None: the default scorer).

    Returns:
        Per item id: the score clamped to 0..1, and the matched terms.

    Raises:
        UsageError: The scorer returned a different number of scores than items.

    Example:
        >>> from todokit.document import parse
        >>> from todokit.ranking.scorer import keyword_overlap_scorer
        >>> doc = parse("- [ ] fix login\\n")
        >>> score_items(doc, "login", keyword_overlap_scorer)[doc.items[0].id]
        (1.0, ('login',))
    """
    from todokit.ranking.scorer import RankItem, default_scorer  # noqa: PLC0415 - lazy

    items = doc.items
    parked = OUT_OF_SCOPE_HEADING.casefold()
    ranked = [
        RankItem(
            scoring_text(item.source_text),
            item.parent.number if item.parent else None,
            None if (item.section or "").casefold() == parked else item.section,
        )
        for item in items
    ]
    scores = list((scorer or default_scorer)(task, ranked))
    if len(scores) != len(items):
        raise UsageError(f"the scorer returned {len(scores)} scores for {len(items)} items")
    return {
        item.id: (min(1.0, max(0.0, s.value)), tuple(s.matched))
        for item, s in zip(items, scores, strict=True)
    }


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
    """
    from todokit.ranking.scorer import DEFAULT_THRESHOLD  # noqa: PLC0415 - lazy

    options = options or ScopeOptions()
    threshold = DEFAULT_THRESHOLD if options.threshold is None else options.threshold
    scored = score_items(doc, task, options.scorer)

    def relevant(item: Item) -> bool:
        if item.status == Status.IN_PROGRESS or scored[item.id][0] >= threshold:
            return True
        return options.keep_priority is not None and priority_rank(item) <= options.keep_priority

    parked = park(doc, relevant)
    scores = {key: round(value[0], 4) for key, value in scored.items()}
    final = sort_document(parked, scores)
    decisions = _decisions(doc, final, scored, relevant)
    return final.render(), Arrangement(final, decisions, scores)


def _decisions(
    before: Document,
    after: Document,
    scored: Mapping[str, tuple[float, tuple[str, ...]]],
    relevant: Callable[[Item], bool],
) -> tuple[Decision, ...]:
    from todokit.lifecycle.serialize import section_path  # noqa: PLC0415

    heading = OUT_OF_SCOPE_HEADING.casefold()

    def parked(item: Item) -> bool:
        return any(text.casefold() == heading for text in section_path(item))

    _work, keep = subtree_flags(before, relevant)
    kept = {item.id for item in before.items if keep[item.number]}
    was_parked = {item.id for item in before.tasks if parked(item)}
    decisions = []
    for task in after.tasks:
        if task.status is None or task.status.finished:
            continue
        score, matched = scored.get(task.id, (0.0, ()))
        if parked(task):
            outcome = "out of scope" if task.id in was_parked else "parked"
        elif task.id in was_parked:
            outcome = "moved back"
        else:
            outcome = "in scope" if task.id in kept else "out of scope (in place)"
        decisions.append(Decision(task, score, matched, priority_rank(task), outcome))
    return tuple(decisions)


def explain_lines(arrangement: Arrangement, labels: Sequence[str]) -> list[str]:
    """Return one line per decision: score, outcome, priority, matched terms, text."""
    lines = []
    for d in arrangement.decisions:
        terms = ", ".join(d.matched) or "-"
        lines.append(
            f"{d.score:5.2f}  {d.outcome:<24} {labels[d.priority]:<8} {d.task.text}  [{terms}]"
        )
    return lines
