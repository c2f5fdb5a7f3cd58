"""Sorting, scoping, keeping and parking a project's todo file in place.

``scope_todo`` parks what is unrelated to a task and brings back what is
related; ``keep`` and ``park`` let the agent (or a person) correct it one task
at a time. All three park from the list's home (see
:mod:`todokit.arrange.homes`) and write the parking memory beside the file,
under the same lock. ``sort_todo`` sorts every list outside "Out of scope".

Examples:
    >>> import tempfile
    >>> from pathlib import Path
    >>> from todokit.lifecycle import Project, add
    >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
    >>> _ = add(project, "low 🔽")
    >>> _ = add(project, "urgent 🔺")
    >>> [t.text for t in sort_todo(project).document.tasks]
    ['urgent 🔺', 'low 🔽']
    >>> [t.text for t in park(project, ["low"]).arrangement.out_of_scope]
    ['low 🔽']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from todokit.arrange.sort import sort_document
from todokit.document import Document, Item, parse
from todokit.document.outline import block_key, take
from todokit.document.outline import parked_flags as flags_of
from todokit.errors import TaskNotFoundError
from todokit.lifecycle.arrangement import Arrangement, ScopeOptions, arrange, park_chosen
from todokit.lifecycle.decisions import decide
from todokit.lifecycle.memory_file import load_homes, save_homes
from todokit.lifecycle.operations import require_document
from todokit.lifecycle.project import Project
from todokit.lifecycle.refs import resolve
from todokit.lifecycle.scoring import score_items
from todokit.lifecycle.transaction import Change, modify


@dataclass(frozen=True, slots=True)
class OrderResult:
    """The outcome of :func:`sort_todo`, :func:`scope_todo`, :func:`keep` or :func:`park`."""

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

    Lists under "Out of scope" keep their order, and so do the lists whose
    order means something (see :mod:`todokit.arrange.sort`).

    Raises:
        TaskNotFoundError: There is no todo file.
    """

    def operation(doc: Document | None) -> tuple[str, Arrangement]:
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


def scope_todo(
    project: Project, task: str, *, options: ScopeOptions | None = None, dry_run: bool = False
) -> OrderResult:
    """Park work unrelated to ``task``, bring related parked work back, name the task.

    Scoping never reorders what it leaves in place, and scoping for A, then
    B, then A gives the file of the first A back.

    Raises:
        TaskNotFoundError: There is no todo file.
    """
    chosen = options or ScopeOptions.from_config(project.config)

    def operation(doc: Document | None) -> tuple[str, Arrangement]:
        current = require_document(doc, project)
        text, arrangement = arrange(current, task, chosen, load_homes(project.todo))
        if not dry_run:
            save_homes(project.todo, arrangement.homes)
        return text, arrangement

    change, arrangement = modify(
        project.todo, operation, lock_timeout=project.config.lock_timeout, dry_run=dry_run
    )
    return OrderResult(change, arrangement)


def keep(project: Project, refs: Sequence[str], *, dry_run: bool = False) -> OrderResult:
    """Bring parked tasks back into scope, each to where it was parked from.

    A REF may name a parked task or one of its sub-tasks: the whole parked
    block comes back.

    Raises:
        TaskNotFoundError: A REF names no task, or a task that is not parked.
    """

    def choose(doc: Document, parked: Counter[str]) -> Counter[str]:
        for ref in refs:
            top = _top(resolve(doc, ref))
            if not flags_of(doc)[top.number]:
                raise TaskNotFoundError(f"{ref!r} is not parked: {top.index} {top.text}")
            take(parked, top)
        return parked

    return _repark(project, choose, dry_run)


def park(project: Project, refs: Sequence[str], *, dry_run: bool = False) -> OrderResult:
    """Park tasks out of scope, bytes unchanged, grouped by their former section.

    Only a top-level task moves: a sub-task is part of its parent's work.

    Raises:
        TaskNotFoundError: A REF names no task, or a sub-task (park its parent).
    """

    def choose(doc: Document, parked: Counter[str]) -> Counter[str]:
        flags = flags_of(doc)
        for ref in refs:
            task = resolve(doc, ref)
            top = _top(task)
            if top is not task and not flags[top.number]:
                raise TaskNotFoundError(
                    f"{ref!r} is part of {top.index or top.text}: park that to park it"
                )
            if not flags[top.number]:
                parked[block_key(top)] += 1
        return parked

    return _repark(project, choose, dry_run)


def _top(item: Item) -> Item:
    """The top-level item an item belongs to."""
    while item.parent is not None:
        item = item.parent
    return item


def _repark(
    project: Project, choose: Callable[[Document, Counter[str]], Counter[str]], dry_run: bool
) -> OrderResult:
    """Park exactly the top-level items ``choose`` counts, from the home, under the lock."""
    todo = project.todo

    def operation(doc: Document | None) -> tuple[str, Arrangement]:
        current = require_document(doc, project)
        result, memory, before = park_chosen(
            current, load_homes(todo), lambda home, parked: choose(current, parked)
        )
        if not dry_run:
            save_homes(todo, memory)
        decisions = decide(before, result, lambda item: (0.0, ()), lambda item: True)
        return result.render(), Arrangement(result, decisions, {}, "", memory)

    change, arrangement = modify(
        todo, operation, lock_timeout=project.config.lock_timeout, dry_run=dry_run
    )
    return OrderResult(change, arrangement)
