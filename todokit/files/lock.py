"""An inter-process lock guarding one todo file.

The lock is taken on a sidecar file (``todo.md.lock``), never on the data
file, because the data file is replaced on every write. On Unix ``filelock``
uses ``flock``: the kernel drops the lock when its holder dies, so a killed
process never blocks the next one. The lock file stays on disk after release.
It is never created through a symlink that leads outside the project (see
:mod:`~todokit.files.confine`), and its holder keeps its owner and mode in
step with the todo file beside it (see :mod:`~todokit.files.ownership`).

Examples:
    >>> import tempfile
    >>> from pathlib import Path
    >>> lock_path = Path(tempfile.mkdtemp()) / "todo.md.lock"
    >>> with hold_lock(lock_path, timeout=1.0):
    ...     with hold_lock(lock_path, timeout=0):  # re-entrant in one thread
    ...         pass
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING

from todokit.errors import LockTimeoutError
from todokit.files.confine import confine
from todokit.files.ownership import lock_failure, sync_lock_file

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

LOCK_SUFFIX = ".lock"


@contextmanager
def hold_lock(lock_path: Path, timeout: float, *, root: Path | None = None) -> Iterator[None]:
    """Hold the lock on ``lock_path`` for the duration of a ``with`` block.

    One lock object is shared per path within a process, so nested use in the
    same thread is re-entrant; other threads and processes wait. Missing parent
    directories of the lock file are created. Once held, the lock file gets
    the permission bits (and, for the superuser, the owner) of the data file
    it guards, ``lock_path`` without its ``.lock`` suffix.

    Args:
        lock_path: The sidecar lock file, e.g. ``.claude/todo.md.lock``.
        timeout: Seconds to wait; ``0`` tries once, a negative value waits
            without limit.
        root: The project root the lock file must stay in when reached
            through a symlink (found from its path when None).

    Yields:
        Nothing; the lock is held until the block ends.

    Raises:
        LockTimeoutError: Another holder kept the lock past ``timeout``.
        OutsideProjectError: A symlink leads the lock file out of the project.
        InvalidInputError: The lock file cannot be created or opened; the
            message says whose it is and how to fix it.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> with hold_lock(Path(tempfile.mkdtemp()) / "todo.md.lock", timeout=0):
        ...     pass
    """
    # Imported here: filelock costs tens of milliseconds and most CLI runs
    # that never write do not need it.
    from filelock import FileLock, Timeout  # noqa: PLC0415

    real = confine(lock_path, root, "lock")
    lock = FileLock(real, is_singleton=True)
    try:
        lock.acquire(timeout=timeout)
    except Timeout as exc:
        raise LockTimeoutError(lock_path, timeout) from exc
    except OSError as exc:
        raise lock_failure(lock_path, exc) from exc
    try:
        sync_lock_file(real, real.with_name(real.name.removesuffix(LOCK_SUFFIX)))
        yield
    finally:
        lock.release()
