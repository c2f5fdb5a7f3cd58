"""Running the real ``todokit`` command in a subprocess, and a seeded project for it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import todokit

REPO_ROOT = Path(todokit.__file__).resolve().parents[1]
EVENTS = REPO_ROOT / "tests" / "agent" / "events"
TODO = """## Backend

- [ ] Fix the login session timeout
- [x] Ship the signup form
- [ ] Add an index to the orders table

## Docs

- [ ] Update the README install section
"""


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a child: this checkout importable, no TODOKIT_ROOT, no colour."""
    env = {key: value for key, value in os.environ.items() if key != "TODOKIT_ROOT"}
    env.update(PYTHONPATH=str(REPO_ROOT), NO_COLOR="1", **extra)
    return env


def run_cli(
    cwd: Path, *arguments: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m todokit ARGUMENTS`` in ``cwd``, stdout and stderr captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "todokit", *arguments],
        cwd=cwd,
        env=child_env(),
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def write_todo(project: Path, text: str = TODO) -> Path:
    """Write ``.claude/todo.md`` of ``project`` and return its path."""
    path = project / ".claude" / "todo.md"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="")
    return path


def event(name: str, project: Path, **changes: object) -> str:
    """A recorded hook event aimed at ``project``, with some fields changed."""
    data = json.loads((EVENTS / f"{name}.json").read_text(encoding="utf-8"))
    data["cwd"] = str(project)
    data.update(changes)
    return json.dumps(data)
