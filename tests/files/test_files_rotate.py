"""Rotation into dated archives, including the copy fallback and failure paths."""

from __future__ import annotations

import errno
import importlib
import os
import stat
from datetime import date, datetime
from pathlib import Path

import pytest

from todokit.errors import InvalidInputError, UsageError
from todokit.files.atomic import atomic_write_bytes
from todokit.files.rotation import rotate

# The package re-exports the function under the module's name.
rotate_module = importlib.import_module("todokit.files.rotation")

DAY = date(2026, 11, 24)
CONTENT = b"# Todo\r\n- [ ] caf\xc3\xa9 \xe2\x9c\x85\r\n\x00\xff"
PAST = 1_700_000_000


@pytest.fixture
def todo(tmp_path: Path) -> Path:
    path = tmp_path / "todo.md"
    path.write_bytes(CONTENT)
    path.chmod(0o640)
    os.utime(path, (PAST, PAST))
    return path


def assert_faithful_archive(archive: Path) -> None:
    assert archive.read_bytes() == CONTENT
    assert stat.S_IMODE(archive.stat().st_mode) == 0o640
    assert archive.stat().st_mtime == PAST


def test_rotation_archives_byte_identically_and_removes_the_file(todo: Path) -> None:
    archive = rotate(todo, todo.parent, DAY)
    assert archive == todo.parent / "todo-2026-11-24.old"
    assert_faithful_archive(archive)
    assert not todo.exists()


def test_same_day_rotations_get_sequence_numbers(todo: Path) -> None:
    made = []
    for round_number in range(4):
        todo.write_bytes(b"round %d" % round_number)
        made.append(rotate(todo, todo.parent, DAY).name)
    assert made == [
        "todo-2026-11-24.old",
        "todo-2026-11-24.2.old",
        "todo-2026-11-24.3.old",
        "todo-2026-11-24.4.old",
    ]
    assert (todo.parent / "todo-2026-11-24.3.old").read_bytes() == b"round 2"


def test_next_sequence_follows_the_newest_even_after_a_gap(todo: Path) -> None:
    (todo.parent / "todo-2026-11-24.3.old").write_bytes(b"older")
    assert rotate(todo, todo.parent, DAY).name == "todo-2026-11-24.4.old"
    assert (todo.parent / "todo-2026-11-24.3.old").read_bytes() == b"older"


def test_name_taken_during_rotation_moves_to_the_next(
    todo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (todo.parent / "todo-2026-11-24.old").write_bytes(b"raced")
    monkeypatch.setattr(rotate_module, "list_archives", lambda *args, **kwargs: [])
    assert rotate(todo, todo.parent, DAY).name == "todo-2026-11-24.2.old"
    assert (todo.parent / "todo-2026-11-24.old").read_bytes() == b"raced"


def test_datetime_day_and_separate_archive_dir(todo: Path, tmp_path: Path) -> None:
    target_dir = tmp_path / "history" / "todo"
    archive = rotate(todo, target_dir, datetime(2026, 11, 24, 23, 59))
    assert archive == target_dir / "todo-2026-11-24.old"
    assert_faithful_archive(archive)


def test_case_of_the_todo_file_does_not_change_the_stem(tmp_path: Path) -> None:
    (tmp_path / "TODO.md").write_bytes(CONTENT)
    assert rotate(tmp_path / "TODO.md", tmp_path, DAY).name == "todo-2026-11-24.old"


@pytest.mark.parametrize("day", ["2026-11-24", "../../outside", None])
def test_non_date_day_changes_nothing(todo: Path, day: object) -> None:
    with pytest.raises(UsageError):
        rotate(todo, todo.parent, day)  # type: ignore[arg-type]
    assert sorted(p.name for p in todo.parent.iterdir()) == ["todo.md"]


def test_symlinked_todo_archives_the_target_and_keeps_the_link(tmp_path: Path) -> None:
    (tmp_path / "shared").mkdir()
    (tmp_path / ".claude").mkdir()
    real = tmp_path / "shared" / "todo.md"
    real.write_bytes(CONTENT)
    link = tmp_path / ".claude" / "todo.md"
    link.symlink_to(real)
    archive = rotate(link, link.parent, DAY)
    assert archive.read_bytes() == CONTENT
    assert not archive.is_symlink()
    assert link.is_symlink()
    assert not real.exists()
    atomic_write_bytes(link, b"fresh")
    assert real.read_bytes() == b"fresh"


def test_missing_or_directory_todo_is_invalid_input(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match=r"todo\.md: it does not exist"):
        rotate(tmp_path / "todo.md", tmp_path, DAY)
    (tmp_path / "todo.md").mkdir()
    with pytest.raises(InvalidInputError, match=r"todo\.md: it is a directory"):
        rotate(tmp_path / "todo.md", tmp_path, DAY)


def test_uncreatable_archive_dir_is_invalid_input(todo: Path) -> None:
    (todo.parent / "plain").write_bytes(b"")
    with pytest.raises(InvalidInputError, match="cannot create archive directory"):
        rotate(todo, todo.parent / "plain" / "archives", DAY)
    assert todo.read_bytes() == CONTENT


@pytest.mark.parametrize("code", [errno.EXDEV, errno.EPERM, errno.ENOTSUP, errno.EMLINK])
def test_copy_fallback_where_hard_links_fail(
    todo: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    (todo.parent / "todo-2026-11-24.old").write_bytes(b"earlier")

    def no_link(self: Path, target: Path) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(Path, "hardlink_to", no_link)
    monkeypatch.setattr(rotate_module, "list_archives", lambda *args, **kwargs: [])
    archive = rotate(todo, todo.parent, DAY)
    assert archive.name == "todo-2026-11-24.2.old"
    assert_faithful_archive(archive)
    assert (todo.parent / "todo-2026-11-24.old").read_bytes() == b"earlier"
    assert not todo.exists()


def test_failed_copy_leaves_no_partial_archive(todo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    def no_link(self: Path, target: Path) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    def disk_full(source: object, target: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "hardlink_to", no_link)
    monkeypatch.setattr(shutil, "copyfileobj", disk_full)
    with pytest.raises(InvalidInputError, match=r"cannot archive .*no space left on device"):
        rotate(todo, todo.parent, DAY)
    assert sorted(p.name for p in todo.parent.iterdir()) == ["todo.md"]
    assert todo.read_bytes() == CONTENT


def test_other_link_failure_is_invalid_input(todo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: Path, target: Path) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(Path, "hardlink_to", broken)
    with pytest.raises(InvalidInputError, match="input/output error"):
        rotate(todo, todo.parent, DAY)
    assert sorted(p.name for p in todo.parent.iterdir()) == ["todo.md"]


def test_unremovable_todo_undoes_the_archive(todo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_unlink = Path.unlink

    def refuse_todo(self: Path, missing_ok: bool = False) -> None:
        if self.name == "todo.md":
            raise PermissionError(errno.EACCES, "Permission denied")
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", refuse_todo)
    with pytest.raises(InvalidInputError, match=r"cannot remove rotated file .*permission denied"):
        rotate(todo, todo.parent, DAY)
    assert sorted(p.name for p in todo.parent.iterdir()) == ["todo.md"]
    assert todo.read_bytes() == CONTENT
