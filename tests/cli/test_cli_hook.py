"""``todokit hook`` with recorded Claude Code events, in-process and as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

EVENTS = Path(__file__).parent.parent / "agent" / "events"


def event(name: str, project: Path, **changes: object) -> str:
    data = json.loads((EVENTS / f"{name}.json").read_text())
    data["cwd"] = str(project)
    data.update(changes)
    return json.dumps(data)


def context_of(out: str) -> str:
    payload = json.loads(out)
    assert set(payload) == {"hookSpecificOutput"}
    return payload["hookSpecificOutput"]["additionalContext"]


def seed(cli) -> None:
    cli("add", "Fix the session expiry bug in login")
    cli("add", "Write the release notes")


def test_first_prompt_starts_the_task_once(cli, project, validate):
    seed(cli)
    first = cli("hook", stdin=event("user_prompt_submit", project))
    assert first.code == 0, first.err
    validate("hook-output.v1", json.loads(first.out))
    archives = sorted(p.name for p in (project / ".claude").glob("todo-*.old"))
    assert len(archives) == 1
    text = (project / ".claude" / "todo.md").read_text()
    assert "**Task:** Fix the login timeout" in text
    assert "Fix the session expiry bug in login" in context_of(first.out)
    again = cli("hook", stdin=event("user_prompt_submit", project, prompt="now add a test"))
    assert again.code == 0
    assert sorted(p.name for p in (project / ".claude").glob("todo-*.old")) == archives
    assert (project / ".claude" / "todo.md").read_text() == text
    assert "Fix the login timeout" in context_of(again.out)


def test_new_session_rotates_again(cli, project):
    seed(cli)
    cli("hook", stdin=event("user_prompt_submit", project))
    cli("hook", stdin=event("user_prompt_submit", project, session_id="another"))
    assert len(list((project / ".claude").glob("todo-*.old"))) == 2


@pytest.mark.parametrize("source", ["startup", "resume", "clear", "compact", "fork"])
def test_session_start_adds_context_and_writes_nothing(cli, project, source):
    seed(cli)
    before = (project / ".claude" / "todo.md").read_bytes()
    result = cli("hook", stdin=event(f"session_start_{source}", project))
    assert result.code == 0
    assert "Write the release notes" in context_of(result.out)
    assert (project / ".claude" / "todo.md").read_bytes() == before


def test_todowrite_is_mirrored_without_deleting(cli, project):
    seed(cli)
    payload = {
        "todos": [
            {"content": "Write the release notes", "status": "completed", "activeForm": "Writing"},
            {"content": "Add a regression test", "status": "in_progress", "activeForm": "Adding"},
        ]
    }
    result = cli("hook", stdin=event("post_tool_use_todowrite", project, tool_input=payload))
    assert result.code == 0 and result.out == ""
    text = (project / ".claude" / "todo.md").read_text()
    assert "- [x] Write the release notes" in text
    assert "- [/] Add a regression test" in text
    assert "- [ ] Fix the session expiry bug in login" in text


def test_task_create_then_update_by_remembered_id(cli, project):
    created = cli("hook", stdin=event("post_tool_use_task_create", project))
    assert created.code == 0, created.err
    update = json.loads((EVENTS / "post_tool_use_task_update.json").read_text())
    update["cwd"] = str(project)
    create = json.loads((EVENTS / "post_tool_use_task_create.json").read_text())
    task_id = create["tool_response"]["task"]["id"]
    update["tool_input"] = {"taskId": task_id, "status": "deleted"}
    assert cli("hook", stdin=json.dumps(update)).code == 0
    subject = create["tool_input"]["subject"]
    assert f"- [-] {subject}" in (project / ".claude" / "todo.md").read_text()


def test_stop_gate_blocks_while_checks_fail(cli, project):
    (project / ".claude").mkdir(exist_ok=True)
    config = project / ".claude" / "todokit.toml"
    config.write_text('stop_gate = true\nchecks = [{ name = "unit", run = "echo boom; exit 3" }]\n')
    blocked = cli("hook", stdin=event("stop", project))
    answer = json.loads(blocked.out)
    assert answer["decision"] == "block"
    assert "unit" in answer["reason"] and "boom" in answer["reason"]
    config.write_text('stop_gate = true\nchecks = [{ name = "unit", run = "true" }]\n')
    assert cli("hook", stdin=event("stop", project)).out == ""
    config.write_text('checks = [{ name = "unit", run = "false" }]\n')
    assert cli("hook", stdin=event("stop", project)).out == ""


@pytest.mark.parametrize("stdin", ["not json", "[]", '{"prompt": "x"}'])
def test_bad_input_exits_1_never_2_and_writes_nothing(cli, project, stdin):
    result = cli("hook", stdin=stdin)
    assert result.code == 1
    assert result.err.startswith("todokit: hook:")
    assert not (project / ".claude").exists()


def test_held_lock_does_not_block_the_prompt(cli, project):
    seed(cli)
    (project / ".claude" / "todokit.toml").write_text("lock_timeout = 0.2\n")
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
        assert holder.stdout.readline().strip() == "held"
        before = (project / ".claude" / "todo.md").read_bytes()
        result = cli("hook", stdin=event("user_prompt_submit", project))
        assert result.code == 1
        assert "todo.md.lock" in result.err
        assert (project / ".claude" / "todo.md").read_bytes() == before
        assert not list((project / ".claude").glob("todo-*.old"))
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()


def test_real_process_round_trip(project):
    (project / ".claude").mkdir()
    (project / ".claude" / "todo.md").write_text(
        "- [ ] Fix the login timeout\n- [ ] Unrelated chore\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "todokit", "hook"],
        input=event("user_prompt_submit", project),
        capture_output=True,
        text=True,
        cwd=project,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Fix the login timeout" in context_of(done.stdout)


def test_mirrored_new_tasks_never_land_among_parked_work(cli, project):
    (project / ".claude").mkdir()
    path = project / ".claude" / "todo.md"
    path.write_text("## Now\n\n- [ ] a\n\n## Out of scope\n\n### Later\n\n- [ ] z\n")
    payload = {"todos": [{"content": "b", "status": "pending", "activeForm": "b"}]}
    assert (
        cli("hook", stdin=event("post_tool_use_todowrite", project, tool_input=payload)).code == 0
    )
    assert (
        path.read_text()
        == "## Now\n\n- [ ] a\n- [ ] b\n\n## Out of scope\n\n### Later\n\n- [ ] z\n"
    )
