"""The fuzz targets hold on hypothesis bytes and on every finding kept from fuzzing."""

from __future__ import annotations

from pathlib import Path

import pytest
from fuzz_targets import TARGETS
from hypothesis import given
from hypothesis import strategies as st

FINDINGS = sorted((Path(__file__).parent / "findings").glob("*"))


@pytest.mark.parametrize("name", sorted(TARGETS))
@given(st.binary(max_size=600))
def test_a_target_holds_on_any_bytes(name: str, data: bytes) -> None:
    TARGETS[name](data)


@pytest.mark.parametrize("name", sorted(TARGETS))
@pytest.mark.parametrize("finding", FINDINGS, ids=[path.name for path in FINDINGS])
def test_every_kept_finding_holds(name: str, finding: Path) -> None:
    TARGETS[name](finding.read_bytes())
