r"""Installing todokit's hooks into an agent's settings file, and taking them out again.

The file is edited in place (:mod:`todokit.agent.jsonedit`): what install does
not change keeps its bytes, and the file is written atomically, only when its
content changes. Install adds one handler per event of the agent
(:mod:`todokit.agent.agents`), once, and an existing one keeps a larger
``timeout`` of its own; uninstall removes only what install adds.

Examples:
    >>> import tempfile
    >>> from pathlib import Path
    >>> settings = Path(tempfile.mkdtemp()) / ".claude" / "settings.json"
    >>> install_hooks(settings), install_hooks(settings)
    (True, False)
    >>> uninstall_hooks(settings), settings.read_text()
    (True, '{}\n')
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from todokit.agent._hookgroups import (
    DEFAULT_COMMAND,
    add_handler,
    change,
    hooks_of,
    load,
    new_group,
    plan_uninstall,
)
from todokit.agent.agents import CLAUDE_TASK_TOOLS, Agent, agent_named
from todokit.agent.filechange import FileChange

__all__ = [
    "DEFAULT_COMMAND",
    "DEFAULT_TIMEOUT",
    "HOOK_EVENTS",
    "TASK_TOOLS_MATCHER",
    "hooks_object",
    "install_hooks",
    "plan_install",
    "plan_uninstall",
    "stop_handler_timeout",
    "uninstall_hooks",
]

DEFAULT_TIMEOUT = 10
"""Seconds an agent lets each todokit handler run (the Stop handler: see below)."""

TASK_TOOLS_MATCHER = CLAUDE_TASK_TOOLS
"""Claude Code's PostToolUse matcher: the agent task tools whose calls todokit mirrors."""

HOOK_EVENTS = agent_named("claude").events
"""The Claude Code events todokit handles, each with its matcher (``None``: every occurrence)."""


def stop_handler_timeout(timeout: int) -> int:
    """Return the seconds the Stop handler may run when no checks are known to size it.

    ``todokit install`` knows the project's checks and passes the time they
    need (:func:`todokit.agent.stop_timeout.needed_stop_timeout`); the plugin
    passes a timeout of its own. ``timeout`` is the other handlers' timeout.

    Examples:
        >>> stop_handler_timeout(10)
        10
    """
    return timeout


def hooks_object(
    agent: str = "claude",
    *,
    command: str = DEFAULT_COMMAND,
    timeout: int = DEFAULT_TIMEOUT,
    stop_timeout: int | None = None,
) -> dict[str, Any]:
    """Return the ``"hooks"`` object todokit installs, as a new settings file gets it.

    Args:
        agent: ``claude``, ``codex`` or ``gemini``.
        command: The command line each handler runs.
        timeout: Seconds each handler may run.
        stop_timeout: Seconds the Stop handler may run (default:
            :func:`stop_handler_timeout`).

    Returns:
        ``{event: [group]}`` for every event of the agent.

    Raises:
        UsageError: ``agent`` is not a known agent.

    Examples:
        >>> hooks_object("codex")["PostToolUse"][0]["matcher"]
        'update_plan'
    """
    spec = agent_named(agent)
    hooks: dict[str, Any] = {}
    for event, matcher in spec.events:
        seconds = _seconds(spec, event, timeout, stop_timeout)
        hooks[event] = [new_group(spec, matcher, command, seconds)]
    return hooks


def plan_install(
    settings_path: Path,
    *,
    agent: str = "claude",
    command: str = DEFAULT_COMMAND,
    timeout: int = DEFAULT_TIMEOUT,
    stop_timeout: int | None = None,
) -> FileChange:
    """Work out the settings file with todokit's handlers added, without writing it.

    Args:
        settings_path: E.g. ``.claude/settings.json``; a missing file (and
            missing directories) will be created.
        agent: ``claude``, ``codex`` or ``gemini``.
        command: The command line each handler runs.
        timeout: Seconds each handler may run.
        stop_timeout: Seconds the Stop handler may run (default:
            :func:`stop_handler_timeout`).

    Returns:
        The change; :meth:`~todokit.agent.filechange.FileChange.apply`
        writes it.

    Raises:
        InvalidInputError: The file is not a JSON object (as
            :class:`~todokit.agent.jsonedit.JsonDocument` reads it), its
            ``"hooks"`` or an event's entry has the wrong type, or it cannot be read.
        UsageError: ``agent`` is not a known agent.

    Examples:
        >>> import tempfile
        >>> change = plan_install(Path(tempfile.mkdtemp()) / ".claude" / "settings.json")
        >>> change.action, change.path.exists()
        ('create', False)
    """
    spec = agent_named(agent)
    before, doc = load(settings_path, spec)
    hooks = hooks_of(doc.value, settings_path)
    if hooks is None:
        hooks = doc.value["hooks"] = {}
    for event, matcher in spec.events:
        wanted = _seconds(spec, event, timeout, stop_timeout)
        add_handler(hooks, event, new_group(spec, matcher, command, wanted), settings_path)
    return change(settings_path, before, doc)


def install_hooks(
    settings_path: Path,
    *,
    command: str = DEFAULT_COMMAND,
    timeout: int = DEFAULT_TIMEOUT,
    agent: str = "claude",
    stop_timeout: int | None = None,
    dry_run: bool = False,
) -> bool:
    """Add todokit's hook handlers to an agent's settings file (see :func:`plan_install`).

    Args:
        settings_path: The settings file (see :func:`plan_install`).
        command: The command line each handler runs.
        timeout: Seconds each handler may run.
        agent: ``claude``, ``codex`` or ``gemini``.
        stop_timeout: Seconds the Stop handler may run.
        dry_run: Write nothing; only say whether the file would change.

    Returns:
        Whether the file changed (would change, in a dry run).

    Raises:
        InvalidInputError: As :func:`plan_install`, or the file cannot be
            written; the file is then left as it was.
        UsageError: ``agent`` is not a known agent.

    Examples:
        >>> import json, tempfile
        >>> path = Path(tempfile.mkdtemp()) / "settings.json"
        >>> install_hooks(path, timeout=5)
        True
        >>> json.loads(path.read_text())["hooks"]["Stop"]
        [{'hooks': [{'type': 'command', 'command': 'todokit hook', 'timeout': 5}]}]
    """
    change = plan_install(
        settings_path, agent=agent, command=command, timeout=timeout, stop_timeout=stop_timeout
    )
    return change.changed if dry_run else change.apply()


def uninstall_hooks(
    settings_path: Path,
    *,
    command: str = DEFAULT_COMMAND,
    agent: str = "claude",
    dry_run: bool = False,
) -> bool:
    """Remove todokit's hook handlers from an agent's settings file (see :func:`plan_uninstall`).

    Args:
        settings_path: The settings file; a missing file stays missing.
        command: The command line todokit's handlers run.
        agent: ``claude``, ``codex`` or ``gemini``.
        dry_run: Write nothing; only say whether the file would change.

    Returns:
        Whether the file changed (would change, in a dry run).

    Raises:
        InvalidInputError: As :func:`plan_uninstall`, or the file cannot be
            written.
        UsageError: ``agent`` is not a known agent.

    Examples:
        >>> import tempfile
        >>> uninstall_hooks(Path(tempfile.mkdtemp()) / "settings.json")
        False
    """
    change = plan_uninstall(settings_path, agent=agent, command=command)
    return change.changed if dry_run else change.apply()


def _seconds(agent: Agent, event: str, timeout: int, stop_timeout: int | None) -> int:
    """Return an event's handler timeout in the agent's unit."""
    if event == agent.stop_event:
        timeout = stop_handler_timeout(timeout) if stop_timeout is None else stop_timeout
    return agent.timeout(timeout)
