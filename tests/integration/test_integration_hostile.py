"""A hostile repository, through real CLI and hook processes: nothing outside it ever changes.

The repro of the issue: ``.claude/todo.md`` is a symlink to ``../../out/bashrc``.
``start`` used to rewrite the outside file, copy it into an archive inside the
repository, and ``rotate`` then deleted it. Every command that writes must
now refuse with exit 4 (the hook with exit 1, never 2), and the outside
directory must stay exactly as it was. The same holds when ``.claude``
itself, the lock file or the hook state is the symlink. A symlink inside the
project is written through, atomically, and stays a link.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from integration_support import DAY, child_env, todokit_cli

BASHRC = b"export PATH=/usr/local/bin:$PATH\n- [ ] not a task of yours\n"
WRITERS = [
    ("start", "hack", "--today", DAY),
    ("rotate", "--today", DAY),
    ("add", "owned"),
    ("done", "1"),
    ("sort",),
    ("scope", "anything"),
    ("import", "-"),
]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def hook(cwd: Path, event: dict[str, object]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "todokit", "hook"],
        cwd=cwd,
        env=child_env(),
        input=json.dumps({"session_id": "s1", "cwd": str(cwd), **event}),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[Path, Path]:
    """``repo/.claude/todo.md -> ../../out/bashrc``, as in the report."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "bashrc").write_bytes(BASHRC)
    repo = tmp_path / "repo"
    (repo / ".claude").mkdir(parents=True)
    (repo / ".git").mkdir()
    (repo / ".claude" / "todo.md").symlink_to("../../out/bashrc")
    return repo, out


def test_every_writing_command_refuses_the_outside_target(hostile: tuple[Path, Path]) -> None:
    repo, out = hostile
    before = snapshot(out)
    for command in WRITERS:
        result = subprocess.run(
            [sys.executable, "-m", "todokit", *command],
            cwd=repo,
            env=child_env(),
            input='{"todos": [{"content": "x", "status": "pending", "activeForm": "x"}]}',
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 4, (command, result.stderr)
        assert "outside the project" in result.stderr, command
        assert result.stderr.count("\n") == 1, result.stderr
    assert snapshot(out) == before
    assert sorted(p.name for p in (repo / ".claude").iterdir()) == ["todo.md"]


def test_hooks_refuse_without_touching_the_outside_file(hostile: tuple[Path, Path]) -> None:
    repo, out = hostile
    before = snapshot(out)
    first = hook(repo, {"hook_event_name": "UserPromptSubmit", "prompt": "fix the login"})
    assert first.returncode == 1
    assert "outside the project" in first.stderr
    todos = {"todos": [{"content": "agent task", "status": "pending", "activeForm": "x"}]}
    tool = {"hook_event_name": "PostToolUse", "tool_name": "TodoWrite", "tool_input": todos}
    mirrored = hook(repo, tool)
    assert mirrored.returncode == 1
    assert snapshot(out) == before


@pytest.mark.parametrize(
    "link",
    [
        ".claude",
        ".claude/todo.md.lock",
        ".claude/todokit-state.json",
        ".claude/todo.md.parked.json",
    ],
)
def test_other_links_out_of_the_project_are_refused(tmp_path: Path, link: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "bashrc").write_bytes(BASHRC)
    repo = tmp_path / "repo"
    (repo / ".claude").mkdir(parents=True)
    (repo / ".git").mkdir()
    if link == ".claude":
        (repo / ".claude").rmdir()
        (repo / link).symlink_to(out, target_is_directory=True)
    else:
        (repo / link).symlink_to(out / "bashrc")
    before = snapshot(out)
    added = todokit_cli(repo, "add", "x")
    assert added.returncode == 4, added.stderr
    assert "outside the project" in added.stderr
    started = hook(repo, {"hook_event_name": "UserPromptSubmit", "prompt": "fix the login"})
    assert started.returncode == 1
    assert snapshot(out) == before
    assert not list((repo / ".claude").glob("todo-*.old"))  # refused before the first change


def test_a_symlink_inside_the_project_is_written_through(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / ".claude").mkdir(parents=True)
    (repo / ".git").mkdir()
    (repo / "docs").mkdir()
    (repo / "docs" / "todo.md").write_text("- [ ] first\n")
    (repo / ".claude" / "todo.md").symlink_to("../docs/todo.md")
    assert todokit_cli(repo, "add", "second").returncode == 0
    assert (repo / ".claude" / "todo.md").is_symlink()
    assert (repo / "docs" / "todo.md").read_text() == "- [ ] first\n- [ ] second\n"
    started = todokit_cli(repo, "start", "next", "--today", DAY)
    assert started.returncode == 0, started.stderr
    assert (repo / ".claude" / "todo.md").is_symlink()
    archive = repo / ".claude" / f"todo-{DAY}.old"
    assert archive.read_text() == "- [ ] first\n- [ ] second\n"
    assert "- [ ] second" in (repo / "docs" / "todo.md").read_text()
    assert todokit_cli(repo, "rotate", "--today", DAY).returncode == 0
    assert not (repo / "docs" / "todo.md").exists()
    assert (repo / ".claude" / "todo.md").is_symlink()
    # The link now leads to nothing: that is no todo file yet, and the next write makes one.
    # Every command used to fail on it with "cannot read …: it does not exist".
    listed = todokit_cli(repo, "list")
    assert (listed.returncode, listed.stderr) == (0, ""), listed.stderr
    assert todokit_cli(repo, "add", "third").returncode == 0
    assert (repo / "docs" / "todo.md").read_text() == "- [ ] third\n"
    assert (repo / ".claude" / "todo.md").is_symlink()


def test_file_option_naming_a_file_elsewhere_is_not_a_symlink_escape(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "list.md").write_text("- [ ] a\n")
    result = todokit_cli(tmp_path, "add", "b", "--file", str(notes / "list.md"))
    assert result.returncode == 0, result.stderr
    assert (notes / "list.md").read_text() == "- [ ] a\n- [ ] b\n"
