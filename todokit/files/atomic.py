"""Crash-safe file writes.

A todo file is never rewritten in place: the new bytes go to a temporary file
in the same directory, which is flushed, synced and then renamed over the
target with :func:`os.replace`. A reader therefore sees either the old or the
new content, never a torn mix, even when the writer is killed midway. A killed
writer may leave its temporary file behind, which
:func:`~todokit.files.leftovers.remove_stale_temp_files` recognises and deletes.

Examples:
    >>> import tempfile
    >>> from pathlib import Path
    >>> target = Path(tempfile.mkdtemp()) / "todo.md"
    >>> atomic_write_bytes(target, b"- [ ] first")
    >>> target.read_bytes()
    b'- [ ] first'
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from todokit.errors import InvalidInputError, shorten
from todokit.files.confine import confine
from todokit.files.leftovers import TEMP_SUFFIX, remove_stale_temp_files, temp_name_pattern
from todokit.files.ownership import owner_for_new_file
from todokit.files.reading import describe_os_error
from todokit.files.temp import open_temp_file


def _default_file_mode() -> int:
    """Return the mode a newly created file gets: ``0o666`` less the umask.

    The umask is read from ``/proc/self/status`` where available, because
    setting and restoring it with :func:`os.umask` races with other threads.
    """
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return 0o666 & ~int(line.split()[1], 8)
    # Without /proc (macOS, BSD): set and restore it, the only portable way.
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def fsync_directory(directory: Path) -> None:
    """Flush a directory's entries to disk so a rename or link survives a crash.

    Best effort: file systems that cannot sync a directory are skipped, since
    the data itself is already in place.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> fsync_directory(Path(tempfile.mkdtemp()))
    """
    try:
        fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def _cannot_write(path: Path, exc: OSError) -> InvalidInputError:
    """Build the one-line error for a failed write of ``path``."""
    return InvalidInputError(f"cannot write {shorten(str(path))}: {describe_os_error(exc)}")


def atomic_write_bytes(path: Path, data: bytes, *, root: Path | None = None) -> None:
    """Replace a file's content atomically and durably.

    Symlinks are followed as far as the project root: a symlinked todo file
    whose target lies inside the project is written through to that target
    and the link stays a link; one whose target lies outside is refused (see
    :func:`~todokit.files.confine.confine`). The original file's mode (and,
    where permitted, owner) is kept; a new file gets ``0o666`` less the umask,
    and when the superuser creates it, the owner of its directory.
    Cost: one temp file, two ``fsync`` calls and a rename, O(len(data)).

    Args:
        path: The file to write; its directory must exist.
        data: The complete new content.
        root: The project root a symlink may not lead out of (found from the
            path when None).

    Raises:
        OutsideProjectError: A symlink leads the path out of the project.
        InvalidInputError: The file or its directory cannot be written (the
            temp file is removed first; nothing else changes).

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> target = Path(tempfile.mkdtemp()) / "todo.md"
        >>> atomic_write_bytes(target, b"old")
        >>> atomic_write_bytes(target, b"new")
        >>> target.read_bytes()
        b'new'
    """
    real = confine(path, root, "write")
    try:
        original = real.stat()
    except FileNotFoundError:
        mode, owner = _default_file_mode(), owner_for_new_file(real.parent)
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    else:
        if not stat.S_ISREG(original.st_mode):
            kind = (
                "a directory, not a file"
                if stat.S_ISDIR(original.st_mode)
                else "not a regular file"
            )
            raise InvalidInputError(f"cannot write {shorten(str(path))}: it is {kind}")
        mode, owner = original.st_mode & 0o7777, (original.st_uid, original.st_gid)
    try:
        fd, temp = open_temp_file(real.parent, f".{real.name}.", TEMP_SUFFIX)
    except FileNotFoundError as exc:
        folder = shorten(str(real.parent))
        raise InvalidInputError(
            f"cannot write {shorten(str(path))}: {folder} does not exist"
        ) from exc
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    try:
        _fill_and_replace(fd, temp, real, data, mode=mode, owner=owner)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        if isinstance(exc, OSError) and not isinstance(exc, InvalidInputError):
            raise _cannot_write(path, exc) from exc
        raise
    fsync_directory(real.parent)


def _fill_and_replace(
    fd: int, temp: Path, real: Path, data: bytes, *, mode: int, owner: tuple[int, int] | None
) -> None:
    """Write ``data`` to the open temp file, sync it and rename it over ``real``."""
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        if owner is not None and owner != (os.geteuid(), os.getegid()):
            # Only a privileged writer may give the file back to its owner;
            # anyone else keeps their own ownership, as any editor would.
            with contextlib.suppress(PermissionError):
                os.fchown(handle.fileno(), *owner)
        # After the chown, which may clear set-id bits.
        os.fchmod(handle.fileno(), mode)
        os.fsync(handle.fileno())
    temp.replace(real)


__all__ = [
    "TEMP_SUFFIX",
    "atomic_write_bytes",
    "fsync_directory",
    "remove_stale_temp_files",
    "temp_name_pattern",
]
