"""Helpers for the lifecycle tests: projects on disk, snapshots, a word scorer, a lock holder."""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from todokit.lifecycle.project import Project
from todokit.ranking.scorer import RankItem, Score

OLD_MTIME_NS = 1_600_000_000 * 10**9  # a fixed moment in 2020, long before any test runs


def make_project(root: Path, text: str | bytes | None = None, *, config: str = "") -> Project:
    """Create ``root/.claude`` (with a todo file and todokit.toml when given) and open it."""
    claude = root / ".claude"
    claude.mkdir(parents=True, exist_ok=True)
    if config:
        (claude / "todokit.toml").write_text(config, encoding="utf-8")
    if text is not None:
        data = text.encode("utf-8") if isinstance(text, str) else text
        (claude / "todo.md").write_bytes(data)
        os.utime(claude / "todo.md", ns=(OLD_MTIME_NS, OLD_MTIME_NS))
    return Project.open(root=root, environ={})


def snapshot(directory: Path) -> dict[str, tuple[bytes, int, int]]:
    """Return name -> (bytes, mode, mtime) of every file under ``directory`` (lock files aside)."""
    if not directory.exists():
        return {}
    return {
        str(path.relative_to(directory)): (
            path.read_bytes(),
            path.stat().st_mode,
            path.stat().st_mtime_ns,
        )
        for path in sorted(directory.rglob("*"))
        if path.is_file() and not path.name.endswith(".lock")
    }


def changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    """Return (lines only in before, lines only in after) of a line diff, endings kept."""
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    removed: list[str] = []
    added: list[str] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            removed += old[i1:i2]
            added += new[j1:j2]
    return removed, added


def word_scorer(task: str, items: Sequence[RankItem], /) -> list[Score]:
    """Score 1.0 when an item shares a word with the task, else 0.0 (deterministic, no tuning)."""
    wanted = set(task.lower().split())
    return [
        Score(1.0 if wanted & set(item.text.lower().split()) else 0.0, tuple(sorted(wanted)))
        for item in items
    ]


LOCK_HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from todokit.files.lock import hold_lock
    with hold_lock(Path(sys.argv[1]), timeout=10):
        print("locked", flush=True)
        sys.stdin.read()
    """
)


@contextmanager
def lock_held_elsewhere(lock_path: Path) -> Iterator[None]:
    """Hold ``lock_path`` in a child process for the duration of the block."""
    child = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(lock_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "locked"
        yield
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()
