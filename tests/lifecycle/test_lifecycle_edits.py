"""add / complete / reopen / mark / remove: one minimal change each, written only when needed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from lifecycle_support import (
    OLD_MTIME_NS,
    changed_lines,
    lock_held_elsewhere,
    make_project,
    snapshot,
)

from todokit.errors import ChecksFailedError, LockTimeoutError, TaskNotFoundError, UsageError
from todokit.files.config import Config
from todokit.lifecycle.operations import add, complete, mark, remove, reopen
from todokit.lifecycle.project import Project

TEXT = (
    "# Plan\r\n\r\n## API\r\n- [ ] fix auth\r\n  - [ ] add test\r\n- [x] ship v1\r\n\r\nNotes.\r\n"
)


def test_add_creates_the_file(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    project = Project.open(tmp_path, environ={})
    result = add(project, "Write docs")
    assert project.todo.path.read_text() == "- [ ] Write docs\n"
    assert (result.task.text, result.task.index, result.change.before) == ("Write docs", "1", None)


@pytest.mark.parametrize(
    ("kwargs", "added"),
    [
        ({}, "- [ ] new one\r\n"),
        ({"section": "API"}, "- [ ] new one\r\n"),
        ({"under": "fix auth"}, "  - [ ] new one\r\n"),
        ({"status": "in_progress"}, "- [/] new one\r\n"),
    ],
)
def test_add_inserts_one_line_in_the_file_style(
    tmp_path: Path, kwargs: dict[str, Any], added: str
) -> None:
    project = make_project(tmp_path, TEXT)
    result = add(project, "new one", **kwargs)
    assert changed_lines(TEXT, project.todo.path.read_bytes().decode()) == ([], [added])
    assert result.task.text == "new one"


def test_add_to_a_missing_section_creates_it(tmp_path: Path) -> None:
    project = make_project(tmp_path, "- [ ] a\n")
    add(project, "b", section="Later")
    assert project.todo.path.read_text() == "- [ ] a\n\n## Later\n\n- [ ] b\n"


def test_add_rejects_section_with_under_and_multiline_text(tmp_path: Path) -> None:
    project = make_project(tmp_path, TEXT)
    before = snapshot(tmp_path)
    with pytest.raises(UsageError, match="not both"):
        add(project, "x", section="API", under="1")
    with pytest.raises(UsageError, match="one non-empty line"):
        add(project, "two\nlines")
    with pytest.raises(TaskNotFoundError):
        add(project, "x", under="nothing like it")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("ref", ["1", "fix AUTH", "Fix auth"])
def test_complete_changes_one_character(tmp_path: Path, ref: str) -> None:
    project = make_project(tmp_path, TEXT)
    result = complete(project, ref)
    assert changed_lines(TEXT, project.todo.path.read_bytes().decode()) == (
        ["- [ ] fix auth\r\n"],
        ["- [x] fix auth\r\n"],
    )
    assert result.task.status is not None
    assert result.task.status.value == "done"


def test_complete_by_id_and_reopen(tmp_path: Path) -> None:
    project = make_project(tmp_path, TEXT)
    task_id = reopen(project, "ship").task.id
    assert "- [ ] ship v1\r\n" in project.todo.path.read_bytes().decode()
    complete(project, task_id)
    assert project.todo.path.read_bytes().decode() == TEXT


def test_mark_writes_the_marker_given(tmp_path: Path) -> None:
    project = make_project(tmp_path, "- [ ] a\n- [ ] b\n")
    mark(project, "a", "!")
    mark(project, "b", "cancelled")
    assert project.todo.path.read_text() == "- [!] a\n- [-] b\n"
    mark(project, "a", "?")
    assert project.todo.path.read_text() == "- [?] a\n- [-] b\n"


def test_no_write_when_nothing_changes(tmp_path: Path) -> None:
    project = make_project(tmp_path, "- [X] a\n")
    result = complete(project, "a")
    assert (result.change.changed, result.change.written) == (False, False)
    assert project.todo.path.stat().st_mtime_ns == OLD_MTIME_NS
    assert project.todo.path.read_text() == "- [X] a\n"
    mark(project, "a", "X")
    assert project.todo.path.stat().st_mtime_ns == OLD_MTIME_NS


def test_remove_takes_the_subtree_and_no_more(tmp_path: Path) -> None:
    project = make_project(tmp_path, TEXT)
    result = remove(project, "1")
    assert changed_lines(TEXT, project.todo.path.read_bytes().decode()) == (
        ["- [ ] fix auth\r\n", "  - [ ] add test\r\n"],
        [],
    )
    assert result.task.text == "fix auth"


def test_remove_in_a_loose_list_leaves_no_double_gap(tmp_path: Path) -> None:
    project = make_project(tmp_path, "- [ ] a\n\n- [ ] b\n\n- [ ] c\n")
    remove(project, "b")
    assert project.todo.path.read_text() == "- [ ] a\n\n- [ ] c\n"
    remove(project, "c")
    assert project.todo.path.read_text() == "- [ ] a\n"


def test_dry_runs_compute_the_change_and_write_nothing(tmp_path: Path) -> None:
    project = make_project(tmp_path, TEXT)
    before = snapshot(tmp_path)
    changes = [
        add(project, "x", dry_run=True).change,
        complete(project, "1", dry_run=True).change,
        remove(project, "1.1", dry_run=True).change,
    ]
    assert snapshot(tmp_path) == before
    assert all(c.changed and not c.written and c.before == TEXT for c in changes)


def test_edits_of_a_missing_file_say_so(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    for edit in (complete, reopen, remove):
        with pytest.raises(TaskNotFoundError, match="does not exist"):
            edit(project, "1")
    assert not project.todo.path.exists()


def test_complete_with_check_runs_the_checks_first(tmp_path: Path) -> None:
    failing = '[[checks]]\nname = "tests"\nrun = "exit 3"\n'
    project = make_project(tmp_path, "- [ ] a\n", config=failing)
    before = snapshot(tmp_path)
    with pytest.raises(ChecksFailedError, match="tests"):
        complete(project, "a", check=True)
    assert snapshot(tmp_path) == before
    (tmp_path / ".claude" / "todokit.toml").write_text('[[checks]]\nname = "ok"\nrun = "true"\n')
    complete(Project.open(root=tmp_path, environ={}), "a", check=True)
    assert project.todo.path.read_text() == "- [x] a\n"


def test_lock_timeout_on_an_edit_changes_nothing(tmp_path: Path) -> None:
    opened = make_project(tmp_path, TEXT)
    project = Project(opened.root, opened.todo, Config(lock_timeout=0))
    before = snapshot(tmp_path)
    with lock_held_elsewhere(project.todo.lock_path):
        edits: list[Callable[[], object]] = [
            lambda: add(project, "x"),
            lambda: complete(project, "1"),
        ]
        for edit in edits:
            with pytest.raises(LockTimeoutError) as caught:
                edit()
            assert caught.value.lock_file == project.todo.lock_path
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "## A\n- [ ] a\n\n## Out of scope\n\n### A\n\n- [ ] parked\n",
            "## A\n- [ ] a\n- [ ] new\n\n## Out of scope\n\n### A\n\n- [ ] parked\n",
        ),
        ("## Out of scope\n\n- [ ] parked", "- [ ] new\n\n## Out of scope\n\n- [ ] parked"),
        (
            "# Todo\r\n\r\n## Out of scope\r\n\r\n- [ ] parked\r\n",
            "# Todo\r\n\r\n- [ ] new\r\n\r\n## Out of scope\r\n\r\n- [ ] parked\r\n",
        ),
        (
            "## Out of scope\n- [ ] parked\n## After\n- [ ] b\n",
            "## Out of scope\n- [ ] parked\n## After\n- [ ] b\n- [ ] new\n",
        ),
    ],
)
def test_add_never_joins_parked_work(tmp_path: Path, text: str, expected: str) -> None:
    project = make_project(tmp_path, text)
    add(project, "new")
    assert project.todo.path.read_bytes().decode() == expected
