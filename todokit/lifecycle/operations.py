"""Everyday edits of a project's todo file: add, done, reopen, mark, remove.

Each is one minimal change made under the lock (see :func:`~todokit.lifecycle.transaction.modify`),
and each has a ``dry_run`` that computes the change without writing.
"""

from __future__ import annotations

from dataclasses import dataclass

from todokit.arrange.tidy import apply_removals, removal_edit
from todokit.document import Document, Item, Status
from todokit.document.edits import apply_edits, status_edit
from todokit.document.insert import insertion_edit
from todokit.errors import ChecksFailedError, UsageError
from todokit.lifecycle.project import Project
from todokit.lifecycle.refs import resolve
from todokit.lifecycle.transaction import Change, modify


@dataclass(frozen=True, slots=True)
class EditResult:
    """The outcome of one edit.

    Attributes:
        change: What happened to the file.
        task: The task as it is after the edit (before it, for a removal).

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
        >>> result = add(project, "Write the docs")
        >>> result.change.written, result.task.text
        (True, 'Write the docs')
    """

    change: Change
    task: Item


def require_document(doc: Document | None, project: Project) -> Document:
    """Return ``doc``, or raise TaskNotFoundError when the todo file does not exist."""
    if doc is None:
        from todokit.errors import TaskNotFoundError  # noqa: PLC0415

        raise TaskNotFoundError(
            f"{project.todo.path} does not exist; run 'todokit start' or 'todokit add'"
        )
    return doc


def add(
    project: Project,
    text: str,
    *,
    section: str | None = None,
    under: str | None = None,
    status: Status | str = Status.OPEN,
    dry_run: bool = False,
) -> EditResult:
    """Add a task (creating the todo file when there is none).

    Args:
        project: The project whose todo file is edited.
        text: The task's text, one line.
        section: Heading to add it under (created at the end when missing).
        under: A reference to the task it becomes a child of.
        status: Its status (default open).
        dry_run: Compute the change and the task without writing the file.

    Returns:
        The change and the new task.

    Raises:
        UsageError: Empty or multi-line text, or both ``section`` and ``under``.
        TaskNotFoundError: ``under`` names no single task.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
        >>> add(project, "Fix the login", section="Bugs").change.after
        '## Bugs\\n\\n- [ ] Fix the login\\n'
    """
    if section is not None and under is not None:
        raise UsageError("give --section or --under, not both")

    def operation(doc: Document | None) -> tuple[str, Item]:
        """Insert the task into the current list (empty without a file); return it as added."""
        current = doc or Document(())
        parent = resolve(current, under) if under is not None else None
        edit = insertion_edit(
            current, text, under=parent, section=section, status=Status.parse(status)
        )
        new = apply_edits(current, [edit])
        span = range(edit.start, edit.start + len(edit.lines))
        return new.render(), next(t for t in new.tasks if t.start in span)

    change, task = modify(
        project.todo, operation, lock_timeout=project.config.lock_timeout, dry_run=dry_run
    )
    return EditResult(change, task)


def mark(project: Project, ref: str, status: Status | str, *, dry_run: bool = False) -> EditResult:
    """Set the status of the task ``ref`` names (one character changes).

    Args:
        project: The project whose todo file is edited.
        ref: An index path (``2.1``), a task id, or a fragment of one task's text.
        status: A :class:`Status` or its name or marker character (``"!"`` is kept as written).
        dry_run: Compute the change and the task without writing the file.

    Returns:
        The change and the task as it is after the edit.

    Raises:
        TaskNotFoundError: ``ref`` names no single task, or there is no todo file.
        UsageError: ``status`` is unknown.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
        >>> _ = add(project, "Ship it")
        >>> mark(project, "Ship", "in_progress").task.marker
        '/'
    """
    wanted = Status.parse(status)
    # A marker character is written as given ("[!]" stays "[!]", not "[?]").
    marker = status if isinstance(status, str) and len(status) == 1 else wanted.marker

    def operation(doc: Document | None) -> tuple[str, Item]:
        """Set the marker; a task that already has it is left alone, so the file is not written."""
        current = require_document(doc, project)
        task = resolve(current, ref)
        if task.status == wanted and (wanted != Status.OTHER or task.marker == marker):
            return current.render(), task
        new = apply_edits(current, [status_edit(current, task, marker)])
        return new.render(), new.items[task.number]

    change, task = modify(
        project.todo, operation, lock_timeout=project.config.lock_timeout, dry_run=dry_run
    )
    return EditResult(change, task)


def done(project: Project, ref: str, *, check: bool = False, dry_run: bool = False) -> EditResult:
    """Mark a task done (``todokit done``); with ``check``, only after the project's checks pass.

    One character of the file changes. Formerly ``complete``, which stays as an alias.

    Args:
        project: The project whose todo file is edited.
        ref: An index path (``2.1``), a task id, or a fragment of one task's text.
        check: Run the project's completion checks first and refuse when one fails.
        dry_run: Compute the change and the task without writing the file.

    Returns:
        The change and the task as it is after the edit.

    Raises:
        TaskNotFoundError: ``ref`` names no single task, or there is no todo file.
        ChecksFailedError: ``check`` was given and a check failed (nothing changed).
        LockTimeoutError: Another process held the lock too long.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
        >>> _ = add(project, "Ship it")
        >>> done(project, "1", dry_run=True).task.marker
        'x'
    """
    if check:
        from todokit.checks.run import run_checks  # noqa: PLC0415 - only --check needs it

        report = run_checks(project.root, project.config.checks)
        if not report.passed:
            raise ChecksFailedError(report.summary())
    return mark(project, ref, Status.DONE, dry_run=dry_run)


complete = done
"""The former name of :func:`done`, the same function; kept for existing callers."""


def reopen(project: Project, ref: str, *, dry_run: bool = False) -> EditResult:
    """Mark a task open again (``todokit reopen``): one character changes.

    Args:
        project: The project whose todo file is edited.
        ref: An index path (``2.1``), a task id, or a fragment of one task's text.
        dry_run: Compute the change and the task without writing the file.

    Returns:
        The change and the task as it is after the edit.

    Raises:
        TaskNotFoundError: ``ref`` names no single task, or there is no todo file.
        LockTimeoutError: Another process held the lock too long.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
        >>> _ = add(project, "Ship it", status="done")
        >>> reopen(project, "1").task.status.value
        'open'
    """
    return mark(project, ref, Status.OPEN, dry_run=dry_run)


def remove(project: Project, ref: str, *, dry_run: bool = False) -> EditResult:
    """Remove a task with its subtree (``todokit remove``).

    The only edit that deletes; ``start`` never does.

    Args:
        project: The project whose todo file is edited.
        ref: An index path (``2.1``), a task id, or a fragment of one task's text.
        dry_run: Compute the change and the task without writing the file.

    Returns:
        The change and the task as it was before the removal.

    Raises:
        TaskNotFoundError: ``ref`` names no single task, or there is no todo file.
        InvalidInputError: Taking its lines out would change what the lines after it mean.
        LockTimeoutError: Another process held the lock too long.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
        >>> _ = add(project, "Keep this"), add(project, "Drop this")
        >>> remove(project, "Drop").task.text, project.todo.path.read_text(encoding="utf-8")
        ('Drop this', '- [ ] Keep this\\n')
    """

    def operation(doc: Document | None) -> tuple[str, Item]:
        """Take the task and its subtree out of the current list; return the task as it was."""
        current = require_document(doc, project)
        task = resolve(current, ref)
        removal = removal_edit(current, task.start, task.end)
        return apply_removals(current, [removal]).render(), task

    change, task = modify(
        project.todo, operation, lock_timeout=project.config.lock_timeout, dry_run=dry_run
    )
    return EditResult(change, task)
