"""todokit writes only UTF-8, whatever its users and agents send: every entry point, end to end.

``todokit add $'bad\\xffbyte'``, a start with such a task, a hook prompt with
``"\\udcff"`` or an import used to write bytes that are not UTF-8, after
which every edit refused the file with exit 4. Each entry point runs here as
a real process; after each, the todo file must decode as strict UTF-8 and the
next edit must succeed. The text written takes U+FFFD where the byte was.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from integration_support import DAY, child_env

BAD = "\udcff"  # how Python decodes the byte 0xff of an argument
HIGH = "\ud83d"  # half of an emoji's surrogate pair, as a JSON "\ud83d" escape gives it
REPLACED = "\ufffd"


def run(cwd: Path, *arguments: str | bytes, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "todokit", *arguments],
        cwd=cwd,
        env={**child_env(), "LC_ALL": "C.UTF-8", "TODOKIT_TODAY": DAY},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def hook(cwd: Path, event: dict[str, object]) -> subprocess.CompletedProcess[str]:
    # json.dumps keeps the lone surrogate as the escape "\udcff", as an agent would send it.
    return run(cwd, "hook", stdin=json.dumps({"session_id": "s1", "cwd": str(cwd), **event}))


def text_of(repo: Path) -> str:
    """The todo file, which must be strict UTF-8."""
    return (repo / ".claude" / "todo.md").read_bytes().decode("utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    return tmp_path


def todowrite(content: str) -> dict[str, object]:
    todos = [{"content": content, "status": "pending", "activeForm": content}]
    return {
        "hook_event_name": "PostToolUse",
        "tool_name": "TodoWrite",
        "tool_input": {"todos": todos},
    }


def task_create(subject: str) -> dict[str, object]:
    return {
        "hook_event_name": "PostToolUse",
        "tool_name": "TaskCreate",
        "tool_input": {"subject": subject, "description": ""},
        "tool_response": {"task": {"id": "7", "subject": subject}},
    }


ENTRY_POINTS: list[tuple[str, object, str]] = [
    ("add", ("add", b"bad\xffbyte"), f"bad{REPLACED}byte"),
    ("add --section", ("add", "in a section", "--section", b"Sec\xfe"), f"## Sec{REPLACED}"),
    ("add --under", ("add", b"child\xff", "--under", "1"), f"child{REPLACED}"),
    ("mark", ("mark", "1", b"\xff"), f"[{REPLACED}]"),
    ("start", ("start", b"task \xff at hand"), f"task {REPLACED} at hand"),
    ("hook prompt", {"hook_event_name": "UserPromptSubmit", "prompt": f"fix {BAD} now"}, ""),
    ("hook TodoWrite", todowrite(f"agent {BAD} task"), f"agent {REPLACED} task"),
    ("hook TaskCreate", task_create(f"subject {BAD}"), f"subject {REPLACED}"),
    ("import", "import", f"imported {REPLACED}"),
    (
        "hook prompt, high",
        {"hook_event_name": "UserPromptSubmit", "prompt": f"fix the {HIGH} parser crash"},
        "",
    ),
    ("hook TodoWrite, high", todowrite(f"agent {HIGH} half"), f"agent {REPLACED} half"),
]


def test_every_entry_point_writes_valid_utf8(repo: Path) -> None:
    assert run(repo, "add", "first").returncode == 0
    for name, entry, expected in ENTRY_POINTS:
        if isinstance(entry, dict):
            result = hook(repo, {**entry, "session_id": name})
        elif entry == "import":
            payload = {"todos": [{"content": f"imported {BAD}", "status": "pending"}]}
            result = run(repo, "import", "-", stdin=json.dumps(payload))
        else:
            result = run(repo, *entry)  # type: ignore[misc]
        assert result.returncode == 0, (name, result.stderr)
        text = text_of(repo)  # strict UTF-8, or UnicodeDecodeError fails the test
        assert expected in text, (name, text)
        assert BAD not in text
        assert HIGH not in text
        after = run(repo, "add", f"after {name}")
        assert after.returncode == 0, (name, after.stderr)
    assert f"fix the {REPLACED} parser crash" in text_of(
        repo
    )  # the hook's start wrote its task in the header


def test_a_dry_run_shows_the_text_that_would_be_written(repo: Path) -> None:
    assert run(repo, "add", "first").returncode == 0
    diff = run(repo, "add", b"bad\xffbyte", "--diff")
    assert diff.returncode == 0
    assert f"+- [ ] bad{REPLACED}byte" in diff.stdout
    assert text_of(repo) == "- [ ] first\n"
