"""The Stop handler's timeout: computed by install, found by the hook, checked by check."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from todokit.agent.stop_timeout import (
    CLAUDE_DEFAULT_TIMEOUT,
    HANDLER_TIMEOUT,
    STOP_MARGIN,
    hook_budget,
    installed_stop_timeout,
    needed_stop_timeout,
    stop_timeout_warning,
)
from todokit.files.config import CheckSpec, Config

CHECKS = (CheckSpec("tests", "pytest -q", 120.0), CheckSpec("lint", "ruff check ."))


def settings(path: Path, *handlers: dict[str, object], event: str = "Stop") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"hooks": {event: [{"hooks": list(handlers)}]}}))
    return path


def todokit(timeout: object = None, command: str = "todokit hook") -> dict[str, object]:
    handler: dict[str, object] = {"type": "command", "command": command}
    if timeout is not None:
        handler["timeout"] = timeout
    return handler


def test_the_needed_stop_timeout_covers_the_checks() -> None:
    gate = Config(stop_gate=True, checks=CHECKS)
    assert needed_stop_timeout(gate) == 120 + 300 + STOP_MARGIN == 435
    assert needed_stop_timeout(Config(stop_gate=True, checks=(CheckSpec("a", "x", 0.5),))) == 16
    assert needed_stop_timeout(Config(checks=CHECKS)) == HANDLER_TIMEOUT, "no gate, no wait"
    assert needed_stop_timeout(Config(stop_gate=True)) == HANDLER_TIMEOUT


@pytest.mark.parametrize(
    ("timeout", "budget"), [(10, 8.0), (20, 18.0), (100, 90.0), (435, 425.0), (600, 590.0)]
)
def test_the_hook_keeps_its_budget_below_the_timeout(timeout: int, budget: float) -> None:
    assert hook_budget(timeout) == budget
    assert budget < timeout


def test_the_budget_always_fits_what_install_computes() -> None:
    for limit in (0.1, 1, 7.5, 60, 299, 3000):
        needed = needed_stop_timeout(Config(stop_gate=True, checks=(CheckSpec("a", "x", limit),)))
        assert hook_budget(needed) >= limit


def test_the_installed_timeout_is_found_where_claude_code_reads_it(tmp_path: Path) -> None:
    root, home, plugin = tmp_path / "project", tmp_path / "home", tmp_path / "plugin"
    env = {"HOME": str(home), "CLAUDE_PLUGIN_ROOT": str(plugin)}
    assert installed_stop_timeout(root, env) is None
    user = settings(home / ".claude" / "settings.json", todokit(300))
    assert installed_stop_timeout(root, env) == (300.0, user)
    project = settings(root / ".claude" / "settings.json", todokit(120))
    assert installed_stop_timeout(root, env) == (120.0, project)
    settings(root / ".claude" / "settings.local.json", todokit(), todokit(40, "other"))
    assert installed_stop_timeout(root, env) == (120.0, project), "no timeout: Claude's 600 s"
    hooks = settings(plugin / "hooks" / "hooks.json", todokit(30, "/opt/bin/todokit --x hook"))
    assert installed_stop_timeout(root, env) == (30.0, hooks)
    assert installed_stop_timeout(root, {})[0] == 120.0


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        "[]",
        '{"hooks": []}',
        '{"hooks": {"Stop": {}}}',
        '{"hooks": {"Stop": [1, {"hooks": 2}, {"hooks": [3]}]}}',
        '{"hooks": {"Stop": [{"hooks": [{"command": 5}, {"command": "todokit \\"hook"}]}]}}',
        '{"hooks": {"Stop": [{"hooks": [{"command": "todokit"}, {"command": "hook todokit"}]}]}}',
    ],
)
def test_unusable_settings_are_skipped(tmp_path: Path, content: str) -> None:
    path = tmp_path / ".claude" / "settings.json"
    path.parent.mkdir()
    path.write_text(content)
    assert installed_stop_timeout(tmp_path, {}) is None


def test_settings_that_are_no_regular_file_are_skipped_without_reading(tmp_path: Path) -> None:
    # A FIFO hung the Stop hook, a link to /dev/zero filled its memory, deep JSON raised.
    claude = tmp_path / ".claude"
    claude.mkdir()
    os.mkfifo(claude / "settings.json")
    (claude / "settings.local.json").symlink_to("/dev/zero")
    assert installed_stop_timeout(tmp_path, {}) is None
    (claude / "settings.json").unlink()
    (claude / "settings.json").write_text("[" * 100_000 + "]" * 100_000)
    assert installed_stop_timeout(tmp_path, {}) is None


@pytest.mark.parametrize("value", [True, "30", 0, -5, 1e400, None])
def test_an_unusable_timeout_is_claude_codes_default(tmp_path: Path, value: object) -> None:
    path = tmp_path / ".claude" / "settings.json"
    path.parent.mkdir()
    text = json.dumps({"hooks": {"Stop": [{"hooks": [{"command": "todokit hook"}]}]}})
    if value is not None:
        text = text.replace('"todokit hook"', f'"todokit hook", "timeout": {json.dumps(value)}')
    path.write_text(text.replace("Infinity", "1e400"))
    assert installed_stop_timeout(tmp_path, {})[0] == CLAUDE_DEFAULT_TIMEOUT


def test_a_warning_when_the_checks_outgrow_the_installed_timeout(tmp_path: Path) -> None:
    gate = Config(stop_gate=True, checks=CHECKS)
    assert stop_timeout_warning(gate, tmp_path, {}) is None, "nothing installed"
    path = settings(tmp_path / ".claude" / "settings.json", todokit(10))
    assert stop_timeout_warning(gate, tmp_path, {}) == (
        f"the checks may take up to 420 s, but the Stop hook in {path} times out after 10 s; "
        "run `todokit install` to raise it to 435 s"
    )
    settings(path, todokit(435))
    assert stop_timeout_warning(gate, tmp_path, {}) is None
    settings(path, todokit(10))
    assert stop_timeout_warning(Config(checks=CHECKS), tmp_path, {}) is None, "the gate is off"
