"""Loading .claude/todokit.toml or [tool.todokit], and every way it can be wrong."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from todokit.errors import ConfigError
from todokit.files.config import CheckSpec, Config, load_config

FULL = """
keep = 5
lock-timeout = 2
template = "# Todo\\n"
threshold = 0.25
keep_priority = "High"
stop-gate = true

[[checks]]
name = "tests"
run = "pytest -q"
timeout = 120

[[checks]]
name = "lint"
run = "ruff check ."
"""


def own_file(root: Path, text: str) -> Path:
    (root / ".claude").mkdir(exist_ok=True)
    path = root / ".claude" / "todokit.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_gives_the_defaults(tmp_path: Path) -> None:
    assert load_config(tmp_path) == Config()
    assert Config().lock_timeout == 10.0


def test_every_key_is_read(tmp_path: Path) -> None:
    path = own_file(tmp_path, FULL)
    assert load_config(tmp_path) == Config(
        keep=5,
        lock_timeout=2.0,
        template="# Todo\n",
        threshold=0.25,
        keep_priority="high",
        checks=(CheckSpec("tests", "pytest -q", 120.0), CheckSpec("lint", "ruff check .")),
        stop_gate=True,
        source=path,
    )


def test_pyproject_table_is_read(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.todokit]\nkeep = 3\n\n'
        '[[tool.todokit.checks]]\nname = "t"\nrun = "true"\n',
        encoding="utf-8",
    )
    config = load_config(tmp_path)
    assert (config.keep, config.checks, config.source) == (
        3,
        (CheckSpec("t", "true"),),
        tmp_path / "pyproject.toml",
    )


def test_own_file_wins_entirely_over_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.todokit]\nkeep = 1\nstop_gate = true\n")
    path = own_file(tmp_path, "lock_timeout = 3\n")
    assert load_config(tmp_path) == Config(lock_timeout=3.0, source=path)


@pytest.mark.parametrize(
    "text", ["", '[project]\nname = "x"\n', "[tool.ruff]\nline-length = 100\n", "tool = 5\n"]
)
def test_pyproject_without_the_table_gives_the_defaults(tmp_path: Path, text: str) -> None:
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    assert load_config(tmp_path) == Config()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("keep = 'x'", "key 'keep' must be a non-negative integer, got 'x'"),
        ("keep = true", "key 'keep' must be a non-negative integer, got True"),
        ("keep = -1", "key 'keep' must be a non-negative integer, got -1"),
        ("keep = 2.0", "key 'keep' must be a non-negative integer, got 2.0"),
        ("colour = 'red'", "unknown key 'colour'; expected one of: keep, lock_timeout"),
        ("lock_timeout = '10'", "key 'lock_timeout' must be a number of seconds"),
        ("lock-timeout = nan", "key 'lock-timeout' must be a number of seconds"),
        ("lock_timeout = inf", "key 'lock_timeout' must be a number of seconds"),
        ("lock_timeout = false", "key 'lock_timeout' must be a number of seconds"),
        ("threshold = 1.5", "key 'threshold' must be a number from 0 to 1, got 1.5"),
        ("threshold = -0.1", "key 'threshold' must be a number from 0 to 1"),
        ("threshold = true", "key 'threshold' must be a number from 0 to 1, got True"),
        ("keep_priority = 'urgent'", "key 'keep_priority' must be one of highest, high, medium"),
        ("keep_priority = 1", "key 'keep_priority' must be one of"),
        ("template = 5", "key 'template' must be a string, got 5"),
        ("stop_gate = 'yes'", "key 'stop_gate' must be true or false, got 'yes'"),
        ("stop_gate = 1", "key 'stop_gate' must be true or false, got 1"),
        (
            "keep = 1\nkeep_priority = 'high'\nkeep-priority = 'low'",
            "key 'keep-priority' is given twice",
        ),
        ("checks = 'pytest'", "key 'checks' must be an array of tables"),
        ("checks = ['pytest']", "key 'checks[0]' must be a table with 'name' and 'run'"),
        ("[[checks]]\nrun = 'pytest'", "key 'checks[0].name' must be a non-empty string, got None"),
        ("[[checks]]\nname = 't'\nrun = ' '", "key 'checks[0].run' must be a non-empty string"),
        ("[[checks]]\nname = 't'\nrun = 'x'\nshell = 'sh'", "unknown key 'checks[0].shell'"),
        (
            "[[checks]]\nname = 't'\nrun = 'x'\ntimeout = 0",
            "key 'checks[0].timeout' must be a positive number of seconds, got 0",
        ),
        (
            "[[checks]]\nname = 't'\nrun = 'x'\ntimeout = true",
            "key 'checks[0].timeout' must be a positive number of seconds, got True",
        ),
        (
            "[[checks]]\nname = 't'\nrun = 'x'\n[[checks]]\nname = 't'\nrun = 'y'",
            "key 'checks' has duplicate check names: t",
        ),
        ("keep = ", "invalid TOML: "),
        (
            "template = '" + "x" * 100 + "'\nkeep = [" + "1, " * 40 + "]",
            "key 'keep' must be a non-negative integer, got [1, 1, 1,",
        ),
    ],
)
def test_invalid_own_file_names_file_key_and_expectation(
    tmp_path: Path, text: str, message: str
) -> None:
    own_file(tmp_path, text)
    with pytest.raises(ConfigError, match=re.escape(".claude/todokit.toml: " + message)) as caught:
        load_config(tmp_path)
    assert len(str(caught.value)) < 200
    assert caught.value.exit_code == 4


def test_invalid_pyproject_value_names_the_full_key(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.todokit]\nkeep = 'x'\n", encoding="utf-8")
    expected = "pyproject.toml: key 'tool.todokit.keep' must be a non-negative integer, got 'x'"
    with pytest.raises(ConfigError, match=re.escape(expected)):
        load_config(tmp_path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[tool]\ntodokit = 5\n", "pyproject.toml: 'tool.todokit' must be a table, got 5"),
        ("[tool.todokit\n", "pyproject.toml: invalid TOML"),
    ],
)
def test_broken_pyproject_is_a_config_error(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_config(tmp_path)


def test_unreadable_files_are_config_errors(tmp_path: Path) -> None:
    path = own_file(tmp_path, "")
    path.write_bytes(b"keep = '\xff'\n")
    with pytest.raises(ConfigError, match=r"todokit\.toml: not valid UTF-8 \(invalid start byte"):
        load_config(tmp_path)
    path.unlink()
    path.mkdir()
    with pytest.raises(ConfigError, match=r"todokit\.toml: cannot read it: it is a directory"):
        load_config(tmp_path)


def test_read_error_other_than_a_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    own_file(tmp_path, "keep = 1\n")

    def refuse(path: object, flags: int, mode: int = 0o777) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(ConfigError, match="cannot read it: permission denied"):
        load_config(tmp_path)


def test_a_pyproject_that_never_names_todokit_is_not_parsed(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.ruff\nbroken = \n", encoding="utf-8")
    assert load_config(tmp_path) == Config()


def test_a_todokit_table_spelled_with_an_escape_is_still_read(tmp_path: Path) -> None:
    text = '[tool."todo\\u006bit"]\nkeep = 3\n'
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    assert load_config(tmp_path).keep == 3


def test_an_unreadable_pyproject_is_reported(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").mkdir()
    with pytest.raises(ConfigError, match=r"pyproject\.toml: cannot read it: it is a directory"):
        load_config(tmp_path)
