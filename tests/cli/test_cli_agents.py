"""Each agent end to end, as real processes: install, recorded events into the installed hook, uninstall.

The hook runs as the agent runs it: the installed command line, through the
shell, in the project, with the event on stdin.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

EVENTS = Path(__file__).parent.parent / "agent" / "events"
BIN = str(Path(sys.executable).parent)
# agent: settings file, prompt event, list event, stop event, timeout unit
AGENTS = {
    "claude": (".claude/settings.json", "user_prompt_submit", "post_tool_use_todowrite", "stop", 1),
    "codex": (
        ".codex/hooks.json",
        "codex_user_prompt_submit",
        "codex_post_tool_use_update_plan",
        "codex_stop",
        1,
    ),
    "gemini": (
        ".gemini/settings.json",
        "gemini_before_agent",
        "gemini_after_tool_write_todos",
        "gemini_after_agent",
        1000,
    ),
}
SKILLS = {"claude": ".claude", "codex": ".agents", "gemini": ".gemini"}


def environ(**changes: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TODOKIT_", "CLAUDE_"))}
    env.update(PATH=BIN + os.pathsep + env.get("PATH", ""), NO_COLOR="1", **changes)
    return env


def todokit(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "todokit", *args],
        cwd=project,
        env=environ(),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def fire(project: Path, command: str, name: str, env: dict[str, str] | None = None) -> Any:
    """Run an installed hook command with a recorded event; return its parsed stdout."""
    event = json.loads((EVENTS / f"{name}.json").read_text(encoding="utf-8"))
    event["cwd"] = str(project)
    done = subprocess.run(
        command,
        shell=True,
        cwd=project,
        env=env or environ(),
        input=json.dumps(event),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout) if done.stdout.strip() else None


def handlers(settings: Path) -> dict[str, list[dict[str, Any]]]:
    hooks = json.loads(settings.read_text(encoding="utf-8")).get("hooks", {})
    return {event: [h for g in groups for h in g["hooks"]] for event, groups in hooks.items()}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    for task in ("Fix the session expiry bug in login", "Write the release notes"):
        assert todokit(tmp_path, "add", task).returncode == 0
    return tmp_path


@pytest.mark.parametrize("agent", list(AGENTS))
def test_install_events_and_uninstall(project: Path, agent: str) -> None:
    settings_name, prompt, plan, stop, unit = AGENTS[agent]
    installed = todokit(project, "install", "--agent", agent, "--json")
    assert installed.returncode == 0, installed.stderr
    settings = project / settings_name
    assert json.loads(installed.stdout)["settings"] == str(settings)
    found = handlers(settings)
    stop_event = {"claude": "Stop", "codex": "Stop", "gemini": "AfterAgent"}[agent]
    assert {h["timeout"] for e, hs in found.items() for h in hs if e != stop_event} == {10 * unit}
    assert found[stop_event][0]["timeout"] >= 10 * unit
    command = next(iter(found.values()))[0]["command"]
    todo = project / ".claude" / "todo.md"

    answer = fire(project, command, prompt)
    context = answer["hookSpecificOutput"]["additionalContext"]
    assert "Fix the session expiry bug in login" in context
    assert "**Task:** Fix the login timeout" in todo.read_text(encoding="utf-8")
    assert len(list((project / ".claude").glob("todo-*.old"))) == 1

    assert fire(project, command, plan) is None
    text = todo.read_text(encoding="utf-8")
    assert "- [x] Find where the session lifetime is set" in text
    assert "- [/] Read SESSION_TTL from settings" in text
    assert "- [ ] Add a regression test for expiry" in text
    assert "Write the release notes" in text  # mirroring never deletes

    start = fire(
        project, command, f"{'' if agent == 'claude' else agent + '_'}session_start_startup"
    )
    assert "Read SESSION_TTL from settings" in start["hookSpecificOutput"]["additionalContext"]

    (project / ".claude" / "todokit.toml").write_text(
        'stop_gate = true\nchecks = [{ name = "tests", run = "exit 3" }]\n', encoding="utf-8"
    )
    assert fire(project, command, stop)["decision"] == "block"

    removed = todokit(project, "install", "--agent", agent, "--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert settings.read_text(encoding="utf-8") == "{}\n"  # a settings file stays
    assert not (project / SKILLS[agent] / "skills").exists()
    assert (project / SKILLS[agent]).exists() is (agent != "codex")  # .agents held only skills


def test_gemini_settings_with_comments_keep_them(project: Path) -> None:
    settings = project / ".gemini" / "settings.json"
    settings.parent.mkdir()
    original = '{\n  // my theme\n  "ui": {"theme": "GitHub"}\n}\n'
    settings.write_text(original, encoding="utf-8")
    assert todokit(project, "install", "--agent", "gemini").returncode == 0
    text = settings.read_text(encoding="utf-8")
    assert text.startswith('{\n  // my theme\n  "ui": {"theme": "GitHub"},\n  "hooks": {')
    assert handlers_named(text) == {"todokit"}
    assert todokit(project, "install", "--agent", "gemini", "--uninstall").returncode == 0
    assert settings.read_text(encoding="utf-8") == original


def handlers_named(text: str) -> set[str]:
    from todokit.agent.jsonedit import JsonDocument

    hooks = JsonDocument(text, "settings.json", comments=True).value["hooks"]
    return {h["name"] for groups in hooks.values() for g in groups for h in g["hooks"]}


def test_codex_install_says_how_to_turn_hooks_on(project: Path) -> None:
    done = todokit(project, "install", "--agent", "codex")
    assert "/hooks" in done.stdout
    assert "hooks = true" in done.stdout


def test_usage_errors(project: Path) -> None:
    local = todokit(project, "install", "--agent", "codex", "--local")
    assert local.returncode == 2
    assert "--local is for Claude Code" in local.stderr
    plugin = todokit(project, "install", "--plugin", "p", "--agent", "gemini")
    assert plugin.returncode == 2
    assert not (project / "p").exists()
