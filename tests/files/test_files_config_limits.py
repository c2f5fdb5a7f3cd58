"""Hostile configuration files: deep nesting, huge numbers, huge keys, the size limit setting.

5,000-deep TOML and a 5,000-digit integer gave internal errors (RecursionError,
ValueError); each is now a ConfigError naming the file. Error messages never
repeat a 100 KB key or value in full.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from todokit.errors import ConfigError
from todokit.files.config import Config, load_config
from todokit.files.reading import DEFAULT_MAX_FILE_SIZE

MIB = 1024 * 1024


def own_file(root: Path, text: str) -> Path:
    (root / ".claude").mkdir(exist_ok=True)
    path = root / ".claude" / "todokit.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("x = " + "[" * 5000 + "]" * 5000, "invalid TOML: arrays or tables nested too deeply"),
        ("x = " + "{a=" * 5000 + "1" + "}" * 5000, "invalid TOML: arrays or tables nested too"),
        ("keep = " + "[" * 900 + "]" * 900, "nested too deeply"),
        ("keep = " + "9" * 5000, "invalid TOML: a number is too long (Exceeds the limit"),
        ("lock_timeout = " + "9" * 5000, "a number is too long"),
    ],
    ids=["deep-arrays", "deep-tables", "deep-value", "huge-keep", "huge-timeout"],
)
def test_hostile_toml_is_a_config_error(tmp_path: Path, text: str, message: str) -> None:
    own_file(tmp_path, text + "\n")
    with pytest.raises(ConfigError, match=r"^\.claude/todokit\.toml: ") as caught:
        load_config(tmp_path)
    assert message in str(caught.value)
    assert caught.value.exit_code == 4
    assert len(str(caught.value)) < 400


def test_a_deep_value_in_pyproject_is_a_config_error(tmp_path: Path) -> None:
    deep = "[" * 2000 + "]" * 2000
    (tmp_path / "pyproject.toml").write_text(f"[tool.todokit]\nkeep = {deep}\n")
    with pytest.raises(ConfigError, match=r"pyproject\.toml: invalid TOML: .*nested too deeply"):
        load_config(tmp_path)


@pytest.mark.parametrize(
    "text",
    [
        "a" * 100_000 + " = 1\n",
        "[" + "b" * 100_000 + "]\n",
        'template = 5\n"' + "c" * 100_000 + '" = 1\n',
    ],
    ids=["long-key", "long-table", "long-second-key"],
)
def test_long_keys_are_cut_in_messages(tmp_path: Path, text: str) -> None:
    own_file(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    assert len(str(caught.value)) < 600


def test_a_long_value_is_cut_in_messages(tmp_path: Path) -> None:
    own_file(tmp_path, 'keep_priority = "' + "x" * 100_000 + '"\n')
    with pytest.raises(ConfigError, match=r"must be one of .*got 'xxx.*\.\.\.") as caught:
        load_config(tmp_path)
    assert len(str(caught.value)) < 300


def test_a_config_file_over_4_mib_is_refused(tmp_path: Path) -> None:
    path = own_file(tmp_path, "")
    with path.open("wb") as handle:
        handle.write(b"# " + b"x" * (4 * MIB) + b"\n")
    with pytest.raises(ConfigError, match=r"todokit\.toml: cannot read it: it is larger than"):
        load_config(tmp_path)


@pytest.mark.parametrize(
    ("value", "size"),
    [
        ('"64 MiB"', 64 * MIB),
        ('"1MiB"', MIB),
        ('"100 MB"', 100_000_000),
        ('"2 gib"', 2 * 1024 * MIB),
        ("2097152", 2 * MIB),
        ('"3145728"', 3 * MIB),
    ],
)
def test_max_file_size_accepts_bytes_and_units(tmp_path: Path, value: str, size: int) -> None:
    own_file(tmp_path, f"max_file_size = {value}\n")
    assert load_config(tmp_path).max_file_size == size


@pytest.mark.parametrize("value", ['"1 KiB"', "1000", "true", '"big"', '"1.5 MiB"', "-5", "2.5"])
def test_max_file_size_refuses_what_is_not_a_size_of_1_mib_or_more(
    tmp_path: Path, value: str
) -> None:
    own_file(tmp_path, f"max-file-size = {value}\n")
    with pytest.raises(ConfigError, match="key 'max-file-size' must be a size of at least 1 MiB"):
        load_config(tmp_path)


def test_the_default_limit_is_64_mib(tmp_path: Path) -> None:
    assert Config().max_file_size == DEFAULT_MAX_FILE_SIZE == 64 * MIB
    assert load_config(tmp_path).max_file_size == 64 * MIB
