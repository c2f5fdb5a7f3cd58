"""Project.open: explicit root, todo file, TODOKIT_ROOT, and the search upwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from todokit.errors import ConfigError, InvalidInputError
from todokit.lifecycle.project import Project


def test_explicit_root(tmp_path: Path) -> None:
    project = Project.open(root=tmp_path, environ={})
    assert project.root == tmp_path.resolve()
    assert project.todo.path == tmp_path.resolve() / ".claude" / "todo.md"
    assert "todo.md" in repr(project)


def test_search_up_finds_the_nearest_marker(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    deep = tmp_path / "src" / "pkg"
    deep.mkdir(parents=True)
    project = Project.open(deep, environ={})
    assert project.root == tmp_path.resolve()


def test_todokit_root_wins_over_the_search(tmp_path: Path) -> None:
    (tmp_path / "elsewhere" / ".git").mkdir(parents=True)
    (tmp_path / "chosen").mkdir()
    start = tmp_path / "elsewhere"
    project = Project.open(start, environ={"TODOKIT_ROOT": "../chosen"})
    assert project.root == (tmp_path / "chosen").resolve()


def test_file_names_the_todo_file_and_the_root_is_searched_from_it(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "notes").mkdir()
    project = Project.open(tmp_path, file=Path("notes/tasks.md"), environ={})
    assert project.todo.path == (tmp_path / "notes" / "tasks.md").resolve()
    assert project.root == tmp_path.resolve()
    explicit = Project.open(tmp_path, root=tmp_path / "notes", file=Path("x.md"), environ={})
    assert explicit.root == (tmp_path / "notes").resolve()


def test_an_existing_upper_case_todo_file_is_used(tmp_path: Path) -> None:
    (tmp_path / ".claude").mkdir()
    (tmp_path / ".claude" / "TODO.md").write_text("- [ ] a\n")
    assert Project.open(root=tmp_path, environ={}).todo.path.name == "TODO.md"


def test_configuration_is_read_from_the_root(tmp_path: Path) -> None:
    (tmp_path / ".claude").mkdir()
    (tmp_path / ".claude" / "todokit.toml").write_text("keep = 3\nlock_timeout = 0.5\n")
    config = Project.open(root=tmp_path, environ={}).config
    assert (config.keep, config.lock_timeout) == (3, 0.5)


def test_invalid_configuration_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / ".claude").mkdir()
    (tmp_path / ".claude" / "todokit.toml").write_text("keep = 'many'\n")
    with pytest.raises(ConfigError, match="keep"):
        _ = Project.open(root=tmp_path, environ={}).config


def test_a_missing_root_is_invalid_input(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="does not exist"):
        Project.open(root=tmp_path / "missing", environ={})
