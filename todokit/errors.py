"""The single error hierarchy of todokit and the exit code of each error.

Every error todokit raises for a user's mistake or an environmental problem is a
:class:`TodokitError`. Each subclass also inherits the nearest builtin exception,
so callers may catch either (``except LookupError`` catches a missing task).
The CLI maps an error to one line on stderr and to its :attr:`~TodokitError.exit_code`.

Exit codes (documented in ``docs/cli.md``):

====  =====================================================
code  meaning
====  =====================================================
0     success
1     the operation failed (no such task, checks failed, …)
2     usage error (bad option or argument value)
3     the lock on the todo file was not acquired in time
4     unreadable or invalid input (encoding, permissions, …)
====  =====================================================

Examples:
    >>> from todokit.errors import TaskNotFoundError
    >>> err = TaskNotFoundError("no task matches 'x'")
    >>> (err.exit_code, isinstance(err, LookupError))
    (1, True)
"""

from __future__ import annotations

from pathlib import Path

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_LOCK_TIMEOUT = 3
EXIT_INVALID_INPUT = 4


class TodokitError(Exception):
    """Root of every error todokit raises on purpose.

    Attributes:
        exit_code: The CLI exit code for this kind of error.
    """

    exit_code: int = EXIT_FAILED


class UsageError(TodokitError, ValueError):
    """A command or function was called with a value it cannot accept."""

    exit_code = EXIT_USAGE


class TaskNotFoundError(TodokitError, LookupError):
    """A task reference matched no task, or more than one.

    Attributes:
        candidates: Human-readable descriptions of the tasks that were close
            matches (empty when nothing came close).
    """

    def __init__(self, message: str, candidates: tuple[str, ...] = ()) -> None:
        """Create the error.

        Args:
            message: One line saying what was looked for.
            candidates: Descriptions of near or ambiguous matches.
        """
        super().__init__(message)
        self.candidates = candidates

    def __str__(self) -> str:
        """Return the message followed by the candidates, one per line."""
        base = super().__str__()
        if not self.candidates:
            return base
        return base + "\n" + "\n".join(f"  {c}" for c in self.candidates)


class ChecksFailedError(TodokitError, RuntimeError):
    """A project's completion checks did not all pass."""


class LockTimeoutError(TodokitError, TimeoutError):
    """The lock guarding a todo file was not acquired in time.

    Attributes:
        lock_file: The path of the lock file that was held.
        timeout: How long todokit waited, in seconds.
    """

    exit_code = EXIT_LOCK_TIMEOUT

    def __init__(self, lock_file: Path, timeout: float) -> None:
        """Create the error.

        Args:
            lock_file: The lock file that could not be acquired.
            timeout: Seconds waited before giving up.
        """
        super().__init__(
            f"another todokit process holds {lock_file} (waited {timeout:g}s); "
            "try again, or raise --lock-timeout"
        )
        self.lock_file = lock_file
        self.timeout = timeout


class InvalidInputError(TodokitError, OSError):
    """A file could not be read, decoded or written as todokit needs.

    Covers invalid UTF-8, a directory where a file should be, missing
    permissions and malformed configuration.
    """

    exit_code = EXIT_INVALID_INPUT


class ConfigError(InvalidInputError):
    """A configuration file holds an unknown key or a value of the wrong type."""


__all__ = [
    "EXIT_FAILED",
    "EXIT_INVALID_INPUT",
    "EXIT_LOCK_TIMEOUT",
    "EXIT_OK",
    "EXIT_USAGE",
    "ChecksFailedError",
    "ConfigError",
    "InvalidInputError",
    "LockTimeoutError",
    "TaskNotFoundError",
    "TodokitError",
    "UsageError",
]
