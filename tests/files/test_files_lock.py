"""The sidecar lock: exclusion across processes and threads, time-outs, dead holders."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

import todokit
from todokit.errors import InvalidInputError, LockTimeoutError
from todokit.files.lock import hold_lock

REPO_ROOT = Path(todokit.__file__).resolve().parents[1]
HOLDER = """
import sys
from pathlib import Path
from todokit.files.lock import hold_lock
with hold_lock(Path(sys.argv[1]), timeout=10):
    print("locked", flush=True)
    sys.stdin.read()
"""


@contextmanager
def holder_process(lock_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Run another process that holds the lock until its stdin closes."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lock_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline() == "locked\n"
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()


def test_lock_is_a_sidecar_and_leaves_the_data_file_alone(tmp_path: Path) -> None:
    data = tmp_path / "todo.md"
    data.write_bytes(b"- [ ] keep me\n")
    with hold_lock(tmp_path / "todo.md.lock", timeout=1):
        assert (tmp_path / "todo.md.lock").exists()
    assert data.read_bytes() == b"- [ ] keep me\n"


def test_missing_lock_directory_is_created(tmp_path: Path) -> None:
    with hold_lock(tmp_path / ".claude" / "todo.md.lock", timeout=0):
        assert (tmp_path / ".claude").is_dir()


def test_nested_use_in_one_thread_is_reentrant(tmp_path: Path) -> None:
    lock_path = tmp_path / "todo.md.lock"
    with hold_lock(lock_path, timeout=0), hold_lock(lock_path, timeout=0):
        pass
    with hold_lock(lock_path, timeout=-1), hold_lock(lock_path, timeout=-1):
        pass


def test_other_process_makes_acquisition_time_out(tmp_path: Path) -> None:
    lock_path = tmp_path / "todo.md.lock"
    with holder_process(lock_path):
        for timeout in (0, 0.2):
            with (
                pytest.raises(LockTimeoutError) as caught,
                hold_lock(lock_path, timeout=timeout),
            ):
                pytest.fail("acquired a lock another process holds")
            assert caught.value.lock_file == lock_path
            assert caught.value.timeout == timeout
            assert caught.value.exit_code == 3


def test_released_lock_can_be_taken_again(tmp_path: Path) -> None:
    lock_path = tmp_path / "todo.md.lock"
    with holder_process(lock_path) as process:
        assert process.stdin is not None
        process.stdin.close()
        assert process.wait(timeout=10) == 0
    with hold_lock(lock_path, timeout=2):
        pass


def test_lock_of_a_killed_holder_is_free_at_once(tmp_path: Path) -> None:
    lock_path = tmp_path / "todo.md.lock"
    with holder_process(lock_path) as process:
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=10) == -signal.SIGKILL
    assert lock_path.exists()
    with hold_lock(lock_path, timeout=2):
        pass


def test_negative_timeout_waits_until_the_holder_leaves(tmp_path: Path) -> None:
    lock_path = tmp_path / "todo.md.lock"
    acquired = threading.Event()

    def wait_for_lock() -> None:
        with hold_lock(lock_path, timeout=-1):
            acquired.set()

    with holder_process(lock_path) as process:
        waiter = threading.Thread(target=wait_for_lock)
        waiter.start()
        assert not acquired.wait(0.3)
        assert process.stdin is not None
        process.stdin.close()
        waiter.join(timeout=10)
    assert acquired.is_set()


def test_threads_of_one_process_exclude_each_other(tmp_path: Path) -> None:
    lock_path = tmp_path / "todo.md.lock"
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with hold_lock(lock_path, timeout=1):
            held.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert held.wait(10)
        with pytest.raises(LockTimeoutError), hold_lock(lock_path, timeout=0):
            pytest.fail("acquired a lock another thread holds")
    finally:
        release.set()
        holder.join(10)
    with hold_lock(lock_path, timeout=0):
        pass


def test_unusable_lock_location_is_invalid_input(tmp_path: Path) -> None:
    (tmp_path / "plain").write_bytes(b"")
    with (
        pytest.raises(InvalidInputError, match="cannot lock"),
        hold_lock(tmp_path / "plain" / "todo.md.lock", timeout=0),
    ):
        pytest.fail("locked inside a file")
