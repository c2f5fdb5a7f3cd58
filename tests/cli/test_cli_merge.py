"""``todokit merge`` and ``todokit install --git`` as commands: output, JSON, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

BASE = "- [ ] a\n- [ ] b\n"


@pytest.fixture
def files(project: Path) -> list[str]:
    texts = (BASE, "- [x] a\n- [ ] b\n", "- [-] a\n- [ ] b\n- [ ] c\n")
    names = ["base.md", "ours.md", "theirs.md"]
    for name, text in zip(names, texts, strict=True):
        (project / name).write_text(text, encoding="utf-8")
    return names


def test_a_clean_merge_prints_nothing_and_exits_0(cli, project: Path, files: list[str]):
    (project / "theirs.md").write_text("- [ ] a\n- [ ] b\n- [ ] c\n", encoding="utf-8")
    result = cli("merge", *files, ".claude/todo.md")
    assert (result.code, result.out, result.err) == (0, "", "")
    assert (project / "ours.md").read_text() == "- [x] a\n- [ ] b\n- [ ] c\n"


def test_conflicts_exit_1_with_one_line_naming_them(cli, project: Path, files: list[str]):
    result = cli("merge", *files, ".claude/todo.md")
    assert result.code == 1
    assert result.out == ".claude/todo.md: merged task by task, 1 conflict: line 1: - [x] a\n"
    assert (project / "ours.md").read_text().startswith("<<<<<<< ours\n")


def test_json_reports_the_conflicts(cli, project: Path, files: list[str], validate):
    result = cli("merge", *files, "--json")
    document = json.loads(result.out)
    validate("merge.v1", document)
    assert document["conflicts"] == [{"kind": "task", "line": 1, "text": "- [x] a"}]
    assert (document["path"], document["clean"], document["written"]) == ("ours.md", False, True)


def test_diff_and_dry_run_write_nothing(cli, project: Path, files: list[str]):
    diff = cli("merge", *files, "--diff")
    assert diff.code == 1
    assert "+<<<<<<< ours\n" in diff.out
    dry = cli("merge", *files, "--dry-run")
    assert dry.out.startswith("ours.md: merged task by task, 1 conflict")
    (project / "theirs.md").write_text(BASE, encoding="utf-8")
    assert cli("merge", *files, "--dry-run").out == "ours.md: would merge task by task, clean\n"
    assert (project / "ours.md").read_text() == "- [x] a\n- [ ] b\n"


def test_a_line_merge_says_why(cli, project: Path):
    texts = ("```\ncode\n```\n\n- [ ] a\n", "```\ncode\n\n- [ ] a\n", "```\ncode\n```\n\n- [x] a\n")
    for name, text in zip(("o", "a", "b"), texts, strict=True):
        (project / name).write_text(text, encoding="utf-8")
    document = json.loads(cli("merge", "o", "a", "b", "--dry-run", "--json").out)
    assert (document["method"], document["reason"]) == (
        "lines",
        "the merged list does not parse as the tasks put into it",
    )
    result = cli("merge", "o", "a", "b")
    assert result.code == 0
    assert (
        result.out
        == "a: merged by lines (the merged list does not parse as the tasks put into it), clean\n"
    )


def test_a_missing_file_is_invalid_input(cli, project: Path, files: list[str]):
    result = cli("merge", "base.md", "ours.md", "nope.md")
    assert result.code == 4
    assert "cannot read nope.md" in result.err


def test_install_git_json_and_refusals(
    cli, project: Path, validate, monkeypatch: pytest.MonkeyPatch
):
    import shutil
    import subprocess

    shutil.rmtree(project / ".git")
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    dry = json.loads(cli("install", "--git", "--dry-run", "--json").out)
    validate("install-git.v1", dry)
    assert (dry["gitattributes_changed"], dry["config_changed"], dry["written"]) == (
        True,
        True,
        False,
    )
    assert not (project / ".gitattributes").exists()
    diff = cli("install", "--git", "--diff").out
    assert "+.claude/todo.md merge=todokit\n" in diff
    done = json.loads(cli("install", "--git", "--json").out)
    validate("install-git.v1", done)
    assert done["written"] is True
    assert done["patterns"] == [".claude/todo.md merge=todokit"]
    assert "already installed" in cli("install", "--git").out
    undo = json.loads(cli("install", "--git", "--uninstall", "--json").out)
    validate("install-git.v1", undo)
    assert undo["config"] == {"merge.todokit.name": None, "merge.todokit.driver": None}
    assert "already absent" in cli("install", "--git", "--uninstall").out
    for extra in (("--local",), ("--agent", "codex"), ("--plugin", "p"), ("--force",)):
        refused = cli("install", "--git", *extra)
        assert refused.code == 2
        assert "--git installs the merge driver only" in refused.err


def test_install_git_text_names_what_it_did(cli, project: Path, monkeypatch: pytest.MonkeyPatch):
    import shutil
    import subprocess

    shutil.rmtree(project / ".git")
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    out = cli("install", "--git", "--dry-run").out
    assert out.startswith("todokit merge driver: would install\n")
    out = cli("install", "--git").out
    assert "git config merge.todokit.driver" in out
    assert "do not run custom drivers" in out
    out = cli("install", "--git", "--uninstall", "--dry-run").out
    assert out.startswith("todokit merge driver: would remove\n")
