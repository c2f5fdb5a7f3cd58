"""A lock file owned by root: after ``sudo todokit add`` the user can still edit.

Before: the root-owned ``todo.md.lock`` made every later edit by the user
fail with "Permission denied". Now what root creates in the user's project
goes to the project's owner, the holder of the lock keeps the lock file's
owner and mode in step with todo.md, and a lock file that still cannot be
opened gets one line saying how to fix it (exit 4). The real-user tests run
as ``nobody`` through ``setpriv`` where the machine allows; the simulated
ones run everywhere.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
from integration_support import todokit_cli
from unprivileged import GID, UID, as_user, run_as_user, user_directory

from todokit.files.lock import hold_lock
from todokit.files.ownership import lock_failure, owner_for_new_file, sync_lock_file

needs_user = pytest.mark.skipif(
    as_user() is None, reason="needs root, setpriv and a checkout the unprivileged user can read"
)


def owner(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_uid, info.st_gid


@needs_user
def test_after_sudo_add_the_user_can_still_edit() -> None:
    with user_directory() as home:
        (home / ".git").mkdir()
        os.chown(home / ".git", UID, GID)
        assert todokit_cli(home, "add", "as root").returncode == 0  # sudo todokit add
        claude = home / ".claude"
        for path in (claude, claude / "todo.md", claude / "todo.md.lock"):
            assert owner(path) == (UID, GID), path
        result = run_as_user(home, "add", "as the user")
        assert result.returncode == 0, result.stderr
        assert (claude / "todo.md").read_text() == "- [ ] as root\n- [ ] as the user\n"


@needs_user
def test_a_root_owned_lock_of_an_existing_list_is_given_back() -> None:
    with user_directory() as home:
        claude = home / ".claude"
        claude.mkdir()
        (claude / "todo.md").write_text("- [ ] mine\n")
        for path in (claude, claude / "todo.md"):
            os.chown(path, UID, GID)
        (claude / "todo.md").chmod(0o664)
        (claude / "todo.md.lock").write_text("")  # left by an older sudo run
        (claude / "todo.md.lock").chmod(0o600)
        assert todokit_cli(home, "done", "mine").returncode == 0
        assert owner(claude / "todo.md.lock") == (UID, GID)
        assert stat.S_IMODE((claude / "todo.md.lock").stat().st_mode) == 0o664
        assert run_as_user(home, "reopen", "mine").returncode == 0


@needs_user
def test_a_lock_the_user_cannot_open_says_how_to_fix_it() -> None:
    with user_directory() as home:
        claude = home / ".claude"
        claude.mkdir()
        (claude / "todo.md").write_text("- [ ] mine\n")
        for path in (claude, claude / "todo.md"):
            os.chown(path, UID, GID)
        (claude / "todo.md.lock").write_text("")
        (claude / "todo.md.lock").chmod(0o600)  # root's, and only root's
        result = run_as_user(home, "add", "more")
        assert result.returncode == 4
        assert result.stderr.count("\n") == 1
        lock = claude / "todo.md.lock"
        assert (
            f"cannot open the lock file {lock}: it belongs to root with mode 0600" in result.stderr
        )
        assert f"sudo rm {lock}" in result.stderr
        assert f"sudo chown nobody {lock}" in result.stderr
        assert (claude / "todo.md").read_text() == "- [ ] mine\n"
        unwritable = home / "elsewhere"
        (unwritable / ".git").mkdir(parents=True)
        result = run_as_user(unwritable, "add", "x")
        assert result.returncode == 4
        assert "cannot create" in result.stderr


def test_lock_failure_messages_simulated(tmp_path: Path) -> None:
    lock = tmp_path / "todo.md.lock"
    denied = PermissionError(errno.EACCES, "Permission denied")
    missing = str(lock_failure(lock, denied))
    assert missing.startswith(f"cannot create the lock file {lock}: ")
    assert f"may not write to {tmp_path}" in missing
    lock.write_text("")
    lock.chmod(0o600)
    held = str(lock_failure(lock, denied))
    assert f"cannot open the lock file {lock}: it belongs to " in held
    assert "with mode 0600" in held
    assert f"rm {lock}" in held
    assert "\n" not in held
    assert lock_failure(lock, OSError(errno.EROFS, "Read-only file system")).exit_code == 4


def test_the_holder_gives_the_lock_the_todo_files_mode(tmp_path: Path) -> None:
    (tmp_path / "todo.md").write_text("- [ ] a\n")
    (tmp_path / "todo.md").chmod(0o660)
    with hold_lock(tmp_path / "todo.md.lock", timeout=1):
        pass
    assert stat.S_IMODE((tmp_path / "todo.md.lock").stat().st_mode) == 0o660
    (tmp_path / "fresh").mkdir(mode=0o750)
    with hold_lock(tmp_path / "fresh" / "todo.md.lock", timeout=1):
        pass
    assert stat.S_IMODE((tmp_path / "fresh" / "todo.md.lock").stat().st_mode) == 0o640


def test_sync_skips_what_it_may_not_change(tmp_path: Path) -> None:
    sync_lock_file(tmp_path / "absent.lock", tmp_path / "absent")  # nothing to open
    (tmp_path / "todo.md").write_text("")
    (tmp_path / "link.lock").symlink_to(tmp_path / "todo.md")
    (tmp_path / "todo.md").chmod(0o600)
    sync_lock_file(tmp_path / "link.lock", tmp_path / "todo.md")  # a symlink is not followed
    (tmp_path / "dir.lock").mkdir()
    sync_lock_file(tmp_path / "dir.lock", tmp_path / "todo.md")
    assert stat.S_IMODE((tmp_path / "dir.lock").stat().st_mode) != 0o600


@pytest.mark.skipif(os.geteuid() != 0, reason="only the superuser gives files away")
def test_root_gives_new_files_to_the_directory_owner(tmp_path: Path) -> None:
    os.chown(tmp_path, UID, GID)
    assert owner_for_new_file(tmp_path) == (UID, GID)
    (tmp_path / "todo.md").write_text("")
    os.chown(tmp_path / "todo.md", UID, GID)
    (tmp_path / "todo.md.lock").write_text("")
    sync_lock_file(tmp_path / "todo.md.lock", tmp_path / "todo.md")
    assert owner(tmp_path / "todo.md.lock") == (UID, GID)
