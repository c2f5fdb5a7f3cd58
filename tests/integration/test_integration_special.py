"""Special files and big files through real CLI and hook processes: a clear error, never a hang.

``/dev/zero`` behind ``.claude/todo.md`` made ``list`` and the SessionStart
hook grow to 24 GB; a FIFO made them hang forever. Every command and hook
must now answer within seconds with one line (exit 4; the hook exit 1), and
the same holds for the configuration and the hook state. Each process runs
under a time-out, so a regression fails instead of hanging the suite.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from integration_support import child_env

MIB = 1024 * 1024
PROMPT = {"hook_event_name": "UserPromptSubmit", "session_id": "s1", "prompt": "fix login"}
SESSION = {"hook_event_name": "SessionStart", "session_id": "s1", "source": "startup"}


def run(cwd: Path, *arguments: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "todokit", *arguments],
        cwd=cwd,
        env=child_env(),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=30,  # a hang fails the test
        check=False,
    )


def hook(cwd: Path, event: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return run(cwd, "hook", stdin=json.dumps({**event, "cwd": str(cwd)}))


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / ".claude").mkdir()
    (tmp_path / ".git").mkdir()
    return tmp_path


@pytest.fixture
def special(repo: Path, request: pytest.FixtureRequest) -> Iterator[tuple[Path, str]]:
    """``.claude/<name>`` made into the special file the test is parametrized with."""
    name, kind = request.param
    path = repo / ".claude" / name
    server = None
    if kind == "fifo":
        os.mkfifo(path)
        expected = "named pipe (FIFO)"
    elif kind == "zero":
        path.symlink_to("/dev/zero")
        expected = "character device"
    elif kind == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        expected = "socket"
    else:
        path.mkdir()
        expected = "directory"
    yield repo, expected
    if server is not None:
        server.close()


KINDS = ["fifo", "zero", "socket", "directory"]


@pytest.mark.parametrize("special", [("todo.md", kind) for kind in KINDS], indirect=True, ids=KINDS)
def test_a_special_todo_file_is_a_clear_error_everywhere(special: tuple[Path, str]) -> None:
    repo, expected = special
    # A link to /dev/zero also leads out of the project: writing commands say so first.
    writing = "outside the project" if expected == "character device" else expected
    for result, code, reason in (
        (run(repo, "list"), 4, expected),
        (run(repo, "add", "x"), 4, writing),
        (hook(repo, SESSION), 1, expected),
        (hook(repo, PROMPT), 1, writing),
    ):
        assert result.returncode == code, result.stderr
        assert reason in result.stderr
        assert result.stderr.count("\n") == 1, result.stderr


@pytest.mark.parametrize(
    "special",
    [("todokit.toml", "fifo"), ("todokit-state.json", "fifo"), ("todokit-state.json", "zero")],
    indirect=True,
    ids=["config-fifo", "state-fifo", "state-zero"],
)
def test_special_config_and_state_files_are_clear_errors(special: tuple[Path, str]) -> None:
    repo, expected = special
    events = [PROMPT] if (repo / ".claude" / "todokit.toml").exists() else [SESSION, PROMPT]
    for event in events:  # SessionStart reads no configuration
        result = hook(repo, event)
        assert result.returncode == 1
        assert expected in result.stderr


def test_the_configured_size_limit_is_honoured(repo: Path) -> None:
    todo = repo / ".claude" / "todo.md"
    todo.write_bytes(b"- [ ] a task of a big list\n" * (3 * MIB // 27))
    config = repo / ".claude" / "todokit.toml"
    config.write_text('max_file_size = "2 MiB"\n')
    for result in (run(repo, "list"), hook(repo, SESSION), run(repo, "add", "x")):
        assert result.returncode in (1, 4)
        assert "larger than the limit of 2,097,152 bytes" in result.stderr
        assert "raise max_file_size" in result.stderr
    config.write_text("max_file_size = 4194304\n")
    assert run(repo, "add", "x").returncode == 0
    config.write_text('max_file_size = "1 KiB"\n')
    too_small = run(repo, "add", "y")
    assert too_small.returncode == 4
    assert "key 'max_file_size' must be a size of at least 1 MiB" in too_small.stderr


def test_an_oversized_archive_and_import_file_are_refused(repo: Path) -> None:
    (repo / ".claude" / "todokit.toml").write_text('max_file_size = "1 MiB"\n')
    with (repo / ".claude" / "todo-2026-01-01.old").open("wb") as handle:
        handle.truncate(2 * MIB)
    history = run(repo, "history")
    assert history.returncode == 4
    assert "larger than the limit" in history.stderr
    imported = run(repo, "import", "/dev/zero")
    assert imported.returncode == 4
    assert "character device, not a regular file" in imported.stderr
