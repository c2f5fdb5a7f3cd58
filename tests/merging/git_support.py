"""Real git repositories for merge tests, and a ``todokit`` command git can run.

Git runs the merge driver through the shell, finding ``todokit`` on ``PATH``:
:func:`driver_env` puts a small ``todokit`` script first on ``PATH`` that runs
this checkout with the test's interpreter, so the driver under test is this code.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "cli"))

from cli_support import REPO_ROOT, child_env


def driver_env(tmp: Path, *, with_todokit: bool = True) -> dict[str, str]:
    """The environment for git commands: a fixed identity, ``todokit`` on PATH (or not)."""
    env = child_env(
        GIT_AUTHOR_NAME="Test",
        GIT_AUTHOR_EMAIL="test@example.com",
        GIT_COMMITTER_NAME="Test",
        GIT_COMMITTER_EMAIL="test@example.com",
        GIT_CONFIG_NOSYSTEM="1",
        HOME=str(tmp),
    )
    shims = tmp / "bin"
    shims.mkdir(exist_ok=True)
    script = shims / "todokit"
    if with_todokit:
        script.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m todokit "$@"\n', encoding="utf-8")
        script.chmod(0o755)
        path = f"{shims}{os.pathsep}{env['PATH']}"
    else:
        script.unlink(missing_ok=True)
        git = shutil.which("git")
        assert git is not None
        # Only git's own directory and the shell's: no todokit anywhere on PATH.
        path = os.pathsep.join((str(shims), str(Path(git).parent), "/bin"))
    env["PATH"] = path
    env["PYTHONPATH"] = str(REPO_ROOT)
    return env


class Repo:
    """A git repository in a temporary directory, on branch ``main``."""

    def __init__(self, root: Path, env: dict[str, str]) -> None:
        self.root, self.env = root, env
        root.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", "main")
        self.git("config", "user.name", "Test")
        self.git("config", "user.email", "test@example.com")

    def git(
        self, *arguments: str, check: bool = True, cwd: Path | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["git", *arguments],
            cwd=cwd or self.root,
            env=self.env,
            capture_output=True,
            text=True,
            check=check,
            timeout=120,
        )

    def todokit(self, *arguments: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "todokit", *arguments],
            cwd=cwd or self.root,
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )

    def write(self, text: str, path: str = ".claude/todo.md", cwd: Path | None = None) -> None:
        target = (cwd or self.root) / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="")

    def read(self, path: str = ".claude/todo.md", cwd: Path | None = None) -> str:
        return ((cwd or self.root) / path).read_bytes().decode("utf-8")

    def commit(self, message: str, cwd: Path | None = None) -> None:
        self.git("add", "-A", cwd=cwd)
        self.git("commit", "-q", "-m", message, cwd=cwd)
