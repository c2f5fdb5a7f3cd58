"""Sorting, scoping, keeping and parking a project's todo file in place.

``scope`` parks what is unrelated to a task and brings back what is
related; ``keep`` and ``park`` let the agent (or a person) correct it one task
at a time. All three park from the list's home (see
:mod:`todokit.arrange.homes`) and write the parking memory beside the file,
under the same lock. ``sort`` sorts every list outside "Out of scope".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from todokit.arrange.arrangement import Arrangement, ScopeOptions, arrange
from todokit.arrange.homes import Homes
from todokit.arrange.scoring import score_items
from todokit.arrange.sort import sort_document
from todokit.document import Document, parse
from todokit.lifecycle.documents import keep_document, park_document
from todokit.lifecycle.memory_file import load_homes, save_homes
from todokit.lifecycle.operations import require_document
from todokit.lifecycle.project import Project
from todokit.lifecycle.transaction import Change, modify


@dataclass(frozen=True, slots=True)
class OrderResult:
    """The outcome of :func:`sort`, :func:`scope`, :func:`keep` or :func:`park`.

    Attributes:
        change: What happened to the todo file.
        arrangement: The new document with the decision taken for each task.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> from todokit.lifecycle import Project, add
        >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
        >>> _ = add(project, "low 🔽"), add(project, "urgent 🔺")
        >>> result = sort(project)
        >>> result.change.written, [t.text for t in result.document.tasks]
        (True, ['urgent 🔺', 'low 🔽'])
    """

    change: Change
    arrangement: Arrangement

    @property
    def document(self) -> Document:
        """The file's document after the operation."""
        return parse(self.change.after)


def sort(
    project: Project,
    task: str | None = None,
    *,
    options: ScopeOptions | None = None,
    dry_run: bool = False,
) -> OrderResult:
    """Sort every list of the todo file (``todokit sort``), by relevance to ``task`` too.

    Lists under "Out of scope" keep their order, and so do the lists whose
    order means something (see :mod:`todokit.arrange.sort`); on a document,
    :func:`~todokit.arrange.sort.sort_document` does the same. Formerly
    ``sort_todo``, which stays as an alias.

    Args:
        project: The project whose todo file is sorted.
        task: The task at hand; its relevance breaks ties after status and priority.
        options: The scorer (default: the project's configuration).
        dry_run: Compute the change without writing the file.

    Returns:
        The change and the arrangement (its ``scores`` when ``task`` was given).

    Raises:
        TaskNotFoundError: There is no todo file.
        LockTimeoutError: Another process held the lock too long.

    Complexity: one scoring (with ``task``) and one sort, O(n log n) in the tasks.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> from todokit.lifecycle import add
        >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
        >>> _ = add(project, "later 🔽"), add(project, "now 🔺")
        >>> sort(project, dry_run=True).change.changed
        True
    """

    def operation(doc: Document | None) -> tuple[str, Arrangement]:
        """Sort the current list, scoring its tasks for ``task`` first when one is given."""
        current = require_document(doc, project)
        scores = None
        if task:
            scorer = (options or ScopeOptions.from_config(project.config)).scorer
            found = score_items(current, task, scorer)
            scores = {key: round(value[0], 4) for key, value in found.items()}
        result = sort_document(current, scores)
        return result.render(), Arrangement(result, (), scores or {})

    change, arrangement = modify(
        project.todo, operation, lock_timeout=project.config.lock_timeout, dry_run=dry_run
    )
    return OrderResult(change, arrangement)


def scope(
    project: Project, task: str, *, options: ScopeOptions | None = None, dry_run: bool = False
) -> OrderResult:
    """Park work unrelated to ``task``, bring related parked work back, name the task.

    ``todokit scope``. Scoping never reorders what it leaves in place, and
    scoping for A, then B, then A gives the file of the first A back; the
    parking memory is written beside the file under the same lock. On a
    document, :func:`~todokit.lifecycle.documents.scope_document` does the
    same. Formerly ``scope_todo``, which stays as an alias.

    Args:
        project: The project whose todo file is scoped.
        task: The task at hand (a prompt or a line).
        options: Scorer, threshold and priority floor (default: the configuration's).
        dry_run: Compute without writing (the memory is not written either).

    Returns:
        The change and the arrangement, with a decision per unfinished task.

    Raises:
        TaskNotFoundError: There is no todo file.
        LockTimeoutError: Another process held the lock too long.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> from todokit.lifecycle import Project, add
        >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
        >>> _ = add(project, "Fix login"), add(project, "Dark mode")
        >>> [t.text for t in scope(project, "login").arrangement.out_of_scope]
        ['Dark mode']
    """
    chosen = options or ScopeOptions.from_config(project.config)

    def operation(doc: Document | None) -> tuple[str, Arrangement]:
        """Arrange the current list."""
        return arrange(require_document(doc, project), task, chosen, load_homes(project.todo))

    change, arrangement = modify(
        project.todo,
        operation,
        lock_timeout=project.config.lock_timeout,
        dry_run=dry_run,
        then=lambda arranged: save_homes(project.todo, arranged.homes),
    )
    return OrderResult(change, arrangement)


sort_todo = sort
"""The former name of :func:`sort`, the same function; kept for existing callers."""

scope_todo = scope
"""The former name of :func:`scope`, the same function; kept for existing callers."""


def keep(project: Project, refs: Sequence[str], *, dry_run: bool = False) -> OrderResult:
    """Bring parked tasks back into scope, each to where it was parked from (``todokit keep``).

    A REF may name a parked task or one of its sub-tasks: the whole parked
    block comes back. :func:`~todokit.lifecycle.documents.keep_document` does
    the same to a document.

    Args:
        project: The project whose todo file is edited.
        refs: Index paths, ids or text fragments, one task each.
        dry_run: Compute without writing (the parking memory is not written either).

    Returns:
        The change and the arrangement; its decisions say ``moved back``.

    Raises:
        TaskNotFoundError: A REF names no task, or a task that is not parked.
        LockTimeoutError: Another process held the lock too long.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> from todokit.lifecycle import Project, add
        >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
        >>> _ = add(project, "Fix login"), add(project, "Dark mode")
        >>> _ = park(project, ["dark"])
        >>> [t.text for t in keep(project, ["dark"]).document.tasks]
        ['Fix login', 'Dark mode']
    """
    return _repark(project, lambda doc, homes: keep_document(doc, refs, homes), dry_run)


def park(project: Project, refs: Sequence[str], *, dry_run: bool = False) -> OrderResult:
    """Park tasks out of scope, bytes unchanged, grouped by their former section (``todokit park``).

    Only a top-level task moves: a sub-task is part of its parent's work.
    :func:`~todokit.lifecycle.documents.park_document` does the same to a document.

    Args:
        project: The project whose todo file is edited.
        refs: Index paths, ids or text fragments, one task each.
        dry_run: Compute without writing (the parking memory is not written either).

    Returns:
        The change and the arrangement; its decisions say ``parked``.

    Raises:
        TaskNotFoundError: A REF names no task, or a sub-task (park its parent).
        LockTimeoutError: Another process held the lock too long.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> from todokit.lifecycle import Project, add
        >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
        >>> _ = add(project, "low 🔽"), add(project, "urgent 🔺")
        >>> [t.text for t in park(project, ["low"]).arrangement.out_of_scope]
        ['low 🔽']
    """
    return _repark(project, lambda doc, homes: park_document(doc, refs, homes), dry_run)


def _repark(
    project: Project,
    repark: Callable[[Document, Homes | None], Arrangement],
    dry_run: bool,
) -> OrderResult:
    """Run ``repark`` on the file's document and its parking memory, under the lock."""
    todo = project.todo

    def operation(doc: Document | None) -> tuple[str, Arrangement]:
        """Repark the current list."""
        arrangement = repark(require_document(doc, project), load_homes(todo))
        assert arrangement.document is not None  # noqa: S101 - a parking always has one
        return arrangement.document.render(), arrangement

    change, arrangement = modify(
        todo,
        operation,
        lock_timeout=project.config.lock_timeout,
        dry_run=dry_run,
        then=lambda arranged: save_homes(todo, arranged.homes),
    )
    return OrderResult(change, arrangement)
