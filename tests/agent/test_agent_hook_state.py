"""The hook's state file: whatever it holds, a hook reads it safely."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from todokit.hooks import state as state_module
from todokit.hooks.state import STATE_NAME, HookState

BAD_STATES = [
    '{"sessions": {"s1": {"task": 5, "started": ["x"]}}}',
    '{"sessions": {"s1": "started"}, "task_ids": [1, 2], "stops": {"s1": "x"}}',
    '{"sessions": [], "task_ids": {"1": "abc"}, "provisional": 7}',
    '{"task_ids": {"session:s1": {"1": 3, "2": "ok"}}, "stops": {"s1": {"failed": [1]}}}',
    '{"stops": {"s1": {"failed": ["tests"], "blocks": true}}}',
    "[" * 100_000,
    '{"sessions": {"s1": {"task": "x"}}, "n": ' + "9" * 5000 + "}",
    "null",
    "",
]


@pytest.mark.parametrize("text", BAD_STATES)
def test_a_state_of_any_shape_reads_without_error(text: str) -> None:
    state = HookState.from_json(text)
    assert all(isinstance(v, str) for s in state.sessions.values() for v in s.values())
    assert all(isinstance(v, str) for ids in state.task_ids.values() for v in ids.values())
    assert all(isinstance(s["blocks"], int) for s in state.stops.values())
    json.loads(state.to_json())


def test_bad_parts_go_and_good_ones_stay() -> None:
    state = HookState.from_json(BAD_STATES[3])
    assert state.task_ids == {"session:s1": {"2": "ok"}}
    assert state.stops == {}
    assert HookState.from_json(BAD_STATES[4]).stops == {"s1": {"failed": ["tests"], "blocks": 1}}
    assert HookState.from_json(BAD_STATES[0]).sessions == {"s1": {}}


def test_ids_of_the_first_version_crossed_sessions_and_are_dropped() -> None:
    old = '{"version": 1, "sessions": {"s": {"task": "t", "started": "2026-11-01"}}, "task_ids": {"1": "0123abcd"}}'
    state = HookState.from_json(old)
    assert state.task_ids == {}
    assert state.sessions == {"s": {"task": "t", "started": "2026-11-01"}}


def test_scopes_and_maps_are_kept_small(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(state_module, "MAX_SCOPES", 2)
    monkeypatch.setattr(state_module, "MAX_TASK_IDS", 3)
    state = HookState()
    for scope in ("a", "b", "c"):
        state.scope_ids(scope).update({str(n): "x" for n in range(5)})
    state.scope_provisional("c")
    saved = json.loads(state.to_json())
    assert list(saved["task_ids"]) == ["b", "c"]
    assert list(saved["task_ids"]["c"]) == ["2", "3", "4"]
    assert saved["provisional"] == {}, "empty scopes are left out"
    assert saved["version"] == 2


@pytest.mark.parametrize("text", BAD_STATES[:5])
@pytest.mark.parametrize("name", ["session_start_resume", "user_prompt_submit", "stop"])
def test_hooks_run_on_a_state_file_of_bad_types(tmp_path: Path, text: str, name: str) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".claude").mkdir()
    (tmp_path / ".claude" / "todo.md").write_text("- [ ] Fix the login timeout\n")
    (tmp_path / ".claude" / STATE_NAME).write_text(text.replace("s1", _session()))
    event = json.loads((Path(__file__).parent / "events" / f"{name}.json").read_text())
    event["cwd"] = str(tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAUDE_")}
    done = subprocess.run(
        [sys.executable, "-m", "todokit", "hook"],
        input=json.dumps(event),
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")


def _session() -> str:
    event = json.loads((Path(__file__).parent / "events" / "session_start_resume.json").read_text())
    return str(event["session_id"])
