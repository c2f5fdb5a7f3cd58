"""Every command is one call to the library function of its name, as docs/api.md says.

The table in docs/api.md (command -> function -> former name) is the one place
the mapping is written: these tests check it against the commands, the
package's names and what each command really calls, and that every public
name of ``todokit`` is documented on that page and importable.
"""

from __future__ import annotations

import importlib
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

import todokit
from todokit.cli import main
from todokit.cli.commands import COMMANDS
from todokit.errors import TodokitError

API_PAGE = Path(__file__).resolve().parent.parent / "docs" / "api.md"
ROW = re.compile(r"^\| `todokit ([a-z]+)([^`]*)` \| `([\w.]+)` \| (?:`todokit\.(\w+)`)? *\|$")


def table() -> list[tuple[str, str, str, str | None]]:
    """The rows of the command table: command, its options, function, former name."""
    rows = [ROW.match(line) for line in API_PAGE.read_text(encoding="utf-8").splitlines()]
    return [(m[1], m[2].strip(), m[3], m[4]) for m in rows if m]


FUNCTIONS = {command: function for command, options, function, _ in table() if not options}
ALIASES = [(former, function) for _, _, function, former in table() if former]
PAGE_NAMES = set(re.findall(r"`todokit\.(\w+)`", API_PAGE.read_text(encoding="utf-8")))


def test_the_table_names_every_command_once() -> None:
    assert sorted(FUNCTIONS) == sorted(command.name for command in COMMANDS)
    assert len(FUNCTIONS) == len([row for row in table() if not row[1]])


def test_each_function_has_its_command_s_name_or_a_spelling_python_allows() -> None:
    for command, function in FUNCTIONS.items():
        name = function.removeprefix("todokit.")
        assert name in (command, f"{command}_tasks") or command == "mcp", (command, name)


@pytest.mark.parametrize(("former", "function"), ALIASES)
def test_a_former_name_is_the_same_function(former: str, function: str) -> None:
    new = function.removeprefix("todokit.")
    assert getattr(todokit, former) is getattr(todokit, new)
    assert getattr(todokit, new).__name__ == new  # the new name is the defined one
    assert former in todokit.__all__
    assert getattr(importlib.import_module("todokit.lifecycle"), former) is getattr(todokit, new)


@pytest.mark.parametrize("name", sorted(set(todokit.__all__)))
def test_every_public_name_is_on_the_api_page(name: str) -> None:
    assert name in PAGE_NAMES, f"docs/api.md names no todokit.{name}"
    assert getattr(todokit, name) is not None


def test_every_public_name_imports_in_a_fresh_interpreter() -> None:
    script = "import todokit\nfor name in todokit.__all__: getattr(todokit, name)\nprint('ok')\n"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "ok\n", "")


# A command line that reaches each command's library call in a project with a todo file.
CALLS = {
    "list": ["list"],
    "start": ["start", "Fix login", "--today", "2026-11-24"],
    "add": ["add", "Write tests"],
    "done": ["done", "1"],
    "reopen": ["reopen", "1"],
    "mark": ["mark", "1", "in_progress"],
    "remove": ["remove", "1"],
    "sort": ["sort"],
    "scope": ["scope", "login"],
    "keep": ["keep", "1"],
    "park": ["park", "1"],
    "rotate": ["rotate"],
    "history": ["history"],
    "prune": ["prune", "--keep", "1"],
    "check": ["check"],
    "hook": ["hook"],
    "install": ["install", "--dry-run"],
    "install --mcp": ["install", "--mcp", "--dry-run"],
    "install --git": ["install", "--git", "--dry-run"],
    "merge": ["merge", "base.md", "ours.md", "theirs.md"],
    "export": ["export"],
    "import": ["import", "-"],
    "mcp": ["mcp"],
}


def where(function: str) -> tuple[object, str]:
    """The module that defines ``function`` (a ``todokit.`` name), and its defined name."""
    module, _, name = function.rpartition(".")
    target = getattr(importlib.import_module(module), name)
    return importlib.import_module(target.__module__), target.__name__


@pytest.mark.parametrize(
    ("command", "function"),
    [(f"{c}{' ' + o if o else ''}", f) for c, o, f, _ in table()],
)
def test_the_command_calls_its_function(
    command: str, function: str, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / ".claude").mkdir()
    (project / ".claude" / "todo.md").write_text("- [ ] Fix login\n", encoding="utf-8")
    for name in ("base.md", "ours.md", "theirs.md"):
        (project / name).write_text("- [ ] a\n", encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"{}")))
    module, name = where(function)
    calls: list[object] = []

    def stand_in(*args: object, **kwargs: object) -> object:
        calls.append(args)
        raise TodokitError("called")  # the command maps it like any failure: exit 1

    monkeypatch.setattr(module, name, stand_in)
    if command == "import":  # reading the payload is not the call under test
        monkeypatch.setattr("todokit.lifecycle.interop.read_payload", lambda *a: {"todos": []})
    code = main(CALLS[command])
    assert len(calls) == 1, f"todokit {command} did not call {function} once"
    assert code == 1
