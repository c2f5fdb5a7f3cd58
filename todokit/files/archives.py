"""Names, listing and retention of todo archives.

An archive is a byte-identical copy of a todo file taken at rotation, named
``todo-YYYY-MM-DD.old`` after its day (``.2.old``, ``.3.old``… for later ones
that day). Only names that fully match this pattern are ever listed or
deleted, so no other file in the directory, the todo file included, is touched.
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from todokit.errors import InvalidInputError, UsageError, shorten
from todokit.files.confine import confine
from todokit.files.reading import describe_os_error

if TYPE_CHECKING:
    from dateutil.relativedelta import relativedelta

ARCHIVE_STEM = "todo"
ARCHIVE_SUFFIX = ".old"
# Sequence 1 has no number; later ones start at 2 and have no leading zero,
# so each (day, sequence) has exactly one spelling.
_ARCHIVE_NAME = re.compile(
    r"todo-([0-9]{4})-([0-9]{2})-([0-9]{2})(?:\.([2-9]|[1-9][0-9]+))?\.old", re.ASCII
)


@dataclass(frozen=True, slots=True)
class Archive:
    """One archive file.

    Attributes:
        day: The day of the rotation that made it.
        sequence: 1 for the day's first rotation, then 2, 3, …
        path: Where the archive is.
        size: Its size in bytes.

    Examples:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> _ = (folder / "todo-2026-11-24.2.old").write_text("- [ ] a\\n")
        >>> [(a.day, a.sequence, a.size) for a in list_archives(folder)]
        [(datetime.date(2026, 11, 24), 2, 8)]
    """

    day: date
    sequence: int
    path: Path
    size: int


def archive_name(day: date, sequence: int = 1) -> str:
    """Return the file name of the ``sequence``-th archive of ``day``.

    Args:
        day: The rotation day (a :class:`~datetime.datetime` counts as its date).
        sequence: Which archive of that day, counting from 1 (the second gets ``.2.old``).

    Returns:
        A bare file name such as ``todo-2026-11-24.old``.

    Raises:
        UsageError: ``sequence`` is below 1 or ``day`` is not a date.

    Examples:
        >>> archive_name(date(2026, 11, 24)), archive_name(date(2026, 11, 24), 2)
        ('todo-2026-11-24.old', 'todo-2026-11-24.2.old')
    """
    if not isinstance(day, date):
        raise UsageError(f"archive day must be a date, got {day!r}")
    if isinstance(sequence, bool) or not isinstance(sequence, int) or sequence < 1:
        raise UsageError(f"archive sequence must be an integer >= 1, got {sequence!r}")
    # Rebuilt from its fields so a datetime never adds a time to the name.
    iso = date(day.year, day.month, day.day).isoformat()
    number = "" if sequence == 1 else f".{sequence}"
    return f"{ARCHIVE_STEM}-{iso}{number}{ARCHIVE_SUFFIX}"


def parse_archive_name(name: str) -> tuple[date, int] | None:
    """Return ``(day, sequence)`` for a name todokit makes, else ``None``.

    Args:
        name: A bare file name.

    Returns:
        The day and sequence, or ``None`` for any other name (including
        impossible dates such as ``todo-2026-02-30.old``).

    Examples:
        >>> parse_archive_name("todo-2026-11-24.old")
        (datetime.date(2026, 11, 24), 1)
        >>> parse_archive_name("TODO-2026-11-24.old") is None
        True
    """
    match = _ARCHIVE_NAME.fullmatch(name)
    if match is None:
        return None
    year, month, day, sequence = match.groups()
    try:
        parsed = date(int(year), int(month), int(day))
    except ValueError:
        return None
    return parsed, int(sequence) if sequence else 1


def _failed(action: str, path: Path, exc: OSError) -> InvalidInputError:
    """Build the one-line error for a failed operation on ``path``."""
    return InvalidInputError(f"cannot {action} {shorten(str(path))}: {describe_os_error(exc)}")


def list_archives(
    archive_dir: Path, since: date | None = None, until: date | None = None
) -> list[Archive]:
    """List the archives in a directory, oldest first.

    Only regular files whose names fully match the archive pattern count;
    symlinks and every other name are ignored. O(entries in the directory).

    Args:
        archive_dir: The directory to scan; a missing one holds no archives.
        since: If given, leave out archives of earlier days.
        until: If given, leave out archives of later days.

    Returns:
        The archives sorted by ``(day, sequence)``.

    Raises:
        InvalidInputError: The directory exists but cannot be listed.

    Examples:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> _ = (folder / "todo-2026-11-24.old").write_bytes(b"- [ ] a")
        >>> _ = (folder / "notes-2026-11-24.old").write_bytes(b"kept")
        >>> [(a.path.name, a.size) for a in list_archives(folder)]
        [('todo-2026-11-24.old', 7)]
    """
    found: list[Archive] = []
    try:
        with os.scandir(archive_dir) as entries:
            for entry in entries:
                parsed = parse_archive_name(entry.name)
                if parsed is None or not entry.is_file(follow_symlinks=False):
                    continue
                day, sequence = parsed
                if (since is not None and day < since) or (until is not None and day > until):
                    continue
                try:
                    size = entry.stat(follow_symlinks=False).st_size
                except FileNotFoundError:  # removed meanwhile by a concurrent prune
                    continue
                found.append(Archive(day, sequence, Path(entry.path), size))
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as exc:
        raise _failed("list archives in", archive_dir, exc) from exc
    return sorted(found, key=lambda archive: (archive.day, archive.sequence))


def _cutoff(today: date, older_than: relativedelta) -> date:
    """Return ``today - older_than``, or the earliest date if that underflows."""
    try:
        cutoff: date = today - older_than
    except (OverflowError, ValueError):
        return date.min
    return cutoff


def prune(
    archive_dir: Path,
    *,
    keep: int | None = None,
    older_than: relativedelta | None = None,
    today: date,
    dry_run: bool = False,
    protect: Collection[Path] = (),
    root: Path | None = None,
) -> list[Archive]:
    """Delete old archives, or with ``dry_run`` only report which would go.

    Give exactly one rule: ``keep`` keeps the newest ``keep`` archives and
    removes the rest; ``older_than`` removes archives whose day is before
    ``today - older_than``. Only archive names are ever removed, and nothing
    in an archive directory that a symlink leads out of the project.

    Args:
        archive_dir: The directory holding the archives.
        keep: How many of the newest archives to keep (0 removes all).
        older_than: A span such as :func:`~todokit.files.dates.parse_span` returns.
        today: The reference day for ``older_than``.
        dry_run: Report the archives that would go, and delete none.
        protect: Archives never removed, whatever the rule says (``start``
            protects the archive it just made).
        root: The project root no symlink may lead out of (found from the
            path when None).

    Returns:
        The archives removed (or that would be), oldest first.

    Raises:
        UsageError: Neither or both rules given, or ``keep`` is negative or
            not an integer.
        OutsideProjectError: A symlink leads the directory out of the project.
        InvalidInputError: An archive cannot be deleted.

    Examples:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> for name in ("todo-2026-11-01.old", "todo-2026-11-02.old"):
        ...     _ = (folder / name).write_bytes(b"")
        >>> [a.path.name for a in prune(folder, keep=1, today=date(2026, 11, 3))]
        ['todo-2026-11-01.old']
    """
    if (keep is None) == (older_than is None):
        raise UsageError("prune needs exactly one of keep or older_than")
    if keep is not None and (isinstance(keep, bool) or not isinstance(keep, int) or keep < 0):
        raise UsageError(f"keep must be a non-negative integer, got {keep!r}")
    archives = list_archives(archive_dir)
    if keep is not None:
        doomed = archives[: max(len(archives) - keep, 0)]
    else:
        cutoff = _cutoff(today, older_than)
        doomed = [archive for archive in archives if archive.day < cutoff]
    doomed = [archive for archive in doomed if archive.path not in set(protect)]
    if not dry_run and doomed:
        folder = confine(archive_dir, root, "delete archives in")
        for archive in doomed:
            try:
                (folder / archive.path.name).unlink(missing_ok=True)
            except OSError as exc:
                raise _failed("delete", archive.path, exc) from exc
    return doomed
