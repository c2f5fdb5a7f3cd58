"""The README's "Try it" demo gives the right answer for its own task."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from cli_support import REPO_ROOT, run_cli

TASK = "Users get logged out after 5 minutes"


def test_the_demo_keeps_the_session_work_and_parks_the_rest(tmp_path: Path) -> None:
    assert TASK in (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    demo = tmp_path / "demo"
    shutil.copytree(REPO_ROOT / "docs" / "sample", demo)
    result = run_cli(
        tmp_path, "start", TASK, "--root", str(demo), "--today", "2026-12-01", "--json"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    kept = {task["text"] for task in data["in_scope"]}
    parked = {task["text"] for task in data["out_of_scope"]}
    assert 'Show a "session expired" banner on the login page' in kept
    assert "P1 Fix the login session timeout (sessions expire after 5 minutes)" in kept
    assert "Rate-limit the password reset endpoint 📅 2026-12-01" in parked
    assert "Dark mode toggle in the header 🔽" in parked
    text = (demo / ".claude" / "todo.md").read_text(encoding="utf-8")
    assert f"**Task:** {TASK}\n" in text
