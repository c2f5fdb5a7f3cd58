"""The Stop hook: keep the agent working while the project's checks fail.

Opt-in with ``stop_gate = true``. When a check fails the answer blocks the
stop with the failing checks' names and the tail of their output; otherwise
nothing is printed.

The gate fails closed. Claude Code kills a hook at its handler's timeout and
ignores what it would have said, so the hook gives its checks a budget a little
below that timeout (:mod:`todokit.agent.stop_timeout`). Checks still running
when the budget ends are stopped, and the stop is blocked with "checks did not
finish in N s" and how to raise the timeout: never silence.

``stop_hook_active`` is true when the agent goes on because a Stop hook
blocked its last stop. When the same checks fail again, the reason says so and
counts the blocks in a row (Claude Code itself ends a turn after eight).

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

from collections.abc import Mapping
from typing import TYPE_CHECKING

from todokit.agent.events import HookEvent
from todokit.errors import TodokitError
from todokit.lifecycle.project import Project

if TYPE_CHECKING:
    from todokit.checks.report import CheckReport


def stop_answer(
    project: Project, event: HookEvent, environ: Mapping[str, str] | None = None
) -> str:
    """Return the Stop hook's stdout: a block decision, or '' to let the agent stop.

    The decision is ``{"decision": "block", "reason": …}`` as JSON. ``environ``
    locates the settings files (``HOME``, ``CLAUDE_PLUGIN_ROOT``); ``None``
    looks in none.
    """
    config = project.config
    if not config.stop_gate or not config.checks or event.agent_id:
        return ""
    from todokit.agent.output import stop_block  # noqa: PLC0415
    from todokit.agent.stop_timeout import (  # noqa: PLC0415
        hook_budget,
        installed_stop_timeout,
        needed_stop_timeout,
    )
    from todokit.checks.run import run_checks  # noqa: PLC0415 - only the gate runs checks

    installed = installed_stop_timeout(project.root, environ or {})
    timeout = installed[0] if installed is not None else float(needed_stop_timeout(config))
    budget = hook_budget(timeout)
    report = run_checks(project.root, config.checks, budget=budget)
    blocks = _remember(project, event, [result.name for result in report.failed])
    if report.passed:
        return ""
    needed = needed_stop_timeout(config)
    return stop_block(_reason(report, budget, timeout, needed, blocks))


def _reason(report: CheckReport, budget: float, timeout: float, needed: int, blocks: int) -> str:
    """The block's reason: what did not finish, what failed, and whether it repeats."""
    parts = []
    failing = [result.name for result in report.failed]
    if blocks > 1:
        parts.append(f"The same checks still fail, {blocks} stops in a row: {', '.join(failing)}.")
    if report.unfinished:
        names = ", ".join(result.name for result in report.unfinished)
        advice = (
            f"run `todokit install` to raise it to {needed} s, or make the checks faster"
            if needed > timeout
            else "make the checks faster"
        )
        parts.append(
            f"Completion checks did not finish in {budget:.0f} s: {names}. "
            f"The Stop hook's timeout is {timeout:g} s; {advice}."
        )
    finished = [result.name for result in report.failed if result.unfinished is None]
    if finished:
        parts.append(f"Completion checks failed: {', '.join(finished)}.")
    return "\n".join(parts) + "\n" + report.details()


def _remember(project: Project, event: HookEvent, failed: list[str]) -> int:
    """Record this stop's failing checks; return how many blocks in a row they caused.

    The count goes on only while ``stop_hook_active`` says the last stop was
    blocked, and only for the same failing checks. When the state cannot be
    locked in time, the count is 1: the gate itself never depends on it.
    """
    session = event.session_id
    if not session:
        return 1
    from todokit.files.lock import hold_lock  # noqa: PLC0415 - lazy
    from todokit.hooks.state import HookState  # noqa: PLC0415
    from todokit.lifecycle.transaction import prepare_directory  # noqa: PLC0415

    todo = project.todo
    try:
        if not failed and not HookState.load(todo.claude_dir).stops.get(session):
            return 0  # nothing failed, nothing to forget: no write
        prepare_directory(todo)
        with hold_lock(todo.lock_path, project.config.lock_timeout):
            state = HookState.load(todo.claude_dir)
            before = state.stops.pop(session, None)
            blocks = 0
            if failed:
                same = event.stop_hook_active and before is not None and before["failed"] == failed
                blocks = before["blocks"] + 1 if same and before is not None else 1
                state.stops[session] = {"failed": failed, "blocks": blocks}
            state.save(todo.claude_dir)
    except TodokitError:
        return 1
    return blocks
