"""A writer killed with SIGKILL at random moments never leaves a torn or mixed todo file.

The writer is a process forked from the test, rewriting a 1 MB todo file
through the locked transaction of todokit, alternating two versions. After
each kill the file must be exactly one of them, and the next todokit run
(which takes the lock) must leave no temp file behind. Every tenth kill
lands while the writer is paused between writing its temp file and renaming
it, so leftovers are certainly exercised.
"""

from __future__ import annotations

import os
import random
import signal
import time
from functools import partial
from pathlib import Path

from integration_support import todokit_cli
from processes import run_child

from todokit.document import Document
from todokit.files.project import TodoFile
from todokit.lifecycle.transaction import modify

ITERATIONS = 200
PAUSED_EVERY = 10
LINE_PAYLOAD = "word " * 1000  # 200 lines of 5 kB: a 1 MB file that parses in milliseconds


def version(mark: str) -> str:
    return "## Tasks\n\n" + "".join(f"- [{mark}] task {n} {LINE_PAYLOAD}\n" for n in range(200))


OLD, NEW = version(" "), version("x")


def flip(doc: Document | None) -> tuple[str, None]:
    return (NEW if doc is not None and doc.render() == OLD else OLD), None


def rewrite_forever(todo: TodoFile, ready: int) -> None:  # pragma: no cover - runs in the child
    modify(todo, flip, lock_timeout=10)
    os.write(ready, b"x")  # one whole write done: both versions are certainly exercised
    while True:
        modify(todo, flip, lock_timeout=10)


def pause_before_rename(todo: TodoFile, ready: int) -> None:  # pragma: no cover - child
    def announce_and_wait(fd: object) -> None:
        os.write(ready, b"x")
        time.sleep(60)

    os.fsync = announce_and_wait  # the child's own os module; the child never returns
    modify(todo, flip, lock_timeout=10)


def kill(pid: int) -> None:
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status)


def leftovers(claude: Path) -> list[str]:
    return sorted(p.name for p in claude.glob(".todo.md.*.tmp"))


def next_run_cleans_up(todo: TodoFile) -> None:
    modify(todo, lambda doc: (doc.render() if doc else "", None), lock_timeout=10)


def test_killed_writer_leaves_one_whole_version(tmp_path: Path) -> None:
    claude = tmp_path / ".claude"
    claude.mkdir()
    todo = TodoFile(claude / "todo.md")
    todo.path.write_text(OLD)
    chooser = random.Random(20261124)
    forced_leftovers = 0
    seen = set()
    for iteration in range(ITERATIONS):
        if iteration % PAUSED_EVERY == 0:
            before = todo.path.read_bytes()
            ready, signal_end = os.pipe()
            pid = run_child(partial(pause_before_rename, todo, signal_end))
            assert os.read(ready, 1) == b"x"
            os.close(ready)
            os.close(signal_end)
            kill(pid)
            assert todo.path.read_bytes() == before
            forced_leftovers += len(leftovers(claude))
        else:
            ready, signal_end = os.pipe()
            pid = run_child(partial(rewrite_forever, todo, signal_end))
            assert os.read(ready, 1) == b"x"
            os.close(ready)
            os.close(signal_end)
            time.sleep(chooser.uniform(0, 0.03))
            kill(pid)
        content = todo.path.read_text()
        assert content in (OLD, NEW)
        seen.add(content)
        next_run_cleans_up(todo)
        assert leftovers(claude) == []
    assert forced_leftovers == ITERATIONS // PAUSED_EVERY
    assert seen == {OLD, NEW}
    (claude / ".todo.md.k2x_9a0q.tmp").write_text("left by a killed writer")
    done = todokit_cli(tmp_path, "done", "task 0 word")
    assert done.returncode == 0, done.stderr
    assert leftovers(claude) == []
