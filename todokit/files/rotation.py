"""Rotation: move a todo file aside as a dated, byte-identical archive.

The archive is created exclusively, never by renaming onto a name that may
exist: :func:`os.link` fails with :class:`FileExistsError` when another
rotation took the name first, and the next sequence number is tried. Only
when the archive exists is the todo file unlinked, so a crash at any point
loses nothing (at worst the content exists twice).

Examples:
    >>> import tempfile
    >>> from datetime import date
    >>> from pathlib import Path
    >>> folder = Path(tempfile.mkdtemp())
    >>> todo = folder / "todo.md"
    >>> _ = todo.write_bytes(b"- [ ] a")
    >>> rotate(todo, folder, date(2026, 11, 24)).name
    'todo-2026-11-24.old'
    >>> _ = todo.write_bytes(b"- [ ] b")
    >>> rotate(todo, folder, date(2026, 11, 24)).name
    'todo-2026-11-24.2.old'
"""

from __future__ import annotations

import errno
import os
from datetime import date
from typing import TYPE_CHECKING

from todokit.errors import InvalidInputError, shorten
from todokit.files.archives import archive_name, list_archives
from todokit.files.atomic import fsync_directory
from todokit.files.confine import confine
from todokit.files.reading import describe_os_error, file_kind

if TYPE_CHECKING:
    from pathlib import Path

# Errors meaning "this file system (or its policy) allows no hard link here";
# a plain copy still works in those cases.
_NO_HARD_LINK = frozenset({errno.EPERM, errno.EXDEV, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK})


def _fail(action: str, path: Path, exc: OSError) -> InvalidInputError:
    """Build the one-line error for a failed file operation."""
    return InvalidInputError(f"cannot {action} {shorten(str(path))}: {describe_os_error(exc)}")


def _copy_exclusive(source: Path, candidate: Path) -> None:
    """Copy ``source`` to a new file ``candidate`` with its mode and times.

    Raises:
        FileExistsError: ``candidate`` already exists (try the next name).
        OSError: The copy failed; the partial copy is removed.
    """
    import shutil  # noqa: PLC0415 - only this rare fallback needs it

    with candidate.open("xb") as target:
        try:
            with source.open("rb") as origin:
                shutil.copyfileobj(origin, target)
            target.flush()
            shutil.copystat(source, candidate)
            os.fsync(target.fileno())
        except BaseException:
            candidate.unlink(missing_ok=True)
            raise


def _archive_once(source: Path, candidate: Path) -> None:
    """Create ``candidate`` holding ``source``'s bytes, or raise FileExistsError."""
    try:
        candidate.hardlink_to(source)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINK:
            raise
        _copy_exclusive(source, candidate)


def rotate(
    todo_path: Path,
    archive_dir: Path,
    day: date,
    *,
    remove_source: bool = True,
    root: Path | None = None,
) -> Path:
    """Archive the todo file byte-identically and remove it.

    The archive keeps the file's mode and modification time. A symlinked todo
    file is archived from its real target, which is then removed; the link
    itself stays and the next atomic write recreates the target through it.
    A symlink (of the todo file or of the archive directory) that leads out
    of the project is refused before anything changes. Race-free against
    concurrent rotations into the same directory: each gets its own name.
    Cost: one directory scan plus a hard link (or a copy where hard links are
    unsupported).

    Args:
        todo_path: The todo file to rotate; it must exist.
        archive_dir: Where the archive goes (created if missing).
        day: The rotation day that names the archive.
        remove_source: Remove the todo file after archiving it. ``start``
            passes False and then atomically replaces the file with the new
            list, so there is never a moment without a todo file.
        root: The project root no symlink may lead out of (found from the
            paths when None).

    Returns:
        The path of the new archive, always directly inside ``archive_dir``.

    Raises:
        UsageError: ``day`` is not a date (raised before anything changes).
        OutsideProjectError: A symlink leads the todo file or the archive
            directory out of the project (raised before anything changes).
        InvalidInputError: The todo file is missing or not a regular file, or
            the archive cannot be created or the todo file not removed.

    Examples:
        >>> import tempfile
        >>> from datetime import date
        >>> from pathlib import Path
        >>> folder = Path(tempfile.mkdtemp())
        >>> _ = (folder / "TODO.md").write_bytes(b"x")
        >>> rotate(folder / "TODO.md", folder, date(2026, 1, 2)).name
        'todo-2026-01-02.old'
    """
    first_name = archive_name(day)  # validates day before anything changes
    day = date(day.year, day.month, day.day)
    source = confine(todo_path, root, "archive and remove")
    folder = confine(archive_dir, root, "create archives in")
    try:
        kind = file_kind(source.stat().st_mode)
    except OSError as exc:
        raise _fail("rotate", todo_path, exc) from exc
    if kind is not None:
        raise InvalidInputError(f"cannot rotate {shorten(str(todo_path))}: it is {kind}")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _fail("create archive directory", archive_dir, exc) from exc
    taken = [archive.sequence for archive in list_archives(folder, since=day, until=day)]
    sequence = max(taken, default=0) + 1
    candidate = folder / (first_name if sequence == 1 else archive_name(day, sequence))
    while True:
        try:
            _archive_once(source, candidate)
            break
        except FileExistsError:
            sequence += 1
            candidate = folder / archive_name(day, sequence)
        except OSError as exc:
            raise _fail("archive", todo_path, exc) from exc
    if not remove_source:
        fsync_directory(folder)
        return archive_dir / candidate.name
    try:
        source.unlink()
    except OSError as exc:
        # Undo the archive so the state is as before: one todo file, no copy.
        candidate.unlink(missing_ok=True)
        raise _fail("remove rotated file", todo_path, exc) from exc
    fsync_directory(folder)
    fsync_directory(source.parent)
    return archive_dir / candidate.name
