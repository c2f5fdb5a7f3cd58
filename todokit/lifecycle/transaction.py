"""Locked read-modify-write of a todo file, with dry runs and diffs.

Every change todokit makes goes through :func:`modify`: take the sidecar lock,
clear temp files a killed writer left, read and parse the file, compute the
new text, and write it atomically — only if a byte changed. Every file it
touches is first checked to lie inside the project (no symlink may lead a
write out of it), and every text it writes is valid UTF-8 (see
:func:`valid_text`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from todokit.document import Document, parse
from todokit.document.codec import encode
from todokit.errors import InvalidInputError, shorten
from todokit.files.atomic import atomic_write_bytes, remove_stale_temp_files
from todokit.files.confine import confine
from todokit.files.lock import hold_lock
from todokit.files.ownership import adopt_parent_owner
from todokit.files.project import TodoFile
from todokit.files.reading import describe_os_error
from todokit.files.text import valid_text
from todokit.lifecycle.reading import read_todo_text

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Change:
    """What an operation did (or, in a dry run, would do) to one file.

    Attributes:
        path: The file.
        before: Its text before, None when it did not exist.
        after: Its text after.
        written: Whether the file was written (False in dry runs and when
            nothing changed).

    Examples:
        >>> change = Change(Path("todo.md"), "- [ ] a\\n", "- [x] a\\n", written=False)
        >>> print(change.diff(), end="")
        --- a/todo.md
        +++ b/todo.md
        @@ -1 +1 @@
        -- [ ] a
        +- [x] a
    """

    path: Path
    before: str | None
    after: str
    written: bool

    @property
    def changed(self) -> bool:
        """Whether the text differs."""
        return self.before != self.after

    def diff(self) -> str:
        """Return a unified diff from before to after (empty when unchanged)."""
        import difflib  # noqa: PLC0415 - only diffs need it

        lines = difflib.unified_diff(
            (self.before or "").splitlines(keepends=True),
            self.after.splitlines(keepends=True),
            fromfile=f"a/{self.path.name}" if self.before is not None else "/dev/null",
            tofile=f"b/{self.path.name}",
        )
        return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def _sidecar_links(folder: Path, prefix: str) -> list[str]:
    """Return the names of the symlinks in ``folder`` that start with ``prefix``."""
    try:
        with os.scandir(folder) as entries:
            return [e.name for e in entries if e.name.startswith(prefix) and e.is_symlink()]
    except OSError:  # unlistable: the writes themselves will say why
        return []


def prepare_directory(todo: TodoFile) -> None:
    """Check that the todo file's paths stay in the project, and create its directory.

    The todo file, its directory, its lock file, the hooks' state file and
    any file beside it named after it (``todo.md.parked.json`` …) must not be
    symlinks that lead out of the project (checked before any of them
    changes); a directory the superuser creates goes to the owner of the
    directory above it.

    Raises:
        OutsideProjectError: One of them leads out of the project.
        InvalidInputError: The directory cannot be created.
    """
    folder = confine(todo.claude_dir, todo.root, "create")
    confine(todo.path, todo.root, "write")
    confine(todo.lock_path, todo.root, "lock")
    confine(todo.state_path, todo.root, "write")
    if folder.is_dir():
        for sidecar in _sidecar_links(folder, todo.path.name + "."):
            confine(todo.claude_dir / sidecar, todo.root, "write")
        return
    try:
        folder.mkdir(parents=True)
    except FileExistsError:
        if not folder.is_dir():
            shown = shorten(str(todo.claude_dir))
            raise InvalidInputError(f"cannot create {shown}: a file is in the way") from None
    except OSError as error:
        reason = describe_os_error(error)
        raise InvalidInputError(
            f"cannot create {shorten(str(todo.claude_dir))}: {reason}"
        ) from None
    else:
        adopt_parent_owner(folder)


def clean_leftovers(todo: TodoFile) -> None:
    """Remove temp files a killed writer left: of the (real) todo file, its sidecars, the state."""
    target = confine(todo.path, todo.root, "clean temp files beside")
    remove_stale_temp_files(target.parent, target.name)
    folder = confine(todo.claude_dir, todo.root, "clean temp files in")
    remove_stale_temp_files(folder, todo.path.name, todo.state_path.name, sidecars=True)


def write_text(todo: TodoFile, text: str, before: str | None = None) -> str:
    """Write ``text`` to the todo file atomically (through a symlink inside the project).

    Lone surrogates in ``text`` are replaced (see :func:`~todokit.files.text.valid_text`),
    except the undecodable bytes ``before``, the text as read, already held;
    the text actually written is returned.
    """
    text = valid_text(text, before)
    atomic_write_bytes(todo.path, encode(text), root=todo.root)
    return text


def modify(
    todo: TodoFile,
    operation: Callable[[Document | None], tuple[str, T]],
    *,
    lock_timeout: float,
    dry_run: bool = False,
    then: Callable[[T], None] | None = None,
) -> tuple[Change, T]:
    """Apply ``operation`` to the todo file under its lock.

    Args:
        todo: The todo file to read, change and write.
        operation: Receives the current document (None when the file does not
            exist) and returns the new text and a value to pass back.
        lock_timeout: Seconds to wait for the lock (negative: forever).
        dry_run: Compute the change without taking the lock or writing.
        then: Called with the operation's value under the lock, after the
            operation returned (its document is freed unless the value holds
            it) and before the file is written; not in a dry run. For what is
            kept beside the file (the parking memory).

    Returns:
        The change and the operation's value.

    Raises:
        LockTimeoutError: The lock was not acquired in time.
        OutsideProjectError: A symlink leads the todo file, its directory or
            its lock out of the project (nothing changes).
        InvalidInputError: The file is unreadable, not a regular file, too
            large, not UTF-8, or not writable.

    Examples:
        >>> import tempfile
        >>> todo = TodoFile(Path(tempfile.mkdtemp()) / ".claude" / "todo.md")
        >>> change, _ = modify(todo, lambda doc: ("- [ ] a\\n", None), lock_timeout=5)
        >>> (change.before, change.after, change.written)
        (None, '- [ ] a\\n', True)
    """
    if dry_run:
        before = read_todo_text(todo)
        after, value = _apply(operation, before)
        return Change(todo.path, before, valid_text(after, before), written=False), value
    prepare_directory(todo)
    with hold_lock(todo.lock_path, lock_timeout, root=todo.root):
        clean_leftovers(todo)
        before = read_todo_text(todo)
        after, value = _apply(operation, before)
        if then is not None:
            then(value)
        after = valid_text(after, before)
        if after != before:
            write_text(todo, after, before)
        return Change(todo.path, before, after, written=after != before), value


def _apply(
    operation: Callable[[Document | None], tuple[str, T]], text: str | None
) -> tuple[str, T]:
    """Run ``operation`` on ``text`` parsed (None: no file).

    Only the operation holds the document, which is freed when it returns: a
    change keeps the text, a fraction of the size of the document.
    """
    return operation(None if text is None else parse(text))
