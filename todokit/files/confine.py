"""Keeping every change inside the project: no write through a symlink that leads outside it.

A cloned repository is untrusted input, and todokit's hooks run in every
repository a user opens. A ``.claude/todo.md`` (or ``.claude`` itself, the
lock, the hook state, an archive directory) that is a symlink to
``~/.bashrc`` must never make todokit rewrite, archive or delete that file.
So before todokit writes, renames or deletes a path, :func:`confine` follows
its symlinks and checks that the real path lies inside the project root. A
symlink whose target stays inside the project is followed: the write goes to
the real file, atomically, and the link stays a link.

A path without any symlink on the way is never refused: ``--file
/elsewhere/list.md`` names a file the user chose, and nothing redirected the
write there.

Examples:
    >>> import tempfile
    >>> from pathlib import Path
    >>> root = Path(tempfile.mkdtemp()).resolve()
    >>> (root / ".claude").mkdir()
    >>> (root / "notes.md").write_text("- [ ] a\\n")
    8
    >>> (root / ".claude" / "todo.md").symlink_to(root / "notes.md")
    >>> confine(root / ".claude" / "todo.md", root) == root / "notes.md"
    True
    >>> (root / ".claude" / "todo.md.lock").symlink_to("/etc/passwd")
    >>> confine(root / ".claude" / "todo.md.lock", root)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    todokit.errors.OutsideProjectError: refusing to write ...: it leads to /etc/passwd, outside ...
"""

from __future__ import annotations

import os
from pathlib import Path

from todokit.errors import OutsideProjectError

_MARKERS = (".git", ".claude")


def project_of(path: Path) -> Path | None:
    """Return the project a path lies in, judged by its name alone, or None outside any project.

    The nearest directory above ``path``, without following symlinks on the
    way up, that holds a ``.claude`` directory or a ``.git`` entry, which is
    how :func:`~todokit.files.project.find_root` recognises a root. Callers
    that know the root pass it to :func:`confine` instead. O(depth) ``stat``
    calls.

    Args:
        path: A file or directory todokit is about to change.

    Returns:
        The project root, or None when no directory above ``path`` is one.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> top = Path(tempfile.mkdtemp())
        >>> (top / ".git").mkdir()
        >>> project_of(top / ".claude" / "todo.md") == top
        True
    """
    here = Path(os.path.abspath(path)).parent  # noqa: PTH100 - by name: no symlink followed
    for directory in (here, *here.parents):
        if (directory / ".git").exists() or (directory / ".claude").is_dir():
            return directory
    return None


def inside(path: Path, root: Path) -> bool:
    """Return whether the real path ``path`` is ``root`` or lies below it (both resolved).

    Examples:
        >>> from pathlib import Path
        >>> inside(Path("/a/b/c"), Path("/a/b")), inside(Path("/a/bc"), Path("/a/b"))
        (True, False)
    """
    return path == root or root in path.parents


def confine(path: Path, root: Path | None = None, action: str = "write") -> Path:
    """Return the real path behind ``path``, refusing one that a symlink leads out of the project.

    Every symlink on the way is followed (the path itself may not exist
    yet; a dangling symlink is followed to where it points). When that
    changes the path, the real path must lie inside the project root.

    Args:
        path: The path todokit is about to write, rename, delete or lock.
        root: The project root; when None, :func:`project_of` finds it from
            the path's name, and outside any project nothing is refused.
        action: What todokit is about to do, for the message (``"write"``,
            ``"archive"``, ``"delete"`` …).

    Returns:
        The absolute real path to operate on, so that no symlink is followed
        again between the check and the change.

    Raises:
        OutsideProjectError: A symlink leads the path outside the project.

    Examples:
        >>> from pathlib import Path
        >>> confine(Path("/no/such/dir/todo.md"))
        PosixPath('/no/such/dir/todo.md')
    """
    lexical = Path(os.path.abspath(path))  # noqa: PTH100 - by name: no symlink followed
    real = Path(os.path.realpath(lexical))
    if real == lexical:
        return real
    boundary = root if root is not None else project_of(lexical)
    if boundary is None or inside(real, Path(os.path.realpath(boundary))):
        return real
    raise OutsideProjectError(action, path, real, boundary)


__all__ = ["confine", "inside", "project_of"]
