"""rotate_todo, history and prune_archives on real directories."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from lifecycle_support import make_project, snapshot

from todokit.errors import NotRegularFileError, UsageError
from todokit.lifecycle.archives import history, prune_archives, rotate_todo
from todokit.lifecycle.project import Project


def with_archives(tmp_path: Path) -> Project:
    project = make_project(tmp_path, "- [ ] now\n")
    claude = tmp_path / ".claude"
    (claude / "todo-2026-01-10.old").write_text("- [ ] a\n- [x] b\n- [-] c\n- note\n")
    (claude / "todo-2026-01-10.2.old").write_bytes(b"- [ ] caf\xe9\n")
    (claude / "todo-2026-03-01.old").write_text("")
    (claude / "todo-2026-03-01.old.bak").write_text("- [ ] not an archive\n")
    (claude / "notes-2026-01-01.old").write_text("- [ ] not an archive\n")
    return project


def test_history_lists_archives_oldest_first_with_counts(tmp_path: Path) -> None:
    infos = history(with_archives(tmp_path))
    assert [(i.day, i.sequence, i.path.name, i.open, i.done) for i in infos] == [
        (date(2026, 1, 10), 1, "todo-2026-01-10.old", 1, 2),
        (date(2026, 1, 10), 2, "todo-2026-01-10.2.old", 1, 0),
        (date(2026, 3, 1), 1, "todo-2026-03-01.old", 0, 0),
    ]
    assert infos[1].size == 11


def test_history_filters_by_day(tmp_path: Path) -> None:
    project = with_archives(tmp_path)
    assert [i.day.month for i in history(project, since="2026-02-01")] == [3]
    assert [i.sequence for i in history(project, until="2026-01-10")] == [1, 2]
    assert history(make_project(tmp_path / "empty")) == []


def test_prune_keep_removes_the_oldest(tmp_path: Path) -> None:
    project = with_archives(tmp_path)
    removed = prune_archives(project, keep=1)
    assert [a.path.name for a in removed] == ["todo-2026-01-10.old", "todo-2026-01-10.2.old"]
    assert sorted(p.name for p in (tmp_path / ".claude").iterdir()) == [
        "notes-2026-01-01.old",
        "todo-2026-03-01.old",
        "todo-2026-03-01.old.bak",
        "todo.md",
        "todo.md.lock",
    ]


def test_prune_older_than_counts_back_from_today(tmp_path: Path) -> None:
    project = with_archives(tmp_path)
    removed = prune_archives(project, older_than="30d", today="2026-03-05")
    assert [a.path.name for a in removed] == ["todo-2026-01-10.old", "todo-2026-01-10.2.old"]
    assert [i.path.name for i in history(project)] == ["todo-2026-03-01.old"]


def test_prune_dry_run_reports_and_removes_nothing(tmp_path: Path) -> None:
    project = with_archives(tmp_path)
    before = snapshot(tmp_path)
    assert len(prune_archives(project, keep=0, dry_run=True)) == 3
    assert snapshot(tmp_path) == before
    assert prune_archives(make_project(tmp_path / "none"), keep=0) == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "exactly one"),
        ({"keep": 1, "older_than": "3m"}, "exactly one"),
        ({"keep": -1}, "0 or more"),
        ({"older_than": "3 months"}, "invalid span"),
    ],
)
def test_prune_usage_errors(tmp_path: Path, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(UsageError, match=message):
        prune_archives(make_project(tmp_path), **kwargs)  # type: ignore[arg-type]


def test_rotate_only_archives(tmp_path: Path) -> None:
    project = make_project(tmp_path, "- [ ] a\n", config="keep = 1\n")
    (tmp_path / ".claude" / "todo-2026-01-01.old").write_text("old\n")
    planned = rotate_todo(project, today="2026-11-24", dry_run=True)
    assert planned is not None
    assert planned.name == "todo-2026-11-24.old"
    assert project.todo.exists()
    archived = rotate_todo(project, today="2026-11-24")
    assert archived == planned
    assert archived.read_text() == "- [ ] a\n"
    assert not project.todo.exists()
    assert [p.name for p in (tmp_path / ".claude").glob("todo-*.old")] == [archived.name]
    assert rotate_todo(project, today="2026-11-24") is None
    assert rotate_todo(project, today="2026-11-24", dry_run=True) is None


@pytest.mark.parametrize("dry_run", [False, True])
def test_rotate_refuses_a_todo_file_that_is_no_regular_file(tmp_path: Path, dry_run: bool) -> None:
    # A FIFO used to read as "nothing to rotate: .claude/todo.md does not exist", exit 0.
    project = make_project(tmp_path, "- [ ] a\n")
    project.todo.path.unlink()
    os.mkfifo(project.todo.path)
    with pytest.raises(NotRegularFileError, match="it is a named pipe"):
        rotate_todo(project, today="2026-11-24", dry_run=dry_run)
    assert project.todo.path.is_fifo()
    assert not list((tmp_path / ".claude").glob("todo-*.old"))


def test_rotate_finds_nothing_behind_a_link_to_nothing(tmp_path: Path) -> None:
    project = make_project(tmp_path, "- [ ] a\n")
    project.todo.path.unlink()
    project.todo.path.symlink_to("absent.md")
    assert rotate_todo(project, today="2026-11-24") is None
