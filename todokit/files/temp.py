"""Creating a new, uniquely named temporary file beside a target.

What :func:`tempfile.mkstemp` does, without importing :mod:`tempfile` (and
with it :mod:`random` and :mod:`shutil`), which costs more start-up time than
a hook can spare. Names are drawn from the same alphabet, so the leftovers of
a killed writer look the same whichever made them.

Examples:
    >>> import os, tempfile
    >>> from pathlib import Path
    >>> fd, path = open_temp_file(Path(tempfile.mkdtemp()), ".todo.md.", ".tmp")
    >>> os.close(fd)
    >>> path.name.startswith(".todo.md.") and len(path.name) == len(".todo.md.") + 8 + 4
    True
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

RANDOM_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789_"
"""The characters of a name's random part (as :mod:`tempfile` draws them)."""
RANDOM_LENGTH = 8
_ATTEMPTS = 100


def random_part() -> str:
    """Return eight characters drawn uniformly from :data:`RANDOM_ALPHABET`."""
    # 37 letters: rejection sampling over bytes keeps the draw uniform.
    limit = 256 - 256 % len(RANDOM_ALPHABET)
    chars: list[str] = []
    while len(chars) < RANDOM_LENGTH:
        chars.extend(RANDOM_ALPHABET[b % len(RANDOM_ALPHABET)] for b in os.urandom(16) if b < limit)
    return "".join(chars[:RANDOM_LENGTH])


def open_temp_file(directory: Path, prefix: str, suffix: str) -> tuple[int, Path]:
    """Create a new file ``prefix + 8 random characters + suffix`` in ``directory``.

    The file is created exclusively (never an existing one), readable and
    writable by its owner only, and opened for writing; its descriptor and
    path are returned.

    Raises:
        FileExistsError: A hundred random names in a row were taken.
        OSError: The directory is missing or not writable.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _ in range(_ATTEMPTS):
        path = directory / f"{prefix}{random_part()}{suffix}"
        try:
            return os.open(path, flags, 0o600), path
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no unused temporary file name", str(directory))


__all__ = ["RANDOM_ALPHABET", "open_temp_file", "random_part"]
