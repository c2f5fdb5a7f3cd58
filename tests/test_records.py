"""todokit's data types are slotted dataclasses; its results pickle, copy and compare by value."""

from __future__ import annotations

import copy
import dataclasses
import importlib
import pickle
import pkgutil
from pathlib import Path
from typing import Any

import pytest

import todokit
from todokit.agent.events import parse_hook_event
from todokit.checks.report import CheckReport, CheckResult
from todokit.files.config import CheckSpec, Config
from todokit.hooks.state import HookState
from todokit.lifecycle import Project, add, history, sort_todo, start
from todokit.merging import merge_lists
from todokit.ranking import effective_priority


def package_dataclasses() -> list[type]:
    """Every dataclass defined in a module of the package."""
    found = []
    for info in pkgutil.walk_packages(todokit.__path__, "todokit."):
        if info.name == "todokit.__main__":
            continue
        module = importlib.import_module(info.name)
        found += [
            value
            for value in vars(module).values()
            if isinstance(value, type)
            and value.__module__ == info.name
            and dataclasses.is_dataclass(value)
        ]
    return found


DATACLASSES = package_dataclasses()


@pytest.mark.parametrize("cls", DATACLASSES, ids=lambda cls: f"{cls.__module__}.{cls.__name__}")
def test_dataclasses_are_slotted(cls: type) -> None:
    assert "__slots__" in vars(cls)
    assert "__dict__" not in dir(cls)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    (tmp_path / ".git").mkdir()
    return Project.open(root=tmp_path, environ={})


def pickled(value: Any) -> Any:
    return pickle.loads(pickle.dumps(value))  # noqa: S301 - bytes made here


def test_value_records_pickle_copy_and_compare_by_value(project: Project) -> None:
    start(project, "Fix login", today="2026-11-24")
    start(project, "Write docs", today="2026-11-25")
    check = CheckResult("tests", "pytest", 1, "1 failed\n", 0.5, False, False)
    values = [
        add(project, "Ship it").change,
        history(project)[0],
        Config(keep=3, checks=(CheckSpec("tests", "pytest", 60.0),)),
        parse_hook_event('{"hook_event_name": "Stop", "session_id": "s1"}'),
        CheckReport((check,)),
        merge_lists("- [ ] a\n", "- [x] a\n", "- [ ] a\n- [ ] b\n"),
        effective_priority("**P0** Fix prod", []),
    ]
    for value in values:
        assert pickled(value) == value
        assert copy.copy(value) == value
        assert copy.deepcopy(value) == value
        assert dataclasses.replace(value) == value


def test_frozen_records_refuse_changes_and_hash_by_value() -> None:
    config = Config(keep=3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.keep = 4  # type: ignore[misc]
    assert hash(config) == hash(Config(keep=3))
    assert dataclasses.replace(config, keep=4) == Config(keep=4)
    assert config == Config(keep=3)


def test_mutable_records_compare_by_value_and_are_unhashable() -> None:
    state = HookState()
    state.remember_session("s1", "Fix login", "2026-11-24")
    assert pickled(state) == state
    assert state != HookState()
    with pytest.raises(TypeError):
        hash(state)


def test_results_that_hold_documents_pickle(project: Project) -> None:
    started = start(project, "Fix login", today="2026-11-24")
    edited = add(project, "Write tests")
    ordered = sort_todo(project)
    for result in (started, edited, ordered):
        back = pickled(result)
        assert back.change == result.change
    back = pickled(started)
    assert back.document.render() == started.document.render()
    assert [d.outcome for d in back.arrangement.decisions] == [
        d.outcome for d in started.arrangement.decisions
    ]
    assert pickled(edited).task.text == "Write tests"
