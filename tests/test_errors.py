"""Every error todokit raises survives pickling: a worker process can send it back whole."""

from __future__ import annotations

import importlib
import pickle
import pkgutil
from pathlib import Path

import pytest

import todokit
from todokit import errors
from todokit.errors import TodokitError
from todokit.hooks.where import NoProjectError

EXAMPLES: dict[type[TodokitError], TodokitError] = {
    TodokitError: TodokitError("something failed"),
    errors.UsageError: errors.UsageError("--keep must be at least 0"),
    errors.TaskNotFoundError: errors.TaskNotFoundError(
        "'login' matches 2 tasks", ("1 fix login form", "2 fix login api")
    ),
    errors.ChecksFailedError: errors.ChecksFailedError("1 of 2 checks failed: tests (exit 1)"),
    errors.LockTimeoutError: errors.LockTimeoutError(Path(".claude/todo.md.lock"), 2.5),
    errors.UnsafeMergeError: errors.UnsafeMergeError("a task would be lost"),
    errors.InvalidInputError: errors.InvalidInputError("todo.md is not valid UTF-8"),
    errors.ConfigError: errors.ConfigError("unknown key 'kep' in todokit.toml"),
    errors.OutsideProjectError: errors.OutsideProjectError(
        "write", Path(".claude/todo.md"), Path("/etc/passwd"), Path("/work/app")
    ),
    errors.NotRegularFileError: errors.NotRegularFileError("todo.md is a directory"),
    errors.FileTooLargeError: errors.FileTooLargeError("todo.md is over 64 MB"),
    NoProjectError: NoProjectError("no project here"),
}


def every_error_class() -> set[type[TodokitError]]:
    """TodokitError and its subclasses, after importing every module of the package."""
    for module in pkgutil.walk_packages(todokit.__path__, "todokit."):
        if module.name != "todokit.__main__":
            importlib.import_module(module.name)
    found: set[type[TodokitError]] = set()
    todo: list[type[TodokitError]] = [TodokitError]
    while todo:
        cls = todo.pop()
        found.add(cls)
        todo += cls.__subclasses__()
    return found


def test_every_error_class_has_an_example() -> None:
    # A new error class fails here until it has an example below (and so a pickling test).
    assert set(EXAMPLES) == every_error_class()


@pytest.mark.parametrize("cls", list(EXAMPLES), ids=lambda cls: cls.__name__)
def test_errors_pickle_round_trip(cls: type[TodokitError]) -> None:
    error = EXAMPLES[cls]
    back = pickle.loads(pickle.dumps(error))  # noqa: S301 - bytes made here
    assert type(back) is cls
    assert (str(back), back.args, back.exit_code) == (str(error), error.args, error.exit_code)
    assert vars(back) == vars(error)


def test_a_lock_timeout_keeps_its_data_and_notes() -> None:
    error = errors.LockTimeoutError(Path(".claude/todo.md.lock"), 2.5)
    error.add_note("held by pid 42")
    back = pickle.loads(pickle.dumps(error))  # noqa: S301 - bytes made here
    assert (back.lock_file, back.timeout) == (Path(".claude/todo.md.lock"), 2.5)
    assert "waited 2.5s" in str(back)
    assert back.__notes__ == ["held by pid 42"]
