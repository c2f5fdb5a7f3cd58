"""Whole-process measurements shared by the budget scripts: time, CPU and peak memory.

Each process is started with ``subprocess.Popen`` and reaped with ``os.wait4``, which
returns that one child's resource usage: its own peak resident set size, not the
largest of all children so far as ``getrusage(RUSAGE_CHILDREN)`` would. The scripts
compare commands measured in the same rounds, so a machine that is busy or drifts
during a run moves both sides of a ratio together.

Example:
    >>> sample = run([sys.executable, "-c", "pass"])
    >>> sample.wall > 0 and sample.rss > 0
    True
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

# Bytecode caching on, as on users' machines (a shell that turns it off would time the
# compiler); no PYTHONPATH or TODOKIT_ROOT of the caller's leaking into the measured runs.
UNWANTED = {"PYTHONDONTWRITEBYTECODE", "PYTHONPATH", "TODOKIT_ROOT"}
ENV = {key: value for key, value in os.environ.items() if key not in UNWANTED}
BASELINE = [sys.executable, "-c", "import mistune, filelock"]


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
    check: bool = True,
) -> Sample:
    """Run ``command`` once, stdout and stderr on /dev/null; return its measurements.

    ``stdin`` names a file to read standard input from. With ``check``, a non-zero exit
    stops the script: a figure of a failed run would mean nothing.
    """
    with (stdin or Path(os.devnull)).open("rb") as source:
        start = time.perf_counter()
        process = subprocess.Popen(
            command,
            stdin=source,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=cwd,
            env=ENV if env is None else env,
        )
        _pid, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if check and process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited {process.returncode} in {cwd}")
    # Linux reports ru_maxrss in KiB.
    return Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def median(samples: Iterable[Sample], field: str) -> float:
    """The median of one field (``wall``, ``cpu`` or ``rss``) over ``samples``."""
    return statistics.median(getattr(sample, field) for sample in samples)


def median_ratio(samples: Sequence[Sample], bases: Sequence[Sample], field: str) -> float:
    """The median of the per-round ratios ``samples[i] / bases[i]`` of one field."""
    pairs = zip(samples, bases, strict=True)
    return statistics.median(getattr(s, field) / getattr(b, field) for s, b in pairs)


def machine() -> str:
    """One line naming the processor, its cores, the system and the Python that measures."""
    model = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return (
        f"{model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}"
    )
