"""The library functions the CLI's list, hook and install call, and the pure operations.

Each returns data and prints nothing; the pure operations do what their file
operation does, on a document, without a file.
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest

import todokit
from todokit.errors import InvalidInputError, UsageError
from todokit.hooks.where import HookOptions
from todokit.lifecycle.interop import read_payload
from todokit.lifecycle.memory_file import load_homes

TODO = "## Now\n\n- [ ] Fix login\n  - [ ] Add a test\n- [ ] Dark mode\n"


@pytest.fixture
def todo(project: Path) -> todokit.Project:
    (project / ".claude").mkdir()
    (project / ".claude" / "todo.md").write_text(TODO, encoding="utf-8")
    return todokit.Project.open(root=project, environ={})


def test_list_tasks_reads_the_tasks_and_their_parking(todo: todokit.Project) -> None:
    todokit.park(todo, ["dark"])
    listing = todokit.list_tasks(todo)
    assert (listing.exists, listing.path) == (True, todo.todo.path)
    assert [task.text for task in listing.tasks] == ["Fix login", "Add a test", "Dark mode"]
    assert listing.parked() == [False, False, True]


def test_list_tasks_without_a_file_is_an_empty_list(project: Path) -> None:
    listing = todokit.list_tasks(todokit.Project.open(root=project, environ={}))
    assert (listing.exists, listing.tasks, listing.parked()) == (False, (), [])


def test_park_and_keep_document_do_what_park_and_keep_do_to_the_file(
    todo: todokit.Project,
) -> None:
    doc = todokit.parse(TODO)
    parked = todokit.park_document(doc, ["dark"])
    assert todokit.park(todo, ["dark"]).change.after == parked.document.render()
    assert load_homes(todo.todo) == parked.homes
    kept = todokit.keep_document(parked.document, ["dark"], parked.homes)
    assert kept.document.render() == TODO
    assert todokit.keep(todo, ["dark"]).change.after == TODO


def test_park_document_refuses_a_sub_task_and_keep_one_not_parked() -> None:
    doc = todokit.parse(TODO)
    with pytest.raises(todokit.TaskNotFoundError, match="is part of 1"):
        todokit.park_document(doc, ["Add a test"])
    with pytest.raises(todokit.TaskNotFoundError, match="is not parked"):
        todokit.keep_document(doc, ["login"])


def test_scope_document_is_the_scope_of_the_file(todo: todokit.Project) -> None:
    arranged = todokit.scope_document(todokit.parse(TODO), "login")
    assert [task.text for task in arranged.out_of_scope] == ["Dark mode"]
    assert todokit.scope(todo, "login").change.after == arranged.document.render()


def test_hook_returns_the_answer_and_prints_nothing(
    todo: todokit.Project, capsys: pytest.CaptureFixture[str]
) -> None:
    event = {
        "hook_event_name": "UserPromptSubmit",
        "session_id": "s1",
        "cwd": str(todo.root),
        "prompt": "Fix the login timeout",
    }
    environ = {"CLAUDE_PROJECT_DIR": str(todo.root), "TODOKIT_TODAY": "2026-11-24"}
    answer = todokit.hook(json.dumps(event), environ)
    assert json.loads(answer)["hookSpecificOutput"]["hookEventName"] == "UserPromptSubmit"
    assert capsys.readouterr() == ("", "")
    again = json.dumps(event).encode("utf-8")
    assert todokit.hook(again, environ, HookOptions(quiet=True)) == ""
    assert todokit.hook(b'{"hook_event_name": "PreCompact"}', environ) == ""
    with pytest.raises(InvalidInputError):
        todokit.hook(b"not json", environ)


def test_install_returns_the_changes_and_writes_them_unless_a_dry_run(
    todo: todokit.Project,
) -> None:
    planned = todokit.install(todo, agent="gemini", dry_run=True)
    assert (planned.written, planned.settings.action, planned.skill.action) == (
        False,
        "create",
        "create",
    )
    assert not planned.settings.path.exists()
    done = todokit.install(todo, agent="gemini")
    assert done.written and done.settings.path == todo.root / ".gemini" / "settings.json"
    assert done.settings.path.exists() and done.skill.path.exists()
    removed = todokit.install(todo, agent="gemini", uninstall=True)
    assert (removed.uninstall, removed.skill.action) == (True, "delete")


def test_install_refuses_what_cannot_go_together(todo: todokit.Project, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="--local is for Claude Code"):
        todokit.install(todo, agent="codex", local=True)
    with pytest.raises(UsageError, match="--plugin writes a Claude Code plugin"):
        todokit.install(None, agent="codex", plugin=tmp_path / "plugin")
    with pytest.raises(UsageError, match=r"Codex CLI.s config\.toml"):
        todokit.install_mcp(todo, agent="codex")


def test_install_writes_a_plugin_in_no_project(tmp_path: Path) -> None:
    done = todokit.install(None, plugin=tmp_path / "plugin")
    assert done.plugin == tmp_path / "plugin" and done.written
    assert all(change.path.exists() for change in done.changes)


def test_install_mcp_adds_the_server_entry(todo: todokit.Project) -> None:
    assert todokit.install_mcp(todo, dry_run=True).action == "create"
    change = todokit.install_mcp(todo, agent="gemini")
    assert change.path == todo.root / ".gemini" / "settings.json"
    assert "todokit" in json.loads(change.path.read_text())["mcpServers"]


def test_install_git_sets_up_the_merge_driver(project: Path) -> None:
    subprocess.run(["git", "init", "-q", str(project)], check=True)
    repo = todokit.Project.open(root=project, environ={})
    plan = todokit.install_git(repo, dry_run=True)
    assert plan.attributes_changed and not plan.attributes.exists()
    todokit.install_git(repo)
    assert "merge=todokit" in plan.attributes.read_text()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("{", "not JSON"),
        ("1" * 5000, "a number too long"),
        ("[" * 100_000, "nested too deeply"),
    ],
)
def test_read_payload_names_what_is_wrong(todo: todokit.Project, data: str, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        read_payload("-", todo, io.StringIO(data))


def test_read_payload_reads_a_file_or_says_why_not(todo: todokit.Project, tmp_path: Path) -> None:
    (tmp_path / "todos.json").write_text('{"todos": []}', encoding="utf-8")
    assert read_payload(str(tmp_path / "todos.json"), todo) == {"todos": []}
    (tmp_path / "latin1.json").write_bytes(b'{"a": "\xe9"}')
    with pytest.raises(InvalidInputError, match="cannot read"):
        read_payload(str(tmp_path / "latin1.json"), todo)


def test_scope_options_override_the_configuration(todo: todokit.Project) -> None:
    from todokit.lifecycle import scope_options

    base = scope_options(todo.config)
    assert (base.scorer, base.keep_priority) == (None, None)
    chosen = scope_options(
        todo.config,
        scorer="todokit.ranking.scorer:keyword_overlap_scorer",
        threshold=0.9,
        keep_priority="highest",
    )
    assert (chosen.scorer.__name__, chosen.threshold, chosen.keep_priority) == (
        "keyword_overlap_scorer",
        0.9,
        0,
    )
    with pytest.raises(UsageError, match="MODULE:FUNCTION"):
        scope_options(scorer="no-colon")
