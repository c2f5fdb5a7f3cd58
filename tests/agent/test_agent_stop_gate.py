"""The Stop gate's answers, in this process (tests/cli runs it as real hook processes)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from todokit.agent.events import HookEvent
from todokit.errors import LockTimeoutError
from todokit.files.config import CheckSpec, Config
from todokit.files.project import TodoFile
from todokit.hooks import stop
from todokit.hooks.state import HookState
from todokit.hooks.stop import stop_answer
from todokit.lifecycle.project import Project


def project_with(root: Path, *checks: CheckSpec) -> Project:
    return Project(
        root, TodoFile(root / ".claude" / "todo.md"), Config(stop_gate=True, checks=checks)
    )


def reason(answer: str) -> str:
    data = json.loads(answer)
    assert data["decision"] == "block"
    return str(data["reason"])


def event(*, active: bool = False, session: str | None = "s1") -> HookEvent:
    return HookEvent(event_name="Stop", session_id=session, stop_hook_active=active)


def test_a_short_installed_timeout_gives_a_short_budget(tmp_path: Path) -> None:
    settings = tmp_path / ".claude" / "settings.json"
    settings.parent.mkdir()
    settings.write_text(
        json.dumps(
            {
                "hooks": {
                    "Stop": [
                        {"hooks": [{"type": "command", "command": "todokit hook", "timeout": 4}]}
                    ]
                }
            }
        )
    )
    project = project_with(tmp_path, CheckSpec("slow", "sleep 20", 30.0))
    text = reason(stop_answer(project, event(), {}))
    assert text.startswith(
        "Completion checks did not finish in 2 s: slow. The Stop hook's timeout is 4 s; "
        "run `todokit install` to raise it to 45 s, or make the checks faster."
    )


def test_without_installed_settings_the_install_timeout_is_assumed(tmp_path: Path) -> None:
    project = project_with(tmp_path, CheckSpec("unit", "exit 1", 1.0))
    text = reason(stop_answer(project, event(session=None), {}))
    assert text.startswith("Completion checks failed: unit.\n1 of 1 check failed: unit (exit 1)")


def test_an_unfinished_check_under_a_long_timeout_only_asks_for_faster_checks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stop, "_remember", lambda *args: 1)
    monkeypatch.setattr(
        "todokit.agent.stop_timeout.installed_stop_timeout", lambda *a: (3.0, tmp_path)
    )
    monkeypatch.setattr("todokit.agent.stop_timeout.needed_stop_timeout", lambda config: 3)
    text = reason(stop_answer(project_with(tmp_path, CheckSpec("slow", "sleep 20")), event(), {}))
    assert "The Stop hook's timeout is 3 s; make the checks faster." in text


def test_blocks_in_a_row_are_counted_and_forgotten(tmp_path: Path) -> None:
    failing = project_with(tmp_path, CheckSpec("unit", "exit 1"))
    assert "still fail" not in reason(stop_answer(failing, event(), {}))
    assert reason(stop_answer(failing, event(active=True), {})).startswith(
        "The same checks still fail, 2 stops in a row: unit.\n"
    )
    assert HookState.load(tmp_path / ".claude").stops == {"s1": {"failed": ["unit"], "blocks": 2}}
    passing = project_with(tmp_path, CheckSpec("unit", "true"))
    assert stop_answer(passing, event(active=True), {}) == ""
    assert HookState.load(tmp_path / ".claude").stops == {}
    assert stop_answer(passing, event(), {}) == "", "nothing to forget: no write"


def test_a_busy_lock_leaves_the_count_at_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def busy(path: Path, timeout: float) -> None:
        raise LockTimeoutError(path, timeout)

    monkeypatch.setattr("todokit.files.lock.hold_lock", busy)
    text = reason(stop_answer(project_with(tmp_path, CheckSpec("unit", "exit 1")), event(), {}))
    assert text.startswith("Completion checks failed: unit.")


def test_a_subagent_or_a_gate_that_is_off_runs_nothing(tmp_path: Path) -> None:
    project = project_with(tmp_path, CheckSpec("unit", "exit 1"))
    assert stop_answer(project, HookEvent(event_name="Stop", agent_id="a1"), {}) == ""
    off = Project(tmp_path, project.todo, Config(checks=(CheckSpec("unit", "exit 1"),)))
    assert stop_answer(off, event(), {}) == ""


def test_check_warns_in_process(cli, project: Path) -> None:
    assert cli("install").code == 0
    (project / ".claude" / "todokit.toml").write_text(
        'stop_gate = true\nchecks = [{ name = "unit", run = "true", timeout = 30 }]\n'
    )
    done = cli("check")
    assert done.code == 0
    assert done.err.startswith("todokit: warning: the checks may take up to 30 s")
