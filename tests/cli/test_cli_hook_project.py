"""Which project a hook writes to, its options and its waits: real ``todokit hook`` processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

EVENTS = Path(__file__).parent.parent / "agent" / "events"
PROMPT = json.loads((EVENTS / "user_prompt_submit.json").read_text())


def hook(
    stdin: str, *args: str, cwd: Path, project_dir: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLAUDE_", "TODOKIT_ROOT"))}
    if project_dir is not None:
        env["CLAUDE_PROJECT_DIR"] = str(project_dir)
    return subprocess.run(
        [sys.executable, "-m", "todokit", "hook", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        check=False,
    )


def prompt(cwd: Path | str, **changes: object) -> str:
    return json.dumps({**PROMPT, "cwd": str(cwd), **changes})


def todowrite(cwd: Path, text: str) -> str:
    event = json.loads((EVENTS / "post_tool_use_todowrite.json").read_text())
    event.update(cwd=str(cwd), tool_input={"todos": [{"content": text, "status": "pending"}]})
    return json.dumps(event)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    return root


def test_claude_project_dir_wins_over_a_cwd_that_followed_cd(repo: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / ".git").mkdir(parents=True)
    done = hook(todowrite(elsewhere, "Fix the login"), cwd=elsewhere, project_dir=repo)
    assert (done.returncode, done.stderr) == (0, "")
    assert "- [ ] Fix the login" in (repo / ".claude" / "todo.md").read_text()
    assert not (elsewhere / ".claude").exists()
    again = hook(todowrite(elsewhere, "Write docs"), cwd=tmp_path)
    assert again.returncode == 0, "without the variable the event's cwd is the project"
    assert "- [ ] Write docs" in (elsewhere / ".claude" / "todo.md").read_text()


def test_no_claude_dir_is_made_outside_a_project(tmp_path: Path) -> None:
    loose = tmp_path / "downloads"
    loose.mkdir()
    for event in (prompt(loose), todowrite(loose, "x")):
        done = hook(event, cwd=loose)
        assert done.returncode == 1
        assert done.stderr == (
            f"todokit: hook: {loose} is in no project (no .claude/ or .git here or above); "
            "nothing was written. Run `mkdir .claude` there to keep a task list.\n"
        )
    assert list(loose.iterdir()) == []


def test_cwd_root_is_a_clear_message(tmp_path: Path) -> None:
    if (Path("/") / ".claude").exists() or (Path("/") / ".git").exists():
        pytest.skip("this machine's / is a project")
    done = hook(prompt("/"), cwd=Path("/"))
    assert done.returncode == 1
    assert done.stderr.startswith("todokit: hook: / is in no project")
    assert "internal error" not in done.stderr
    assert not (Path("/") / ".claude").exists()


@pytest.mark.parametrize("args", [[], ["--quiet"]])
def test_a_failure_quoting_the_event_is_escaped_for_the_terminal(
    tmp_path: Path, args: list[str]
) -> None:
    # Bare `todokit hook` skips the CLI's output layer; its errors are escaped all the same.
    done = hook(prompt(tmp_path / "gone\x1b]0;pwned\x07"), *args, cwd=tmp_path)
    assert done.returncode == 1
    assert "\x1b" not in done.stderr and "\x07" not in done.stderr
    assert "gone\\x1b]0;pwned\\x07" in done.stderr


def test_hook_root_and_file_options_work(repo: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    done = hook(todowrite(other, "Rooted"), "--root", str(repo), cwd=other, project_dir=other)
    assert (done.returncode, done.stderr) == (0, "")
    assert "- [ ] Rooted" in (repo / ".claude" / "todo.md").read_text()
    notes = tmp_path / "notes.md"
    done = hook(todowrite(other, "Filed"), "--file", str(notes), cwd=other)
    assert (done.returncode, done.stderr) == (0, "")
    assert notes.read_text() == "- [ ] Filed\n"


def test_quiet_drops_the_context(repo: Path) -> None:
    (repo / ".claude").mkdir()
    (repo / ".claude" / "todo.md").write_text("- [ ] a\n")
    resume = json.loads((EVENTS / "session_start_resume.json").read_text())
    resume["cwd"] = str(repo)
    assert json.loads(hook(json.dumps(resume), cwd=repo).stdout)["hookSpecificOutput"]
    assert hook(json.dumps(resume), "-q", cwd=repo).stdout == ""
    assert hook(json.dumps(resume), "-q", "--json", cwd=repo).stdout == "{}\n", "one JSON document"


@pytest.mark.parametrize("args", [["--typo"], ["--lock-timeout", "soon"], ["extra"], ["--root"]])
def test_a_usage_error_exits_1_never_2(repo: Path, args: list[str]) -> None:
    done = hook(prompt(repo), *args, cwd=repo)
    assert done.returncode == 1
    assert "usage:" in done.stderr
    assert not (repo / ".claude").exists()


def test_help_and_debug_before_the_command(repo: Path) -> None:
    done = hook("", "--help", cwd=repo)
    assert done.returncode == 0 and done.stdout.startswith("usage: todokit hook")
    debug = subprocess.run(
        [sys.executable, "-m", "todokit", "--debug", "hook", "--typo"],
        input="",
        capture_output=True,
        text=True,
        check=False,
    )
    assert debug.returncode == 1


def hold(lock: Path) -> subprocess.Popen[str]:
    lock.parent.mkdir(parents=True, exist_ok=True)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from filelock import FileLock\n"
            "lock = FileLock(sys.argv[1]); lock.acquire(); print('held', flush=True); time.sleep(60)",
            str(lock),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "held\n"
    return holder


@pytest.mark.parametrize(("args", "most"), [([], 8.0), (["--lock-timeout", "0.2"], 2.5)])
def test_the_hook_gives_up_on_a_held_lock_well_inside_its_timeout(
    repo: Path, args: list[str], most: float
) -> None:
    (repo / ".claude").mkdir()
    (repo / ".claude" / "todokit.toml").write_text("lock_timeout = 60\n")
    holder = hold(repo / ".claude" / "todo.md.lock")
    try:
        started = time.monotonic()
        done = hook(prompt(repo), *args, cwd=repo)
        took = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert done.returncode == 1, "a busy lock never blocks the prompt"
    assert "todo.md.lock" in done.stderr
    assert took < most, f"waited {took:.1f} s for the lock inside a 10 s hook"


@pytest.mark.parametrize(
    "event",
    [
        '{"hook_event_name": "UserPromptSubmit", "session_id": "s\\u0000", "cwd": "CWD", "prompt": "a\\u0000b"}',
        '{"hook_event_name": "SessionStart", "session_id": "s", "cwd": "CWD\\u0000x"}',
        '{"hook_event_name": "PostToolUse", "session_id": "s", "cwd": "CWD", "tool_name": "TodoWrite",'
        ' "tool_input": {"todos": [{"content": "x\\u0000y", "status": "pending"}]}}',
        '{"hook_event_name": "TaskCreated", "session_id": "s", "cwd": "CWD", "task_id": "1\\u0000",'
        ' "task_subject": "\\u0000"}',
        '{"hook_event_name": "Stop\\u0000", "cwd": "CWD"}',
        '{"hook_event_name": "UserPromptSubmit", "cwd": "CWD", "prompt": "raw \u0000 nul"}',
    ],
)
def test_a_nul_in_hook_json_is_never_an_internal_error(repo: Path, event: str) -> None:
    done = hook(event.replace("CWD", str(repo)), cwd=repo)
    assert "internal error" not in done.stderr
    assert done.returncode in (0, 1)
    for path in (repo / ".claude").glob("*"):
        if path.suffix in (".md", ".json", ".old"):
            assert b"\0" not in path.read_bytes(), f"{path.name} holds a NUL"
