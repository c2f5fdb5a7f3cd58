"""Recognising and removing the temp files a killed writer leaves behind."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from todokit.errors import InvalidInputError
from todokit.files.atomic import remove_stale_temp_files, temp_name_pattern


def entries(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir())


def test_mkstemp_names_match_the_cleanup_pattern(tmp_path: Path) -> None:
    pattern = temp_name_pattern("todo.md")
    for _ in range(200):
        fd, name = tempfile.mkstemp(prefix=".todo.md.", suffix=".tmp", dir=tmp_path)
        os.close(fd)
        assert pattern.fullmatch(Path(name).name), name


def test_cleanup_removes_only_exact_leftovers(tmp_path: Path) -> None:
    leftovers = [".todo.md.abcd_123.tmp", ".todo.md.0000zzzz.tmp"]
    kept = [
        "todo.md",
        ".todo.md.abc.tmp",
        ".todo.md.abcd1234.tmp.bak",
        ".todo.md.ABCD1234.tmp",
        "x.todo.md.abcd1234.tmp",
        ".TODO.md.abcd1234.tmp",
        ".todo-md.abcd1234.tmp",
        ".todo.md.abcd1234.tmpx",
    ]
    for name in leftovers + kept:
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / ".todo.md.dir12345.tmp").mkdir()
    (tmp_path / ".todo.md.link1234.tmp").symlink_to(tmp_path / "todo.md")
    removed = remove_stale_temp_files(tmp_path, "todo.md")
    assert removed == sorted(tmp_path / name for name in leftovers)
    assert entries(tmp_path) == sorted([*kept, ".todo.md.dir12345.tmp", ".todo.md.link1234.tmp"])


def test_cleanup_of_missing_or_non_directory_finds_nothing(tmp_path: Path) -> None:
    (tmp_path / "plain").write_bytes(b"")
    assert remove_stale_temp_files(tmp_path / "absent", "todo.md") == []
    assert remove_stale_temp_files(tmp_path / "plain", "todo.md") == []


def test_cleanup_of_unlistable_directory_is_invalid_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "scandir", refuse)
    with pytest.raises(InvalidInputError, match="cannot clean temp files"):
        remove_stale_temp_files(tmp_path, "todo.md")


@given(
    name=st.text(st.characters(blacklist_characters="/\x00"), min_size=1, max_size=20),
    other=st.text(st.characters(blacklist_characters="/\x00"), min_size=1, max_size=20),
    random_part=st.text("abcdefghijklmnopqrstuvwxyz0123456789_", min_size=8, max_size=8),
)
def test_pattern_matches_only_its_own_target(name: str, other: str, random_part: str) -> None:
    temp_name = f".{name}.{random_part}.tmp"
    assert temp_name_pattern(name).fullmatch(temp_name)
    if other != name:
        assert not temp_name_pattern(other).fullmatch(temp_name)
