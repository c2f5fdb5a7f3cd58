"""A planned change to one file: its bytes before and after, applied only when asked.

``todokit install`` works out every file it would write or delete first, so
``--dry-run`` and ``--diff`` can report them without touching anything, and
a refusal (a file that is not JSON, a skill the user edited) comes before the
first write.

Examples:
    >>> from pathlib import Path
    >>> change = FileChange(Path("a.json"), b'{}\\n', b'{"a": 1}\\n')
    >>> change.changed, change.action
    (True, 'update')
    >>> print(change.diff(), end="")
    --- a/a.json
    +++ b/a.json
    @@ -1 +1 @@
    -{}
    +{"a": 1}
"""

from __future__ import annotations

import contextlib
import difflib
from dataclasses import dataclass
from pathlib import Path

from todokit.agent.jsonfile import write_creating_parents
from todokit.errors import InvalidInputError


@dataclass(frozen=True, slots=True)
class FileChange:
    """What one file holds now and what it would hold.

    Attributes:
        path: The file.
        before: Its bytes now; ``None`` when it does not exist.
        after: Its bytes after the change; ``None`` to delete it.
        prune: Directories (deepest first) to remove after deleting the
            file, each only if that left it empty.

    Examples:
        >>> FileChange(Path("x"), None, None).changed
        False
    """

    path: Path
    before: bytes | None
    after: bytes | None
    prune: tuple[Path, ...] = ()

    @property
    def changed(self) -> bool:
        """Whether applying the change would alter the file."""
        return self.before != self.after

    @property
    def action(self) -> str:
        """``create``, ``update``, ``delete`` or ``keep``."""
        if not self.changed:
            return "keep"
        if self.before is None:
            return "create"
        return "delete" if self.after is None else "update"

    def shown(self) -> str:
        """Return the path as people read it: relative to the working directory when inside it."""
        try:
            return self.path.absolute().relative_to(Path.cwd()).as_posix()
        except ValueError:
            return self.path.as_posix()

    def diff(self) -> str:
        """Return a unified diff of the change (empty when nothing changes).

        Text that is not UTF-8 is shown with replacement characters.
        """
        if not self.changed:
            return ""
        old = (self.before or b"").decode("utf-8", "replace").splitlines(keepends=True)
        new = (self.after or b"").decode("utf-8", "replace").splitlines(keepends=True)
        name = self.shown()
        absolute = Path(name).is_absolute()
        old_name, new_name = (name, name) if absolute else (f"a/{name}", f"b/{name}")
        lines = difflib.unified_diff(
            old,
            new,
            "/dev/null" if self.before is None else old_name,
            "/dev/null" if self.after is None else new_name,
        )
        return "".join(line if line.endswith("\n") else line + "\n" for line in lines)

    def apply(self) -> bool:
        """Write or delete the file (atomically, creating parent directories); say if it changed.

        Raises:
            InvalidInputError: The file or a directory cannot be written or
                deleted.
        """
        if not self.changed:
            return False
        if self.after is not None:
            write_creating_parents(self.path, self.after)
            return True
        try:
            self.path.unlink()
        except FileNotFoundError:
            return False
        except OSError as exc:
            raise InvalidInputError(f"cannot delete {self.path}: {exc.strerror or exc}") from exc
        for directory in self.prune:
            with contextlib.suppress(OSError):
                directory.rmdir()
        return True
