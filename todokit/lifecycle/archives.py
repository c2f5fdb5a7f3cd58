"""The archive side of the lifecycle: rotate only, list history, prune."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from todokit.document import parse
from todokit.document.codec import decode
from todokit.errors import UsageError
from todokit.files.archives import Archive
from todokit.files.archives import prune as prune_directory
from todokit.files.dates import parse_day, parse_span
from todokit.files.lock import hold_lock
from todokit.files.project import TodoFile
from todokit.files.reading import file_kind, not_regular, read_bytes_checked, unreadable
from todokit.files.rotation import rotate as rotate_file
from todokit.lifecycle.project import Project
from todokit.lifecycle.reading import size_limit
from todokit.lifecycle.starting import next_archive
from todokit.lifecycle.transaction import clean_leftovers, prepare_directory


@dataclass(frozen=True, slots=True)
class ArchiveInfo:
    """One archive with its task counts.

    Attributes:
        day: The day in its name.
        sequence: 1 for ``todo-<day>.old``, N for ``todo-<day>.N.old``.
        path: Its path.
        size: Its size in bytes.
        open: Its unfinished tasks.
        done: Its finished (done or cancelled) tasks.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
        >>> _ = project.todo.claude_dir.mkdir()
        >>> _ = project.todo.path.write_text("- [ ] a\\n- [x] b\\n- [-] c\\n")
        >>> _ = rotate(project, today="2026-11-24")
        >>> info = history(project)[0]
        >>> info.path.name, info.sequence, info.size, info.open, info.done
        ('todo-2026-11-24.old', 1, 24, 1, 2)
    """

    day: date
    sequence: int
    path: Path
    size: int
    open: int
    done: int


def rotate(
    project: Project, *, today: str | date | None = None, dry_run: bool = False
) -> Path | None:
    """Archive the todo file and nothing else (``todokit rotate``; no new file is written).

    The archive is ``.claude/todo-<day>.old`` (``.N.old`` when that day has
    one), a byte-identical copy that never replaces an earlier one. Formerly
    ``rotate_todo``, which stays as an alias.

    Args:
        project: The project whose todo file is archived.
        today: The archive's day (default: today, or ``$TODOKIT_TODAY``).
        dry_run: Name the archive it would make, write nothing.

    Returns:
        The archive's path (the one it would take, in a dry run), or None
        when there is no todo file.

    Raises:
        LockTimeoutError: Another process holds the lock.
        NotRegularFileError: The todo file is a FIFO, a device or a socket.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
        >>> _ = project.todo.claude_dir.mkdir()
        >>> _ = project.todo.path.write_text("- [ ] a\\n")
        >>> rotate(project, today="2026-11-24").name, project.todo.path.exists()
        ('todo-2026-11-24.old', False)
        >>> rotate(project) is None
        True
    """
    day = parse_day(today)
    todo = project.todo
    if dry_run:
        return next_archive(todo.claude_dir, day) if _to_rotate(todo) else None
    prepare_directory(todo)
    with hold_lock(todo.lock_path, project.config.lock_timeout):
        clean_leftovers(todo)
        if not _to_rotate(todo):
            return None
        archived = rotate_file(todo.path, todo.claude_dir, day)
        if project.config.keep is not None:
            prune_directory(todo.claude_dir, keep=project.config.keep, today=day)
        return archived


def _to_rotate(todo: TodoFile) -> bool:
    """Whether there is a todo file to rotate; a FIFO, a device or a socket there is an error.

    Without this, anything but a regular file read as "nothing to rotate", exit 0.
    """
    try:
        mode = todo.path.stat().st_mode
    except FileNotFoundError:  # no file, or a link to nothing
        return False
    except OSError as exc:  # a symlink loop, a directory that may not be searched
        raise unreadable(todo.path, exc) from exc
    kind = file_kind(mode)
    if kind is not None:
        raise not_regular(todo.path, kind)
    return True


def history(
    project: Project, since: str | date | None = None, until: str | date | None = None
) -> list[ArchiveInfo]:
    """List the archives of the project's todo file, oldest first, with task counts.

    ``todokit history``. Only names todokit itself makes
    (``todo-YYYY-MM-DD[.N].old``) are listed.

    Args:
        project: The project whose archives are listed.
        since: The first day to list (a date or its text, e.g. ``2026-11-01``).
        until: The last day to list, included (default: no limit).

    Returns:
        One entry per archive: its day, sequence, path, size and task counts.

    Raises:
        UsageError: ``since`` or ``until`` is not a date.

    Complexity: reads and scans every listed archive once.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
        >>> _ = project.todo.claude_dir.mkdir()
        >>> for day in ("2026-11-01", "2026-11-20"):
        ...     _ = project.todo.path.write_text("- [ ] a\\n")
        ...     _ = rotate(project, today=day)
        >>> [a.day.isoformat() for a in history(project, since="2026-11-10")]
        ['2026-11-20']
    """
    first = parse_day(since) if since is not None else None
    last = parse_day(until) if until is not None else None
    infos = []
    for archive in project.todo.archives(first, last):
        data = read_bytes_checked(archive.path, size_limit(project.todo), setting="max_file_size")
        tasks = parse(decode(data)).tasks
        done = sum(1 for task in tasks if task.status is not None and task.status.finished)
        infos.append(
            ArchiveInfo(
                archive.day, archive.sequence, archive.path, archive.size, len(tasks) - done, done
            )
        )
    return infos


def prune(
    project: Project,
    *,
    keep: int | None = None,
    older_than: str | None = None,
    today: str | date | None = None,
    dry_run: bool = False,
) -> list[Archive]:
    """Remove old archives: all but the newest ``keep``, or those older than a span.

    Args:
        project: The project whose archives are pruned.
        keep: How many of the newest archives to keep.
        older_than: A span such as ``30d``, ``6w``, ``3m`` or ``1y``.
        today: The day spans count back from.
        dry_run: Return the archives it would remove, removing none.

    Returns:
        The archives removed (or that would be).

    Raises:
        UsageError: Neither or both of ``keep`` and ``older_than``, or a bad span.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
        >>> _ = project.todo.claude_dir.mkdir()
        >>> for day in ("2026-10-01", "2026-11-20"):
        ...     _ = project.todo.path.write_text("- [ ] a\\n")
        ...     _ = rotate(project, today=day)
        >>> [a.path.name for a in prune(project, older_than="30d", today="2026-11-24")]
        ['todo-2026-10-01.old']
    """
    if (keep is None) == (older_than is None):
        raise UsageError("give exactly one of --keep N or --older-than SPAN")
    if keep is not None and keep < 0:
        raise UsageError("--keep must be 0 or more")
    span = parse_span(older_than) if older_than is not None else None
    day = parse_day(today)
    todo = project.todo
    if dry_run or not todo.claude_dir.is_dir():
        return prune_directory(todo.claude_dir, keep=keep, older_than=span, today=day, dry_run=True)
    with hold_lock(todo.lock_path, project.config.lock_timeout):
        return prune_directory(todo.claude_dir, keep=keep, older_than=span, today=day)


rotate_todo = rotate
"""The former name of :func:`rotate`, the same function; kept for existing callers."""

prune_archives = prune
"""The former name of :func:`prune`, the same function; kept for existing callers."""
