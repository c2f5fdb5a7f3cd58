"""Edges of the file layer's new checks, run in-process: limits, owners, loops, long messages."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from todokit.errors import InvalidInputError, TodokitError, UsageError
from todokit.files.config_values import InvalidValueError, validate_key
from todokit.files.dates import parse_day
from todokit.files.ownership import _user_name, adopt_parent_owner, owner_for_new_file
from todokit.files.project import TodoFile
from todokit.lifecycle.project import Project
from todokit.lifecycle.reading import read_document, size_limit
from todokit.lifecycle.transaction import prepare_directory

MIB = 1024 * 1024
AS_ROOT = os.geteuid() == 0


def big_project(tmp_path: Path, setting: str | None) -> Project:
    (tmp_path / ".claude").mkdir()
    if setting is not None:
        (tmp_path / ".claude" / "todokit.toml").write_text(f"max_file_size = {setting}\n")
    (tmp_path / ".claude" / "todo.md").write_text("- [ ] big\n" * (MIB // 5))
    return Project.open(root=tmp_path, environ={})


def test_a_big_todo_file_asks_the_configuration_for_its_limit(tmp_path: Path) -> None:
    project = big_project(tmp_path, '"1 MiB"')
    with pytest.raises(InvalidInputError, match="larger than the limit of 1,048,576 bytes"):
        read_document(project.todo)
    (tmp_path / ".claude" / "todokit.toml").write_text('max_file_size = "3 MiB"\n')
    doc = read_document(Project.open(root=tmp_path, environ={}).todo)
    assert doc is not None
    assert len(doc.tasks) == MIB // 5


def test_an_explicit_config_and_a_rootless_todo_file(tmp_path: Path) -> None:
    from todokit.files.config import Config

    project = big_project(tmp_path, None)
    strict = Project(project.root, project.todo, Config(max_file_size=MIB))
    assert strict.todo.max_size == MIB
    assert size_limit(strict.todo) == MIB
    with pytest.raises(InvalidInputError, match="larger than the limit"):
        read_document(strict.todo)
    rootless = TodoFile(project.todo.path)
    limit = size_limit(rootless)
    assert callable(limit)
    assert limit() == 64 * MIB


def test_prepare_directory_with_a_file_in_the_way(tmp_path: Path) -> None:
    (tmp_path / ".claude").write_text("not a directory")
    with pytest.raises(InvalidInputError, match=r"cannot create .*\.claude: a file is in the way"):
        prepare_directory(TodoFile(tmp_path / ".claude" / "todo.md"))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / ".claude").symlink_to(tmp_path / "sub" / "made-here")
    prepare_directory(TodoFile(tmp_path / "sub" / ".claude" / "todo.md", tmp_path))
    assert (tmp_path / "sub" / "made-here").is_dir()  # a dangling link inside is made real


def test_a_looping_claude_directory_in_process(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".claude").symlink_to(".claude")
    with pytest.raises(InvalidInputError, match=r"\.claude is a symlink loop"):
        TodoFile.locate(tmp_path, environ={})


def test_exists_is_false_for_a_name_too_long(tmp_path: Path) -> None:
    assert not TodoFile(tmp_path / ("x" * 5000)).exists()


def test_owners_of_new_files(tmp_path: Path) -> None:
    assert owner_for_new_file(tmp_path / "absent") is None
    assert _user_name(54321) == "54321"
    assert _user_name(os.geteuid())


@pytest.mark.skipif(not AS_ROOT, reason="only the superuser gives directories away")
def test_root_gives_a_new_directory_to_the_parents_owner(tmp_path: Path) -> None:
    os.chown(tmp_path, 65534, 65534)
    (tmp_path / ".claude").mkdir()
    adopt_parent_owner(tmp_path / ".claude")
    assert (tmp_path / ".claude").stat().st_uid == 65534


def test_messages_are_cut_to_their_limit() -> None:
    message = str(TodokitError("x" * 5000 + "\nsecond line"))
    assert len(message) < 1100
    assert message.endswith("\nsecond line")
    assert "characters cut" in message
    with pytest.raises(UsageError, match="characters cut"):
        parse_day("24 Nov 2026 " * 100)
    assert parse_day("24 Nov 2026") == date(2026, 11, 24)


def test_a_value_too_deep_to_show(tmp_path: Path) -> None:
    deep: list[object] = []
    for _ in range(5000):
        deep = [deep]
    with pytest.raises(InvalidValueError, match="a list too large to show"):
        validate_key("keep", deep, "keep")


def test_a_pyproject_table_of_the_wrong_type_is_cut(tmp_path: Path) -> None:
    from todokit.errors import ConfigError
    from todokit.files.config import load_config

    (tmp_path / "pyproject.toml").write_text('[tool]\ntodokit = "' + "v" * 5000 + '"\n')
    with pytest.raises(ConfigError, match=r"must be a table, got 'vvv.*characters cut"):
        load_config(tmp_path)
