"""The pieces of ``install --git``: the attribute line, the edit of .gitattributes, git's errors."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from todokit.agent import gitdriver
from todokit.agent.gitdriver import gitattributes_line, plan_git
from todokit.errors import TodokitError


@pytest.mark.parametrize(
    ("path", "line"),
    [
        (".claude/todo.md", ".claude/todo.md merge=todokit"),
        ("TODO.md", "/TODO.md merge=todokit"),
        ("a/[draft]*.md", "a/\\[draft]\\*.md merge=todokit"),
        ('my "list".md', '"/my \\"list\\".md" merge=todokit'),
    ],
)
def test_the_attribute_line_is_anchored_and_escaped(path: str, line: str):
    assert gitattributes_line(path) == line


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (None, b"x merge=todokit\n"),
        (b"*.png binary", b"*.png binary\nx merge=todokit\n"),
        (b"*.png binary\r\n", b"*.png binary\r\nx merge=todokit\r\n"),
        (b"x merge=todokit\r\n", b"x merge=todokit\r\n"),
    ],
)
def test_install_appends_only_the_missing_line_in_the_files_style(before, after):
    assert gitdriver._edited(before, ["x merge=todokit"], uninstall=False) == after


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (b"a\nx merge=todokit\nb", b"a\nb"),
        (b"x merge=todokit\n", None),
        (b"", b""),
        (None, None),
        (b"a\n", b"a\n"),
    ],
)
def test_uninstall_removes_only_that_line(before, after):
    assert gitdriver._edited(before, ["x merge=todokit"], uninstall=True) == after


def test_without_git_install_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    with pytest.raises(TodokitError, match="cannot run git"):
        plan_git(tmp_path, [tmp_path / ".claude" / "todo.md"])


def test_a_todo_file_outside_the_repository_is_refused(tmp_path: Path):
    repo = tmp_path / "repo"
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    with pytest.raises(TodokitError, match="lies outside the repository"):
        plan_git(repo, [tmp_path / "elsewhere" / "todo.md"])


def test_a_failing_git_config_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    repo = tmp_path / "repo"
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    plan = plan_git(repo, [repo / ".claude" / "todo.md"])

    def failing(root: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(arguments, 255, "", "error: could not lock config file")

    monkeypatch.setattr(gitdriver, "_git", failing)
    with pytest.raises(
        TodokitError, match=r"git config merge\.todokit\.name failed: error: could not lock"
    ):
        plan.apply()
