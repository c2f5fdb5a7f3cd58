"""The priority scale has one home, todokit.levels, and every reader of levels takes it from there."""

from __future__ import annotations

from pathlib import Path

import pytest

from todokit.errors import ConfigError
from todokit.files.config import load_config
from todokit.levels import LABELS, Level, rank_without_none
from todokit.ranking import _headings, _markers
from todokit.ranking.priority import Level as RankingLevel
from todokit.ranking.priority import parse_level


def test_the_ranking_level_is_the_scale() -> None:
    assert RankingLevel is Level
    assert tuple(level.name.lower() for level in Level) == LABELS


@pytest.mark.parametrize("table", [_markers.WORDS, _markers.EMOJI, _headings.HEADING_WORDS])
def test_every_marker_table_names_levels_of_the_scale(table: dict[str, int]) -> None:
    assert set(table.values()) <= set(Level)
    assert Level.NONE not in table.values()  # "none" is the absence of a marker


@pytest.mark.parametrize("label", LABELS)
def test_every_label_is_a_setting_and_a_level(tmp_path: Path, label: str) -> None:
    (tmp_path / "pyproject.toml").write_text(f'[tool.todokit]\nkeep_priority = "{label.upper()}"\n')
    assert load_config(tmp_path).keep_priority == label
    assert parse_level(label) == Level[label.upper()]


def test_a_setting_outside_the_scale_lists_the_scale(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.todokit]\nkeep_priority = "soon"\n')
    with pytest.raises(ConfigError, match=", ".join(LABELS)):
        load_config(tmp_path)


def test_notations_without_none_skip_it() -> None:
    assert [rank_without_none(step) for step in range(8)] == [0, 1, 2, 4, 5, 5, 5, 5]
    assert _markers.classify("P3", words=False) == (Level.LOW, "p-level")
    assert _markers.letter_rank("D") == Level.LOW
