"""Checked reads and the one-line reasons given for OS errors."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from todokit.errors import InvalidInputError
from todokit.files.reading import describe_os_error, read_bytes_checked

AS_ROOT = os.geteuid() == 0


def test_read_bytes_checked_reads_and_explains_failures(tmp_path: Path) -> None:
    (tmp_path / "todo.md").write_bytes(b"\xff\x00")
    assert read_bytes_checked(tmp_path / "todo.md") == b"\xff\x00"
    with pytest.raises(InvalidInputError, match="it is a directory, not a regular file"):
        read_bytes_checked(tmp_path)
    with pytest.raises(InvalidInputError, match=r"absent\.md: it does not exist"):
        read_bytes_checked(tmp_path / "absent.md")


@pytest.mark.skipif(AS_ROOT, reason="root may read any file")
def test_read_bytes_checked_explains_permission_denied(tmp_path: Path) -> None:
    (tmp_path / "todo.md").write_bytes(b"x")
    (tmp_path / "todo.md").chmod(0)
    with pytest.raises(InvalidInputError, match="permission denied"):
        read_bytes_checked(tmp_path / "todo.md")


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (IsADirectoryError(errno.EISDIR, "Is a directory"), "it is a directory, not a file"),
        (NotADirectoryError(errno.ENOTDIR, "Not a directory"), "a parent of it is not a directory"),
        (PermissionError(errno.EACCES, "Permission denied"), "permission denied"),
        (FileNotFoundError(errno.ENOENT, "No such file"), "it does not exist"),
        (OSError(errno.ENOSPC, "No space left on device"), "no space left on device"),
        (OSError("bare message"), "bare message"),
    ],
)
def test_describe_os_error(error: OSError, reason: str) -> None:
    assert describe_os_error(error) == reason
