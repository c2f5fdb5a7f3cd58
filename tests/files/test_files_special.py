"""Only regular files are read, and never past a size limit.

A todo file pointing at ``/dev/zero`` made ``list`` and the SessionStart hook
grow to 24 GB, and a FIFO made them hang forever. Each kind of special file is
tried here against the reader, with a watchdog thread that fails the test
instead of hanging the suite.
"""

from __future__ import annotations

import io
import os
import socket
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from todokit.errors import FileTooLargeError, InvalidInputError, NotRegularFileError
from todokit.files.reading import (
    MIN_MAX_FILE_SIZE,
    SMALL_FILE_LIMIT,
    file_kind,
    read_bytes_checked,
    read_optional,
)

MIB = 1024 * 1024


def finishes(call: Callable[[], object], seconds: float = 10) -> BaseException | None:
    """Run ``call`` in a thread; return what it raised, failing if it does not finish."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            call()
        except BaseException as error:
            outcome.append(error)
        else:
            outcome.append(None)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert outcome, f"still reading after {seconds} s"
    return outcome[0]


def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "todo.md"
    os.mkfifo(fifo)
    error = finishes(lambda: read_bytes_checked(fifo))
    assert isinstance(error, NotRegularFileError)
    assert "named pipe (FIFO), not a regular file" in str(error)
    assert error.exit_code == 4


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_through_a_symlink_is_refused(tmp_path: Path) -> None:
    (tmp_path / "todo.md").symlink_to("/dev/zero")
    error = finishes(lambda: read_bytes_checked(tmp_path / "todo.md"))
    assert isinstance(error, NotRegularFileError)
    assert "character device" in str(error)


def test_a_socket_and_a_directory_are_refused(tmp_path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(tmp_path / "todo.md"))
        with pytest.raises(NotRegularFileError, match="it is a socket, not a regular file"):
            read_bytes_checked(tmp_path / "todo.md")
    finally:
        server.close()
    with pytest.raises(NotRegularFileError, match="it is a directory, not a regular file"):
        read_bytes_checked(tmp_path)


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "todo.md"
    with big.open("wb") as handle:
        handle.truncate(200 * MIB)  # sparse: no disk, but far over the default limit
    with pytest.raises(FileTooLargeError, match="larger than the limit of 67,108,864 bytes"):
        read_bytes_checked(big)
    with pytest.raises(FileTooLargeError, match=r"\(raise max_file_size in the todokit"):
        read_bytes_checked(big, 2 * MIB, setting="max_file_size")
    assert len(read_bytes_checked(big, 256 * MIB)) == 200 * MIB


def test_a_limit_function_is_asked_only_for_big_files(tmp_path: Path) -> None:
    asked: list[int] = []

    def limit() -> int:
        asked.append(1)
        return 3 * MIB

    small = tmp_path / "small.md"
    small.write_bytes(b"- [ ] a\n" * 1000)
    assert read_bytes_checked(small, limit) == small.read_bytes()
    assert asked == []
    big = tmp_path / "big.md"
    big.write_bytes(b"x" * (2 * MIB))
    assert len(read_bytes_checked(big, limit)) == 2 * MIB
    assert asked == [1]
    big.write_bytes(b"x" * (4 * MIB))
    with pytest.raises(FileTooLargeError, match="3,145,728"):
        read_bytes_checked(big, limit)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="no /proc")
def test_a_file_that_reports_size_zero_is_still_read_in_full() -> None:
    data = read_bytes_checked(Path("/proc/self/status"))
    assert b"Umask:" in data
    with pytest.raises(FileTooLargeError):
        read_bytes_checked(Path("/proc/self/status"), 16)


def test_a_file_that_grows_past_the_limit_while_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "todo.md"
    path.write_bytes(b"x" * 100)
    real_fstat = os.fstat

    def stale_fstat(fd: int) -> os.stat_result:
        result = real_fstat(fd)
        return os.stat_result((result.st_mode, *result[1:6], 10, *result[7:]))

    monkeypatch.setattr(os, "fstat", stale_fstat)
    assert read_bytes_checked(path, 1000) == b"x" * 100
    with pytest.raises(FileTooLargeError):
        read_bytes_checked(path, 50)
    calls: list[int] = []

    def widening() -> int:
        calls.append(1)
        return MIN_MAX_FILE_SIZE * 2

    path.write_bytes(b"y" * (MIN_MAX_FILE_SIZE + 10))
    assert len(read_bytes_checked(path, widening)) == MIN_MAX_FILE_SIZE + 10
    assert calls == [1]


def test_read_optional(tmp_path: Path) -> None:
    assert read_optional(tmp_path / "absent.json") is None
    (tmp_path / "dangling.json").symlink_to(tmp_path / "nowhere")
    assert read_optional(tmp_path / "dangling.json") is None
    (tmp_path / "state.json").write_bytes(b"{}")
    assert read_optional(tmp_path / "state.json") == b"{}"
    os.mkfifo(tmp_path / "fifo.json")
    assert isinstance(finishes(lambda: read_optional(tmp_path / "fifo.json")), NotRegularFileError)
    with (tmp_path / "huge.json").open("wb") as handle:
        handle.truncate(SMALL_FILE_LIMIT + 1)
    with pytest.raises(FileTooLargeError):
        read_optional(tmp_path / "huge.json")


def test_errors_that_are_not_about_the_file_kind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "todo.md"
    path.write_bytes(b"x")

    class Failing(io.FileIO):
        def read(self, size: int | None = -1) -> bytes:
            raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fdopen", lambda fd, mode: Failing(fd, "rb"))
    with pytest.raises(InvalidInputError, match=r"cannot read .*todo\.md: input/output error"):
        read_bytes_checked(path)


def test_file_kind_names_each_kind() -> None:
    import stat

    assert file_kind(stat.S_IFREG | 0o644) is None
    assert file_kind(stat.S_IFDIR) == "a directory"
    assert file_kind(stat.S_IFBLK) == "a block device"
    assert file_kind(stat.S_IFSOCK) == "a socket"
    assert file_kind(0) == "not a regular file"
