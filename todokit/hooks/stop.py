"""The Stop hook: keep the agent working while the project's checks fail.

Opt-in with ``stop_gate = true``. When a check fails the answer blocks the
stop with the failing checks' names and the tail of their output; otherwise
nothing is printed. Claude Code itself ends a turn after eight blocks in a row.

Examples:
    >>> from pathlib import Path
    >>> from todokit.agent.events import HookEvent
    >>> from todokit.files.config import Config
    >>> from todokit.files.project import TodoFile
    >>> project = Project(Path("."), TodoFile(Path(".claude/todo.md")), Config())
    >>> stop_answer(project, HookEvent(event_name="Stop"))
    ''
"""

from __future__ import annotations

from todokit.agent.events import HookEvent
from todokit.lifecycle.project import Project


def stop_answer(project: Project, event: HookEvent) -> str:
    """Return the Stop hook's stdout: a block decision, or '' to let the agent stop."""
    config = project.config
    if not config.stop_gate or not config.checks or event.agent_id:
        return ""
    from todokit.agent.checks import run_checks  # noqa: PLC0415 - only the gate runs checks
    from todokit.agent.output import stop_block  # noqa: PLC0415

    report = run_checks(project.root, config.checks)
    if report.passed:
        return ""
    names = ", ".join(result.name for result in report.failed)
    return stop_block(f"Completion checks failed: {names}.\n{report.details()}")
