"""The single error hierarchy of todokit and the exit code of each error.

Every error todokit raises for a user's mistake or an environmental problem is a
:class:`TodokitError`. Each subclass also inherits the nearest builtin exception,
so callers may catch either (``except LookupError`` catches a missing task).
The CLI maps an error to one line on stderr and to its :attr:`~TodokitError.exit_code`.

The exit codes (as ``docs/cli.md`` documents them): 0 success; 1 the operation
failed, e.g. no such task or a check failed; 2 a bad option or argument value;
3 the lock on the todo file was not acquired in time; 4 unreadable or invalid
input, e.g. encoding or permissions (:data:`EXIT_OK` … :data:`EXIT_INVALID_INPUT`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_LOCK_TIMEOUT = 3
EXIT_INVALID_INPUT = 4


ARGUMENT_LIMIT = 200
"""The most characters of one quoted argument (a path, a value) an error message shows."""
MESSAGE_LINE_LIMIT = 1000
"""The most characters of one line of an error message, whatever it quotes."""


def shorten(text: str, limit: int = ARGUMENT_LIMIT) -> str:
    """Return ``text`` cut to about ``limit`` characters for an error message.

    A long argument (a 100 KB task text, a path of thousands of characters) keeps
    its start and its end, where a path carries its file name, and says how much was cut.

    Args:
        text: The argument as given.
        limit: The most characters to keep (at least 20).

    Returns:
        ``text`` itself, or its head, a note of the characters cut, and its tail.

    Examples:
        >>> shorten("short")
        'short'
        >>> shorten("x" * 1000, limit=40)
        'xxxxxxxxxxxxxxxxxxxxxxxxxx…[961 characters cut]…xxxxxxxxxxxxx'
    """
    if len(text) <= limit:
        return text
    keep = max(limit, 20)
    head, tail = keep * 2 // 3, keep // 3
    return f"{text[:head]}…[{len(text) - head - tail:,} characters cut]…{text[-tail:]}"


class TodokitError(Exception):
    """Root of every error todokit raises on purpose.

    Each line of its text is cut to about :data:`MESSAGE_LINE_LIMIT` characters (see
    :func:`shorten`), so an error that quotes a huge argument still prints one short line.

    Attributes:
        exit_code: The CLI exit code for this kind of error.

    Examples:
        >>> error = TaskNotFoundError("no task matches 'x'")
        >>> isinstance(error, TodokitError), isinstance(error, LookupError), error.exit_code
        (True, True, 1)
        >>> len(str(TodokitError("x" * 5000)))
        1023
    """

    exit_code: int = EXIT_FAILED

    def __str__(self) -> str:
        """Return the message, each line cut to :data:`MESSAGE_LINE_LIMIT` characters."""
        text = super().__str__()
        if len(text) <= MESSAGE_LINE_LIMIT:
            return text
        return "\n".join(shorten(line, MESSAGE_LINE_LIMIT) for line in text.split("\n"))


class UsageError(TodokitError, ValueError):
    """A command or function was called with a value it cannot accept.

    Examples:
        >>> UsageError("unknown status 'maybe'").exit_code, issubclass(UsageError, ValueError)
        (2, True)
    """

    exit_code = EXIT_USAGE


class TaskNotFoundError(TodokitError, LookupError):
    """A task reference matched no task, or more than one.

    Attributes:
        candidates: Descriptions of the close or ambiguous matches (empty when none came close).

    Examples:
        >>> print(TaskNotFoundError("'login' matches 2 tasks", ("3  Fix login", "7  Test login")))
        'login' matches 2 tasks
          3  Fix login
          7  Test login
    """

    def __init__(self, message: str, candidates: tuple[str, ...] = ()) -> None:
        """Create the error: ``message`` is one line saying what was looked for."""
        super().__init__(message)
        self.candidates = candidates

    def __str__(self) -> str:
        """Return the message followed by the candidates, one per line."""
        base = super().__str__()
        if not self.candidates:
            return base
        return base + "\n" + "\n".join(f"  {c}" for c in self.candidates)


class ChecksFailedError(TodokitError, RuntimeError):
    """A project's completion checks did not all pass.

    Examples:
        >>> ChecksFailedError("pytest failed (exit 1)").exit_code
        1
    """


class LockTimeoutError(TodokitError, TimeoutError):
    """The lock guarding a todo file was not acquired in time.

    Attributes:
        lock_file: The path of the lock file that was held.
        timeout: How long todokit waited, in seconds.

    Examples:
        >>> error = LockTimeoutError(Path(".claude/todo.md.lock"), 10)
        >>> error.exit_code, error.timeout, str(error).startswith("another todokit process holds")
        (3, 10, True)
    """

    exit_code = EXIT_LOCK_TIMEOUT

    def __init__(self, lock_file: Path, timeout: float) -> None:
        """Create the error and its message from the lock file and the seconds waited."""
        super().__init__(
            f"another todokit process holds {lock_file} (waited {timeout:g}s); "
            "try again, or raise --lock-timeout"
        )
        self.lock_file = lock_file
        self.timeout = timeout

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle by the constructor's arguments, which the message alone cannot give back."""
        return type(self), (self.lock_file, self.timeout), vars(self)


class UnsafeMergeError(TodokitError, RuntimeError):
    """A task-wise merge could not vouch for its result; a line merge is used instead.

    Examples:
        >>> isinstance(UnsafeMergeError("a task would be lost"), RuntimeError)
        True
    """


class InvalidInputError(TodokitError, OSError):
    """A file could not be read, decoded or written as todokit needs.

    Invalid UTF-8, a directory where a file should be, a missing permission, a bad setting.

    Examples:
        >>> InvalidInputError("bad UTF-8").exit_code, issubclass(InvalidInputError, OSError)
        (4, True)
    """

    exit_code = EXIT_INVALID_INPUT


class ConfigError(InvalidInputError):
    """A configuration file holds an unknown key or a value of the wrong type.

    Examples:
        >>> error = ConfigError(".claude/todokit.toml: unknown key 'treshold'")
        >>> error.exit_code, isinstance(error, InvalidInputError)
        (4, True)
    """


class OutsideProjectError(InvalidInputError):
    """A write, rename or delete would go through a symlink to outside the project.

    todokit never changes a file outside the project root on behalf of a
    symlink inside it (a cloned repository is untrusted input).

    Attributes:
        action: What was refused, e.g. ``"write"`` or ``"delete"``.
        path: The path todokit was asked to change.
        target: Where that path really leads.
        root: The project root it must stay within.

    Examples:
        >>> error = OutsideProjectError("write", Path("/p/todo.md"), Path("/etc/x"), Path("/p"))
        >>> print(error)
        refusing to write /p/todo.md: it leads to /etc/x, outside the project /p
    """

    def __init__(self, action: str, path: Path, target: Path, root: Path) -> None:
        """Create the error and its message; every path in it is shortened (see :func:`shorten`)."""
        super().__init__(
            f"refusing to {action} {shorten(str(path))}: it leads to {shorten(str(target))}, "
            f"outside the project {shorten(str(root))}"
        )
        self.action = action
        self.path = path
        self.target = target
        self.root = root

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle by the constructor's arguments, which the message alone cannot give back."""
        return type(self), (self.action, self.path, self.target, self.root), vars(self)


class NotRegularFileError(InvalidInputError):
    """A file todokit reads is a directory, a FIFO, a device or a socket.

    Only regular files are read, so ``/dev/zero`` or a named pipe never makes
    todokit hang or fill its memory.

    Examples:
        >>> isinstance(NotRegularFileError("todo.md is a directory"), InvalidInputError)
        True
    """


class FileTooLargeError(InvalidInputError):
    """A file todokit reads is larger than its size limit.

    Examples:
        >>> FileTooLargeError("todo.md is larger than the limit of 67,108,864 bytes").exit_code
        4
    """


__all__ = [
    "ARGUMENT_LIMIT",
    "EXIT_FAILED",
    "EXIT_INVALID_INPUT",
    "EXIT_LOCK_TIMEOUT",
    "EXIT_OK",
    "EXIT_USAGE",
    "MESSAGE_LINE_LIMIT",
    "ChecksFailedError",
    "ConfigError",
    "FileTooLargeError",
    "InvalidInputError",
    "LockTimeoutError",
    "NotRegularFileError",
    "OutsideProjectError",
    "TaskNotFoundError",
    "TodokitError",
    "UnsafeMergeError",
    "UsageError",
    "shorten",
]
