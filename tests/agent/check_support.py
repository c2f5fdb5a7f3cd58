"""Helpers for the tests of completion checks: live processes, pid files, daemons."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path

PY = f'"{sys.executable}"'


def running(pid: int) -> bool:
    """Whether ``pid`` is a live process (a killed, unreaped zombie is not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    try:
        state = stat.read_text(encoding="ascii").rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state not in {"Z", "X"}


def wait_for(predicate, timeout: float = 20.0) -> bool:
    """Poll ``predicate`` until it holds or ``timeout`` seconds pass; return its last value."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def pid_in(path: Path, timeout: float = 20.0) -> int:
    """The pid a command wrote into ``path`` (waits for it to appear)."""
    assert wait_for(lambda: path.exists() and path.read_text().strip().isdigit(), timeout)
    return int(path.read_text())


def daemon(pid_file: Path, seconds: int = 40) -> str:
    """A shell command that starts a real daemon (fork, setsid, fork) holding the output pipe.

    The daemon writes its pid into ``pid_file`` and sleeps ``seconds``; the command
    itself returns at once.
    """
    code = (
        "import os, sys, time\n"
        "if os.fork(): os._exit(0)\n"
        "os.setsid()\n"
        "if os.fork(): os._exit(0)\n"
        'open(sys.argv[1], "w").write(str(os.getpid()))\n'
        f"time.sleep({seconds})\n"
    )
    return f"{PY} -c '{code}' {pid_file}"


def kill_quietly(pid: int) -> None:
    """Kill a process a test left behind, if it still runs."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, 9)
