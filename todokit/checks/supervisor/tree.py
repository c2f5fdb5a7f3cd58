"""Killing everything a check started: its descendants, or its process group.

Examples:
    >>> child = subprocess.Popen(["sleep", "5"])
    >>> child.pid in descendants(os.getpid())
    True
    >>> child.kill(), child.wait()
    (None, -9)
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time

_PR_SET_CHILD_SUBREAPER = 36
_KILL_ROUNDS = 200


def become_subreaper() -> bool:  # pragma: no cover - runs in the supervisor process
    """Make this process adopt its orphaned descendants (Linux); return whether it did."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # noqa: PLC0415 - Linux only

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0)
    except (OSError, AttributeError):  # a libc without prctl
        return False


def descendants(root: int, proc: str = "/proc") -> list[int]:
    """Return the live descendants of process ``root``, read from ``/proc``."""
    table: dict[int, tuple[int, bytes]] = {}
    with os.scandir(proc) as entries:
        names = [entry.name for entry in entries if entry.name.isdigit()]
    for name in names:
        try:
            with open(f"{proc}/{name}/stat", "rb") as stat:  # noqa: PTH123 - no pathlib here
                fields = stat.read().rsplit(b")", 1)[1].split()
        except (OSError, IndexError):
            continue  # it ended while the table was read
        table[int(name)] = (int(fields[1]), fields[0])
    children: dict[int, list[int]] = {}
    for pid, (parent, _state) in table.items():
        children.setdefault(parent, []).append(pid)
    found, queue = [], [root]
    while queue:
        for child in children.get(queue.pop(), []):
            queue.append(child)
            if table[child][1] not in (b"Z", b"X"):
                found.append(child)
    return found


def reap_orphans(shell: subprocess.Popen[bytes]) -> None:  # pragma: no cover - see main
    """Collect adopted descendants that ended; the shell itself is left to ``Popen``."""
    while True:
        shell.poll()
        try:
            info = os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOHANG | os.WNOWAIT)
        except ChildProcessError:
            return
        if info is None:
            return
        if info.si_pid != shell.pid:
            os.waitpid(info.si_pid, 0)


def kill_tree(shell: subprocess.Popen[bytes], *, subreaper: bool) -> None:
    """Kill the command and everything it started, then reap them."""
    if subreaper:  # pragma: no cover - the supervisor process
        _kill_descendants(shell)
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(shell.pid, signal.SIGKILL)
    shell.wait()


def _kill_descendants(shell: subprocess.Popen[bytes]) -> None:  # pragma: no cover - see main
    """Kill every descendant, again while new ones appear, and reap them all."""
    for _round in range(_KILL_ROUNDS):
        pids = descendants(os.getpid())
        if not pids:
            break
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        reap_orphans(shell)
        time.sleep(0.005)
    shell.wait()
    reap_orphans(shell)
