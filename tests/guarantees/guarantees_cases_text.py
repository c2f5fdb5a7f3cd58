"""Cases of the page's "Task text" rows: what ``add``, ``mark``, ``import`` and hooks write."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from guarantees_run import Case, Run

TODO_PATH = "repo/.claude/todo.md"
ONE = {TODO_PATH: b"- [ ] a\n"}


def last_line(expected: str) -> Callable[[Path, Run], None]:
    """A check: the todo file now ends with the line ``expected`` (as UTF-8)."""

    def check(sandbox: Path, result: Run) -> None:
        lines = (sandbox / TODO_PATH).read_bytes().decode("utf-8").splitlines()
        assert lines[-1] == expected, lines[-3:]

    return check


def first_line(expected: str) -> Callable[[Path, Run], None]:
    """A check: the todo file's first line is now ``expected``."""

    def check(sandbox: Path, result: Run) -> None:
        assert (sandbox / TODO_PATH).read_bytes().decode("utf-8").splitlines()[0] == expected

    return check


def header_task(expected: str) -> Callable[[Path, Run], None]:
    """A check: the header of the new list names the task ``expected``."""

    def check(sandbox: Path, result: Run) -> None:
        text = (sandbox / TODO_PATH).read_text(encoding="utf-8")
        assert f"**Task:** {expected}\n" in text, text[:300]

    return check


def short_header(sandbox: Path, result: Run) -> None:
    """A check: the header names the task in a summary of at most 120 characters."""
    text = (sandbox / TODO_PATH).read_text(encoding="utf-8")
    (line,) = [line for line in text.splitlines() if line.startswith("**Task:** ")]
    assert line.startswith("**Task:** yyy") and len(line) <= len("**Task:** ") + 121, line


def todos(content: str) -> bytes:
    """A TodoWrite payload of one pending task."""
    item = {"content": content, "status": "pending", "activeForm": "x"}
    return json.dumps({"todos": [item]}).encode()


def todowrite(content: str) -> Callable[[Path], bytes]:
    """A PostToolUse event of TodoWrite with one task, aimed at the sandbox's project."""

    def event(sandbox: Path) -> bytes:
        payload = json.loads(todos(content))
        return json.dumps(
            {
                "hook_event_name": "PostToolUse",
                "session_id": "s1",
                "cwd": str(sandbox / "repo"),
                "tool_name": "TodoWrite",
                "tool_input": payload,
            }
        ).encode()

    return event


LONG = "y" * 100_000
CASES: dict[str, Case] = {
    "text-empty": Case(("add", ""), ONE),
    "text-blank": Case(("add", "   "), ONE),
    "text-newline": Case(("add", "two\nlines"), ONE),
    "text-cr": Case(("add", "a\rb"), ONE),
    "text-markdown": Case(("add", "- [x] fake"), ONE, check=last_line("- [ ] - [x] fake")),
    "text-control": Case(
        ("add", "t\x1b]0;title\x07x"), ONE, check=last_line("- [ ] t\x1b]0;title\x07x")
    ),
    "text-bidi": Case(("add", "abc\u202edef"), ONE, check=last_line("- [ ] abc\u202edef")),
    "text-bad-bytes": Case(
        ("add", b"bad\xffbyte"), ONE, process=True, check=last_line("- [ ] bad\ufffdbyte")
    ),
    "text-100kb": Case(("add", LONG), ONE, check=last_line(f"- [ ] {LONG}")),
    "text-section-newline": Case(("add", "x", "--section", "A\nB"), ONE),
    "text-section-empty": Case(("add", "x", "--section", ""), ONE),
    "text-under-missing": Case(("add", "x", "--under", "9"), ONE),
    "text-mark-marker": Case(("mark", "1", "?"), ONE, check=first_line("- [?] a")),
    "text-mark-bracket": Case(("mark", "1", "["), ONE),
    "text-mark-control": Case(("mark", "1", "\t"), ONE),
    "text-mark-word": Case(("mark", "1", "finished"), ONE),
    "text-import-nul": Case(
        ("import", "-"), ONE, stdin=todos("a\x00b"), check=last_line("- [ ] a\ufffdb")
    ),
    "text-import-surrogate": Case(
        ("import", "-"), ONE, stdin=todos("x\udcff"), check=last_line("- [ ] x\ufffd")
    ),
    "text-import-newline": Case(
        ("import", "-"), ONE, stdin=todos("two\nlines"), check=last_line("- [ ] two lines")
    ),
    "text-import-empty": Case(("import", "-"), ONE, stdin=todos("")),
    "text-hook-newline": Case(
        ("hook",),
        ONE,
        stdin=todowrite("two\n- [ ] lines"),
        process=True,
        check=last_line("- [ ] two - [ ] lines"),
    ),
    "text-hook-empty": Case(("hook",), ONE, stdin=todowrite(""), process=True),
    "text-hook-surrogate": Case(
        ("hook",), ONE, stdin=todowrite("x\udcff"), process=True, check=last_line("- [ ] x\ufffd")
    ),
    "text-start-lines": Case(
        ("start", "Fix the login\n## Injected\n- [ ] fake"),
        ONE,
        check=header_task("Fix the login"),
    ),
    "text-start-100kb": Case(("start", LONG), ONE, check=short_header),
}
