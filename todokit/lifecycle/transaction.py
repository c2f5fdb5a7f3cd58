"""Locked read-modify-write of a todo file, with dry runs and diffs.

Every change todokit makes goes through :func:`modify`: take the sidecar lock,
clear temp files a killed writer left, read and parse the file, compute the
new text, and write it atomically — only if a byte changed.

Examples:
    >>> import tempfile
    >>> from pathlib import Path
    >>> from todokit.files.project import TodoFile
    >>> todo = TodoFile(Path(tempfile.mkdtemp()) / ".claude" / "todo.md")
    >>> change, _ = modify(todo, lambda doc: ("- [ ] a\\n", None), lock_timeout=5)
    >>> (change.before, change.after, change.written)
    (None, '- [ ] a\\n', True)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from todokit._record import record
from todokit.document import Document, parse
from todokit.document.codec import check_utf8, decode, encode
from todokit.errors import InvalidInputError
from todokit.files.atomic import atomic_write_bytes, remove_stale_temp_files
from todokit.files.lock import hold_lock
from todokit.files.project import TodoFile
from todokit.files.reading import read_bytes_checked

T = TypeVar("T")


@record
class Change:
    """What an operation did (or, in a dry run, would do) to one file.

    Attributes:
        path: The file.
        before: Its text before, None when it did not exist.
        after: Its text after.
        written: Whether the file was written (False in dry runs and when
            nothing changed).
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


def read_document(todo: TodoFile, *, strict: bool = True) -> Document | None:
    """Read and parse the todo file, or return None when it does not exist.

    Args:
        todo: The todo file.
        strict: Refuse bytes that are not UTF-8 (editing commands); when
            False they are kept as lone surrogates (reading commands).

    Raises:
        InvalidInputError: The file cannot be read or (strict) is not UTF-8.
    """
    if not todo.path.exists() and not todo.path.is_symlink():
        return None
    data = read_bytes_checked(todo.path)
    return parse(check_utf8(data, todo.path) if strict else decode(data))


def prepare_directory(todo: TodoFile) -> None:
    """Create the todo file's directory, with a clear error when that fails."""
    try:
        todo.claude_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InvalidInputError(f"cannot create {todo.claude_dir}: {error.strerror}") from None


def clean_leftovers(todo: TodoFile) -> None:
    """Remove temp files a killed writer left beside the (real) todo file."""
    target = todo.path.resolve()
    remove_stale_temp_files(target.parent, target.name)


def write_text(todo: TodoFile, text: str) -> None:
    """Write ``text`` to the todo file atomically (through a symlink)."""
    atomic_write_bytes(todo.path, encode(text))


def modify(
    todo: TodoFile,
    operation: Callable[[Document | None], tuple[str, T]],
    *,
    lock_timeout: float,
    dry_run: bool = False,
) -> tuple[Change, T]:
    """Apply ``operation`` to the todo file under its lock.

    Args:
        todo: The todo file.
        operation: Receives the current document (None when the file does not
            exist) and returns the new text and a value to pass back.
        lock_timeout: Seconds to wait for the lock (negative: forever).
        dry_run: Compute the change without taking the lock or writing.

    Returns:
        The change and the operation's value.

    Raises:
        LockTimeoutError: The lock was not acquired in time.
        InvalidInputError: The file is unreadable, not UTF-8, or not writable.
    """
    if dry_run:
        doc = read_document(todo)
        after, value = operation(doc)
        return Change(todo.path, doc.render() if doc else None, after, written=False), value
    prepare_directory(todo)
    with hold_lock(todo.lock_path, lock_timeout):
        clean_leftovers(todo)
        doc = read_document(todo)
        after, value = operation(doc)
        before = doc.render() if doc else None
        if after != before:
            write_text(todo, after)
        return Change(todo.path, before, after, written=after != before), value
