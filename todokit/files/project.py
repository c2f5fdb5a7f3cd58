"""Finding a project's root and its todo file.

The root is the nearest directory holding ``.claude/`` or ``.git`` (see
:mod:`~todokit.files.roots`); the todo file is ``<root>/.claude/todo.md`` (an
existing ``TODO.md`` or ``Todo.md`` is used as it is).

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

import errno
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from todokit.errors import InvalidInputError, shorten
from todokit.files.archives import Archive, list_archives
from todokit.files.reading import describe_os_error
from todokit.files.roots import CLAUDE_DIR, find_root, working_directory

if TYPE_CHECKING:
    from collections.abc import Mapping
    from datetime import date

__all__ = [
    "CLAUDE_DIR",
    "LOCK_SUFFIX",
    "STATE_NAME",
    "TODO_NAME",
    "TodoFile",
    "find_root",
    "working_directory",
]

TODO_NAME = "todo.md"
LOCK_SUFFIX = ".lock"
STATE_NAME = "todokit-state.json"
"""The hook state file beside the todo file (see :mod:`todokit.hooks.state`)."""


def _pick_todo_name(claude_dir: Path) -> str:
    """Return the name of the existing todo file in ``claude_dir``, else ``todo.md``."""
    try:
        with os.scandir(claude_dir) as entries:
            names = [
                entry.name
                for entry in entries
                if entry.name.lower() == TODO_NAME
                and (entry.is_symlink() or entry.is_file(follow_symlinks=False))
            ]
    except FileNotFoundError:
        return TODO_NAME
    except OSError as exc:
        shown = shorten(str(claude_dir))
        if exc.errno == errno.ELOOP:
            raise InvalidInputError(
                f"{shown} is a symlink loop (a symlink that leads back to itself); "
                "todokit needs it to be a directory"
            ) from exc
        raise InvalidInputError(f"cannot list {shown}: {describe_os_error(exc)}") from exc
    if TODO_NAME in names or not names:
        return TODO_NAME
    return sorted(names)[0]


@dataclass(frozen=True, slots=True)
class TodoFile:
    """The todo file of one project, which may not exist yet.

    Attributes:
        path: The todo file; its directory also holds its archives and lock.
        root: The project root, which no symlink may lead a write out of;
            None when unknown (it is then found from the path's name, see
            :func:`~todokit.files.confine.project_of`).
        max_size: The most bytes to read of it; None for the project's
            ``max_file_size`` setting.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> root = Path(tempfile.mkdtemp())
        >>> todo = TodoFile(root / ".claude" / "todo.md", root=root)
        >>> (todo.exists(), todo.lock_path.name, todo.claude_dir.name)
        (False, 'todo.md.lock', '.claude')
    """

    path: Path
    root: Path | None = None
    max_size: int | None = None

    @property
    def claude_dir(self) -> Path:
        """The directory of the todo file, normally ``<root>/.claude``."""
        return self.path.parent

    @property
    def lock_path(self) -> Path:
        """The sidecar lock file, e.g. ``.claude/todo.md.lock``."""
        return self.path.with_name(self.path.name + LOCK_SUFFIX)

    @property
    def state_path(self) -> Path:
        """The hooks' state file, ``.claude/todokit-state.json``."""
        return self.claude_dir / STATE_NAME

    def exists(self) -> bool:
        """Return whether the todo file exists as a regular file (through any symlink)."""
        try:
            return self.path.is_file()
        except OSError:  # a name too long, a directory on the way that may not be searched
            return False

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
            InvalidInputError: The working directory is gone, the root is
                missing or not a directory, ``.claude`` is not a directory or
                is a symlink loop, the todo path is a directory, or a path
                on the way cannot be examined (permissions, a name too long).

        Examples:
            >>> import tempfile
            >>> from pathlib import Path
            >>> folder = Path(tempfile.mkdtemp()).resolve()
            >>> TodoFile.locate(folder, file=Path("notes.md")).path == folder / "notes.md"
            True
        """
        base = working_directory(start)
        try:
            return cls._locate(base, root, file, environ)
        except InvalidInputError:
            raise
        except OSError as exc:
            shown = shorten(str(exc.filename or base))
            raise InvalidInputError(
                f"cannot look for the todo file: {shown}: {describe_os_error(exc)}"
            ) from exc

    @classmethod
    def _locate(
        cls, base: Path, root: Path | None, file: Path | None, environ: Mapping[str, str] | None
    ) -> TodoFile:
        """Do the work of :meth:`locate` from the resolved directory ``base``."""
        if file is not None:
            # Resolve the directory but keep the name, so a symlinked todo
            # file keeps its archives and lock beside the link.
            path = (base / file).parent.resolve() / (base / file).name
            project = (base / root).resolve() if root else find_root(path.parent, None, environ)
        else:
            project = find_root(base, root, environ)
            if not project.is_dir():
                reason = "is not a directory" if project.exists() else "does not exist"
                raise InvalidInputError(f"project root {shorten(str(project))} {reason}")
            claude_dir = project / CLAUDE_DIR
            if claude_dir.exists() and not claude_dir.is_dir():
                raise InvalidInputError(
                    f"{shorten(str(claude_dir))} is a file; todokit needs it to be a directory"
                )
            path = claude_dir / _pick_todo_name(claude_dir)
        if path.is_dir():
            raise InvalidInputError(f"todo file {shorten(str(path))} is a directory, not a file")
        return cls(path, project)
