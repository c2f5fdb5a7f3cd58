"""Which project a hook event belongs to, and how long the hook waits for its lock.

The project is found from, in order: an explicit root (``todokit hook --root``
or ``$TODOKIT_ROOT``); ``$CLAUDE_PROJECT_DIR``, which Claude Code sets to the
session's root and which stays there; the event's ``cwd``, which follows the
agent's ``cd`` and is used only when the variable is not set; the working
directory. From there the usual search runs upwards for ``.claude/`` or
``.git``. When it finds neither, there is no project, and the hook says so
instead of creating a ``.claude/`` directory in a place that is no project.

A hook waits at most :data:`HOOK_LOCK_TIMEOUT` seconds for the todo file's
lock, well inside the 10 seconds its handler is given, and then gives up with
a message (exit 1, which never blocks the agent). ``todokit hook
--lock-timeout`` sets another wait.

Examples:
    >>> import tempfile
    >>> from todokit.agent.events import HookEvent
    >>> top = Path(tempfile.mkdtemp()).resolve()
    >>> (top / ".git").mkdir()
    >>> (top / "src").mkdir()
    >>> event = HookEvent(event_name="SessionStart", cwd=str(top / "src"))
    >>> hook_project(event, {"CLAUDE_PROJECT_DIR": str(top)}).root == top
    True
    >>> hook_project(event, {}).config.lock_timeout
    3.0
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from todokit.errors import InvalidInputError, TodokitError
from todokit.lifecycle.project import Project

if TYPE_CHECKING:
    from todokit.agent.events import HookEvent
    from todokit.files.config import Config

HOOK_LOCK_TIMEOUT = 3.0
"""Seconds a hook waits for the todo file's lock unless told otherwise."""

PROJECT_VARIABLE = "CLAUDE_PROJECT_DIR"


@dataclass(frozen=True, slots=True)
class HookOptions:
    """The options of ``todokit hook``.

    Attributes:
        root: An explicit project root (``--root``).
        file: An explicit todo file (``--file``).
        lock_timeout: An explicit lock wait in seconds (``--lock-timeout``).
        quiet: Print no context (``-q``); the Stop gate's decision is still printed.
    """

    root: str | None = None
    file: str | None = None
    lock_timeout: float | None = None
    quiet: bool = False


class NoProjectError(TodokitError):
    """The hook ran in a directory that belongs to no project (exit 1, never blocking)."""


class HookProject(Project):
    """A project whose lock wait is capped for hooks (see :data:`HOOK_LOCK_TIMEOUT`)."""

    __slots__ = ("_lock_wait",)

    def __init__(self, project: Project, lock_wait: float | None) -> None:
        """Wrap ``project``; ``lock_wait`` is an explicit wait, ``None`` for the cap."""
        super().__init__(project.root, project.todo)
        self._lock_wait = lock_wait

    @property
    def config(self) -> Config:
        """The project's settings, with the hook's lock wait."""
        config = super().config
        wait = self._lock_wait
        if wait is None:
            configured = config.lock_timeout
            wait = HOOK_LOCK_TIMEOUT if configured < 0 else min(configured, HOOK_LOCK_TIMEOUT)
        if config.lock_timeout != wait:
            config = self._config = replace(config, lock_timeout=wait)
        return config


def hook_project(
    event: HookEvent, environ: Mapping[str, str], options: HookOptions | None = None
) -> Project:
    """Return the project a hook event works on, its lock wait capped for hooks.

    The event's ``cwd`` is used when ``CLAUDE_PROJECT_DIR`` is not set;
    ``options`` carry ``--root``, ``--file`` and ``--lock-timeout``.

    Raises:
        NoProjectError: No ``.claude/`` or ``.git`` at or above the directory,
            and no explicit root: nothing is written.
        InvalidInputError: A path holds a NUL character, or the root is unusable.
    """
    options = options or HookOptions()
    root, file = options.root, options.file
    start = environ.get(PROJECT_VARIABLE) or event.cwd or "."
    for name, value in (("--root", root), ("--file", file), ("the project directory", start)):
        if value is not None and "\0" in value:
            raise InvalidInputError(f"{name} contains a NUL character")
    explicit = root is not None or file is not None or bool(environ.get("TODOKIT_ROOT"))
    project = Project.open(
        Path(start),
        root=Path(root) if root is not None else None,
        file=Path(file) if file is not None else None,
        environ=environ,
    )
    if not explicit and not _is_project(project.root):
        raise NoProjectError(
            f"{project.root} is in no project (no .claude/ or .git here or above); "
            "nothing was written. Run `mkdir .claude` there to keep a task list."
        )
    return HookProject(project, options.lock_timeout)


def _is_project(root: Path) -> bool:
    """Whether ``root`` holds a ``.claude`` directory or a ``.git`` directory or file."""
    return (root / ".claude").is_dir() or (root / ".git").exists()
