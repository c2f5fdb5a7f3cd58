"""The temp files a killed writer leaves behind, and their cleanup.

An atomic write (see :mod:`todokit.files.atomic`) fills a temp file named
``.<target>.<8 random characters>.tmp`` beside its target before renaming it
over the target. A writer killed before the rename leaves that file behind.
:func:`remove_stale_temp_files` recognises such leftovers by their exact name
pattern and deletes them; it is called with the target's lock held, so no
live writer's temp file is taken.

Examples:
    >>> bool(temp_name_pattern("todo.md").fullmatch(".todo.md.k2x_9a0q.tmp"))
    True
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
from pathlib import Path

from todokit.errors import InvalidInputError, shorten
from todokit.files.reading import describe_os_error

TEMP_SUFFIX = ".tmp"
# The random part of a temp file's name (see todokit.files.temp); matching it
# exactly keeps cleanup from touching files that merely look similar.
_RANDOM_PART = r"[a-z0-9_]{8}"


def temp_name_pattern(*target_names: str, sidecars: bool = False) -> re.Pattern[str]:
    """Return the pattern, for full matches, of temp files made for ``target_names``.

    Args:
        target_names: File names (no directory) of written files.
        sidecars: Also match the temp files of files named after a target
            and a further suffix (``todo.md.parked.json`` for ``todo.md``).

    Returns:
        A compiled pattern; use ``fullmatch`` on bare file names.

    Examples:
        >>> bool(temp_name_pattern("todo.md").fullmatch(".todo.md.k2x_9a0q.tmp"))
        True
        >>> bool(temp_name_pattern("todo.md").fullmatch(".todo.md.k2x_9a0q.tmp.bak"))
        False
        >>> pattern = temp_name_pattern("todo.md", sidecars=True)
        >>> bool(pattern.fullmatch(".todo.md.parked.json.k2x_9a0q.tmp"))
        True
    """
    names = "|".join(re.escape(name) for name in target_names)
    extra = r"(?:[^/]+\.)?" if sidecars else ""
    return re.compile(rf"\.(?:{names})\.{extra}{_RANDOM_PART}{re.escape(TEMP_SUFFIX)}")


def remove_stale_temp_files(
    directory: Path, *target_names: str, sidecars: bool = False
) -> list[Path]:
    """Delete temp files a killed writer left for ``target_names``.

    Only regular files whose names fully match :func:`temp_name_pattern` are
    removed. Call it while holding the file's lock, so no live writer's temp
    file is taken. O(entries in ``directory``).

    Args:
        directory: The directory holding the target (its real directory when
            the target is reached through a symlink).
        target_names: The targets' file names, e.g. ``"todo.md"``.
        sidecars: Also remove those of files named after a target with a
            further suffix (see :func:`temp_name_pattern`).

    Returns:
        The removed paths, sorted.

    Raises:
        InvalidInputError: The directory cannot be listed or a leftover
            cannot be removed.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> folder = Path(tempfile.mkdtemp())
        >>> _ = (folder / ".todo.md.abcd1234.tmp").write_bytes(b"half")
        >>> [p.name for p in remove_stale_temp_files(folder, "todo.md")]
        ['.todo.md.abcd1234.tmp']
    """
    pattern = temp_name_pattern(*target_names, sidecars=sidecars)
    removed: list[Path] = []
    try:
        with os.scandir(directory) as entries:
            for entry in entries:
                if pattern.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                    leftover = Path(entry.path)
                    with contextlib.suppress(FileNotFoundError):
                        leftover.unlink()
                        removed.append(leftover)
    except FileNotFoundError:
        return []
    except OSError as exc:
        if exc.errno == errno.ENOTDIR:
            return []
        reason = describe_os_error(exc)
        shown = shorten(str(directory))
        raise InvalidInputError(f"cannot clean temp files in {shown}: {reason}") from exc
    return sorted(removed)


__all__ = ["TEMP_SUFFIX", "remove_stale_temp_files", "temp_name_pattern"]
