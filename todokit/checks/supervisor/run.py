"""Run one check: start it, read its output, watch the clock and the lifeline.

Examples:
    >>> tail = Tail(4)
    >>> tail.add(b"one\\ntwo\\n")
    >>> tail.text()
    ('two\\n', 4)
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time

from todokit.checks.supervisor.tree import kill_tree, reap_orphans

GRACE = 0.5
"""Seconds the output pipe may stay open after the command exited."""

_CHUNK = 65536
_TICK = 0.05


class Abandoned(Exception):
    """todokit ended or a stop signal arrived: kill the check and say nothing."""


class Tail:
    """The last ``cap`` bytes of a stream and how many bytes came before them."""

    def __init__(self, cap: int) -> None:
        """Keep at most ``cap`` bytes."""
        self.cap = cap
        self.data = bytearray()
        self.dropped = 0

    def add(self, chunk: bytes) -> None:
        """Append ``chunk``, dropping the oldest bytes beyond the cap."""
        self.data += chunk
        excess = len(self.data) - self.cap
        if excess > 0:
            del self.data[:excess]
            self.dropped += excess

    def text(self) -> tuple[str, int]:
        """Return the kept text (from a line boundary once cut) and the bytes dropped."""
        data, dropped = bytes(self.data), self.dropped
        if dropped:
            cut = data.find(b"\n") + 1
            if 0 < cut < len(data):
                data, dropped = data[cut:], dropped + cut
        return data.decode("utf-8", "replace"), dropped


def _start(command: str, directory: str, write: int, *, subreaper: bool) -> subprocess.Popen[bytes]:
    """Start the command through the shell, its stdout and stderr both into ``write``."""
    return subprocess.Popen(
        command,
        shell=True,
        cwd=directory,
        stdin=subprocess.DEVNULL,
        stdout=write,
        stderr=write,
        process_group=None if subreaper else 0,
    )


def supervise(
    command: str, directory: str, limit: float, cap: int, lifeline: int | None, *, subreaper: bool
) -> dict[str, object]:
    """Run ``command`` to its end or to ``limit`` seconds; return the result object.

    Raises:
        Abandoned: The lifeline closed (the check is killed first).
    """
    started = time.monotonic()
    read, write = os.pipe()
    try:
        shell = _start(command, directory, write, subreaper=subreaper)
    except (OSError, ValueError) as exc:
        os.close(read)
        return {"error": f"could not start: {exc}"}
    finally:
        os.close(write)
    tail = Tail(cap)
    try:
        exited = _watch(shell, read, lifeline, started + limit, tail, subreaper=subreaper)
    finally:
        kill_tree(shell, subreaper=subreaper)
        os.close(read)
    output, dropped = tail.text()
    duration = (exited if exited is not None else time.monotonic()) - started
    return {
        "returncode": None if exited is None else shell.returncode,
        "timed_out": exited is None,
        "duration": duration,
        "dropped": dropped,
        "output": output,
    }


def _watch(
    shell: subprocess.Popen[bytes],
    read: int,
    lifeline: int | None,
    deadline: float,
    tail: Tail,
    *,
    subreaper: bool,
) -> float | None:
    """Read output until the command exited and its pipe closed (or :data:`GRACE` passed).

    Returns when the command exited, ``None`` at the deadline; raises :class:`Abandoned`.
    """
    watched = [read] if lifeline is None else [read, lifeline]
    exited: float | None = None
    while True:
        now = time.monotonic()
        if exited is None and shell.poll() is not None:
            exited = now
        if exited is not None:
            if read not in watched or now - exited >= GRACE:
                return exited
            wait = _TICK
        elif now >= deadline:
            return None
        else:  # after the output ended, the exit follows at once: look often
            wait = min(_TICK if read in watched else _TICK / 10, deadline - now)
        ready, _, _ = select.select(watched, [], [], wait)
        if lifeline in ready and not os.read(lifeline, 1):
            raise Abandoned
        if read in ready:
            chunk = os.read(read, _CHUNK)
            if chunk:
                tail.add(chunk)
            else:
                watched.remove(read)
        if subreaper:  # pragma: no cover - the supervisor process
            reap_orphans(shell)


def _stop(signum: int, frame: object) -> None:
    """Turn a stop signal into :class:`Abandoned`."""
    raise Abandoned


def main(argv: list[str]) -> int:  # pragma: no cover - runs as the supervisor process
    """Run the check named by ``argv`` and print its result; 0, or 1 when abandoned."""
    lifeline, limit, cap, directory, command = argv
    for signum in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(signum, _stop)
    from todokit.checks.supervisor.tree import become_subreaper  # noqa: PLC0415

    try:
        result = supervise(
            command, directory, float(limit), int(cap), int(lifeline), subreaper=become_subreaper()
        )
    except Abandoned:
        return 1
    sys.stdout.write(json.dumps(result))
    return 0
