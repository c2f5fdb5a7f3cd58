"""The Claude Code plugin: the shipped directory, its manifests, and its hook command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from todokit.agent.plugin import (
    PLUGIN_COMMAND,
    plan_plugin,
    plan_remove_plugin,
    plugin_files,
)
from todokit.agent.settings import hooks_object
from todokit.errors import InvalidInputError

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "plugins" / "todokit"
EVENTS = Path(__file__).parent / "events"
HOOK_EVENTS = {
    "SessionStart",
    "UserPromptSubmit",
    "PostToolUse",
    "PostToolUseFailure",
    "TaskCreated",
    "TaskCompleted",
    "Stop",
}

# The parts of Claude Code's plugin formats todokit relies on (plugins and marketplace references).
HANDLER = {
    "type": "object",
    "required": ["type", "command"],
    "properties": {
        "type": {"const": "command"},
        "command": {"type": "string", "minLength": 1},
        "timeout": {"type": "integer", "minimum": 1},
    },
}
HOOKS_FILE = {
    "type": "object",
    "required": ["hooks"],
    "properties": {
        "description": {"type": "string"},
        "hooks": {
            "type": "object",
            "propertyNames": {"enum": sorted(HOOK_EVENTS)},
            "additionalProperties": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["hooks"],
                    "properties": {
                        "matcher": {"type": "string"},
                        "hooks": {"type": "array", "minItems": 1, "items": HANDLER},
                    },
                    "additionalProperties": False,
                },
            },
        },
    },
    "additionalProperties": False,
}
KEBAB = "^[a-z0-9]+(-[a-z0-9]+)*$"
MANIFEST = {
    "type": "object",
    "required": ["name"],
    "properties": {
        "name": {"type": "string", "pattern": KEBAB},
        "version": {"type": "string", "pattern": r"^\d+\.\d+\.\d+"},
        "description": {"type": "string"},
        "license": {"type": "string"},
        "keywords": {"type": "array", "items": {"type": "string"}},
    },
}
MARKETPLACE = {
    "type": "object",
    "required": ["name", "owner", "plugins"],
    "properties": {
        "name": {"type": "string", "pattern": KEBAB},
        "owner": {"type": "object", "required": ["name"]},
        "plugins": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["name", "source"],
                "properties": {"name": {"type": "string"}, "source": {"type": "string"}},
            },
        },
    },
}


def check(schema: dict[str, Any], path: Path) -> Any:
    from jsonschema import Draft202012Validator

    data = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator(schema).validate(data)
    return data


def test_the_shipped_plugin_is_what_install_writes() -> None:
    for name, data in plugin_files().items():
        assert (SHIPPED / name).read_bytes() == data, (
            f"plugins/todokit/{name} is stale: run todokit install --plugin plugins/todokit"
        )


def test_the_shipped_manifests_are_valid() -> None:
    manifest = check(MANIFEST, SHIPPED / ".claude-plugin" / "plugin.json")
    assert manifest["name"] == "todokit"
    hooks = check(HOOKS_FILE, SHIPPED / "hooks" / "hooks.json")["hooks"]
    assert set(hooks) == HOOK_EVENTS
    expected = hooks_object("claude", command=PLUGIN_COMMAND, stop_timeout=600)
    assert hooks == expected
    assert hooks["Stop"][0]["hooks"][0]["timeout"] == 600, "a plugin serves every project"
    market = check(MARKETPLACE, REPO / ".claude-plugin" / "marketplace.json")
    [entry] = market["plugins"]
    assert entry["name"] == manifest["name"]
    source = (REPO / entry["source"]).resolve()
    assert source == SHIPPED
    skill = (source / "skills" / "todokit" / "SKILL.md").read_text(encoding="utf-8")
    assert skill.startswith("---\nname: todokit\n")


def run_command(env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    event = json.loads((EVENTS / "session_start_startup.json").read_text(encoding="utf-8"))
    event["cwd"] = str(cwd)
    return subprocess.run(
        ["/bin/sh", "-c", PLUGIN_COMMAND],
        input=json.dumps(event),
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        check=False,
        timeout=60,
    )


def test_the_hook_command_runs_todokit(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".claude").mkdir()
    (tmp_path / ".claude" / "todo.md").write_text("- [ ] Fix login\n", encoding="utf-8")
    done = run_command({"PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin"}, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Fix login" in json.loads(done.stdout)["hookSpecificOutput"]["additionalContext"]


def test_without_todokit_the_hook_says_so_in_one_line_and_never_blocks(tmp_path: Path) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    done = run_command({"PATH": str(empty)}, tmp_path)
    assert done.returncode == 1  # a non-blocking error: 2 would block
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("todokit: the todokit command is not installed: pip install")


def test_install_twice_then_uninstall_leaves_nothing(tmp_path: Path) -> None:
    directory = tmp_path / "plugin"
    for change in plan_plugin(directory):
        change.apply()
    assert not any(change.changed for change in plan_plugin(directory))
    for change in plan_remove_plugin(directory):
        change.apply()
    assert not directory.exists()
    assert [c.action for c in plan_remove_plugin(directory)] == ["keep"] * 3


def test_uninstall_keeps_files_of_your_own(tmp_path: Path) -> None:
    for change in plan_plugin(tmp_path):
        change.apply()
    (tmp_path / "skills" / "notes.md").write_text("mine", encoding="utf-8")
    for change in plan_remove_plugin(tmp_path):
        change.apply()
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == [
        "skills",
        "skills/notes.md",
    ]


@pytest.mark.parametrize("manifest", ['{"name": "other"}', "[1]", "not json"])
def test_another_plugins_directory_is_refused(tmp_path: Path, manifest: str) -> None:
    (tmp_path / ".claude-plugin").mkdir()
    (tmp_path / ".claude-plugin" / "plugin.json").write_text(manifest, encoding="utf-8")
    for plan in (plan_plugin, plan_remove_plugin):
        with pytest.raises(InvalidInputError, match="holds another plugin"):
            plan(tmp_path)
