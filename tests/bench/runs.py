"""Whole-process measurements shared by the budget scripts: time, CPU and peak memory.

Each command runs under a small launcher, ``python -I -S``, that forks it, reaps it
with ``os.wait4`` and prints what that returns: the command's own CPU time and peak
resident set size, and the wall-clock time from fork to exit. The launcher is there
because Linux counts in a child's peak RSS the pages it had before ``exec``: a child
of the measuring process itself would never show less than that process's own peak
(the text of a 100,000-task list, say), where a child of the launcher starts from
the launcher's few MiB, less than any Python process needs. The scripts compare
commands measured in the same rounds, so a machine that is busy or drifts during a
run moves both sides of a ratio together.

Example:
    >>> sample = run([sys.executable, "-c", "pass"])
    >>> sample.wall > 0 and sample.rss > 0
    True
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

# Bytecode caching on, as on users' machines (a shell that turns it off would time the
# compiler); no PYTHONPATH or TODOKIT_ROOT of the caller's leaking into the measured runs.
UNWANTED = {"PYTHONDONTWRITEBYTECODE", "PYTHONPATH", "TODOKIT_ROOT"}
ENV = {key: value for key, value in os.environ.items() if key not in UNWANTED}
BASELINE = [sys.executable, "-c", "import mistune, filelock"]
LAUNCHER = """
import os, sys, time
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(os.open(sys.argv[1], os.O_RDONLY) if sys.argv[1] else null, 0)
    os.dup2(null, 1)
    os.dup2(null, 2)
    try:
        os.execvp(sys.argv[2], sys.argv[2:])
    finally:
        os._exit(127)
_pid, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - start
print(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


class CommandFailed(SystemExit):
    """A measured command exited non-zero (``status``): a figure of it would mean nothing."""

    def __init__(self, command: Sequence[str], status: str, detail: str) -> None:
        super().__init__(f"{' '.join(command)} exited {status}: {detail}")
        self.status = status


class Sample(NamedTuple):
    """One process: wall-clock seconds, CPU seconds (user + system), peak RSS in MiB."""

    wall: float
    cpu: float
    rss: float


def todokit_command(python: str = sys.executable) -> list[str]:
    """The console script beside ``python``, else ``python -m todokit``."""
    script = Path(python).with_name("todokit")
    return [str(script)] if script.exists() else [python, "-m", "todokit"]


def run(
    command: Sequence[str],
    *,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    stdin: Path | None = None,
) -> Sample:
    """Run ``command`` once under the launcher, output on /dev/null; return its figures.

    ``stdin`` names a file to read standard input from. A non-zero exit raises
    ``CommandFailed``, which stops the script unless it is caught.
    """
    launcher = [sys.executable, "-I", "-S", "-c", LAUNCHER, str(stdin or ""), *command]
    result = subprocess.run(
        launcher,
        check=False,
        cwd=cwd,
        env=ENV if env is None else env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:  # the launcher itself failed: no figures to read
        raise CommandFailed(command, "before it ran", result.stderr)
    wall, cpu, rss, code = result.stdout.split()
    if code != "0":
        raise CommandFailed(command, code, f"in {cwd}")
    return Sample(float(wall), float(cpu), int(rss) / 1024)  # ru_maxrss is in KiB on Linux


def median(samples: Iterable[Sample], field: str) -> float:
    """The median of one field (``wall``, ``cpu`` or ``rss``) over ``samples``."""
    return statistics.median(getattr(sample, field) for sample in samples)


def median_ratio(samples: Sequence[Sample], bases: Sequence[Sample], field: str) -> float:
    """The median of the per-round ratios ``samples[i] / bases[i]`` of one field."""
    pairs = zip(samples, bases, strict=True)
    return statistics.median(getattr(s, field) / getattr(b, field) for s, b in pairs)


def machine() -> str:
    """One line naming the processor, its cores, the system and the Python that measures."""
    model = os.uname().machine
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    system = os.uname()
    version = ".".join(str(part) for part in sys.version_info[:3])
    return f"{model}, {os.cpu_count()} cores, {system.sysname} {system.release}, Python {version}"
