"""Uniquely named temp files created without the tempfile module."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from todokit.files import temp
from todokit.files.atomic import temp_name_pattern
from todokit.files.temp import RANDOM_ALPHABET, open_temp_file, random_part


def test_random_parts_use_the_alphabet_and_differ() -> None:
    parts = {random_part() for _ in range(200)}
    assert len(parts) == 200
    assert all(len(part) == 8 and set(part) <= set(RANDOM_ALPHABET) for part in parts)


def test_every_character_of_the_alphabet_is_drawn() -> None:
    drawn = set("".join(random_part() for _ in range(500)))
    assert drawn == set(RANDOM_ALPHABET)


def test_a_temp_file_is_new_private_and_matches_the_cleanup_pattern(tmp_path: Path) -> None:
    fd, path = open_temp_file(tmp_path, ".todo.md.", ".tmp")
    try:
        os.write(fd, b"data")
    finally:
        os.close(fd)
    assert path.parent == tmp_path
    assert path.read_bytes() == b"data"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert temp_name_pattern("todo.md").fullmatch(path.name)


def test_a_taken_name_is_never_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    taken = tmp_path / ".t.aaaaaaaa.tmp"
    taken.write_bytes(b"keep")
    names = iter(["aaaaaaaa", "bbbbbbbb"])
    monkeypatch.setattr(temp, "random_part", lambda: next(names))
    fd, path = open_temp_file(tmp_path, ".t.", ".tmp")
    os.close(fd)
    assert path.name == ".t.bbbbbbbb.tmp"
    assert taken.read_bytes() == b"keep"


def test_giving_up_after_a_hundred_taken_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".t.aaaaaaaa.tmp").write_bytes(b"")
    monkeypatch.setattr(temp, "random_part", lambda: "aaaaaaaa")
    with pytest.raises(FileExistsError) as caught:
        open_temp_file(tmp_path, ".t.", ".tmp")
    assert caught.value.errno == errno.EEXIST
    assert [p.name for p in tmp_path.iterdir()] == [".t.aaaaaaaa.tmp"]


def test_a_missing_directory_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        open_temp_file(tmp_path / "missing", ".t.", ".tmp")
