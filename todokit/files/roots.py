"""Where work happens: the working directory and the project root above it.

The root is the nearest directory holding ``.claude/`` or ``.git``. The
user-wide ``~/.claude`` of Claude Code marks no project, so it is skipped
while searching upwards.

Examples:
    >>> import tempfile
    >>> from pathlib import Path
    >>> top = Path(tempfile.mkdtemp()).resolve()
    >>> (top / ".claude").mkdir()
    >>> find_root(top / "no" / "such" / "dir", environ={}) == top
    True
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from todokit.errors import InvalidInputError
from todokit.files.reading import describe_os_error

if TYPE_CHECKING:
    from collections.abc import Mapping

ROOT_VARIABLE = "TODOKIT_ROOT"
CLAUDE_DIR = ".claude"


def _is_marker(directory: Path, home: Path | None, start: Path) -> bool:
    """Return whether ``directory`` is a project root."""
    git = directory / ".git"
    if git.is_dir() or git.is_file():  # a file in linked worktrees and submodules
        return True
    # ~/.claude is Claude Code's user-wide settings, not a project: it marks a
    # root only when the search starts in the home directory itself.
    return (directory / CLAUDE_DIR).is_dir() and (directory != home or directory == start)


def find_root(
    start: Path, root: Path | None = None, environ: Mapping[str, str] | None = None
) -> Path:
    """Return the project root for work started at ``start``.

    In order: ``root`` if given; else ``$TODOKIT_ROOT`` (relative values are
    taken from ``start``); else the nearest directory at or above ``start``
    holding a ``.claude`` directory or a ``.git`` directory or file (the home
    directory's ``.claude`` counts only when ``start`` is home); else
    ``start``. Reads no file; O(depth of ``start``).

    Args:
        start: Where the search begins, usually the working directory.
        root: An explicit root that overrides everything else (a relative
            one is taken from ``start``).
        environ: The environment to read; ``os.environ`` when ``None``.

    Returns:
        An absolute, resolved directory path (not checked to exist).

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> top = Path(tempfile.mkdtemp()).resolve()
        >>> (top / ".git").mkdir()
        >>> (top / "src" / "pkg").mkdir(parents=True)
        >>> find_root(top / "src" / "pkg", environ={}) == top
        True
    """
    env = os.environ if environ is None else environ
    start = start.resolve()
    if root is not None:
        return (start / root).resolve()
    if env.get(ROOT_VARIABLE):
        return (start / env[ROOT_VARIABLE]).resolve()
    home = Path(env["HOME"]).resolve() if env.get("HOME") else None
    for directory in (start, *start.parents):
        if _is_marker(directory, home, start):
            return directory
    return start


def working_directory(start: Path | None = None) -> Path:
    """Return ``start`` made absolute and resolved (default: the working directory).

    Args:
        start: A directory; a relative one is taken from the working directory.

    Returns:
        The directory, absolute, with its symlinks resolved.

    Raises:
        InvalidInputError: The working directory was deleted, or may not be
            read, so neither it nor a relative ``start`` can be used.

    Examples:
        >>> working_directory().is_absolute()
        True
    """
    try:
        return (
            start if start is not None and start.is_absolute() else Path.cwd() / (start or "")
        ).resolve()
    except OSError as exc:
        reason = describe_os_error(exc)
        if isinstance(exc, FileNotFoundError):
            reason = "it no longer exists (deleted while in use?)"
        raise InvalidInputError(
            f"cannot use the working directory: {reason}; change to the project's directory "
            "or give --root"
        ) from exc


__all__ = ["CLAUDE_DIR", "ROOT_VARIABLE", "find_root", "working_directory"]
