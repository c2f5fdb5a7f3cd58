"""Completion checks run as real subprocesses."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_support import PY, running

from todokit.checks.run import CheckReport, CheckResult, run_checks
from todokit.files.config import CheckSpec


def test_passing_check_captures_stdout_and_stderr_together(tmp_path: Path) -> None:
    spec = CheckSpec("both", "echo out; echo err >&2; echo end")
    report = run_checks(tmp_path, [spec])
    [result] = report.results
    assert result.passed
    assert (result.name, result.command, result.returncode) == ("both", spec.run, 0)
    assert result.output == "out\nerr\nend\n"
    assert result.timed_out is False
    assert result.duration >= 0
    assert report.passed
    assert report.failed == []
    assert report.summary() == "all 1 check passed"


def test_runs_in_root_without_stdin(tmp_path: Path) -> None:
    (tmp_path / "marker.txt").write_text("here", encoding="utf-8")
    report = run_checks(tmp_path, [CheckSpec("cwd", "cat marker.txt && cat")])
    assert report.results[0].output == "here"
    assert report.passed


def test_all_checks_run_after_a_failure(tmp_path: Path) -> None:
    specs = [
        CheckSpec("lint", "echo 'E501 line too long'; exit 1"),
        CheckSpec("types", "true"),
        CheckSpec("tests", "echo '1 failed'; exit 2"),
    ]
    started: list[str] = []
    ended: list[CheckResult] = []
    report = run_checks(
        tmp_path, specs, on_start=lambda s: started.append(s.name), on_end=ended.append
    )
    assert started == ["lint", "types", "tests"]
    assert list(ended) == list(report.results)
    assert [r.returncode for r in report.results] == [1, 0, 2]
    assert not report.passed
    assert [r.name for r in report.failed] == ["lint", "tests"]
    assert report.summary() == "2 of 3 checks failed: lint (exit 1), tests (exit 2)"
    assert report.details() == (
        "2 of 3 checks failed: lint (exit 1), tests (exit 2)\n\n"
        "$ echo 'E501 line too long'; exit 1\nE501 line too long\n\n"
        "$ echo '1 failed'; exit 2\n1 failed"
    )


def test_missing_command_is_a_failed_check(tmp_path: Path) -> None:
    report = run_checks(tmp_path, [CheckSpec("ghost", "todokit-no-such-command-xyz --flag")])
    [result] = report.results
    assert not result.passed
    assert result.returncode == 127
    assert "not found" in result.output


def test_command_that_cannot_start_is_a_failed_check(tmp_path: Path) -> None:
    report = run_checks(tmp_path / "missing-root", [CheckSpec("anything", "true")])
    [result] = report.results
    assert (result.passed, result.returncode, result.timed_out) == (False, None, False)
    assert result.output.startswith("could not start: ")
    assert result.outcome() == "could not start"
    nul = run_checks(tmp_path, [CheckSpec("nul", "echo \0")]).results[0]
    assert nul.output.startswith("could not start: ")


def test_timeout_stops_the_whole_process_group(tmp_path: Path) -> None:
    pid_file = tmp_path / "child.pid"
    script = f"echo started; sleep 60 & echo $! > {pid_file}; wait"
    report = run_checks(
        tmp_path, [CheckSpec("slow", script, timeout=1.0), CheckSpec("next", "true")]
    )
    slow, after = report.results
    assert slow.timed_out
    assert (slow.passed, slow.returncode) == (False, None)
    assert slow.output == "started\n"
    assert slow.outcome().startswith("timed out after ")
    assert after.passed
    child = int(pid_file.read_text(encoding="utf-8"))
    assert not running(child)
    assert "slow (timed out after" in report.summary()


def test_undecodable_output_is_replaced(tmp_path: Path) -> None:
    spec = CheckSpec("bytes", f"{PY} -c \"import sys; sys.stdout.buffer.write(b'ok \\xff')\"")
    [result] = run_checks(tmp_path, [spec]).results
    assert result.output == "ok \ufffd"


def test_interrupt_stops_the_running_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess

    pids: list[int] = []

    def interrupted(self: subprocess.Popen[str], timeout: float | None = None) -> tuple[str, str]:
        pids.append(self.pid)
        raise KeyboardInterrupt

    monkeypatch.setattr(subprocess.Popen, "communicate", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run_checks(tmp_path, [CheckSpec("long", "sleep 60; echo never")])
    assert not running(pids[0])


def test_no_checks_pass() -> None:
    report = CheckReport(())
    assert report.passed
    assert report.summary() == "all 0 checks passed"
    assert report.details() == "all 0 checks passed"


def test_tail_and_details_without_output() -> None:
    result = CheckResult("t", "false", 1, "", 0.0, timed_out=False, passed=False)
    assert result.tail() == ""
    assert result.tail(0) == ""
    assert CheckReport((result,)).details() == "1 of 1 check failed: t (exit 1)\n\n$ false"
    long = CheckResult("t", "x", 1, "".join(f"{n}\n" for n in range(50)), 0.0, False, False)
    assert long.tail().split("\n") == [str(n) for n in range(30, 50)]
    assert long.tail(2) == "48\n49"
    assert CheckResult("t", "true", 0, "", 0.0, False, True).outcome() == "passed"
