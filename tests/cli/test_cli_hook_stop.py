"""The Stop gate cannot fail open: real ``todokit install``, ``check`` and ``hook`` processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent / "agent"))
from check_support import kill_quietly, pid_in, running, wait_for

EVENTS = Path(__file__).parent.parent / "agent" / "events"
STATE = Path(".claude") / "todokit-state.json"


def todokit(project: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLAUDE_", "TODOKIT_ROOT"))}
    env["HOME"] = str(project / "home")
    return subprocess.run(
        [sys.executable, "-m", "todokit", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=project,
        env=env,
        check=False,
    )


def stop_event(project: Path, *, active: bool = False) -> str:
    event = json.loads((EVENTS / "stop.json").read_text())
    event.update(cwd=str(project), stop_hook_active=active)
    return json.dumps(event)


def configure(project: Path, *checks: str) -> None:
    (project / ".claude").mkdir(exist_ok=True)
    (project / ".claude" / "todokit.toml").write_text(
        "stop_gate = true\n" + "".join(f"[[checks]]\n{check}\n" for check in checks)
    )


def stop_timeout(project: Path) -> int:
    settings = json.loads((project / ".claude" / "settings.json").read_text())
    [group] = settings["hooks"]["Stop"]
    return int(group["hooks"][0]["timeout"])


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    return tmp_path


def test_install_gives_the_stop_handler_the_checks_time(project: Path) -> None:
    configure(
        project, 'name = "tests"\nrun = "pytest"\ntimeout = 120', 'name = "lint"\nrun = "ruff"'
    )
    assert todokit(project, "install").returncode == 0
    settings = json.loads((project / ".claude" / "settings.json").read_text())
    assert stop_timeout(project) == 120 + 300 + 15
    others = [
        g["hooks"][0]["timeout"] for e, gs in settings["hooks"].items() if e != "Stop" for g in gs
    ]
    assert set(others) == {10}


def test_every_agent_gets_the_checks_time_in_its_own_unit(project: Path) -> None:
    configure(project, 'name = "unit"\nrun = "true"\ntimeout = 60')
    assert todokit(project, "install", "--agent", "gemini").returncode == 0
    hooks = json.loads((project / ".gemini" / "settings.json").read_text())["hooks"]
    assert hooks["AfterAgent"][0]["hooks"][0]["timeout"] == 75_000
    assert hooks["BeforeAgent"][0]["hooks"][0]["timeout"] == 10_000
    assert todokit(project, "install", "--agent", "codex").returncode == 0
    hooks = json.loads((project / ".codex" / "hooks.json").read_text())["hooks"]
    assert hooks["Stop"][0]["hooks"][0]["timeout"] == 75


def test_check_warns_when_the_checks_outgrow_the_installed_stop_timeout(project: Path) -> None:
    assert todokit(project, "install").returncode == 0
    assert stop_timeout(project) == 10
    configure(project, 'name = "unit"\nrun = "true"\ntimeout = 60')
    done = todokit(project, "check", "--json")
    assert done.returncode == 0
    assert json.loads(done.stdout)["passed"] is True
    assert done.stderr == (
        "todokit: warning: the checks may take up to 60 s, but the Stop hook in "
        f"{project / '.claude' / 'settings.json'} times out after 10 s; "
        "run `todokit install` to raise it to 75 s\n"
    )
    assert todokit(project, "install").returncode == 0
    assert stop_timeout(project) == 75
    assert todokit(project, "check").stderr == ""


def test_the_gate_fails_closed_when_the_checks_outlast_the_timeout(project: Path) -> None:
    configure(
        project, 'name = "slow"\nrun = "sleep 30"\ntimeout = 60', 'name = "lint"\nrun = "true"'
    )
    assert todokit(project, "install").returncode == 0
    settings = project / ".claude" / "settings.json"
    settings.write_text(settings.read_text().replace('"timeout": 375', '"timeout": 5'))
    started = time.monotonic()
    done = todokit(project, "hook", stdin=stop_event(project))
    took = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    assert took < 5, f"the hook ran {took:.1f} s under a 5 s timeout: Claude Code would kill it"
    reason = json.loads(done.stdout)["reason"]
    assert json.loads(done.stdout)["decision"] == "block"
    assert reason.startswith(
        "Completion checks did not finish in 3 s: slow, lint. The Stop hook's timeout is 5 s; "
        "run `todokit install` to raise it to 375 s, or make the checks faster."
    )
    assert "slow (stopped after 3s: no time left), lint (not run: no time left)" in reason


def test_the_same_failing_checks_are_named_while_stop_hook_active(project: Path) -> None:
    configure(project, 'name = "unit"\nrun = "echo boom; exit 3"')
    first = json.loads(todokit(project, "hook", stdin=stop_event(project)).stdout)["reason"]
    assert first.startswith("Completion checks failed: unit.\n1 of 1 check failed: unit (exit 3)")
    assert "still fail" not in first
    for blocks in (2, 3):
        again = todokit(project, "hook", stdin=stop_event(project, active=True)).stdout
        assert json.loads(again)["reason"].startswith(
            f"The same checks still fail, {blocks} stops in a row: unit.\n"
            "Completion checks failed: unit."
        )
    fresh = todokit(project, "hook", stdin=stop_event(project)).stdout
    assert "still fail" not in json.loads(fresh)["reason"], "a new turn counts from 1"
    configure(project, 'name = "unit"\nrun = "true"')
    assert todokit(project, "hook", stdin=stop_event(project, active=True)).stdout == ""
    assert json.loads((project / STATE).read_text())["stops"] == {}


def test_other_failures_after_a_block_are_not_the_same(project: Path) -> None:
    configure(project, 'name = "unit"\nrun = "exit 1"')
    todokit(project, "hook", stdin=stop_event(project))
    configure(project, 'name = "unit"\nrun = "exit 1"', 'name = "lint"\nrun = "exit 1"')
    reason = json.loads(todokit(project, "hook", stdin=stop_event(project, active=True)).stdout)
    assert reason["reason"].startswith("Completion checks failed: unit, lint.")


def test_a_busy_lock_never_silences_the_gate(project: Path) -> None:
    configure(project, 'name = "unit"\nrun = "exit 1"')
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from filelock import FileLock\n"
            "lock = FileLock(sys.argv[1]); lock.acquire(); print('held', flush=True); time.sleep(30)",
            str(project / ".claude" / "todo.md.lock"),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        done = todokit(project, "hook", "--lock-timeout", "0.1", stdin=stop_event(project))
        assert json.loads(done.stdout)["decision"] == "block"
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()


def test_killing_the_stop_hook_kills_its_checks(project: Path) -> None:
    check_pid = project / "check.pid"
    configure(project, f'name = "long"\nrun = "echo $$ > {check_pid}; exec sleep 60"')
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAUDE_")}
    hook = subprocess.Popen(
        [sys.executable, "-m", "todokit", "hook"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        cwd=project,
        env=env,
        text=True,
    )
    assert hook.stdin is not None
    hook.stdin.write(stop_event(project))
    hook.stdin.close()
    pid = pid_in(check_pid)
    try:
        os.kill(hook.pid, signal.SIGTERM)  # what Claude Code does at the handler's timeout
        hook.wait(10)
        assert wait_for(lambda: not running(pid), 10)
    finally:
        hook.kill()
        hook.wait()
        kill_quietly(pid)
