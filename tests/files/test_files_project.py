"""Finding the project root and the todo file."""

from __future__ import annotations

import errno
import os
from datetime import date
from pathlib import Path

import pytest

from todokit.errors import InvalidInputError
from todokit.files.project import TodoFile, find_root


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    base = tmp_path.resolve()
    (base / "repo" / "src" / "pkg").mkdir(parents=True)
    return base


def test_nearest_marker_wins(tree: Path) -> None:
    start = tree / "repo" / "src" / "pkg"
    assert find_root(start, environ={}) == start
    (tree / "repo" / ".git").mkdir()
    assert find_root(start, environ={}) == tree / "repo"
    (tree / "repo" / "src" / ".claude").mkdir()
    assert find_root(start, environ={}) == tree / "repo" / "src"


def test_git_file_of_a_worktree_marks_a_root(tree: Path) -> None:
    (tree / "repo" / ".git").write_text("gitdir: /elsewhere/.git/worktrees/repo\n")
    assert find_root(tree / "repo" / "src", environ={}) == tree / "repo"


def test_claude_file_marks_no_root(tree: Path) -> None:
    (tree / "repo" / ".claude").write_text("")
    assert find_root(tree / "repo" / "src", environ={}) == tree / "repo" / "src"


def test_home_claude_directory_is_not_a_project(tree: Path) -> None:
    home = tree / "repo"
    (home / ".claude").mkdir()
    environ = {"HOME": str(home)}
    assert find_root(home / "src" / "pkg", environ=environ) == home / "src" / "pkg"
    assert find_root(home, environ=environ) == home
    (home / "src" / ".git").mkdir()
    assert find_root(home / "src" / "pkg", environ=environ) == home / "src"


def test_explicit_root_and_environment_override_the_search(tree: Path) -> None:
    (tree / "repo" / ".git").mkdir()
    start = tree / "repo" / "src"
    assert find_root(start, root=tree, environ={}) == tree
    assert find_root(start, root=Path(".."), environ={}) == tree / "repo"
    assert find_root(start, environ={"TODOKIT_ROOT": str(tree)}) == tree
    assert find_root(start, environ={"TODOKIT_ROOT": "pkg"}) == start / "pkg"
    assert find_root(start, environ={"TODOKIT_ROOT": ""}) == tree / "repo"
    assert find_root(start, root=start, environ={"TODOKIT_ROOT": str(tree)}) == start


def test_process_environment_is_the_default(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TODOKIT_ROOT", str(tree / "repo"))
    assert find_root(tree / "repo" / "src") == tree / "repo"


def test_locate_defaults_to_a_lower_case_todo_md(tree: Path) -> None:
    (tree / "repo" / ".git").mkdir()
    todo = TodoFile.locate(tree / "repo" / "src", environ={})
    assert todo.path == tree / "repo" / ".claude" / "todo.md"
    assert todo.claude_dir == tree / "repo" / ".claude"
    assert todo.lock_path == tree / "repo" / ".claude" / "todo.md.lock"
    assert not todo.exists()
    assert todo.archives() == []
    assert not (tree / "repo" / ".claude").exists()


@pytest.mark.parametrize(
    ("present", "chosen"),
    [
        (["TODO.md"], "TODO.md"),
        (["Todo.md", "TODO.md"], "TODO.md"),
        (["TODO.md", "todo.md", "Todo.md"], "todo.md"),
        (["todo.md.lock", "todo.md.bak", "todo-2026-11-24.old"], "todo.md"),
    ],
)
def test_existing_todo_file_is_matched_case_insensitively(
    tree: Path, present: list[str], chosen: str
) -> None:
    claude = tree / "repo" / ".claude"
    claude.mkdir()
    for name in present:
        (claude / name).write_text("- [ ] x\n")
    todo = TodoFile.locate(tree / "repo", environ={})
    assert todo.path.name == chosen
    assert todo.lock_path.name == chosen + ".lock"


def test_dangling_symlink_keeps_its_name(tree: Path) -> None:
    claude = tree / "repo" / ".claude"
    claude.mkdir()
    (claude / "TODO.md").symlink_to(tree / "missing.md")
    assert TodoFile.locate(tree / "repo", environ={}).path == claude / "TODO.md"


def test_explicit_file_keeps_its_link_name(tree: Path) -> None:
    (tree / "real.md").write_text("- [ ] x\n")
    (tree / "repo" / "notes.md").symlink_to(tree / "real.md")
    todo = TodoFile.locate(tree / "repo" / "src", file=Path("../notes.md"))
    assert todo.path == tree / "repo" / "notes.md"
    assert todo.exists()
    assert TodoFile.locate(tree, file=tree / "real.md").path == tree / "real.md"


def test_start_defaults_to_the_working_directory(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tree / "repo" / ".claude").mkdir()
    monkeypatch.chdir(tree / "repo" / "src")
    assert TodoFile.locate(environ={}).path == tree / "repo" / ".claude" / "todo.md"


def test_archives_of_the_todo_file(tree: Path) -> None:
    claude = tree / "repo" / ".claude"
    claude.mkdir()
    for name in ("todo-2026-11-01.old", "todo-2026-11-24.old", "other.old"):
        (claude / name).write_text("x")
    todo = TodoFile.locate(tree / "repo", environ={})
    assert [a.day for a in todo.archives()] == [date(2026, 11, 1), date(2026, 11, 24)]
    assert [a.day for a in todo.archives(since=date(2026, 11, 2))] == [date(2026, 11, 24)]
    assert todo.archives(until=date(2026, 10, 31)) == []


def test_broken_layouts_are_invalid_input(tree: Path) -> None:
    repo = tree / "repo"
    with pytest.raises(InvalidInputError, match=r"project root .*absent does not exist"):
        TodoFile.locate(repo, root=tree / "absent", environ={})
    (tree / "plain").write_text("")
    with pytest.raises(InvalidInputError, match=r"project root .*plain is not a directory"):
        TodoFile.locate(repo, environ={"TODOKIT_ROOT": str(tree / "plain")})
    (repo / ".claude").write_text("")
    with pytest.raises(InvalidInputError, match=r"\.claude is a file"):
        TodoFile.locate(repo, environ={})
    (repo / ".claude").unlink()
    (repo / ".claude" / "todo.md").mkdir(parents=True)
    with pytest.raises(InvalidInputError, match=r"todo\.md is a directory, not a file"):
        TodoFile.locate(repo, environ={})
    with pytest.raises(InvalidInputError, match="is a directory, not a file"):
        TodoFile.locate(repo, file=Path())


def test_unlistable_claude_directory_is_invalid_input(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tree / "repo" / ".claude").mkdir()

    def refuse(path: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "scandir", refuse)
    with pytest.raises(InvalidInputError, match=r"cannot list .*\.claude: permission denied"):
        TodoFile.locate(tree / "repo", environ={})
