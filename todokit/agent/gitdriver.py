"""``todokit install --git``: register the task-wise merge driver with a git repository.

Two things make git use a custom merge driver: a line ``PATTERN merge=todokit``
in ``.gitattributes`` (committed, so every clone and worktree asks for it) and
the driver's command under ``merge.todokit.driver`` in the repository's own
git config (never committed: git will not run commands a repository brings).
:func:`plan_git` works out both changes, :meth:`GitPlan.apply` makes them;
with ``uninstall`` they are undone exactly: only the lines install adds leave
``.gitattributes`` (the rest stays byte for byte; a file left empty is
removed), and only the keys it sets leave the config.

The driver's command runs ``todokit merge`` when ``todokit`` is on the PATH
of the process running git, and git's own line merge otherwise, so a machine
without todokit still gets conflict markers rather than ours alone.

Examples:
    >>> gitattributes_line(".claude/todo.md")
    '.claude/todo.md merge=todokit'
    >>> gitattributes_line("TODO.md"), gitattributes_line("my list.md")
    ('/TODO.md merge=todokit', '"/my list.md" merge=todokit')
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from todokit.document.codec import decode, encode
from todokit.document.lines import dominant_ending, split_lines
from todokit.errors import TodokitError
from todokit.files.atomic import atomic_write_bytes
from todokit.files.reading import read_bytes_checked

DRIVER = (
    "if command -v todokit >/dev/null 2>&1; "
    "then todokit merge %O %A %B %P --marker-size %L; "
    "else git merge-file --marker-size=%L %A %O %B; fi"
)
"""What git runs to merge a todo file: ``%O`` base, ``%A`` ours and the result, ``%B`` theirs."""

CONFIG = {
    "merge.todokit.name": "todokit: merge task lists task by task",
    "merge.todokit.driver": DRIVER,
}
"""The git config keys install sets."""

_SPECIAL = re.compile(r"[*?\[\\]")


def gitattributes_line(path: str) -> str:
    """Return the ``.gitattributes`` line that selects the driver for one path (``/`` separated)."""
    pattern = _SPECIAL.sub(lambda match: "\\" + match.group(), path)
    if "/" not in pattern:
        pattern = "/" + pattern  # anchored: the file at this level only
    if re.search(r'[\s"]', pattern):
        pattern = '"' + pattern.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{pattern} merge=todokit"


def _git(root: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """Run git in ``root`` and return what it did."""
    try:
        return subprocess.run(
            ["git", "-C", str(root), *arguments],  # noqa: S607 - git from PATH
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError as error:
        raise TodokitError(f"cannot run git: {error}") from None


def _set(root: Path, *arguments: str) -> None:
    """Run a git config command that must succeed."""
    done = _git(root, "config", "--local", *arguments)
    if done.returncode:
        raise TodokitError(f"git config {' '.join(arguments[:1])} failed: {done.stderr.strip()}")


@dataclass(frozen=True, slots=True)
class GitPlan:
    """The changes that install (or uninstall) makes to a repository.

    Attributes:
        top: The repository's top-level directory (where ``.gitattributes`` is).
        lines: The ``.gitattributes`` lines install adds.
        before: ``.gitattributes``' bytes now (None: it does not exist).
        after: Its bytes after the change (None: it is removed or not created).
        config: The config keys to set, with their values (install).
        unset: The config keys to remove (uninstall).
    """

    top: Path
    lines: tuple[str, ...]
    before: bytes | None
    after: bytes | None
    config: dict[str, str]
    unset: tuple[str, ...]

    @property
    def attributes(self) -> Path:
        """The ``.gitattributes`` file."""
        return self.top / ".gitattributes"

    @property
    def attributes_changed(self) -> bool:
        """Whether ``.gitattributes`` changes."""
        return self.before != self.after

    @property
    def config_changed(self) -> bool:
        """Whether the git config changes."""
        return bool(self.config or self.unset)

    def diff(self) -> str:
        """Return the unified diff of ``.gitattributes`` (empty when it does not change)."""
        import difflib  # noqa: PLC0415 - only diffs need it

        old, new = (
            decode(data or b"").splitlines(keepends=True) for data in (self.before, self.after)
        )
        lines = difflib.unified_diff(old, new, "a/.gitattributes", "b/.gitattributes")
        return "".join(line if line.endswith("\n") else line + "\n" for line in lines)

    def apply(self) -> None:
        """Make the changes: ``.gitattributes`` first (atomically), then the config."""
        if self.attributes_changed:
            if self.after is None:
                self.attributes.unlink()
            else:
                atomic_write_bytes(self.attributes, self.after)
        for key, value in self.config.items():
            _set(self.top, key, value)
        for key in self.unset:
            _set(self.top, "--unset-all", key)
        if (
            self.unset
            and _git(self.top, "config", "--local", "--get-regexp", r"^merge\.todokit\.").returncode
        ):
            _git(self.top, "config", "--local", "--remove-section", "merge.todokit")


def _edited(before: bytes | None, lines: Sequence[str], *, uninstall: bool) -> bytes | None:
    """Return ``.gitattributes`` with ``lines`` added (or removed)."""
    text = decode(before or b"")
    present = split_lines(text)
    if uninstall:
        kept = [line for line in present if line.rstrip("\r\n") not in lines]
        if len(kept) == len(present):
            return before
        return encode("".join(kept)) if kept else None
    missing = [line for line in lines if line not in {each.rstrip("\r\n") for each in present}]
    if not missing:
        return before
    newline = dominant_ending(present)
    if text and not text.endswith(("\n", "\r")):
        text += newline
    return encode(text + "".join(line + newline for line in missing))


def plan_git(root: Path, todo_files: Sequence[Path], *, uninstall: bool = False) -> GitPlan:
    """Work out, changing nothing yet, what install (or uninstall) does to the repository.

    ``root`` is the project root, inside the work tree; ``todo_files`` are the
    files git should merge task by task.

    Raises:
        TodokitError: ``root`` is not inside a git work tree, or git cannot run.
    """
    done = _git(root, "rev-parse", "--show-toplevel")
    if done.returncode:
        raise TodokitError(
            f"{root} is not inside a git work tree (git init first): {done.stderr.strip()}"
        )
    top = Path(done.stdout.strip()).resolve()
    lines = []
    for todo in todo_files:
        try:
            relative = todo.resolve().relative_to(top)
        except ValueError:
            raise TodokitError(f"{todo} lies outside the repository at {top}") from None
        line = gitattributes_line(relative.as_posix())
        if line not in lines:
            lines.append(line)
    attributes = top / ".gitattributes"
    before = read_bytes_checked(attributes) if attributes.exists() else None
    after = _edited(before, lines, uninstall=uninstall)
    current = {key: _git(top, "config", "--local", "--get", key) for key in CONFIG}
    if uninstall:
        return GitPlan(
            top,
            tuple(lines),
            before,
            after,
            {},
            tuple(k for k, d in current.items() if not d.returncode),
        )
    changes = {
        k: v
        for k, v in CONFIG.items()
        if current[k].returncode or current[k].stdout.rstrip("\n") != v
    }
    return GitPlan(top, tuple(lines), before, after, changes, ())
