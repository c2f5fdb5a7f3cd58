"""Running real todokit processes together in a project directory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from processes import release_together

import todokit

REPO_ROOT = Path(todokit.__file__).resolve().parents[1]
DAY = "2026-11-24"

# Each child imports todokit, says it is ready, waits for the word, then runs.
CLI_WHEN_TOLD = """
import sys
from todokit.cli import main
print("ready", flush=True)
sys.stdin.readline()
sys.exit(main(sys.argv[1:]))
"""
ADD_LOOP_WHEN_TOLD = """
import sys
from todokit.lifecycle.operations import add
from todokit.lifecycle.project import Project
project = Project.open()
print("ready", flush=True)
sys.stdin.readline()
for number in range(int(sys.argv[2])):
    add(project, f"{sys.argv[1]} task {number}")
"""


def child_env() -> dict[str, str]:
    """The environment of a child: this checkout importable, no TODOKIT_ROOT."""
    env = {key: value for key, value in os.environ.items() if key != "TODOKIT_ROOT"}
    env["PYTHONPATH"] = str(REPO_ROOT)
    return env


def todokit_cli(cwd: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m todokit ARGUMENTS`` in ``cwd`` and return the finished process."""
    return subprocess.run(
        [sys.executable, "-m", "todokit", *arguments],
        cwd=cwd,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def run_together(cwd: Path, commands: list[list[str]]) -> list[str]:
    """Start every ``python -c`` command in ``cwd``, release them at once, return their outputs."""
    scripts = [[sys.executable, "-c", *command] for command in commands]
    return release_together(scripts, env=child_env(), cwd=cwd)
