"""The first prompt, as Claude Code sends it: no-work prompts change nothing; a task starts once.

Every case runs ``todokit hook`` as a real process on a recorded
``UserPromptSubmit`` event.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import event, run_cli, write_todo

LIST = (
    "## Backend\n\n- [ ] Fix the session expiry bug in login\n- [ ] Add an index on orders\n\n"
    "## Docs\n\n- [ ] Write the release notes\n"
)
NO_WORK = ["continue", "hi", "yes", "ok, do it", "/clear", "what's next?", "thanks!", "1", ""]


def files_of(project: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((project / ".claude").iterdir()) if p.is_file()}


def context_of(out: str) -> str:
    return json.loads(out)["hookSpecificOutput"]["additionalContext"]


@pytest.mark.parametrize("prompt", NO_WORK)
def test_a_prompt_that_asks_for_no_work_changes_no_file_but_gives_the_list(
    project: Path, prompt: str
) -> None:
    write_todo(project, LIST)
    before = files_of(project)
    result = run_cli(project, "hook", stdin=event("user_prompt_submit", project, prompt=prompt))
    assert result.returncode == 0, result.stderr
    assert files_of(project) == before
    assert "Fix the session expiry bug in login" in context_of(result.stdout)


def test_the_session_starts_with_the_first_prompt_that_asks_for_work(project: Path) -> None:
    write_todo(project, LIST)
    for prompt in ("hi", "continue", "Users get logged out after 5 minutes. Please fix."):
        result = run_cli(project, "hook", stdin=event("user_prompt_submit", project, prompt=prompt))
        assert result.returncode == 0, result.stderr
    archives = list((project / ".claude").glob("todo-*.old"))
    assert len(archives) == 1
    text = (project / ".claude" / "todo.md").read_text()
    assert "**Task:** Users get logged out after 5 minutes.\n" in text
    context = context_of(result.stdout)
    assert "Parked as unrelated to the task, the closest first:" in context
    assert "- 3 Write the release notes" in context or "Write the release notes" in context
    assert context.rstrip().endswith("todokit park INDEX parks one.")
    later = run_cli(
        project, "hook", stdin=event("user_prompt_submit", project, prompt="also the docs")
    )
    assert list((project / ".claude").glob("todo-*.old")) == archives
    assert "Parked as unrelated" not in context_of(later.stdout)


def test_a_pasted_log_never_becomes_the_header(project: Path) -> None:
    write_todo(project, LIST)
    log = "".join(
        f"2026-11-30 12:00:{n:02d} ERROR worker {n} lost its session\n" for n in range(50)
    )
    prompt = "Users get logged out, server log below:\n" + log
    result = run_cli(project, "hook", stdin=event("user_prompt_submit", project, prompt=prompt))
    assert result.returncode == 0, result.stderr
    header = [
        line
        for line in (project / ".claude" / "todo.md").read_text().splitlines()
        if line.startswith("**Task:**")
    ]
    assert header == ["**Task:** Users get logged out, server log below:"]


def test_a_state_file_that_cannot_be_written_stops_the_start(project: Path) -> None:
    write_todo(project, LIST)
    state = project / ".claude" / "todokit-state.json"
    state.mkdir()  # a directory where the state file should be: writing it fails
    before = files_of(project)
    result = run_cli(project, "hook", stdin=event("user_prompt_submit", project))
    assert result.returncode == 1
    assert not list((project / ".claude").glob("todo-*.old"))
    assert {k: v for k, v in files_of(project).items() if k != "todo.md.lock"} == {
        k: v for k, v in before.items() if k != "todo.md.lock"
    }
