"""Agent task ids per session or task list, and rolled-back creations, through real hooks."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from todokit.cli import main

EVENTS = Path(__file__).parent.parent / "agent" / "events"


def hook(project: Path, name: str, list_id: str | None = None, **fields: object) -> None:
    """Run ``todokit hook`` as Claude Code does: a recorded event, changed, on stdin.

    In this process (so coverage sees it), with the environment Claude Code gives a hook.
    """
    event = json.loads((EVENTS / f"{name}.json").read_text())
    event.update(cwd=str(project), **fields)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CLAUDE_PROJECT_DIR", str(project))
        patch.delenv("TODOKIT_ROOT", raising=False)
        if list_id is None:
            patch.delenv("CLAUDE_CODE_TASK_LIST_ID", raising=False)
        else:
            patch.setenv("CLAUDE_CODE_TASK_LIST_ID", list_id)
        stdin = io.TextIOWrapper(io.BytesIO(json.dumps(event).encode()))
        patch.setattr(sys, "stdin", stdin)
        errors = io.StringIO()
        patch.setattr(sys, "stderr", errors)
        assert (main(["hook"]), errors.getvalue()) == (0, "")


def real_hook(project: Path, name: str, **fields: object) -> None:
    """The same as a separate ``todokit hook`` process."""
    event = json.loads((EVENTS / f"{name}.json").read_text())
    event.update(cwd=str(project), **fields)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLAUDE_", "TODOKIT_ROOT"))}
    env["CLAUDE_PROJECT_DIR"] = str(project)
    done = subprocess.run(
        [sys.executable, "-m", "todokit", "hook"],
        input=json.dumps(event),
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")


def created(project: Path, session: str, task_id: str, subject: str, **kw: object) -> None:
    hook(project, "task_created", session_id=session, task_id=task_id, task_subject=subject, **kw)


def completed(project: Path, session: str, task_id: str, subject: str, **kw: object) -> None:
    fields = {"session_id": session, "task_id": task_id, "task_subject": subject}
    hook(project, "task_completed", **fields, **kw)


def tasks(project: Path) -> list[str]:
    text = (project / ".claude" / "todo.md").read_text()
    return [line for line in text.splitlines() if line.startswith("- [")]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    return tmp_path


def test_sessions_numbering_tasks_from_1_do_not_meet(project: Path) -> None:
    """The issue's reproduction, with real hook processes."""
    real_hook(project, "task_created", session_id="A", task_id="1", task_subject="Fix the login")
    real_hook(project, "task_completed", session_id="A", task_id="1", task_subject="Fix the login")
    real_hook(project, "task_created", session_id="B", task_id="1", task_subject="Write notes")
    assert tasks(project) == ["- [x] Fix the login", "- [ ] Write notes"]
    real_hook(project, "task_completed", session_id="B", task_id="1", task_subject="Write notes")
    assert tasks(project) == ["- [x] Fix the login", "- [x] Write notes"]


def test_todowrite_lists_of_two_sessions_do_not_meet(project: Path) -> None:
    payload = {"todos": [{"content": "Fix the login", "status": "completed"}]}
    hook(project, "post_tool_use_todowrite", session_id="A", tool_input=payload)
    payload = {"todos": [{"content": "Fix the login", "status": "in_progress"}]}
    hook(project, "post_tool_use_todowrite", session_id="B", tool_input=payload)
    assert tasks(project) == ["- [x] Fix the login", "- [/] Fix the login"]


def test_a_shared_task_list_is_one_scope_across_sessions(project: Path) -> None:
    created(project, "A", "1", "Fix the login timeout", list_id="team")
    hook(
        project,
        "post_tool_use_task_update",
        list_id="team",
        session_id="B",
        tool_input={"taskId": "1", "status": "completed"},
    )
    assert tasks(project) == ["- [x] Fix the login timeout"]


def test_an_unknown_id_never_reopens_finished_work(project: Path) -> None:
    created(project, "A", "4", "Write the release notes")
    completed(project, "A", "4", "Write the release notes")
    hook(
        project,
        "post_tool_use_task_update",
        session_id="B",
        tool_input={"taskId": "9", "status": "in_progress", "subject": "Write the release notes"},
    )
    completed(project, "C", "2", "Write the release notes")
    assert tasks(project) == ["- [x] Write the release notes", "- [x] Write the release notes"]


def test_a_creation_rolled_back_by_another_hook_is_undone(project: Path) -> None:
    created(project, "A", "1", "Fix the login timeout")
    created(project, "A", "2", "Deploy on Friday")  # another TaskCreated hook blocks it
    hook(
        project,
        "post_tool_use_failure_task_create",
        session_id="A",
        tool_input={"subject": "Deploy on Friday", "description": "Ship it"},
    )
    assert tasks(project) == ["- [ ] Fix the login timeout"]


def test_an_id_given_again_for_another_subject_undoes_the_phantom(project: Path) -> None:
    created(project, "A", "2", "Deploy on Friday")
    created(project, "A", "2", "Write the changelog")
    assert tasks(project) == ["- [ ] Write the changelog"]
    created(project, "A", "2", "Write the changelog")  # reported twice: still one task
    assert tasks(project) == ["- [ ] Write the changelog"]


def test_a_confirmed_task_is_never_undone(project: Path) -> None:
    created(project, "A", "5", "Document the SESSION_TTL setting")
    hook(
        project,
        "post_tool_use_task_create",
        session_id="A",
        tool_input={"subject": "Document the SESSION_TTL setting"},
        tool_response={"task": {"id": "5", "subject": "Document the SESSION_TTL setting"}},
    )
    created(project, "A", "5", "Another list's fifth task")
    hook(
        project,
        "post_tool_use_failure_task_create",
        session_id="A",
        tool_input={"subject": "Document the SESSION_TTL setting"},
    )
    assert tasks(project) == [
        "- [ ] Document the SESSION_TTL setting",
        "- [ ] Another list's fifth task",
    ]


def test_a_phantom_someone_worked_on_stays(project: Path) -> None:
    (project / ".claude").mkdir()
    (project / ".claude" / "todo.md").write_text("- [ ] Deploy on Friday\n")
    created(project, "A", "3", "Deploy on Friday")  # matched an existing task: not added
    created(project, "A", "4", "Fix the build")
    path = project / ".claude" / "todo.md"
    path.write_text(path.read_text().replace("- [ ] Fix the build", "- [/] Fix the build"))
    for subject in ("Deploy on Friday", "Fix the build"):
        hook(
            project,
            "post_tool_use_failure_task_create",
            session_id="A",
            tool_input={"subject": subject},
        )
    assert tasks(project) == ["- [ ] Deploy on Friday", "- [/] Fix the build"]


def test_a_failure_without_a_subject_changes_nothing(project: Path) -> None:
    hook(project, "post_tool_use_failure_task_create", session_id="A", tool_input={})
    assert not (project / ".claude").exists()
