"""Helpers for tests that use real processes: forked children and released-together groups."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path


def run_child(body: Callable[[], None]) -> int:
    """Fork a child running ``body()``; the child never returns into pytest."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child, killed before coverage saves
        try:
            body()
        finally:
            os._exit(0)
    return pid


def release_together(
    commands: list[list[str]], *, env: dict[str, str], cwd: Path | None = None, timeout: float = 120
) -> list[str]:
    """Start every command, wait until each printed "ready", release them at once.

    Each command must print ``ready`` and then wait for a line on stdin.
    Returns their outputs; fails the test when one exits non-zero.
    """
    processes = [
        subprocess.Popen(
            command,
            cwd=cwd,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for command in commands
    ]
    for process in processes:
        assert process.stdout is not None
        assert process.stdout.readline() == "ready\n"
    for process in processes:
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    results = [process.communicate(timeout=timeout) for process in processes]
    errors = [err for _out, err in results if err]
    assert [process.returncode for process in processes] == [0] * len(processes), errors
    return [out for out, _err in results]
