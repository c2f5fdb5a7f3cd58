"""Owners and modes kept in step, so one ``sudo todokit`` does not lock the user out.

A file todokit creates belongs to whoever ran it. After ``sudo todokit add``
that was root, and every later edit by the project's owner failed on the
root-owned ``todo.md.lock``. So when todokit runs as root in a directory
that belongs to someone else, what it creates there (``.claude/``, a new
todo file, the lock file) goes to the directory's owner; and whoever holds
the lock gives the lock file the owner (root only) and the permission bits
of the todo file beside it, so everyone who may write the list may also lock
it. When the lock file still cannot be opened, :func:`lock_failure` says in
one line how to fix it.

Examples:
    >>> import os, tempfile
    >>> from pathlib import Path
    >>> folder = Path(tempfile.mkdtemp())
    >>> (folder / "todo.md").write_text("- [ ] a\\n")
    8
    >>> (folder / "todo.md").chmod(0o664)
    >>> (folder / "todo.md.lock").write_text("")
    0
    >>> sync_lock_file(folder / "todo.md.lock", folder / "todo.md")
    >>> oct((folder / "todo.md.lock").stat().st_mode & 0o777)
    '0o664'
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from todokit.errors import InvalidInputError, shorten

_NO_FOLLOW = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


def _is_root() -> bool:
    """Whether this process may give files away (the superuser)."""
    return hasattr(os, "geteuid") and os.geteuid() == 0


def owner_for_new_file(directory: Path) -> tuple[int, int] | None:
    """Return the owner a file created in ``directory`` should get, or None to keep the creator.

    Only the superuser creating a file in someone else's directory gives it
    away: to the directory's owner and group.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> owner = owner_for_new_file(Path(tempfile.mkdtemp()))
        >>> owner is None or owner == (0, 0)
        True
    """
    if not _is_root():
        return None
    try:
        info = directory.stat()
    except OSError:
        return None
    return info.st_uid, info.st_gid


def adopt_parent_owner(created: Path) -> None:
    """Give a directory the superuser just created to the owner of its parent (best effort)."""
    owner = owner_for_new_file(created.parent)
    if owner is not None and owner != (0, 0):
        with contextlib.suppress(OSError):
            os.chown(created, *owner, follow_symlinks=False)


def sync_lock_file(lock_path: Path, reference: Path) -> None:
    """Give ``lock_path`` the permission bits, and where allowed the owner, of ``reference``.

    ``reference`` is the todo file; when it does not exist yet, its directory
    (whose permission bits less the execute bits are used). Only the lock
    file's owner may change its mode and only the superuser its owner; what
    is not allowed is skipped. The lock file is opened without following a
    symlink. Cost: two ``stat`` calls, and two more system calls when
    something differs.

    Args:
        lock_path: The lock file, held by this process.
        reference: The file whose owner and mode it should have.
    """
    try:
        wanted = reference.stat() if reference.exists() else reference.parent.stat()
        fd = os.open(lock_path, _NO_FOLLOW)
    except OSError:
        return
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return
        mode = stat.S_IMODE(wanted.st_mode) & 0o666
        root = _is_root()
        if root and (info.st_uid, info.st_gid) != (wanted.st_uid, wanted.st_gid):
            with contextlib.suppress(OSError):
                os.fchown(fd, wanted.st_uid, wanted.st_gid)
        if (root or info.st_uid == os.geteuid()) and stat.S_IMODE(info.st_mode) != mode:
            with contextlib.suppress(OSError):
                os.fchmod(fd, mode)
    finally:
        os.close(fd)


def _user_name(uid: int) -> str:
    """Return the login name of ``uid``, or the number when it has none."""
    try:
        import pwd  # noqa: PLC0415 - only a failure needs it; absent on Windows

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return str(uid)


def lock_failure(lock_path: Path, exc: OSError) -> InvalidInputError:
    """Return the one-line error for a lock file that cannot be created or opened.

    For a permission problem it says whose the file (or its directory) is,
    and how to fix it; the lock file holds no data, so removing it is safe.

    Args:
        lock_path: The lock file that could not be opened or created.
        exc: What opening it raised; its ``errno`` picks the message.

    Returns:
        The error to raise (exit code 4).

    Examples:
        >>> from pathlib import Path
        >>> str(lock_failure(Path("/x/todo.md.lock"), OSError(28, "No space left on device")))
        'cannot lock /x/todo.md.lock: no space left on device'
    """
    from todokit.files.reading import describe_os_error  # noqa: PLC0415

    shown = shorten(str(lock_path))
    if not isinstance(exc, PermissionError):
        return InvalidInputError(f"cannot lock {shown}: {describe_os_error(exc)}")
    me = _user_name(os.geteuid()) if hasattr(os, "geteuid") else "you"
    try:
        info = lock_path.stat()
    except OSError:
        folder = shorten(str(lock_path.parent))
        return InvalidInputError(
            f"cannot create the lock file {shown}: permission denied: {me} may not write to "
            f"{folder}; run todokit as its owner, or make it writable (sudo chown {me} {folder})"
        )
    return InvalidInputError(
        f"cannot open the lock file {shown}: it belongs to {_user_name(info.st_uid)} with mode "
        f"{stat.S_IMODE(info.st_mode):04o} and {me} may not write it; it holds no data: remove it "
        f"(sudo rm {shown}) or take it back (sudo chown {me} {shown})"
    )


__all__ = ["adopt_parent_owner", "lock_failure", "owner_for_new_file", "sync_lock_file"]
