"""What ``install`` may and may not do to a settings file it edits (each a past bug)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from todokit.agent.settings import (
    hooks_object,
    install_hooks,
    plan_install,
    plan_uninstall,
    uninstall_hooks,
)
from todokit.errors import InvalidInputError, UsageError

# Hand-formatted, with numbers Python would respell and values json.dumps would reflow.
HAND_MADE = """{
  "permissions": {"allow": ["Bash(npm test:*)",   "Read"], "deny": []},
  "cleanupPeriodDays": 1e400,
  "ratio": 0.50,
  "env": { "A": "1" },
  "hooks": {
    "Stop": [ {"hooks": [ {"type": "command", "command": "notify-send done"} ]} ]
  }
}
"""


def test_a_number_json_cannot_hold_as_a_float_keeps_its_spelling(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(HAND_MADE, encoding="utf-8")
    install_hooks(path)
    text = path.read_text(encoding="utf-8")
    assert '"cleanupPeriodDays": 1e400,' in text
    assert "Infinity" not in text
    assert '"ratio": 0.50,' in text
    json.loads(text)  # still JSON


def test_uninstall_restores_the_file_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(HAND_MADE, encoding="utf-8")
    install_hooks(path)
    assert uninstall_hooks(path) is True
    assert path.read_text(encoding="utf-8") == HAND_MADE


def test_install_touches_only_the_hooks_it_adds(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(HAND_MADE, encoding="utf-8")
    install_hooks(path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith(HAND_MADE.split('"hooks"', maxsplit=1)[0])
    assert '"Stop": [ {"hooks": [ {"type": "command", "command": "notify-send done"} ]},' in text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"cleanupPeriodDays": NaN}', "holds NaN, which is not a JSON number"),
        ('{"x": Infinity}', "holds Infinity"),
        ('{"hooks": {}, "hooks": {}}', "names the key 'hooks' twice"),
    ],
)
def test_files_python_reads_but_json_refuses_are_left_alone(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    for action in (install_hooks, uninstall_hooks):
        with pytest.raises(InvalidInputError, match=message):
            action(path)
    assert path.read_text(encoding="utf-8") == content


def test_a_huge_integer_is_kept_exactly(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    digits = "7" * 5000
    path.write_text(f'{{"n": {digits}}}\n', encoding="utf-8")
    install_hooks(path)
    assert path.read_text(encoding="utf-8").startswith(f'{{"n": {digits}, "hooks": ')


def test_plans_write_nothing(tmp_path: Path) -> None:
    path = tmp_path / ".claude" / "settings.json"
    change = plan_install(path)
    assert (change.before, change.action) == (None, "create")
    assert not path.parent.exists()
    assert json.loads(change.after or b"") == {"hooks": hooks_object()}
    assert "+++ " in change.diff()
    assert plan_uninstall(path).action == "keep"


def test_stop_timeout_is_its_own(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    install_hooks(path, timeout=7, stop_timeout=400)
    hooks = json.loads(path.read_text(encoding="utf-8"))["hooks"]
    assert hooks["Stop"][0]["hooks"][0]["timeout"] == 400
    assert hooks["SessionStart"][0]["hooks"][0]["timeout"] == 7


def test_unknown_agent_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="unknown agent 'cursor'"):
        install_hooks(tmp_path / "x.json", agent="cursor")
