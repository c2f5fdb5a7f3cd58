"""Finding a project's root and its todo file.

The root is the nearest directory holding ``.claude/`` or ``.git``; the todo
file is ``<root>/.claude/todo.md`` (an existing ``TODO.md`` or ``Todo.md`` is
used as it is). The user-wide ``~/.claude`` of Claude Code marks no project,
so it is skipped while searching upwards.

Examples:
    >>> import tempfile
    >>> from pathlib import Path
    >>> root = Path(tempfile.mkdtemp()).resolve()
    >>> (root / ".claude").mkdir()
    >>> todo = TodoFile.locate(root / ".claude", environ={})
    >>> todo.path == root / ".claude" / "todo.md", todo.lock_path.name
    (True, 'todo.md.lock')
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from todokit._record import record
from todokit.errors import InvalidInputError
from todokit.files.archives import Archive, list_archives

if TYPE_CHECKING:
    from collections.abc import Mapping
    from datetime import date

ROOT_VARIABLE = "TODOKIT_ROOT"
CLAUDE_DIR = ".claude"
TODO_NAME = "todo.md"
LOCK_SUFFIX = ".lock"


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


def _pick_todo_name(claude_dir: Path) -> str:
    """Return the name of the existing todo file in ``claude_dir``, else ``todo.md``."""
    try:
        with os.scandir(claude_dir) as entries:
            names = [
                entry.name
                for entry in entries
                if entry.name.lower() == TODO_NAME and (entry.is_file() or entry.is_symlink())
            ]
    except FileNotFoundError:
        return TODO_NAME
    except OSError as exc:
        raise InvalidInputError(f"cannot list {claude_dir}: {exc.strerror}") from exc
    if TODO_NAME in names or not names:
        return TODO_NAME
    return sorted(names)[0]


@record
class TodoFile:
    """The todo file of one project, which may not exist yet.

    Attributes:
        path: The todo file; its directory also holds its archives and lock.
    """

    path: Path

    @property
    def claude_dir(self) -> Path:
        """The directory of the todo file, normally ``<root>/.claude``."""
        return self.path.parent

    @property
    def lock_path(self) -> Path:
        """The sidecar lock file, e.g. ``.claude/todo.md.lock``."""
        return self.path.with_name(self.path.name + LOCK_SUFFIX)

    def exists(self) -> bool:
        """Return whether the todo file exists (through any symlink)."""
        return self.path.is_file()

    def archives(self, since: date | None = None, until: date | None = None) -> list[Archive]:
        """Return this file's archives, oldest first (see :func:`list_archives`).

        Args:
            since: If given, leave out archives of earlier days.
            until: If given, leave out archives of later days.

        Returns:
            The archives in the todo file's directory.
        """
        return list_archives(self.claude_dir, since, until)

    @classmethod
    def locate(
        cls,
        start: Path | None = None,
        *,
        root: Path | None = None,
        file: Path | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> TodoFile:
        """Find the todo file of the project around ``start``.

        Args:
            start: Where to begin (default: the working directory).
            root: An explicit project root (see :func:`find_root`).
            file: The todo file itself, overriding the search; a relative
                path is taken from ``start``.
            environ: The environment to read; ``os.environ`` when ``None``.

        Returns:
            The todo file: an existing ``todo.md`` in ``<root>/.claude``
            matched case-insensitively (exact ``todo.md`` preferred), else
            the path of a new ``todo.md`` (nothing is created).

        Raises:
            InvalidInputError: The root is missing or not a directory,
                ``.claude`` is not a directory, or the todo path is a directory.

        Examples:
            >>> import tempfile
            >>> from pathlib import Path
            >>> folder = Path(tempfile.mkdtemp()).resolve()
            >>> TodoFile.locate(folder, file=Path("notes.md")).path == folder / "notes.md"
            True
        """
        base = (start if start is not None else Path.cwd()).resolve()
        if file is not None:
            # Resolve the directory but keep the name, so a symlinked todo
            # file keeps its archives and lock beside the link.
            path = (base / file).parent.resolve() / (base / file).name
        else:
            project = find_root(base, root, environ)
            if not project.is_dir():
                reason = "is not a directory" if project.exists() else "does not exist"
                raise InvalidInputError(f"project root {project} {reason}")
            claude_dir = project / CLAUDE_DIR
            if claude_dir.exists() and not claude_dir.is_dir():
                raise InvalidInputError(
                    f"{claude_dir} is a file; todokit needs it to be a directory"
                )
            path = claude_dir / _pick_todo_name(claude_dir)
        if path.is_dir():
            raise InvalidInputError(f"todo file {path} is a directory, not a file")
        return cls(path)
