"""Where a project keeps the memory of its last parking: ``<todo file>.parked.json``.

The memory (:class:`~todokit.arrange.homes.Homes`) says where parked work came
from, so that scoping for another task, or ``todokit keep``, puts it back
exactly. It sits beside the todo file (``.claude/todo.md.parked.json``) and is
read and written under the todo file's lock. It is a help, never a source of
truth: a missing or damaged memory means parked work returns to the end of
its former section.

Examples:
    >>> import tempfile
    >>> from pathlib import Path
    >>> from todokit.files.project import TodoFile
    >>> todo = TodoFile(Path(tempfile.mkdtemp()) / "todo.md")
    >>> load_homes(todo) is None
    True
    >>> homes = Homes((Range(("- [ ] a\\n",), ((0, "x", 1),), 0, None, 0, 0),), written="abc")
    >>> save_homes(todo, homes); load_homes(todo) == homes
    True
"""

from __future__ import annotations

import json
from pathlib import Path

from todokit.arrange.memory import Homes, Range  # noqa: F401 - Range: the example
from todokit.errors import InvalidInputError
from todokit.files.project import TodoFile

SUFFIX = ".parked.json"
MAX_BYTES = 16 * 1024 * 1024
"""A memory larger than this is ignored rather than read."""


def homes_path(todo: TodoFile) -> Path:
    """Return the memory file of a todo file, e.g. ``.claude/todo.md.parked.json``."""
    return todo.path.with_name(todo.path.name + SUFFIX)


def load_homes(todo: TodoFile) -> Homes | None:
    """Read the memory of the last parking; None when it is missing, too big or damaged."""
    path = homes_path(todo)
    try:
        if not path.is_file() or path.stat().st_size > MAX_BYTES:
            return None
        return Homes.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return None


def save_homes(todo: TodoFile, homes: Homes | None) -> None:
    """Write (or, for None, remove) the memory atomically; call it with the lock held.

    Raises:
        InvalidInputError: The memory file cannot be written.
    """
    from todokit.files.atomic import atomic_write_bytes  # noqa: PLC0415 - lazy

    path = homes_path(todo)
    try:
        if homes is None or not homes.ranges:
            path.unlink(missing_ok=True)
            return
        text = json.dumps(homes.to_json(), ensure_ascii=False, separators=(",", ":"))
        atomic_write_bytes(path, text.encode("utf-8", "surrogateescape"))
    except InvalidInputError:
        raise
    except OSError as error:
        raise InvalidInputError(f"cannot write {path}: {error.strerror}") from None
