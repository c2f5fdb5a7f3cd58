"""The merge driver in real git repositories: install, branches, ``git merge``, uninstall."""

from __future__ import annotations

from pathlib import Path

import pytest
from git_support import Repo, driver_env

BASE = """# Todo

## Backend

- [ ] Fix login
- [ ] Add index

## Docs

- [ ] Update README
"""


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    """A repository with a committed todo.md and the driver installed and committed."""
    repo = Repo(tmp_path / "repo", driver_env(tmp_path))
    repo.write(BASE)
    result = repo.todokit("install", "--git")
    assert result.returncode == 0, result.stderr
    repo.commit("todo list and merge driver")
    return repo


def branch(repo: Repo, name: str, *changes: tuple[str, str], cwd: Path | None = None) -> None:
    """Commit ``changes`` to todo.md on a new branch ``name`` (made from main)."""
    if cwd is None:
        repo.git("checkout", "-q", "-b", name, "main")
    text = repo.read(cwd=cwd)
    for old, new in changes:
        text = text.replace(old, new, 1)
    repo.write(text, cwd=cwd)
    repo.commit(name, cwd=cwd)


def test_install_writes_the_attribute_and_the_driver(repo: Repo):
    assert repo.read(".gitattributes") == ".claude/todo.md merge=todokit\n"
    attribute = repo.git("check-attr", "merge", "--", ".claude/todo.md").stdout
    assert attribute == ".claude/todo.md: merge: todokit\n"
    driver = repo.git("config", "--get", "merge.todokit.driver").stdout
    assert "todokit merge %O %A %B %P --marker-size %L" in driver


def test_two_branches_merge_task_by_task(repo: Repo):
    branch(
        repo,
        "ours",
        ("[ ] Fix login", "[x] Fix login"),
        ("- [ ] Add index\n", "- [ ] Add index\n- [ ] From ours\n"),
    )
    branch(
        repo,
        "theirs",
        ("[ ] Update README", "[/] Update README"),
        ("- [ ] Add index\n", "- [ ] Add index\n- [ ] From theirs\n"),
    )
    repo.git("checkout", "-q", "ours")
    merged = repo.git("merge", "-q", "--no-edit", "theirs", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    assert repo.read() == BASE.replace("[ ] Fix login", "[x] Fix login").replace(
        "- [ ] Add index\n", "- [ ] Add index\n- [ ] From ours\n- [ ] From theirs\n"
    ).replace("[ ] Update README", "[/] Update README")
    assert repo.git("status", "--porcelain").stdout == ""


def test_a_task_changed_two_ways_conflicts_alone_and_git_stops(repo: Repo):
    branch(
        repo, "ours", ("[ ] Fix login", "[x] Fix login"), ("[ ] Update README", "[x] Update README")
    )
    branch(repo, "theirs", ("[ ] Fix login", "[-] Fix login"))
    repo.git("checkout", "-q", "ours")
    merged = repo.git("merge", "--no-edit", "theirs", check=False)
    assert merged.returncode == 1
    assert "CONFLICT" in merged.stdout
    assert (
        ".claude/todo.md: merged task by task, 1 conflict: line 5: - [x] Fix login" in merged.stdout
    )
    text = repo.read()
    assert "<<<<<<< ours\n- [x] Fix login\n=======\n- [-] Fix login\n>>>>>>> theirs\n" in text
    assert "- [x] Update README\n" in text
    assert text.count("<<<<<<<") == 1
    assert repo.git("status", "--porcelain").stdout.startswith("UU .claude/todo.md")


def test_two_worktrees_two_agents_one_clean_merge(repo: Repo, tmp_path: Path):
    agents = {name: tmp_path / name for name in ("agent-a", "agent-b")}
    for name, where in agents.items():
        repo.git("worktree", "add", "-q", "-b", name, str(where), "main")
    branch(
        repo,
        "agent-a",
        ("[ ] Fix login", "[x] Fix login"),
        ("## Docs\n\n", "## Docs\n\n- [ ] Document the API\n"),
        cwd=agents["agent-a"],
    )
    branch(
        repo,
        "agent-b",
        ("- [ ] Add index\n", ""),
        ("- [ ] Update README\n", "- [ ] Update README\n- [ ] Add index\n"),
        cwd=agents["agent-b"],
    )
    for name in agents:  # one at a time: an octopus merge runs no merge driver
        merged = repo.git("merge", "--no-edit", name, check=False)
        assert merged.returncode == 0, merged.stdout + merged.stderr
    assert repo.read() == (
        "# Todo\n\n## Backend\n\n- [x] Fix login\n\n## Docs\n\n"
        "- [ ] Document the API\n- [ ] Update README\n- [ ] Add index\n"
    )


def test_without_todokit_on_path_git_merges_by_lines(repo: Repo, tmp_path: Path):
    branch(repo, "ours", ("[ ] Fix login", "[x] Fix login"))
    branch(repo, "theirs", ("[ ] Fix login", "[-] Fix login"))
    repo.git("checkout", "-q", "ours")
    repo.env = driver_env(tmp_path, with_todokit=False)
    merged = repo.git("merge", "--no-edit", "theirs", check=False)
    assert merged.returncode == 1
    assert "<<<<<<< " in repo.read()
    assert "- [-] Fix login" in repo.read()


def test_uninstall_restores_gitattributes_byte_for_byte_and_the_config(tmp_path: Path):
    repo = Repo(tmp_path / "repo", driver_env(tmp_path))
    original = "*.png binary\r\n# keep this\r\n"
    repo.write(original, ".gitattributes")
    config_before = (repo.root / ".git" / "config").read_bytes()
    assert repo.todokit("install", "--git").returncode == 0
    assert repo.read(".gitattributes") == original + ".claude/todo.md merge=todokit\r\n"
    assert repo.todokit("install", "--git").returncode == 0  # again: nothing changes
    assert repo.read(".gitattributes").count("merge=todokit") == 1
    result = repo.todokit("install", "--git", "--uninstall")
    assert result.returncode == 0, result.stderr
    assert repo.read(".gitattributes") == original
    assert (repo.root / ".git" / "config").read_bytes() == config_before


def test_uninstall_removes_a_gitattributes_it_emptied(tmp_path: Path):
    repo = Repo(tmp_path / "repo", driver_env(tmp_path))
    assert repo.todokit("install", "--git").returncode == 0
    assert repo.todokit("install", "--git", "--uninstall").returncode == 0
    assert not (repo.root / ".gitattributes").exists()
    assert repo.git("config", "--get-regexp", "^merge\\.", check=False).stdout == ""


def test_uninstall_keeps_other_keys_of_the_driver_section(tmp_path: Path):
    repo = Repo(tmp_path / "repo", driver_env(tmp_path))
    assert repo.todokit("install", "--git").returncode == 0
    repo.git("config", "merge.todokit.recursive", "binary")
    assert repo.todokit("install", "--git", "--uninstall").returncode == 0
    assert (
        repo.git("config", "--get-regexp", "^merge\\.").stdout == "merge.todokit.recursive binary\n"
    )


def test_a_project_in_a_subdirectory_gets_an_anchored_pattern_at_the_top(tmp_path: Path):
    repo = Repo(tmp_path / "repo", driver_env(tmp_path))
    project = repo.root / "service"
    (project / ".claude").mkdir(parents=True)
    result = repo.todokit(
        "install", "--git", "--root", str(project), "--file", str(project / "TODO.md")
    )
    assert result.returncode == 0, result.stderr
    assert (
        repo.read(".gitattributes")
        == "service/.claude/todo.md merge=todokit\nservice/TODO.md merge=todokit\n"
    )
    repo.write("- [ ] a\n", "service/TODO.md")
    assert repo.git("check-attr", "merge", "--", "service/TODO.md").stdout.endswith(": todokit\n")


def test_install_outside_a_repository_says_so(tmp_path: Path):
    env = driver_env(tmp_path)
    (tmp_path / "plain" / ".claude").mkdir(parents=True)
    repo = Repo.__new__(Repo)
    repo.root, repo.env = tmp_path / "plain", env
    result = repo.todokit("install", "--git")
    assert result.returncode == 1
    assert "not inside a git work tree" in result.stderr
    assert not (tmp_path / "plain" / ".gitattributes").exists()
