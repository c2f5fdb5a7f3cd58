"""The file layer of todokit: locating, reading, writing, locking and archiving.

Everything here touches the file system; nothing here parses markdown.

* :mod:`~todokit.files.roots` finds the project root, :mod:`~todokit.files.project`
  its todo file; :mod:`~todokit.files.confine` keeps every change inside it.
* :mod:`~todokit.files.atomic` writes atomically; :mod:`~todokit.files.reading`
  reads with clear errors.
* :mod:`~todokit.files.lock` serialises writers with a sidecar lock file.
* :mod:`~todokit.files.rotation` and :mod:`~todokit.files.archives` rotate the
  todo file into dated archives, list them and prune them.
* :mod:`~todokit.files.dates` parses the days and spans users type.
* :mod:`~todokit.files.config` loads ``.claude/todokit.toml`` or
  ``[tool.todokit]``.

Examples:
    >>> import tempfile
    >>> from todokit.files import TodoFile, atomic_write_bytes, hold_lock, parse_day, rotate
    >>> from pathlib import Path
    >>> root = Path(tempfile.mkdtemp())
    >>> (root / ".claude").mkdir()
    >>> todo = TodoFile.locate(root, environ={})
    >>> with hold_lock(todo.lock_path, timeout=5):
    ...     atomic_write_bytes(todo.path, b"- [ ] ship it")
    ...     archive = rotate(todo.path, todo.claude_dir, parse_day("2026-11-24"))
    >>> archive.name, todo.exists()
    ('todo-2026-11-24.old', False)
"""

from todokit.files.archives import (
    Archive,
    archive_name,
    list_archives,
    parse_archive_name,
    prune,
)
from todokit.files.atomic import atomic_write_bytes
from todokit.files.config import CheckSpec, Config, load_config
from todokit.files.dates import parse_day, parse_span
from todokit.files.leftovers import remove_stale_temp_files
from todokit.files.lock import hold_lock
from todokit.files.project import TodoFile
from todokit.files.reading import read_bytes_checked
from todokit.files.roots import find_root
from todokit.files.rotation import rotate

__all__ = [
    "Archive",
    "CheckSpec",
    "Config",
    "TodoFile",
    "archive_name",
    "atomic_write_bytes",
    "find_root",
    "hold_lock",
    "list_archives",
    "load_config",
    "parse_archive_name",
    "parse_day",
    "parse_span",
    "prune",
    "read_bytes_checked",
    "remove_stale_temp_files",
    "rotate",
]
