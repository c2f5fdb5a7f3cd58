"""Merging todokit's hooks into Claude Code settings files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from todokit.agent.settings import HOOK_EVENTS, TASK_TOOLS_MATCHER, install_hooks, uninstall_hooks

OURS = {"type": "command", "command": "todokit hook", "timeout": 10}


def expected_hooks(handler: dict[str, Any] = OURS) -> dict[str, Any]:
    hooks: dict[str, Any] = {}
    for event, matcher in HOOK_EVENTS:
        group: dict[str, Any] = {} if matcher is None else {"matcher": matcher}
        group["hooks"] = [handler]
        hooks[event] = [group]
    return hooks


def read(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def test_installs_into_a_missing_file_and_directories(tmp_path: Path) -> None:
    path = tmp_path / "project" / ".claude" / "settings.json"
    assert install_hooks(path) is True
    assert read(path) == {"hooks": expected_hooks()}
    text = path.read_text(encoding="utf-8")
    assert text.startswith('{\n  "hooks": {\n    "SessionStart": [')
    assert text.endswith("}\n")
    assert read(path)["hooks"]["PostToolUse"][0]["matcher"] == TASK_TOOLS_MATCHER
    events = {event for event, _ in HOOK_EVENTS}
    assert events == {
        "SessionStart",
        "UserPromptSubmit",
        "PostToolUse",
        "PostToolUseFailure",
        "TaskCreated",
        "TaskCompleted",
        "Stop",
    }
    assert read(path)["hooks"]["PostToolUseFailure"][0]["matcher"] == "TaskCreate"


@pytest.mark.parametrize("content", ["", "  \n", "{}", "{}\n"])
def test_installs_into_an_empty_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    assert install_hooks(path) is True
    assert read(path) == {"hooks": expected_hooks()}
    final_newline = content != "{}"
    assert path.read_text(encoding="utf-8").endswith("}\n" if final_newline else "\n}")


def test_install_twice_is_install_once_and_does_not_rewrite(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    install_hooks(path, command="uvx todokit hook", timeout=7)
    first = path.read_bytes()
    mtime = path.stat().st_mtime_ns
    assert install_hooks(path, command="uvx todokit hook", timeout=7) is False
    assert path.read_bytes() == first
    assert path.stat().st_mtime_ns == mtime
    handler = {"type": "command", "command": "uvx todokit hook", "timeout": 7}
    assert read(path) == {"hooks": expected_hooks(handler)}


def test_reinstall_with_a_new_timeout_updates_the_handlers(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    install_hooks(path)
    assert install_hooks(path, timeout=30) is True
    assert read(path) == {"hooks": expected_hooks({**OURS, "timeout": 30})}


def test_merges_with_unrelated_settings_and_hooks(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    original: dict[str, Any] = {
        "permissions": {"allow": ["Bash(npm test:*)"]},
        "hooks": {
            "PreToolUse": [{"matcher": "Bash", "hooks": [{"type": "command", "command": "guard"}]}],
            "Stop": [{"hooks": [{"type": "command", "command": "notify-send done"}]}],
            "PostToolUse": [
                {"matcher": "Write|Edit", "hooks": [{"type": "command", "command": "ruff format"}]}
            ],
        },
        "model": "opus",
    }
    path.write_text(json.dumps(original, indent=2) + "\n", encoding="utf-8")
    assert install_hooks(path) is True
    merged = read(path)
    assert list(merged) == ["permissions", "hooks", "model"]
    assert list(merged["hooks"]) == [
        "PreToolUse",
        "Stop",
        "PostToolUse",
        "SessionStart",
        "UserPromptSubmit",
        "PostToolUseFailure",
        "TaskCreated",
        "TaskCompleted",
    ]
    assert merged["hooks"]["PreToolUse"] == original["hooks"]["PreToolUse"]
    assert merged["hooks"]["Stop"] == [
        {"hooks": [{"type": "command", "command": "notify-send done"}]},
        {"hooks": [OURS]},
    ]
    assert merged["hooks"]["PostToolUse"][0]["matcher"] == "Write|Edit"
    assert merged["hooks"]["PostToolUse"][1] == {"matcher": TASK_TOOLS_MATCHER, "hooks": [OURS]}

    assert uninstall_hooks(path) is True
    assert read(path) == original
    assert path.read_text(encoding="utf-8") == json.dumps(original, indent=2) + "\n"


def test_existing_todokit_handler_is_reused_and_keeps_a_larger_timeout(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    stop_group = {
        "matcher": "*",
        "hooks": [
            {"type": "command", "command": "other"},
            {"command": "todokit hook", "timeout": 99},
        ],
    }
    start_group = {"hooks": [{"type": "command", "command": "todokit hook", "timeout": 3}]}
    path.write_text(
        json.dumps({"hooks": {"Stop": [stop_group], "SessionStart": [start_group]}}),
        encoding="utf-8",
    )
    install_hooks(path)
    hooks = read(path)["hooks"]
    assert hooks["Stop"] == [
        {
            "matcher": "*",
            "hooks": [
                {"type": "command", "command": "other"},
                {"command": "todokit hook", "timeout": 99, "type": "command"},
            ],
        }
    ]
    assert hooks["SessionStart"] == [{"hooks": [OURS]}]
    assert install_hooks(path) is False


@pytest.mark.parametrize("timeout", ['"slow"', "true", "null", "[5]"])
def test_a_timeout_that_is_not_a_number_is_replaced(tmp_path: Path, timeout: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        '{"hooks": {"Stop": [{"hooks": [{"type": "command", "command": "todokit hook",'
        f' "timeout": {timeout}}}]}}]}}}}',
        encoding="utf-8",
    )
    install_hooks(path)
    assert read(path)["hooks"]["Stop"] == [{"hooks": [OURS]}]


def test_other_matcher_gets_its_own_group(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    old = {"matcher": "TodoWrite", "hooks": [OURS]}
    path.write_text(json.dumps({"hooks": {"PostToolUse": [old]}}), encoding="utf-8")
    install_hooks(path)
    assert read(path)["hooks"]["PostToolUse"] == [
        old,
        {"matcher": TASK_TOOLS_MATCHER, "hooks": [OURS]},
    ]


def test_uninstall_leaves_others_and_prior_empties(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    original = {
        "hooks": {
            "Notification": [],
            "Stop": [{"hooks": []}, {"hooks": [{"type": "command", "command": "notify"}]}],
            "SessionStart": [
                {"matcher": "startup", "hooks": [{"type": "command", "command": "x"}]}
            ],
            "Weird": "not a list",
        }
    }
    path.write_text(json.dumps(original, indent=2), encoding="utf-8")
    install_hooks(path)
    assert uninstall_hooks(path) is True
    assert read(path) == original
    assert uninstall_hooks(path) is False


def test_uninstall_keeps_handlers_install_never_adds(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    group = {"matcher": "Bash", "hooks": [OURS, {"type": "command", "command": "audit"}, "junk"]}
    odd = {"matcher": "TodoWrite", "hooks": [OURS]}
    other_type = {"hooks": [{"type": "prompt", "command": "todokit hook"}]}
    original = {
        "hooks": {"PreToolUse": [group, 5], "PostToolUse": [odd], "Stop": [other_type]},
        "statusLine": {"type": "command", "command": "todokit hook"},
    }
    text = json.dumps(original, indent=2) + "\n"
    path.write_text(text, encoding="utf-8")
    assert uninstall_hooks(path) is False
    assert path.read_text(encoding="utf-8") == text
    install_hooks(path)
    assert uninstall_hooks(path) is True
    assert path.read_text(encoding="utf-8") == text


def test_uninstall_drops_hooks_only_when_emptied_by_it(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"hooks": {}, "model": "opus"}', encoding="utf-8")
    assert uninstall_hooks(path) is False
    install_hooks(path)
    assert uninstall_hooks(path) is True
    assert read(path) == {"model": "opus"}


def test_uninstall_missing_file_or_no_hooks(tmp_path: Path) -> None:
    missing = tmp_path / "none" / "settings.json"
    assert uninstall_hooks(missing) is False
    assert not missing.parent.exists()
    plain = tmp_path / "settings.json"
    plain.write_text('{"model": "opus"}\n', encoding="utf-8")
    assert uninstall_hooks(plain) is False
    assert plain.read_text(encoding="utf-8") == '{"model": "opus"}\n'


def test_uninstall_custom_command_only(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    install_hooks(path)
    install_hooks(path, command="todokit-dev hook")
    assert uninstall_hooks(path, command="todokit-dev hook") is True
    assert read(path) == {"hooks": expected_hooks()}
