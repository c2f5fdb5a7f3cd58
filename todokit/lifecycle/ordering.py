"""Sorting and scoping a project's todo file in place.

Examples:
    >>> import tempfile
    >>> from pathlib import Path
    >>> from todokit.lifecycle import Project, add
    >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
    >>> _ = add(project, "low 🔽")
    >>> _ = add(project, "urgent 🔺")
    >>> [t.text for t in sort_todo(project).document.tasks]
    ['urgent 🔺', 'low 🔽']
"""

from __future__ import annotations

from todokit._record import record
from todokit.arrange.sort import sort_document
from todokit.document import Document, parse
from todokit.lifecycle.arrangement import Arrangement, ScopeOptions, arrange
from todokit.lifecycle.operations import require_document
from todokit.lifecycle.project import Project
from todokit.lifecycle.scoring import score_items
from todokit.lifecycle.transaction import Change, modify


@record
class OrderResult:
    """The outcome of :func:`sort_todo` or :func:`scope_todo`."""

    change: Change
    arrangement: Arrangement

    @property
    def document(self) -> Document:
        """The file's document after the operation."""
        return parse(self.change.after)


def sort_todo(
    project: Project,
    task: str | None = None,
    *,
    options: ScopeOptions | None = None,
    dry_run: bool = False,
) -> OrderResult:
    """Sort every list of the todo file (by relevance to ``task`` too, when given).

    Raises:
        TaskNotFoundError: There is no todo file.
    """

    def operation(doc: Document | None) -> tuple[str, Arrangement]:
        current = require_document(doc, project)
        scores = None
        if task:
            scorer = (options or ScopeOptions.from_config(project.config)).scorer
            scores = {
                key: round(value[0], 4) for key, value in score_items(current, task, scorer).items()
            }
        result = sort_document(current, scores)
        return result.render(), Arrangement(result, (), scores or {})

    change, arrangement = modify(
        project.todo, operation, lock_timeout=project.config.lock_timeout, dry_run=dry_run
    )
    return OrderResult(change, arrangement)


def scope_todo(
    project: Project, task: str, *, options: ScopeOptions | None = None, dry_run: bool = False
) -> OrderResult:
    """Park work unrelated to ``task`` out of scope, bring relevant work back, sort.

    Raises:
        TaskNotFoundError: There is no todo file.
    """
    chosen = options or ScopeOptions.from_config(project.config)

    def operation(doc: Document | None) -> tuple[str, Arrangement]:
        return arrange(require_document(doc, project), task, chosen)

    change, arrangement = modify(
        project.todo, operation, lock_timeout=project.config.lock_timeout, dry_run=dry_run
    )
    return OrderResult(change, arrangement)
