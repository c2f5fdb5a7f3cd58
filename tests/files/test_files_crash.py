"""A writer killed at random moments never leaves a torn todo file.

The child is forked from the test process, so each of the hundreds of
iterations costs a fork rather than an interpreter start-up.
"""

from __future__ import annotations

import os
import random
import signal
import time
from functools import partial
from pathlib import Path

from processes import run_child

from todokit.files.atomic import atomic_write_bytes, remove_stale_temp_files

SIZE = 2 * 1024 * 1024
CONTENT_A = bytes(range(256)) * (SIZE // 256)
CONTENT_B = bytes(reversed(range(256))) * (SIZE // 256)
ITERATIONS = 220
PAUSED_EVERY = 10


def write_forever(target: Path) -> None:  # pragma: no cover - runs in the child
    while True:
        atomic_write_bytes(target, CONTENT_A)
        atomic_write_bytes(target, CONTENT_B)


def pause_inside_write(target: Path, signal_fd: int) -> None:  # pragma: no cover - child
    """Write once, stopping after the temp file is filled and before the rename."""

    def announce_and_wait(fd: object) -> None:
        os.write(signal_fd, b"x")
        time.sleep(60)

    os.fsync = announce_and_wait  # the child's own os module; the child never returns
    atomic_write_bytes(target, CONTENT_B)


def kill(pid: int) -> None:
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status)


def test_killed_writer_leaves_old_or_new_content_and_cleanable_leftovers(tmp_path: Path) -> None:
    target = tmp_path / "todo.md"
    atomic_write_bytes(target, CONTENT_A)
    chooser = random.Random(20261124)
    paused_leftovers = 0
    for iteration in range(ITERATIONS):
        if iteration % PAUSED_EVERY == 0:
            read_end, write_end = os.pipe()
            before = target.read_bytes()
            pid = run_child(partial(pause_inside_write, target, write_end))
            assert os.read(read_end, 1) == b"x"
            os.close(read_end)
            os.close(write_end)
            kill(pid)
            assert target.read_bytes() == before
            paused_leftovers += len(remove_stale_temp_files(tmp_path, "todo.md"))
        else:
            pid = run_child(partial(write_forever, target))
            time.sleep(chooser.uniform(0, 0.03))
            kill(pid)
            assert target.read_bytes() in (CONTENT_A, CONTENT_B)
            remove_stale_temp_files(tmp_path, "todo.md")
        assert sorted(p.name for p in tmp_path.iterdir()) == ["todo.md"]
    assert paused_leftovers == ITERATIONS // PAUSED_EVERY
