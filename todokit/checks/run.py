r"""Running a project's completion checks (tests, linters, …) before the agent stops.

Each check is a shell command line from the project's configuration, run in
the project root with no standard input and with its stdout and stderr
captured together. All checks run, in order, even after one fails, so a
single report names every failure. A check that cannot start or that runs
past its timeout is a failed check, not an error.

A check's time limit holds whatever the command does. Each check runs under a
small supervisor process (:mod:`todokit.checks.supervisor`) that, on Linux,
adopts every process the check starts, even one that forks twice or calls
``setsid``:

* when the command exits, or runs past its timeout, everything it started and
  left running is killed;
* output is read until the command exits and then for half a second at most,
  so a daemon holding the output pipe open cannot stall the check;
* when todokit itself is killed (SIGKILL included), the check is killed too;
* only the last :data:`OUTPUT_CAP` bytes of output are kept.

Elsewhere the check runs in a process group of its own, and the group is
killed. A check without a ``timeout`` gets :data:`DEFAULT_TIMEOUT`.

Examples:
    >>> from types import SimpleNamespace
    >>> spec = SimpleNamespace(name="echo", run="echo ok", timeout=None)
    >>> report = run_checks(Path("."), [spec])
    >>> report.passed, report.results[0].output
    (True, 'ok\n')
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from todokit.checks.report import CheckReport, CheckResult

__all__ = [
    "DEFAULT_TIMEOUT",
    "OUTPUT_CAP",
    "CheckReport",
    "CheckResult",
    "check_limit",
    "run_checks",
]

if TYPE_CHECKING:
    from todokit.files.config import CheckSpec

DEFAULT_TIMEOUT = 300.0
"""Seconds a check without its own ``timeout`` may run."""

OUTPUT_CAP = 65536
"""Bytes of a check's output that are kept: the last ones, from a line boundary."""

# The supervisor runs without site-packages and ignores PYTHON* variables: it needs
# only the standard library and todokit.checks.supervisor, found beside this package.
_SUPERVISOR = (
    "import sys; sys.path.insert(0, sys.argv.pop(1)); "
    "from todokit.checks.supervisor.run import main; sys.exit(main(sys.argv[1:]))"
)
_PACKAGES = str(Path(__file__).resolve().parents[2])
_SLACK = 10.0  # seconds the supervisor may take beyond the check's limit
_MIN_START = 0.05  # a check is not started with less time than this left


def check_limit(spec: CheckSpec) -> float:
    """Return the seconds ``spec`` may run: its ``timeout``, else :data:`DEFAULT_TIMEOUT`.

    Args:
        spec: A configured check; only its ``timeout`` (seconds, or ``None``) is read.

    Returns:
        The time limit in seconds, as a float (an integer timeout is converted).

    Examples:
        >>> from types import SimpleNamespace
        >>> check_limit(SimpleNamespace(timeout=None)), check_limit(SimpleNamespace(timeout=5))
        (300.0, 5.0)
    """
    return DEFAULT_TIMEOUT if spec.timeout is None else float(spec.timeout)


def run_checks(
    root: Path,
    checks: Sequence[CheckSpec],
    *,
    on_start: Callable[[CheckSpec], None] | None = None,
    on_end: Callable[[CheckResult], None] | None = None,
    budget: float | None = None,
) -> CheckReport:
    """Run every check in order and report on all of them.

    Args:
        root: The directory the commands run in (the project root).
        checks: The checks, each with ``name``, ``run`` (a shell command line)
            and ``timeout`` (seconds, or ``None`` for :data:`DEFAULT_TIMEOUT`).
        on_start: Called with each check just before it starts.
        on_end: Called with each result as soon as it is known.
        budget: Seconds the whole run may take. A check running when it ends
            is stopped, and later checks are not started; their results say
            so (:attr:`CheckResult.unfinished`). ``None``: no overall limit.

    Returns:
        The report, one result per check.

    Examples:
        >>> from types import SimpleNamespace
        >>> specs = [SimpleNamespace(name="fails", run="exit 3", timeout=None),
        ...          SimpleNamespace(name="runs anyway", run="true", timeout=None)]
        >>> run_checks(Path("."), specs).summary()
        '1 of 2 checks failed: fails (exit 3)'
    """
    deadline = None if budget is None else time.monotonic() + budget
    results = []
    for spec in checks:
        limit, cut = check_limit(spec), False
        if deadline is not None and deadline - time.monotonic() < limit:
            limit, cut = deadline - time.monotonic(), True
        if limit < _MIN_START:
            result = CheckResult(spec.name, spec.run, None, "", 0.0, False, False, 0, "not run")
        else:
            if on_start is not None:
                on_start(spec)
            result = _run_one(root, spec, limit)
            if cut and result.timed_out:
                result = replace(result, unfinished="stopped")
        if on_end is not None:
            on_end(result)
        results.append(result)
    return CheckReport(tuple(results))


def _failed(spec: CheckSpec, why: str) -> CheckResult:
    """A check that never ran: it could not start, or its supervisor failed."""
    return CheckResult(spec.name, spec.run, None, why, 0.0, timed_out=False, passed=False)


def _run_one(root: Path, spec: CheckSpec, limit: float) -> CheckResult:
    """Run one check under its supervisor; never raises for the command's failures."""
    import subprocess  # noqa: PLC0415 - only the Stop gate and `todokit check` need it

    if not sys.executable:  # pragma: no cover - an embedded interpreter
        return _failed(spec, "could not start: no Python interpreter to supervise it")
    lifeline, keep_alive = os.pipe()
    command = [sys.executable, "-I", "-S", "-c", _SUPERVISOR, _PACKAGES, str(lifeline), repr(limit)]
    try:
        process = subprocess.Popen(
            [*command, str(OUTPUT_CAP), str(root), spec.run],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            pass_fds=(lifeline,),
        )
    except (OSError, ValueError) as exc:
        os.close(keep_alive)
        return _failed(spec, f"could not start: {exc}")
    finally:
        os.close(lifeline)
    with process:
        try:
            answer, problem = process.communicate(timeout=limit + _SLACK)
        except subprocess.TimeoutExpired:  # pragma: no cover - a supervisor that hangs
            process.kill()
            answer, problem = process.communicate()
        except BaseException:
            os.close(keep_alive)  # the supervisor kills the check and exits
            process.wait(_SLACK)
            raise
    os.close(keep_alive)
    return _result(spec, answer, problem)


def _result(spec: CheckSpec, answer: bytes, problem: bytes) -> CheckResult:
    """Turn the supervisor's JSON answer into a result."""
    try:
        data = json.loads(answer)
    except ValueError:
        reason = problem.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no answer"]
        return _failed(spec, f"check supervisor failed: {reason[0]}")
    if "error" in data:
        return _failed(spec, str(data["error"]))
    code = data["returncode"]
    return CheckResult(
        spec.name,
        spec.run,
        code,
        data["output"],
        float(data["duration"]),
        bool(data["timed_out"]),
        passed=code == 0,
        dropped=int(data["dropped"]),
    )
