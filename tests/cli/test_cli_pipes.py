"""Real pipes and terminals: ``todokit list | head -2`` ends quietly; JSON is compact off a TTY."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import child_env, write_todo

from todokit import cli
from todokit.cli import EXIT_BROKEN_PIPE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes and terminals")

# About 500 KB of `todokit list` output: far more than a pipe holds, so the writer is
# still writing when the reader goes away.
BIG = "".join(f"- [ ] Task number {n} of a long list kept by an agent\n" for n in range(8000))


def todokit(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "todokit", *arguments]


@pytest.mark.parametrize("arguments", [("list",), ("list", "--json"), ("export",)])
def test_a_reader_that_goes_away_ends_the_run_quietly(project: Path, arguments):
    write_todo(project, BIG)
    process = subprocess.Popen(
        todokit(*arguments),
        cwd=project,
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(100)
    process.stdout.close()
    err = process.stderr.read()
    process.stderr.close()
    assert process.wait(timeout=60) == EXIT_BROKEN_PIPE == 141
    assert err == b""


def test_head_closes_the_pipe_and_the_shell_sees_141(project: Path):
    write_todo(project, BIG)
    command = " ".join(todokit("list"))
    script = f'{command} | head -2; echo "status=${{PIPESTATUS[0]}}" >&2'
    result = subprocess.run(
        ["bash", "-c", script],
        cwd=project,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.stdout.splitlines() == [
        "1    [ ] Task number 0 of a long list kept by an agent",
        "2    [ ] Task number 1 of a long list kept by an agent",
    ]
    assert result.stderr == "status=141\n"


def test_a_broken_pipe_in_process_returns_141(monkeypatch: pytest.MonkeyPatch, project: Path):
    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    write_todo(project)
    monkeypatch.setattr(sys, "stdout", Closed())
    assert cli.main(["list"]) == EXIT_BROKEN_PIPE


def test_json_is_compact_on_a_pipe_and_indented_on_a_terminal(project: Path):
    write_todo(project)
    piped = subprocess.run(
        todokit("list", "--json"),
        cwd=project,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert piped.stdout.count("\n") == 1 and piped.stdout.startswith('{"file":')
    primary, secondary = os.openpty()
    try:
        process = subprocess.Popen(
            todokit("list", "--json"), cwd=project, env=child_env(), stdout=secondary
        )
        os.close(secondary)
        chunks = []
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:  # the terminal closed: the child is done
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert process.wait(timeout=60) == 0
    finally:
        os.close(primary)
    shown = b"".join(chunks).decode("utf-8").replace("\r\n", "\n")
    assert shown.startswith('{\n  "file": ')
    assert json.loads(shown) == json.loads(piped.stdout)
