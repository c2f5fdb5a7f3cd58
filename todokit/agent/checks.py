r"""Running a project's completion checks (tests, linters, …) before the agent stops.

Each check is a shell command line from the project's configuration, run in
the project root with no standard input and with its stdout and stderr
captured together. All checks run, in order, even after one fails, so a
single report names every failure. A check that cannot start or that runs
past its timeout is a failed check, not an error. A timed-out check is
stopped together with every process it started.

Examples:
    >>> from types import SimpleNamespace
    >>> spec = SimpleNamespace(name="echo", run="echo ok", timeout=None)
    >>> report = run_checks(Path("."), [spec])
    >>> report.passed, report.results[0].output
    (True, 'ok\n')
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from todokit.agent.check_report import CheckReport, CheckResult

__all__ = ["CheckReport", "CheckResult", "run_checks"]

if TYPE_CHECKING:
    import subprocess

    from todokit.files.config import CheckSpec


def run_checks(
    root: Path,
    checks: Sequence[CheckSpec],
    *,
    on_start: Callable[[CheckSpec], None] | None = None,
    on_end: Callable[[CheckResult], None] | None = None,
) -> CheckReport:
    """Run every check in order and report on all of them.

    Args:
        root: The directory the commands run in (the project root).
        checks: The checks, each with ``name``, ``run`` (a shell command line)
            and ``timeout`` (seconds, or ``None`` for no limit).
        on_start: Called with each check just before it starts.
        on_end: Called with each result as soon as it is known.

    Returns:
        The report, one result per check.

    Examples:
        >>> from types import SimpleNamespace
        >>> specs = [SimpleNamespace(name="fails", run="exit 3", timeout=None),
        ...          SimpleNamespace(name="runs anyway", run="true", timeout=None)]
        >>> run_checks(Path("."), specs).summary()
        '1 of 2 checks failed: fails (exit 3)'
    """
    results = []
    for spec in checks:
        if on_start is not None:
            on_start(spec)
        result = _run_one(root, spec)
        if on_end is not None:
            on_end(result)
        results.append(result)
    return CheckReport(tuple(results))


def _run_one(root: Path, spec: CheckSpec) -> CheckResult:
    """Run one check and capture its result; never raises for the command's failures."""
    import subprocess  # noqa: PLC0415 - only the Stop gate and `todokit check` need it

    started = time.monotonic()
    try:
        # A new session makes the check the leader of its own process group,
        # so a timeout can stop the commands the shell started as well.
        process = subprocess.Popen(
            spec.run,
            shell=True,
            cwd=root,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
            start_new_session=True,
        )
    except (OSError, ValueError) as exc:
        output = f"could not start: {exc}"
        return CheckResult(spec.name, spec.run, None, output, 0.0, timed_out=False, passed=False)
    timed_out = False
    with process:  # closes the pipe and reaps the process on every path
        try:
            output, _ = process.communicate(timeout=spec.timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            _stop_group(process)
            output, _ = process.communicate()
        except BaseException:
            _stop_group(process)
            raise
    duration = time.monotonic() - started
    code = None if timed_out else process.returncode
    return CheckResult(
        spec.name, spec.run, code, output or "", duration, timed_out, passed=code == 0
    )


def _stop_group(process: subprocess.Popen[str]) -> None:
    """Kill a check's whole process group (the process alone where groups are absent)."""
    import signal  # noqa: PLC0415 - see _run_one

    killpg = getattr(os, "killpg", None)
    if killpg is None:  # pragma: no cover - platforms without process groups
        process.kill()
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        killpg(process.pid, signal.SIGKILL)
