"""Atomic writes, checked reads and the cleanup of temp files left by killed writers."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from todokit.errors import InvalidInputError
from todokit.files import atomic
from todokit.files.atomic import (
    atomic_write_bytes,
    fsync_directory,
)

AS_ROOT = os.geteuid() == 0


def entries(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir())


def test_new_file_gets_the_content_and_the_umask_mode(tmp_path: Path) -> None:
    old_mask = os.umask(0o027)
    try:
        atomic_write_bytes(tmp_path / "todo.md", b"- [ ] one\n")
    finally:
        os.umask(old_mask)
    assert (tmp_path / "todo.md").read_bytes() == b"- [ ] one\n"
    assert stat.S_IMODE((tmp_path / "todo.md").stat().st_mode) == 0o640
    assert entries(tmp_path) == ["todo.md"]


def test_umask_is_honoured_without_proc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_read_text = Path.read_text

    def no_proc(self: Path, *args: object, **kwargs: object) -> str:
        if str(self).startswith("/proc/"):
            raise FileNotFoundError(errno.ENOENT, "No such file or directory")
        return real_read_text(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", no_proc)
    old_mask = os.umask(0o077)
    try:
        atomic_write_bytes(tmp_path / "todo.md", b"x")
        assert os.umask(0o077) == 0o077
    finally:
        os.umask(old_mask)
    assert stat.S_IMODE((tmp_path / "todo.md").stat().st_mode) == 0o600


@pytest.mark.parametrize("mode", [0o600, 0o644, 0o755, 0o640])
def test_overwrite_keeps_the_original_mode(tmp_path: Path, mode: int) -> None:
    target = tmp_path / "todo.md"
    target.write_bytes(b"old")
    target.chmod(mode)
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert entries(tmp_path) == ["todo.md"]


@pytest.mark.skipif(not AS_ROOT, reason="only root can give a file to another user")
def test_overwrite_as_root_keeps_the_owner(tmp_path: Path) -> None:
    target = tmp_path / "todo.md"
    target.write_bytes(b"old")
    os.chown(target, 4321, 4321)
    atomic_write_bytes(target, b"new")
    assert (target.stat().st_uid, target.stat().st_gid) == (4321, 4321)


def test_owner_change_refused_still_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "todo.md"
    target.write_bytes(b"old")
    monkeypatch.setattr(os, "geteuid", lambda: os.getuid() + 1)

    def refuse(fd: int, uid: int, gid: int) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "fchown", refuse)
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"


def test_symlink_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "project").mkdir()
    real = tmp_path / "real" / "todo.md"
    real.write_bytes(b"old")
    link = tmp_path / "project" / "todo.md"
    link.symlink_to(real)
    atomic_write_bytes(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"
    assert entries(tmp_path / "real") == ["todo.md"]
    assert entries(tmp_path / "project") == ["todo.md"]


def test_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "todo.md"
    link.symlink_to(tmp_path / "elsewhere.md")
    atomic_write_bytes(link, b"new")
    assert link.is_symlink()
    assert (tmp_path / "elsewhere.md").read_bytes() == b"new"


def test_symlink_loop_is_invalid_input(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    with pytest.raises(InvalidInputError, match="cannot write"):
        atomic_write_bytes(tmp_path / "a", b"x")


def test_directory_in_place_of_the_file_is_invalid_input(tmp_path: Path) -> None:
    (tmp_path / "todo.md").mkdir()
    with pytest.raises(InvalidInputError, match=r"todo\.md: it is a directory, not a file"):
        atomic_write_bytes(tmp_path / "todo.md", b"x")
    assert entries(tmp_path) == ["todo.md"]


def test_missing_directory_is_named(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="absent does not exist"):
        atomic_write_bytes(tmp_path / "absent" / "todo.md", b"x")


def test_file_in_place_of_the_directory_is_invalid_input(tmp_path: Path) -> None:
    (tmp_path / "plain").write_bytes(b"")
    with pytest.raises(InvalidInputError, match="not a directory"):
        atomic_write_bytes(tmp_path / "plain" / "todo.md", b"x")


@pytest.mark.skipif(AS_ROOT, reason="root may write to any directory")
def test_read_only_directory_is_invalid_input(tmp_path: Path) -> None:
    (tmp_path / "todo.md").write_bytes(b"old")
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(InvalidInputError, match="permission denied"):
            atomic_write_bytes(tmp_path / "todo.md", b"new")
    finally:
        tmp_path.chmod(0o700)


def test_refused_temp_file_is_invalid_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root may write anywhere, so the refusal a read-only directory gives is simulated.
    def refuse(*args: object) -> tuple[int, Path]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic, "open_temp_file", refuse)
    with pytest.raises(InvalidInputError, match=r"todo\.md: permission denied"):
        atomic_write_bytes(tmp_path / "todo.md", b"x")


def test_failed_sync_removes_the_temp_file_and_keeps_the_old_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "todo.md"
    target.write_bytes(b"old")

    def broken_fsync(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(InvalidInputError, match="input/output error"):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert entries(tmp_path) == ["todo.md"]


def test_interrupt_removes_the_temp_file_and_propagates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "todo.md"
    target.write_bytes(b"old")

    def interrupted(self: Path, other: Path) -> Path:
        raise KeyboardInterrupt

    monkeypatch.setattr(Path, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert entries(tmp_path) == ["todo.md"]


def test_fsync_directory_tolerates_missing_and_unsyncable_directories(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fsync_directory(tmp_path / "absent")

    def unsupported(fd: int) -> None:
        raise OSError(errno.EINVAL, "Invalid argument")

    monkeypatch.setattr(os, "fsync", unsupported)
    fsync_directory(tmp_path)
