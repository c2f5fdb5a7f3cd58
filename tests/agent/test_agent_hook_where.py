"""Where a hook works and how long it waits, in this process (see tests/cli for processes)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from todokit.agent.events import HookEvent
from todokit.errors import InvalidInputError
from todokit.hooks import process
from todokit.hooks.process import answer_hook, without_nul
from todokit.hooks.where import HOOK_LOCK_TIMEOUT, HookOptions, NoProjectError, hook_project


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    return tmp_path / "repo"


def event(cwd: Path | str | None) -> HookEvent:
    return HookEvent(event_name="SessionStart", cwd=None if cwd is None else str(cwd))


def test_the_project_directory_comes_first(repo: Path, tmp_path: Path) -> None:
    (repo / "sub").mkdir()
    other = tmp_path / "other"
    (other / ".claude").mkdir(parents=True)
    assert hook_project(event(other), {"CLAUDE_PROJECT_DIR": str(repo / "sub")}).root == repo
    assert hook_project(event(other), {}).root == other
    assert hook_project(event(other), {"CLAUDE_PROJECT_DIR": ""}).root == other


def test_no_project_is_an_error_and_an_explicit_root_is_not(tmp_path: Path) -> None:
    loose = tmp_path / "loose"
    loose.mkdir()
    with pytest.raises(NoProjectError, match="is in no project"):
        hook_project(event(loose), {})
    assert NoProjectError("x").exit_code == 1
    assert hook_project(event(loose), {}, HookOptions(root=str(loose))).root == loose
    assert hook_project(event(loose), {"TODOKIT_ROOT": str(loose)}).root == loose
    notes = hook_project(event(loose), {}, HookOptions(file=str(tmp_path / "n.md")))
    assert notes.todo.path == tmp_path / "n.md"


@pytest.mark.parametrize(
    "options", [HookOptions(root="a\0b"), HookOptions(file="a\0b"), HookOptions()]
)
def test_a_nul_in_a_path_is_a_clear_error(options: HookOptions) -> None:
    with pytest.raises(InvalidInputError, match="contains a NUL character"):
        hook_project(event("/tmp/x\0y"), {}, options)


WAITS = [
    (10.0, None, HOOK_LOCK_TIMEOUT),
    (60.0, None, 3.0),
    (-1.0, None, 3.0),
    (0.2, None, 0.2),
    (60.0, 7.0, 7.0),
    (0.2, 30.0, 30.0),
]


@pytest.mark.parametrize(("configured", "explicit", "wait"), WAITS)
def test_the_lock_wait_sits_inside_the_hook_timeout(
    repo: Path, configured: float, explicit: float | None, wait: float
) -> None:
    (repo / ".claude").mkdir()
    (repo / ".claude" / "todokit.toml").write_text(f"lock_timeout = {configured}\n")
    project = hook_project(event(repo), {}, HookOptions(lock_timeout=explicit))
    assert project.config.lock_timeout == wait
    assert project.config is project.config, "worked out once"


def run(stdin: bytes, options: HookOptions | None = None) -> tuple[int, bytes, list[str]]:
    out, errors = io.BytesIO(), []
    return (
        answer_hook(io.BytesIO(stdin), out, errors.append, {}, options=options),
        out.getvalue(),
        errors,
    )


def test_quiet_prints_no_context_but_keeps_the_stop_decision(repo: Path, monkeypatch) -> None:
    (repo / ".claude").mkdir()
    (repo / ".claude" / "todo.md").write_text("- [ ] a\n")
    start = json.dumps({"hook_event_name": "SessionStart", "cwd": str(repo)}).encode()
    assert run(start)[1]
    assert run(start, HookOptions(quiet=True)) == (0, b"", [])
    monkeypatch.setattr("todokit.hooks.handler.handle_event", lambda *a: '{"decision": "block"}')
    assert (
        run(b'{"hook_event_name": "Stop"}', HookOptions(quiet=True))[1]
        == b'{"decision": "block"}\n'
    )


def test_a_place_the_hook_cannot_use_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    def denied(*args: object) -> str:
        raise PermissionError(13, "Permission denied", "/.claude")

    monkeypatch.setattr("todokit.hooks.handler.handle_event", denied)
    code, out, errors = run(b'{"hook_event_name": "SessionStart"}')
    assert (code, out, errors) == (1, b"", ["hook: cannot use /.claude: Permission denied"])
    monkeypatch.setattr(
        "todokit.hooks.handler.handle_event", lambda *a: (_ for _ in ()).throw(OSError("odd"))
    )
    assert run(b'{"hook_event_name": "SessionStart"}')[2] == ["hook: cannot use: odd"]


def test_usage_errors_of_hook_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    from todokit.cli import main

    assert main(["hook", "--nope"]) == 1
    assert "unrecognized arguments: --nope" in capsys.readouterr().err
    assert main(["--debug", "hook", "--lock-timeout"]) == 1
    assert main(["hook", "--typo", "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["error"]["exit_code"] == 1
    assert main(["list", "--nope"]) == 2, "other commands keep exit 2"
    assert main(["hook", "--help"]) == 0
    assert capsys.readouterr().out.startswith("usage: todokit hook")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (rb'{"a": "x\u0000y"}', rb'{"a": "x\ufffdy"}'),
        (rb'{"a": "\\u0000"}', rb'{"a": "\\u0000"}'),
        (rb'{"a": "\\\u0000"}', rb'{"a": "\\\ufffd"}'),
        (rb'{"a": "\u00001"}', rb'{"a": "\ufffd1"}'),
        (b'{"a": "plain"}', b'{"a": "plain"}'),
    ],
)
def test_escaped_nul_characters_become_replacement_characters(data: bytes, expected: bytes) -> None:
    assert without_nul(data) == expected
    assert "\0" not in json.loads(without_nul(data))["a"]


def test_the_parsed_command_path_passes_the_options(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from todokit.cli.agent import run_hook
    from todokit.cli.output import Output
    from todokit.cli.parser import build_parser

    seen: list[HookOptions | None] = []
    monkeypatch.setattr(
        process, "answer_hook", lambda *a, options=None, **k: seen.append(options) or 0
    )
    args = build_parser().parse_args(["hook", "--root", str(repo), "-q"])
    assert run_hook(args, Output(json=False, quiet=True, color=False)) == 0
    assert seen == [HookOptions(str(repo), None, None, True)]


def test_debug_shows_the_os_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def denied(*args: object) -> str:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("todokit.hooks.handler.handle_event", denied)
    with pytest.raises(PermissionError):
        answer_hook(io.BytesIO(b'{"hook_event_name": "X"}'), io.BytesIO(), print, {}, debug=True)
