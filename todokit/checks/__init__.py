"""A project's completion checks: run its configured commands and report on them.

- :mod:`~todokit.checks.run`: :func:`run_checks` runs every check in order,
  each under a supervisor (:mod:`todokit.checks.supervisor`) that holds its
  time limit over every process it starts;
- :mod:`~todokit.checks.report`: :class:`CheckReport` and :class:`CheckResult`,
  what a run found.

The package sits below the lifecycle: ``todokit done --check``, the Stop hook
and ``todokit check`` all run checks through it. It imports nothing of todokit
but the configuration's types, and the supervisor only the standard library.
Names are imported on first use (PEP 562 ``__getattr__``), so the supervisor
process, which imports this package, loads nothing it does not run.

Examples:
    >>> from pathlib import Path
    >>> from types import SimpleNamespace
    >>> from todokit.checks import run_checks
    >>> run_checks(Path("."), [SimpleNamespace(name="ok", run="true", timeout=None)]).passed
    True
"""

from typing import TYPE_CHECKING

from todokit._exports import lazy_exports

if TYPE_CHECKING:
    from todokit.checks.report import CheckReport, CheckResult
    from todokit.checks.run import DEFAULT_TIMEOUT, OUTPUT_CAP, check_limit, run_checks

_SOURCES = ("todokit.checks.report", "todokit.checks.run")  # where __getattr__ looks

__all__ = [
    "DEFAULT_TIMEOUT",
    "OUTPUT_CAP",
    "CheckReport",
    "CheckResult",
    "check_limit",
    "run_checks",
]


__getattr__, __dir__ = lazy_exports(__name__, _SOURCES)
