"""Checked reads, and the one-line reasons todokit gives for OS errors.

Examples:
    >>> describe_os_error(IsADirectoryError(21, "Is a directory"))
    'it is a directory, not a file'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from todokit.errors import InvalidInputError

if TYPE_CHECKING:
    from pathlib import Path


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
    """
    if isinstance(exc, IsADirectoryError):
        return "it is a directory, not a file"
    if isinstance(exc, NotADirectoryError):
        return "a parent of it is not a directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, FileNotFoundError):
        return "it does not exist"
    return (exc.strerror or str(exc)).lower()


def read_bytes_checked(path: Path) -> bytes:
    """Read a whole file, turning OS errors into one clear :class:`InvalidInputError`.

    Args:
        path: The file to read.

    Returns:
        The file's bytes.

    Raises:
        InvalidInputError: The path is missing, a directory, unreadable, or the
            read failed for another OS reason.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> read_bytes_checked(Path(tempfile.mkdtemp()))  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        todokit.errors.InvalidInputError: cannot read ...: it is a directory, not a file
    """
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InvalidInputError(f"cannot read {path}: {describe_os_error(exc)}") from exc
