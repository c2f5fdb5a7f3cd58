"""A check's time limit holds whatever the command does (real processes, real signals)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from check_support import daemon, kill_quietly, pid_in, running, wait_for

from todokit.checks import run as checks
from todokit.checks.run import DEFAULT_TIMEOUT, OUTPUT_CAP, check_limit, run_checks
from todokit.files.config import CheckSpec

SUPERVISOR = (sys.executable, "-I", "-S", "-c", checks._SUPERVISOR, checks._PACKAGES)
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc")


def test_setsid_cannot_escape_the_timeout(tmp_path: Path) -> None:
    pid_file = tmp_path / "sleeper.pid"
    spec = CheckSpec("escape", f"setsid sh -c 'echo $$ > {pid_file}; exec sleep 40'; exit 1", 2.0)
    started = time.monotonic()
    [result] = run_checks(tmp_path, [spec]).results
    took = time.monotonic() - started
    sleeper = pid_in(pid_file)
    try:
        assert took < 10, f"the check ran {took:.1f} s past its 2 s timeout"
        assert (result.timed_out, result.returncode, result.passed) == (True, None, False)
        assert wait_for(lambda: not running(sleeper), 5)
    finally:
        kill_quietly(sleeper)


def test_a_daemon_holding_the_output_does_not_stall_a_check(tmp_path: Path) -> None:
    pid_file = tmp_path / "daemon.pid"
    wait = f"while [ ! -s {pid_file} ]; do sleep 0.01; done"
    spec = CheckSpec("daemon", f"{daemon(pid_file)}; {wait}; echo started", 30.0)
    started = time.monotonic()
    [result] = run_checks(tmp_path, [spec]).results
    took = time.monotonic() - started
    leftover = pid_in(pid_file)
    try:
        assert took < 10, f"the check waited {took:.1f} s for its daemon's pipe"
        assert result.passed and result.output == "started\n"
        assert wait_for(lambda: not running(leftover), 5), "the daemon outlived its check"
    finally:
        kill_quietly(leftover)


def test_after_a_timeout_no_pipe_held_open_is_waited_on(tmp_path: Path) -> None:
    pid_file = tmp_path / "daemon.pid"
    spec = CheckSpec("slow", f"{daemon(pid_file)}; sleep 30", 1.0)
    started = time.monotonic()
    [result] = run_checks(tmp_path, [spec]).results
    leftover = pid_in(pid_file)
    try:
        assert time.monotonic() - started < 10
        assert result.timed_out
        assert wait_for(lambda: not running(leftover), 5)
    finally:
        kill_quietly(leftover)


RUNNER = """
import sys
from pathlib import Path
from todokit.checks.run import run_checks
from todokit.files.config import CheckSpec
run_checks(Path(sys.argv[1]), [CheckSpec("long", sys.argv[2])])
"""


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_killing_todokit_kills_its_check(tmp_path: Path, how: signal.Signals) -> None:
    check_pid, daemon_pid = tmp_path / "check.pid", tmp_path / "daemon.pid"
    command = f"{daemon(daemon_pid)}; echo $$ > {check_pid}; sleep 60"
    runner = subprocess.Popen([sys.executable, "-c", RUNNER, str(tmp_path), command])
    pids = [pid_in(check_pid), pid_in(daemon_pid)]
    try:
        os.kill(runner.pid, how)
        runner.wait(10)
        for pid in pids:
            assert wait_for(lambda pid=pid: not running(pid), 10), f"{pid} outlived todokit"
    finally:
        runner.kill()
        runner.wait()
        for pid in pids:
            kill_quietly(pid)


def test_killing_todokit_check_kills_the_check(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".claude").mkdir()
    check_pid = tmp_path / "check.pid"
    (tmp_path / ".claude" / "todokit.toml").write_text(
        f'checks = [{{ name = "tests", run = "echo $$ > {check_pid}; sleep 60" }}]\n'
    )
    cli = subprocess.Popen([sys.executable, "-m", "todokit", "check"], cwd=tmp_path)
    pid = pid_in(check_pid)
    try:
        cli.kill()
        cli.wait(10)
        assert wait_for(lambda: not running(pid), 10)
    finally:
        kill_quietly(pid)


def test_a_check_without_timeout_gets_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert check_limit(CheckSpec("t", "true")) == DEFAULT_TIMEOUT == 300
    assert check_limit(CheckSpec("t", "true", 7)) == 7
    monkeypatch.setattr(checks, "DEFAULT_TIMEOUT", 1.0)
    [result] = run_checks(tmp_path, [CheckSpec("forever", "sleep 10")]).results
    assert result.timed_out and result.outcome().startswith("timed out after ")


def test_output_is_bounded_keeps_the_tail_and_says_how_much_was_dropped(tmp_path: Path) -> None:
    spec = CheckSpec("noisy", "yes 'a line of output' | head -n 200000; echo LAST; exit 1")
    [result] = run_checks(tmp_path, [spec]).results
    written = 200000 * len("a line of output\n") + len("LAST\n")
    assert len(result.output.encode()) <= OUTPUT_CAP
    assert result.output.endswith("a line of output\nLAST\n")
    assert result.output.startswith("a line of output\n"), "the tail starts at a line boundary"
    assert result.dropped + len(result.output.encode()) == written
    details = checks.CheckReport((result,)).details()
    assert f"[{result.dropped:,} earlier bytes of output dropped]" in details


def test_a_budget_stops_the_running_check_and_skips_the_rest(tmp_path: Path) -> None:
    specs = [CheckSpec("quick", "true"), CheckSpec("slow", "sleep 30"), CheckSpec("never", "true")]
    started = time.monotonic()
    report = run_checks(tmp_path, specs, budget=1.5)
    assert time.monotonic() - started < 10
    quick, slow, never = report.results
    assert quick.passed and quick.unfinished is None
    assert (slow.unfinished, slow.timed_out, slow.passed) == ("stopped", True, False)
    assert (never.unfinished, never.duration, never.passed) == ("not run", 0.0, False)
    assert [r.name for r in report.unfinished] == ["slow", "never"]
    assert report.summary() == (
        "2 of 3 checks failed: slow (stopped after 1s: no time left), never (not run: no time left)"
    )
    assert "$ true" not in report.details(), "a check that never ran shows no command"


def test_a_budget_larger_than_the_checks_changes_nothing(tmp_path: Path) -> None:
    report = run_checks(tmp_path, [CheckSpec("a", "exit 2", 5.0)], budget=60)
    assert report.results[0].returncode == 2 and report.unfinished == []


def test_supervisor_that_fails_is_a_failed_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(checks, "_SUPERVISOR", "import sys; sys.exit('supervisor exploded')")
    [result] = run_checks(tmp_path, [CheckSpec("t", "true")]).results
    assert not result.passed
    assert result.output == "check supervisor failed: supervisor exploded"
    monkeypatch.setattr(checks, "_SUPERVISOR", "pass")
    assert run_checks(tmp_path, [CheckSpec("t", "true")]).results[0].output == (
        "check supervisor failed: no answer"
    )


def test_the_supervisor_answers_one_json_object(tmp_path: Path) -> None:
    lifeline, keep = os.pipe()
    try:
        done = subprocess.run(
            [*SUPERVISOR, str(lifeline), "5", "100", str(tmp_path), "echo hi"],
            capture_output=True,
            check=True,
            stdin=subprocess.DEVNULL,
            pass_fds=(lifeline,),
        )
    finally:
        os.close(lifeline)
        os.close(keep)
    answer = json.loads(done.stdout)
    assert answer["returncode"] == 0 and answer["output"] == "hi\n" and answer["dropped"] == 0
