"""Unusable places and odd paths: one clear line and exit 4, never "internal error".

With the working directory ``/`` a normal user got "internal error:
PermissionError"; a deleted working directory, a name too long for the file
system and a symlink loop gave internal errors or "cannot list .claude".
Error messages repeated 100 KB arguments in full.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from integration_support import child_env, todokit_cli
from unprivileged import as_user, run_as_user, user_directory

from todokit.errors import InvalidInputError
from todokit.files.project import TodoFile
from todokit.files.roots import working_directory
from todokit.lifecycle.project import Project

needs_user = pytest.mark.skipif(as_user() is None, reason="needs root and setpriv")
LONG = "x" * 100_000


def one_clear_line(result: subprocess.CompletedProcess[str], code: int = 4) -> str:
    assert result.returncode == code, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert "internal error" not in result.stderr
    assert len(result.stderr) < 1200
    return result.stderr


@needs_user
def test_the_root_directory_as_a_normal_user() -> None:
    for command in (("add", "x"), ("start", "y"), ("rotate",)):
        assert "cannot create /.claude: permission denied" in one_clear_line(
            run_as_user(Path("/"), *command)
        )


@needs_user
def test_a_project_the_user_may_not_write() -> None:
    with user_directory() as home:
        project = home.parent / "theirs"
        (project / ".claude").mkdir(parents=True)
        (project / ".claude" / "todo.md").write_text("- [ ] theirs\n")
        (project / ".claude" / "private.md").write_text("")
        assert "permission denied" in one_clear_line(run_as_user(project, "add", "x")).lower()
        (project / ".claude" / "todo.md").chmod(0o600)
        assert "cannot read" in one_clear_line(run_as_user(project, "list"))
        (project / ".claude").chmod(0o700)
        one_clear_line(run_as_user(project, "list"))


def test_a_deleted_working_directory(tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    script = (
        "import os, sys; os.chdir(sys.argv[1]); os.rmdir(sys.argv[1]);"
        "from todokit.cli import main; sys.exit(main(sys.argv[2:]))"
    )
    for command in (["list"], ["add", "x"]):
        result = subprocess.run(
            [sys.executable, "-c", script, str(gone), *command],
            env=child_env(),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert "cannot use the working directory: it no longer exists" in one_clear_line(result)
        gone.mkdir()
    event = json.dumps({"hook_event_name": "SessionStart", "session_id": "s"})
    hook = subprocess.run(
        [sys.executable, "-c", script, str(gone), "hook"],
        env=child_env(),
        input=event,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert "cannot use the working directory" in one_clear_line(hook, code=1)


def test_working_directory_errors_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def gone() -> Path:
        raise FileNotFoundError(2, "No such file or directory")

    monkeypatch.setattr(Path, "cwd", staticmethod(gone))
    for call in (working_directory, TodoFile.locate, Project.open):
        with pytest.raises(InvalidInputError, match="it no longer exists"):
            call()
    assert working_directory(Path("/tmp")) == Path("/tmp").resolve()

    def denied() -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "cwd", staticmethod(denied))
    with pytest.raises(InvalidInputError, match="working directory: permission denied"):
        working_directory()


def test_names_too_long_and_long_arguments_are_cut(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    for command in (
        ("list", "--file", LONG),
        ("add", "y", "--file", "x/" * 3000 + "todo.md"),
        ("rotate", "--today", LONG),
        ("prune", "--older-than", "9" * 100_000),
    ):
        usage = command[0] in ("rotate", "prune")  # a bad date or span is a usage error
        message = one_clear_line(todokit_cli(tmp_path, *command), code=2 if usage else 4)
        assert "characters cut" in message or "name is too long" in message, message


@pytest.mark.parametrize("where", ["claude", "todo"])
def test_a_symlink_loop_is_reported_as_such(tmp_path: Path, where: str) -> None:
    (tmp_path / ".git").mkdir()
    if where == "claude":
        (tmp_path / ".claude").symlink_to(".claude")
        expected = f"{tmp_path / '.claude'} is a symlink loop"
    else:
        (tmp_path / ".claude").mkdir()
        (tmp_path / ".claude" / "todo.md").symlink_to("todo.md")
        expected = f"{tmp_path / '.claude' / 'todo.md'}: it is a symlink loop"
    for command in (("list",), ("add", "x"), ("start", "y")):
        message = one_clear_line(todokit_cli(tmp_path, *command))
        assert expected in message
        assert "cannot list" not in message


def test_a_directory_that_cannot_be_searched_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_stat = os.stat

    def refuse(path: object, *args: object, **kwargs: object) -> os.stat_result:
        if str(path).endswith(".git"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "stat", refuse)
    with pytest.raises(
        InvalidInputError, match=r"cannot look for the todo file: .*\.git: permission"
    ):
        TodoFile.locate(tmp_path, environ={})
