"""todokit keep / park / list --json as real processes: the agent's corrections."""

from __future__ import annotations

import json
from pathlib import Path

from cli_support import run_cli, write_todo

LIST = "## API\n\n- [ ] fix login\n- [ ] rate limits\n\n## UI\n\n- [ ] dark mode\n"


def test_park_then_keep_through_the_cli(project: Path) -> None:
    todo = write_todo(project, LIST)
    parked = run_cli(project, "park", "rate limits", "--json")
    assert parked.returncode == 0, parked.stderr
    data = json.loads(parked.stdout)
    assert [task["text"] for task in data["moved"]] == ["rate limits"]
    assert data["moved"][0]["parked"] is True and data["written"] is True
    listed = json.loads(run_cli(project, "list", "--json").stdout)
    assert {task["text"]: task["parked"] for task in listed["tasks"]} == {
        "fix login": False,
        "dark mode": False,
        "rate limits": True,
    }
    kept = run_cli(project, "keep", "3")
    assert kept.returncode == 0, kept.stderr
    assert kept.stdout == "2 rate limits: back in scope\n"
    assert todo.read_text() == LIST


def test_diff_and_dry_run_write_nothing(project: Path) -> None:
    todo = write_todo(project, LIST)
    diff = run_cli(project, "park", "dark mode", "--diff")
    assert diff.returncode == 0 and "+## Out of scope" in diff.stdout
    dry = run_cli(project, "park", "dark mode", "--dry-run")
    assert dry.stdout == "3 dark mode: would be parked out of scope\n"
    assert todo.read_text() == LIST
    assert not (project / ".claude" / "todo.md.parked.json").exists()


def test_a_ref_to_no_parked_task_is_one_line_and_exit_1(project: Path) -> None:
    todo = write_todo(project, LIST)
    result = run_cli(project, "keep", "fix login")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "is not parked" in result.stderr
    assert todo.read_text() == LIST
