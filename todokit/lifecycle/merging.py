"""``merge``: the git merge driver's work on files, around the pure ``merge_lists``.

Git calls a merge driver with three temporary files (base ``%O``, ours ``%A``,
theirs ``%B``) and reads the result from ``%A``. :func:`merge` reads the
three files as bytes (bytes that are not UTF-8 pass through unchanged, see
:mod:`todokit.document.codec`), merges them task by task, and writes the
result to ``%A`` atomically. When the task-wise merge cannot vouch for its
result (:class:`~todokit.errors.UnsafeMergeError`), or fails in any way, it
falls back to git's own line merge, ``git merge-file``, so that no change of
either side is ever dropped.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from todokit.document.codec import decode, encode
from todokit.errors import InvalidInputError, TodokitError
from todokit.files.atomic import atomic_write_bytes
from todokit.files.reading import read_bytes_checked
from todokit.merging import Conflict, merge_lists

LABELS = ("ours", "theirs")
"""The names after the conflict markers."""


@dataclass(frozen=True, slots=True)
class FileMerge:
    """What :func:`merge` did.

    Attributes:
        path: The file the result went to (git's ``%A``).
        name: The path the merge is for, in messages (git's ``%P``).
        before: ``path``'s bytes before the merge (ours).
        data: The merged bytes.
        method: ``"tasks"`` for the task-wise merge, ``"lines"`` for git's line merge.
        conflict_count: How many conflict blocks the result holds.
        conflicts: The task-wise merge's conflicts (empty after a line merge).
        reason: Why the line merge was used, or None.
        written: Whether ``path`` was written (not in a dry run, not when unchanged).

    Examples:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> for n, t in ("O", "- [ ] a\\n"), ("A", "- [x] a\\n"), ("B", "- [ ] a\\n- [ ] b\\n"):
        ...     _ = (folder / n).write_text(t)
        >>> result = merge(folder / "O", folder / "A", folder / "B", dry_run=True)
        >>> result.method, result.clean, result.changed, result.written
        ('tasks', True, True, False)
    """

    path: Path
    name: str
    before: bytes
    data: bytes
    method: str
    conflict_count: int
    conflicts: tuple[Conflict, ...] = ()
    reason: str | None = None
    written: bool = False

    @property
    def clean(self) -> bool:
        """Whether the result has no conflict."""
        return self.conflict_count == 0

    @property
    def changed(self) -> bool:
        """Whether the result differs from ours."""
        return self.data != self.before

    def diff(self) -> str:
        """Return a unified diff from ours to the result (empty when they are equal)."""
        import difflib  # noqa: PLC0415 - only diffs need it

        lines = difflib.unified_diff(
            decode(self.before).splitlines(keepends=True),
            decode(self.data).splitlines(keepends=True),
            fromfile=f"a/{self.name}",
            tofile=f"b/{self.name}",
        )
        return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def line_merge(base: Path, ours: Path, theirs: Path, *, marker_size: int = 7) -> tuple[bytes, int]:
    """Merge three files line by line with ``git merge-file``; return the result and its conflicts.

    :func:`merge` falls back to it when the task-wise merge cannot vouch for its result.

    Args:
        base: The common ancestor, git's ``%O``.
        ours: Our version, git's ``%A``; it is only read, never written.
        theirs: Their version, git's ``%B``.
        marker_size: The length of the conflict markers, git's ``%L``.

    Returns:
        The merged bytes, conflict blocks included, and how many conflict blocks they hold.

    Raises:
        TodokitError: git is not installed, or ``git merge-file`` failed.

    Examples:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> for n, t in ("O", "- [ ] a\\n"), ("A", "- [x] a\\n"), ("B", "- [ ] a\\n- [ ] b\\n"):
        ...     _ = (folder / n).write_text(t)
        >>> line_merge(folder / "O", folder / "A", folder / "B")
        (b'<<<<<<< ours\\n- [x] a\\n=======\\n- [ ] a\\n- [ ] b\\n>>>>>>> theirs\\n', 1)
    """
    command = ["git", "merge-file", "-p", f"--marker-size={marker_size}"]
    command += ["-L", LABELS[0], "-L", "base", "-L", LABELS[1], str(ours), str(base), str(theirs)]
    try:
        done = subprocess.run(command, capture_output=True, check=False)
    except OSError as error:
        raise TodokitError(f"cannot run git merge-file: {error}") from None
    if not 0 <= done.returncode < 128:
        message = done.stderr.decode("utf-8", "replace").strip() or f"exit code {done.returncode}"
        raise TodokitError(f"git merge-file failed: {message}")
    return done.stdout, done.returncode


def merge(
    base: Path,
    ours: Path,
    theirs: Path,
    *,
    name: str | None = None,
    marker_size: int = 7,
    dry_run: bool = False,
) -> FileMerge:
    """Merge theirs and the base into ours, task by task; git's merge driver.

    Args:
        base: The common ancestor (``%O``).
        ours: Our version, and where the result is written (``%A``).
        theirs: Their version (``%B``), only read.
        name: The path the merge is for, in messages (``%P``); ``ours`` by default.
        marker_size: The conflict markers' length (``%L``).
        dry_run: Merge, but write nothing.

    Returns:
        What was merged, how, and whether it was written.

    Raises:
        InvalidInputError: A file cannot be read, or ``ours`` cannot be written.
        TodokitError: The line merge was needed and git could not run it;
            ``ours`` is left as it was.

    Examples:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> for n, t in ("O", "- [ ] a\\n"), ("A", "- [x] a\\n"), ("B", "- [ ] a\\n- [ ] b\\n"):
        ...     _ = (folder / n).write_text(t)
        >>> merge(folder / "O", folder / "A", folder / "B").conflict_count
        0
        >>> (folder / "A").read_text()
        '- [x] a\\n- [ ] b\\n'
    """
    if marker_size < 1:
        raise InvalidInputError(f"the conflict marker size must be at least 1, not {marker_size}")
    texts = [read_bytes_checked(path) for path in (base, ours, theirs)]
    reason: str | None = None
    try:
        result = merge_lists(
            *(decode(data) for data in texts), marker_size=marker_size, labels=LABELS
        )
        data, method = encode(result.text), "tasks"
    except Exception as error:
        reason = (
            str(error) if isinstance(error, TodokitError) else f"{type(error).__name__}: {error}"
        )
        data, count = line_merge(base, ours, theirs, marker_size=marker_size)
        conflicts: tuple[Conflict, ...] = ()
        method = "lines"
    else:
        conflicts, count = result.conflicts, len(result.conflicts)
    written = not dry_run and data != texts[1]
    if written:
        atomic_write_bytes(ours, data)
    return FileMerge(
        path=ours,
        name=name or str(ours),
        before=texts[1],
        data=data,
        method=method,
        conflict_count=count,
        conflicts=conflicts,
        reason=reason,
        written=written,
    )


merge_files = merge
"""The former name of :func:`merge`, the same function; kept for existing callers."""
