"""Checked reads of regular files, and the one-line reasons todokit gives for OS errors.

todokit reads only regular files, and never more than a size limit: a todo
file that is a symlink to ``/dev/zero``, a named pipe, a socket or a
directory is refused with one clear error instead of a hang or an unbounded
read. The file is opened without blocking (a FIFO without a writer would
otherwise block the open itself), checked with ``fstat`` on the open
descriptor, and read to at most one byte past the limit.

Examples:
    >>> describe_os_error(IsADirectoryError(21, "Is a directory"))
    'it is a directory, not a file'
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from typing import TYPE_CHECKING, BinaryIO

from todokit.errors import FileTooLargeError, InvalidInputError, NotRegularFileError, shorten

if TYPE_CHECKING:
    from pathlib import Path

MIB = 1024 * 1024
DEFAULT_MAX_FILE_SIZE = 64 * MIB
"""The default size limit of a todo file and its archives (``max_file_size``)."""
MIN_MAX_FILE_SIZE = 1 * MIB
"""The smallest ``max_file_size`` a configuration may set."""
SMALL_FILE_LIMIT = 4 * MIB
"""The size limit of the files todokit keeps small: configuration and hook state."""
_CHUNK = 1 * MIB
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)

_REASONS: tuple[tuple[type[OSError], str], ...] = (
    (IsADirectoryError, "it is a directory, not a file"),
    (NotADirectoryError, "a parent of it is not a directory"),
    (PermissionError, "permission denied"),
    (FileNotFoundError, "it does not exist"),
)
_ERRNO_REASONS = {
    errno.ELOOP: "it is a symlink loop (a symlink that leads back to itself)",
    errno.ENAMETOOLONG: "its name is too long",
}

Limit = int | Callable[[], int]
"""A size limit in bytes, or a function giving it (asked only for big files)."""


def describe_os_error(exc: OSError) -> str:
    """Return a short human reason for an OS error about one path.

    Args:
        exc: The error raised by a file operation.

    Returns:
        A lower-case phrase such as ``"permission denied"``, suitable after
        ``"cannot read <path>: "``.

    Examples:
        >>> describe_os_error(PermissionError(13, "Permission denied"))
        'permission denied'
        >>> describe_os_error(OSError(errno.ELOOP, "Too many levels of symbolic links"))
        'it is a symlink loop (a symlink that leads back to itself)'
    """
    for kind, reason in _REASONS:
        if isinstance(exc, kind):
            return reason
    if exc.errno in _ERRNO_REASONS:
        return _ERRNO_REASONS[exc.errno]
    return shorten(exc.strerror or str(exc)).lower()


def unreadable(path: Path, exc: OSError) -> InvalidInputError:
    """Return the one-line error for a failed read of ``path`` (the path cut when very long)."""
    return InvalidInputError(f"cannot read {shorten(str(path))}: {describe_os_error(exc)}")


def not_regular(path: Path, kind: str) -> NotRegularFileError:
    """Return the one-line error for reading ``path``, which is ``kind`` (see :func:`file_kind`)."""
    return NotRegularFileError(
        f"cannot read {shorten(str(path))}: it is {kind}, not a regular file"
    )


def file_kind(mode: int) -> str | None:
    """Return what a non-regular file is (``"a named pipe (FIFO)"`` …), or None for a regular one.

    Examples:
        >>> file_kind(stat.S_IFIFO), file_kind(stat.S_IFREG)
        ('a named pipe (FIFO)', None)
    """
    if stat.S_ISREG(mode):
        return None
    return next((kind for test, kind in _KINDS if test(mode)), "not a regular file")


def _open_regular(path: Path) -> tuple[int, int]:
    """Open ``path`` for reading without blocking; return the descriptor and the file's size."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        # A socket cannot be opened at all (ENXIO): name what it is instead.
        try:
            kind = file_kind(path.stat().st_mode)
        except OSError:
            kind = None
        if kind is not None:
            raise not_regular(path, kind) from exc
        raise unreadable(path, exc) from exc
    info = os.fstat(fd)
    kind = file_kind(info.st_mode)
    if kind is not None:
        os.close(fd)
        raise not_regular(path, kind)
    return fd, info.st_size


def _read_more(handle: BinaryIO, data: bytes, cap: int) -> bytes:
    """Read on, in chunks, until end of file or one byte past ``cap`` (the file grew)."""
    parts = [data]
    total = len(data)
    while total <= cap:
        chunk = handle.read(min(_CHUNK, cap + 1 - total))
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
    return b"".join(parts)


def _cap(limit: Limit, known: int) -> int:
    """Return the size limit for a file known to hold at least ``known`` bytes."""
    if isinstance(limit, int):
        return limit
    return MIN_MAX_FILE_SIZE if known <= MIN_MAX_FILE_SIZE else limit()


def _too_large(path: Path, cap: int, setting: str | None) -> FileTooLargeError:
    """Build the error for a file past its size limit."""
    advice = f" (raise {setting} in the todokit configuration)" if setting else ""
    return FileTooLargeError(
        f"cannot read {shorten(str(path))}: it is larger than the limit of {cap:,} bytes{advice}"
    )


def read_bytes_checked(
    path: Path, limit: Limit = DEFAULT_MAX_FILE_SIZE, *, setting: str | None = None
) -> bytes:
    """Read a whole regular file of at most ``limit`` bytes, or raise one clear error.

    Memory is bounded by the limit whatever the path is: a device, a FIFO, a
    socket or a directory is refused before anything is read, and a file that
    grows while it is read is read to one byte past the limit at most.
    Cost: one ``open``, one ``fstat`` and reads of the file's size.

    Args:
        path: The file to read (symlinks are followed).
        limit: The most bytes to read; or a function returning it, which is
            called only when the file is larger than :data:`MIN_MAX_FILE_SIZE`
            (so a small file never needs the configuration that sets it).
        setting: The configuration key that sets the limit, named in the error.

    Returns:
        The file's bytes, exactly as stored (no decoding).

    Raises:
        NotRegularFileError: The path is not a regular file.
        FileTooLargeError: The file is larger than the limit.
        InvalidInputError: The path is missing or unreadable, or the read
            failed for another OS reason.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> read_bytes_checked(Path(tempfile.mkdtemp()))  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        todokit.errors.NotRegularFileError: cannot read ...: it is a directory, not a regular file
    """
    fd, size = _open_regular(path)
    try:
        with os.fdopen(fd, "rb") as handle:
            cap = _cap(limit, size)
            if size > cap:
                raise _too_large(path, cap, setting)
            data = handle.read(size + 1)
            if len(data) > size:  # it grew since fstat (or, like /proc files, reports size 0)
                data = _read_more(handle, data, cap)
                if len(data) > cap and cap < (wider := _cap(limit, len(data))):
                    data, cap = _read_more(handle, data, wider), wider
    except OSError as exc:
        if isinstance(exc, InvalidInputError):
            raise
        raise unreadable(path, exc) from exc
    if len(data) > cap:
        raise _too_large(path, cap, setting)
    return data


def read_optional(
    path: Path, limit: Limit = SMALL_FILE_LIMIT, *, setting: str | None = None
) -> bytes | None:
    """Read a regular file like :func:`read_bytes_checked`, or return None when it does not exist.

    A dangling symlink counts as missing; every other problem is an error.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> read_optional(Path(tempfile.mkdtemp()) / "absent.json") is None
        True
    """
    try:
        return read_bytes_checked(path, limit, setting=setting)
    except InvalidInputError as exc:
        if isinstance(exc.__cause__, FileNotFoundError):
            return None
        raise
