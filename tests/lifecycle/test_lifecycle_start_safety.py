"""start() changes nothing when it cannot finish: dry runs, bad bytes, a held lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from lifecycle_support import lock_held_elsewhere, make_project, snapshot

from todokit.errors import InvalidInputError, LockTimeoutError, UsageError
from todokit.files.config import Config
from todokit.lifecycle.project import Project
from todokit.lifecycle.starting import next_archive, start

DAY = "2026-11-24"


def test_dry_run_changes_nothing_and_names_the_archive_it_would_use(tmp_path: Path) -> None:
    project = make_project(tmp_path, "- [ ] a\n- [x] b\n")
    (tmp_path / ".claude" / f"todo-{DAY}.old").write_text("earlier\n")
    before = snapshot(tmp_path)
    result = start(project, "a", today=DAY, dry_run=True)
    assert snapshot(tmp_path) == before
    assert result.archived == tmp_path.resolve() / ".claude" / f"todo-{DAY}.2.old"
    assert not result.change.written
    assert result.change.after.endswith("- [ ] a\n")
    assert "`todo-2026-11-24.2.old`" in result.change.after


def test_dry_run_without_a_file_creates_nothing(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    project = Project.open(tmp_path, environ={})
    result = start(project, "x", today=DAY, dry_run=True)
    assert (result.created, result.archived) == (True, None)
    assert not (tmp_path / ".claude").exists()


def test_invalid_utf8_changes_nothing(tmp_path: Path) -> None:
    data = b"- [ ] caf\xe9\n- [x] done\n"
    project = make_project(tmp_path, data)
    before = snapshot(tmp_path)
    with pytest.raises(InvalidInputError, match=r"not valid UTF-8.*offset 9"):
        start(project, "x", today=DAY)
    assert snapshot(tmp_path) == before
    assert project.todo.path.read_bytes() == data
    assert not list((tmp_path / ".claude").glob("todo-*.old"))


def test_invalid_utf8_fails_a_dry_run_too(tmp_path: Path) -> None:
    project = make_project(tmp_path, b"\xff\n")
    with pytest.raises(InvalidInputError):
        start(project, today=DAY, dry_run=True)


def test_a_bad_day_is_a_usage_error_before_anything_changes(tmp_path: Path) -> None:
    project = make_project(tmp_path, "- [ ] a\n")
    before = snapshot(tmp_path)
    with pytest.raises(UsageError):
        start(project, today="tomorrow")
    assert snapshot(tmp_path) == before


def test_lock_timeout_names_the_lock_file_and_changes_nothing(tmp_path: Path) -> None:
    make_project(tmp_path, "- [ ] a\n")
    project = Project.open(root=tmp_path, environ={})
    project = Project(project.root, project.todo, Config(lock_timeout=0.2))
    before = snapshot(tmp_path)
    with lock_held_elsewhere(project.todo.lock_path), pytest.raises(LockTimeoutError) as caught:
        start(project, "x", today=DAY)
    assert caught.value.lock_file == project.todo.lock_path
    assert str(project.todo.lock_path) in str(caught.value)
    assert caught.value.exit_code == 3
    assert snapshot(tmp_path) == before
    assert start(project, today=DAY).archived is not None


def test_a_scorer_failure_happens_before_anything_changes(tmp_path: Path) -> None:
    from todokit.arrange.arrangement import ScopeOptions

    project = make_project(tmp_path, "- [ ] a\n")
    before = snapshot(tmp_path)

    def broken(task: str, items: object, /) -> list[object]:
        return []

    with pytest.raises(UsageError, match="scorer returned 0 scores for 1 items"):
        start(project, "x", today=DAY, options=ScopeOptions(broken))  # type: ignore[arg-type]
    assert snapshot(tmp_path) == before


def test_next_archive_skips_taken_names(tmp_path: Path) -> None:
    from datetime import date

    (tmp_path / "todo-2026-11-24.old").write_text("")
    (tmp_path / "todo-2026-11-24.3.old").write_text("")
    assert next_archive(tmp_path, date(2026, 11, 24)).name == "todo-2026-11-24.4.old"
    assert next_archive(tmp_path, date(2026, 11, 25)).name == "todo-2026-11-25.old"


def test_an_archive_name_taken_meanwhile_is_named_correctly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    import todokit.lifecycle.starting as start_module
    from todokit.files.rotation import rotate

    project = make_project(tmp_path, "- [ ] a\n")

    def rotate_after_another_program(
        todo_path: Path, archive_dir: Path, day: date, *, remove_source: bool = True
    ) -> Path:
        (archive_dir / f"todo-{DAY}.old").write_text("someone else\n")
        return rotate(todo_path, archive_dir, day, remove_source=remove_source)

    monkeypatch.setattr(start_module, "rotate", rotate_after_another_program)
    result = start(project, today=DAY)
    assert result.archived is not None
    assert result.archived.name == f"todo-{DAY}.2.old"
    assert f"`todo-{DAY}.2.old`" in project.todo.path.read_text()


def test_a_failed_write_leaves_no_archive_and_the_list_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = make_project(tmp_path, "- [ ] keep me\n")
    before = snapshot(project.todo.claude_dir)

    def full(todo: object, text: str) -> None:
        raise InvalidInputError("cannot write todo.md: No space left on device")

    monkeypatch.setattr("todokit.lifecycle.starting.write_text", full)
    with pytest.raises(InvalidInputError, match="No space left"):
        start(project, "anything", today="2026-11-24")
    after = snapshot(project.todo.claude_dir)
    assert {k: v for k, v in after.items() if not k.endswith(".lock")} == {
        k: v for k, v in before.items() if not k.endswith(".lock")
    }


def test_pruning_never_removes_the_archive_just_made(tmp_path: Path) -> None:
    project = make_project(tmp_path, "- [ ] a\n", config="keep = 0\n")
    result = start(project, "a", today="2026-11-24")
    assert result.archived is not None and result.archived.exists()


def test_a_hook_session_is_forgotten_when_its_start_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from todokit.hooks.first_prompt import start_session
    from todokit.hooks.state import HookState

    project = make_project(tmp_path, "- [ ] a\n")

    def full(todo: object, text: str) -> None:
        raise InvalidInputError("cannot write todo.md: No space left on device")

    monkeypatch.setattr("todokit.lifecycle.starting.write_text", full)
    with pytest.raises(InvalidInputError):
        start_session(project, "s1", "Fix the login timeout")
    assert not HookState.load(project.todo.claude_dir).started("s1")
