"""Starting a new task: rotate the old list, carry its unfinished work, arrange it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from todokit.arrange.arrangement import Arrangement, ScopeOptions, arrange
from todokit.arrange.homes import Homes, home_of
from todokit.document import Document, Item, parse
from todokit.document.codec import encode
from todokit.errors import TodokitError
from todokit.files.archives import archive_name, list_archives, prune
from todokit.files.dates import parse_day
from todokit.files.lock import hold_lock
from todokit.files.project import TodoFile
from todokit.files.rotation import rotate
from todokit.files.text import valid_text
from todokit.lifecycle.memory_file import load_homes, save_homes
from todokit.lifecycle.new_list import carried_text, fresh_text
from todokit.lifecycle.project import Project
from todokit.lifecycle.reading import read_todo_text
from todokit.lifecycle.transaction import (
    Change,
    clean_leftovers,
    prepare_directory,
    write_text,
)
from todokit.prompt import task_summary


@dataclass(frozen=True, slots=True)
class StartResult:
    """The outcome of :func:`start`.

    Attributes:
        change: The new todo file's text (``before`` is the archived text).
        archived: The archive the old list went to, None when there was none.
        created: Whether the list was made from the template (no old list).
        carried: How many unfinished tasks came over from the old list.
        arrangement: Scores and scope of every task for the task at hand.

    Examples:
        >>> import tempfile
        >>> from todokit.lifecycle import add
        >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
        >>> _ = add(project, "Fix login"), add(project, "Dark mode")
        >>> _ = add(project, "Old", status="done")
        >>> result = start(project, "login", today="2026-11-24", dry_run=True)
        >>> result.carried, [t.text for t in result.in_scope], [t.text for t in result.out_of_scope]
        (2, ['Fix login'], ['Dark mode'])
    """

    change: Change
    archived: Path | None
    created: bool
    carried: int
    arrangement: Arrangement = field(default_factory=Arrangement)

    @property
    def document(self) -> Document:
        """The new list (the arranged document itself when a task arranged it)."""
        arranged = self.arrangement.document
        return arranged if arranged is not None else parse(self.change.after)

    @property
    def in_scope(self) -> tuple[Item, ...]:
        """Unfinished tasks of the new list that are in scope."""
        return self.arrangement.in_scope

    @property
    def out_of_scope(self) -> tuple[Item, ...]:
        """Tasks parked as out of scope."""
        return self.arrangement.out_of_scope


def next_archive(claude_dir: Path, day: date) -> Path:
    """Return the archive name a rotation on ``day`` would take now."""
    taken = [archive.sequence for archive in list_archives(claude_dir, since=day, until=day)]
    return claude_dir / archive_name(day, max(taken, default=0) + 1)


def start(
    project: Project,
    task: str | None = None,
    *,
    today: str | date | None = None,
    options: ScopeOptions | None = None,
    dry_run: bool = False,
    before_writing: Callable[[StartResult], None] | None = None,
) -> StartResult:
    """Start work on ``task``: rotate the todo file, carry and arrange its open work.

    All under one lock: (1) an existing todo file is archived byte-identically
    as ``todo-<day>.old`` (``.2.old`` … on the same day); (2) the new file gets a
    header naming the task (its one-line summary), the day and the archive,
    then the unfinished items (see :mod:`todokit.arrange.carry`), parked ones
    back home first; (3) with a task, items are sorted and unrelated ones
    parked as out of scope; (4) archives beyond the ``keep`` setting are
    pruned, never the one just made. Without an old file, a new one is made
    from the template. Everything that can fail on content, and
    ``before_writing``, runs before the first file changes.

    Args:
        project: The project whose todo file is rotated and replaced.
        task: The task at hand (a prompt or a line), or None.
        today: The day that names the archive (default: today's local date).
        options: How to score and scope (defaults from the configuration).
        dry_run: Compute everything, change nothing.
        before_writing: Called with the result under the lock, before any file
            changes (a hook records its session there); if it raises, nothing changes.

    Returns:
        What was (or would be) done.

    Raises:
        UsageError: ``today`` is not a date.
        LockTimeoutError: Another process holds the lock.
        InvalidInputError: The old file is unreadable or not UTF-8 (nothing changes).

    Examples:
        >>> import tempfile
        >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
        >>> first = start(project, "Fix login", today="2026-11-24")
        >>> (first.created, first.archived)
        (True, None)
        >>> start(project, "Write docs", today="2026-11-24").archived.name
        'todo-2026-11-24.old'
    """
    day = parse_day(today)
    todo = project.todo
    scope = options or ScopeOptions.from_config(project.config)
    if dry_run:
        old = read_todo_text(todo)
        planned = next_archive(todo.claude_dir, day) if old is not None else None
        return _compose(project, task, day, old, planned, scope=scope, written=False)
    prepare_directory(todo)
    with hold_lock(todo.lock_path, project.config.lock_timeout):
        clean_leftovers(todo)
        old = read_todo_text(todo)
        planned = next_archive(todo.claude_dir, day) if old is not None else None
        result = _compose(project, task, day, old, planned, scope=scope, written=True)
        # What cannot be written fails now, not after a rotation.
        encode(valid_text(result.change.after))
        if before_writing is not None:
            before_writing(result)
        memory = load_homes(todo)
        save_homes(todo, result.arrangement.homes)
        made = None
        try:
            if old is not None:
                made = rotate(todo.path, todo.claude_dir, day, remove_source=False)
                if made != planned:  # another program took the name: name the real archive
                    result = _compose(project, task, day, old, made, scope=scope, written=True)
            write_text(todo, result.change.after)
        except BaseException:
            _undo(todo, made, memory)
            raise
        if project.config.keep is not None and result.archived is not None:
            prune(todo.claude_dir, keep=project.config.keep, today=day, protect={result.archived})
    return result


def _undo(todo: TodoFile, archived: Path | None, memory: Homes | None) -> None:
    """Take back what a failed start did: the list is unchanged, so its copy and memory go back."""
    if archived is not None:
        archived.unlink(missing_ok=True)
    with contextlib.suppress(TodokitError):
        save_homes(todo, memory)


def _compose(
    project: Project,
    task: str | None,
    day: date,
    old: str | None,
    archived: Path | None,
    *,
    scope: ScopeOptions,
    written: bool,
) -> StartResult:
    """Build what :func:`start` writes from the text ``old`` (None: no list yet), without writing.

    ``archived`` is the archive ``old`` goes to; ``written`` only labels the change.
    """
    todo = project.todo
    summary = task_summary(task) if task else None
    if old is None:
        text, carried = fresh_text(project, summary, day), 0
    else:
        name = archived.name if archived else ""
        text, carried = _carried(project, parse(old), summary, day, name)
    arrangement = Arrangement()
    if task:
        text, arrangement = arrange(parse(text), task, scope, sort=True)
    change = Change(todo.path, old, text, written=written)
    return StartResult(change, archived, old is None, carried, arrangement)


def _carried(
    project: Project, old: Document, summary: str | None, day: date, archive: str
) -> tuple[str, int]:
    """The new list's text from ``old`` and how many tasks it carried; ``old`` is freed after."""
    home = home_of(old, load_homes(project.todo))
    return carried_text(home, summary, day, archive, project.config.template)
