"""The project a command works on: its root, its todo file and its settings.

:class:`Project` is what the CLI, the hooks and tooling share: it finds the
todo file the same way everywhere and loads the configuration once.

Examples:
    >>> import tempfile
    >>> from pathlib import Path
    >>> root = Path(tempfile.mkdtemp()).resolve()
    >>> project = Project.open(root=root, environ={})
    >>> project.todo.path == root / ".claude" / "todo.md"
    True
    >>> shown(project.todo.path, project)
    '.claude/todo.md'
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, overload

from todokit.files.project import TodoFile
from todokit.files.roots import working_directory

if TYPE_CHECKING:
    from todokit.files.config import Config


class Project:
    """A project root with its todo file and configuration.

    Attributes:
        root: The project root (where configuration is read and checks run).
        todo: The project's todo file.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> root = Path(tempfile.mkdtemp())
        >>> project = Project(root, TodoFile(root / ".claude" / "todo.md"))
        >>> project.todo.root == root, project.config.lock_timeout
        (True, 10.0)
    """

    __slots__ = ("_config", "root", "todo")

    def __init__(self, root: Path, todo: TodoFile, config: Config | None = None) -> None:
        """Create a project; ``config`` is read from ``root`` on first use when not given.

        The todo file is confined to ``root`` (no write through a symlink that
        leads out of it) and, when ``config`` is given, read up to its
        ``max_file_size``.
        """
        self.root = root
        if todo.root != root or (config is not None and todo.max_size != config.max_file_size):
            size = config.max_file_size if config is not None else todo.max_size
            todo = replace(todo, root=root, max_size=size)
        self.todo = todo
        self._config = config

    def __repr__(self) -> str:
        """Return a short description."""
        return f"Project(root={self.root!r}, todo={self.todo.path!r})"

    @property
    def config(self) -> Config:
        """The project's settings (defaults when it has none), read once on first use.

        Raises:
            ConfigError: The configuration file is invalid.
        """
        if self._config is None:
            from todokit.files.config import load_config  # noqa: PLC0415 - tomllib only when needed

            self._config = load_config(self.root)
        return self._config

    @classmethod
    def open(
        cls,
        start: Path | None = None,
        *,
        root: Path | None = None,
        file: Path | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> Project:
        """Find the project around ``start`` and load its settings.

        Args:
            start: Where to begin searching (default: the working directory).
            root: An explicit project root (else ``$TODOKIT_ROOT``, else the
                nearest directory with ``.claude/`` or ``.git``).
            file: The todo file itself; the root is then searched from its directory.
            environ: The environment to read (default: ``os.environ``).

        Returns:
            The project, its todo file found but not read, its settings not read yet.

        Raises:
            InvalidInputError: The working directory is gone, or the root or
                todo path is unusable.
            ConfigError: The configuration is invalid.
        """
        base = working_directory(start)
        env = os.environ if environ is None else environ
        todo = TodoFile.locate(base, root=root, file=file, environ=env)
        return cls(todo.root or todo.path.parent.parent, todo)


@overload
def shown(path: Path, project: Project) -> str: ...
@overload
def shown(path: None, project: Project) -> None: ...
def shown(path: Path | None, project: Project) -> str | None:
    """Return ``path`` as messages show it: relative to the project root when inside it.

    The CLI's messages and the hooks' context name files this way.

    Args:
        path: A file's path, or ``None``.
        project: The project whose root paths are shown from.

    Returns:
        The path relative to the root; a path outside it whole; ``None`` for ``None``.

    Examples:
        >>> from pathlib import Path
        >>> project = Project(Path("/p"), TodoFile(Path("/p/.claude/todo.md")))
        >>> shown(Path("/p/.claude/todo.md"), project), shown(Path("/tmp/x.md"), project)
        ('.claude/todo.md', '/tmp/x.md')
    """
    if path is None:
        return None
    try:
        return str(path.relative_to(project.root))
    except ValueError:
        return str(path)
