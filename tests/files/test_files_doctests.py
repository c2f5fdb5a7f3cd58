"""The examples in the file layer's docstrings run and hold."""

from __future__ import annotations

import doctest
import importlib
import tempfile
from pathlib import Path

import pytest

MODULES = [
    "todokit.files",
    "todokit.files.archives",
    "todokit.files.atomic",
    "todokit.files.config",
    "todokit.files.config_values",
    "todokit.files.confine",
    "todokit.files.dates",
    "todokit.files.leftovers",
    "todokit.files.lock",
    "todokit.files.ownership",
    "todokit.files.project",
    "todokit.files.reading",
    "todokit.files.roots",
    "todokit.files.rotation",
    "todokit.files.temp",
    "todokit.files.text",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The examples make scratch directories with tempfile; keep them in tmp_path.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.attempted > 0
    assert result.failed == 0


def test_every_module_is_covered() -> None:
    package = Path(importlib.import_module("todokit.files").__file__ or "").parent
    found = {f"todokit.files.{path.stem}" for path in package.glob("*.py")}
    assert found - {"todokit.files.__init__"} | {"todokit.files"} == set(MODULES)
