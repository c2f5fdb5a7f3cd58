"""The check supervisor's parts, run in the test process (its process-group mode)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest
from check_support import kill_quietly, pid_in, running, wait_for

from todokit.checks.supervisor import run as _supervise
from todokit.checks.supervisor.run import Abandoned, Tail, supervise
from todokit.checks.supervisor.tree import descendants

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc")


def run(command: str, directory: Path, limit: float = 10.0, cap: int = 1000) -> dict[str, object]:
    return supervise(command, str(directory), limit, cap, None, subreaper=False)


def test_tail_keeps_the_last_bytes_from_a_line_boundary() -> None:
    tail = Tail(10)
    tail.add(b"abc\n")
    assert tail.text() == ("abc\n", 0)
    tail.add(b"defgh\nij\n")
    assert (tail.data, tail.dropped) == (bytearray(b"\ndefgh\nij\n"), 3)
    assert tail.text() == ("defgh\nij\n", 4), "the rest of a cut line is dropped too"
    one_line = Tail(3)
    one_line.add(b"abcdef")
    assert one_line.text() == ("def", 3), "a tail without a line break is kept as it is"


def test_descendants_reads_the_process_table(tmp_path: Path) -> None:
    proc = tmp_path / "proc"
    for pid, parent, state in [
        (1, 0, "S"),
        (10, 1, "S"),
        (11, 10, "R"),
        (12, 10, "Z"),
        (20, 1, "S"),
    ]:
        (proc / str(pid)).mkdir(parents=True)
        (proc / str(pid) / "stat").write_text(f"{pid} (a (b) c) {state} {parent} 0 0\n")
    (proc / "self").mkdir()
    (proc / "99").mkdir()  # ended while the table was read: no stat file
    assert sorted(descendants(10, str(proc))) == [11]
    assert sorted(descendants(1, str(proc))) == [10, 11, 20]
    assert descendants(os.getpid()) == []


def test_a_command_runs_and_reports(tmp_path: Path) -> None:
    result = run("echo out; echo err >&2; exit 4", tmp_path)
    assert result["returncode"] == 4 and result["timed_out"] is False
    assert result["output"] == "out\nerr\n" and result["dropped"] == 0
    assert 0 <= float(result["duration"]) < 5  # type: ignore[arg-type]


def test_a_command_that_cannot_start(tmp_path: Path) -> None:
    assert run("true", tmp_path / "missing")["error"].startswith("could not start: ")  # type: ignore[union-attr]


def test_a_timeout_kills_the_process_group(tmp_path: Path) -> None:
    pid_file = tmp_path / "child.pid"
    started = time.monotonic()
    result = run(f"sleep 30 & echo $! > {pid_file}; wait", tmp_path, limit=0.5)
    assert time.monotonic() - started < 5
    assert result["timed_out"] is True and result["returncode"] is None
    child = pid_in(pid_file)
    assert wait_for(lambda: not running(child), 5)


def test_leftovers_are_killed_when_the_command_exits(tmp_path: Path) -> None:
    pid_file = tmp_path / "child.pid"
    result = run(f"(sleep 30 > /dev/null 2>&1 & echo $! > {pid_file})", tmp_path)
    assert result["returncode"] == 0
    child = pid_in(pid_file)
    try:
        assert wait_for(lambda: not running(child), 5)
    finally:
        kill_quietly(child)


def test_output_held_open_after_the_exit_is_read_for_a_moment_only(tmp_path: Path) -> None:
    started = time.monotonic()
    result = run("sleep 20 & echo hi", tmp_path)
    assert time.monotonic() - started < _supervise.GRACE + 5
    assert (result["returncode"], result["output"]) == (0, "hi\n")


def test_output_closed_early_still_waits_for_the_exit(tmp_path: Path) -> None:
    result = run("exec >&- 2>&-; sleep 0.3; exit 3", tmp_path)
    assert result["returncode"] == 3


def test_a_closed_lifeline_abandons_the_check(tmp_path: Path) -> None:
    pid_file = tmp_path / "check.pid"
    lifeline, holder = os.pipe()
    os.close(holder)  # todokit is gone
    with pytest.raises(Abandoned):
        supervise(
            f"echo $$ > {pid_file}; exec sleep 30",
            str(tmp_path),
            10,
            100,
            lifeline,
            subreaper=False,
        )
    os.close(lifeline)
    written = pid_file.read_text().strip() if pid_file.exists() else ""
    if written.isdigit():  # the check may be killed before it writes its pid
        assert wait_for(lambda: not running(int(written)), 5)


def test_a_stop_signal_becomes_abandoned() -> None:
    with pytest.raises(Abandoned):
        _supervise._stop(15, None)
