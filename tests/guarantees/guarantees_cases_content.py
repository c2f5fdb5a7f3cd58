"""Cases of the page's "File content" rows: what the todo file may hold."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from guarantees_run import Case, Run

TODO_PATH = "repo/.claude/todo.md"
DEEP = 10_000


def todo(data: bytes) -> dict[str, bytes | None]:
    """The files of a case whose todo file holds ``data``."""
    return {TODO_PATH: data}


def becomes(expected: bytes) -> Callable[[Path, Run], None]:
    """A check: the todo file now holds exactly ``expected``."""

    def check(sandbox: Path, result: Run) -> None:
        assert (sandbox / TODO_PATH).read_bytes() == expected

    return check


def archived_as(original: bytes) -> Callable[[Path, Run], None]:
    """A check: the day's archive holds exactly ``original``."""

    def check(sandbox: Path, result: Run) -> None:
        assert (sandbox / "repo/.claude/todo-2026-11-24.old").read_bytes() == original

    return check


def still_holds(*texts: str) -> Callable[[Path, Run], None]:
    """A check: every one of ``texts`` is still in the todo file."""

    def check(sandbox: Path, result: Run) -> None:
        content = (sandbox / TODO_PATH).read_text(encoding="utf-8")
        assert all(text in content for text in texts), content[:500]

    return check


MIXED = (
    "---\ntitle: plan\n---\n\n# Plan \U0001f680\n\n\t- [ ] indented code  \n\n"
    "```\n- [ ] in a fence\n```\n\n<div>\n- [ ] in html\n</div>\n\n| a | b |\n|---|---|\n"
    "| x | y |\n\n> - [ ] quoted\n\n- [ ] first  \n- [ ] second\t\n"
).encode()
INVALID = b"- [ ] caf\xe9\n- [ ] b\n"
BIG = b"".join(b"- [ ] task %d of a long list\n" % n for n in range(60_000))

CASES: dict[str, Case] = {
    "content-crlf": Case(
        ("add", "c"),
        todo(b"- [ ] a\r\n- [ ] b\r\n"),
        check=becomes(b"- [ ] a\r\n- [ ] b\r\n- [ ] c\r\n"),
    ),
    "content-lone-cr": Case(
        ("add", "c"), todo(b"- [ ] a\r- [ ] b\r"), check=becomes(b"- [ ] a\r- [ ] b\r- [ ] c\r")
    ),
    "content-bom": Case(
        ("add", "b"),
        todo(b"\xef\xbb\xbf- [ ] a\n"),
        check=becomes(b"\xef\xbb\xbf- [ ] a\n- [ ] b\n"),
    ),
    "content-no-final-newline": Case(
        ("add", "c"), todo(b"- [ ] a\n- [ ] b"), check=becomes(b"- [ ] a\n- [ ] b\n- [ ] c")
    ),
    "content-mixed": Case(
        ("done", "second"),
        todo(MIXED),
        check=becomes(MIXED.replace(b"- [ ] second", b"- [x] second")),
    ),
    "content-nul": Case(
        ("add", "c"), todo(b"- [ ] a\x00b\n"), check=becomes(b"- [ ] a\x00b\n- [ ] c\n")
    ),
    "content-invalid-utf8-list": Case(("list",), todo(INVALID)),
    "content-invalid-utf8-edit": Case(("add", "x"), todo(INVALID)),
    "content-invalid-utf8-start": Case(("start", "x"), todo(INVALID)),
    "content-invalid-utf8-rotate": Case(("rotate",), todo(INVALID), check=archived_as(INVALID)),
    "content-empty": Case(("add", "a"), todo(b""), check=becomes(b"- [ ] a\n")),
    "content-missing": Case(("list",), {TODO_PATH: None}),
    "content-long-line": Case(
        ("done", "1"), todo(b"- [ ] " + b"word " * 20_000 + b"\n"), process=True
    ),
    "content-large": Case(("done", "1"), todo(BIG), process=True),
    "content-over-limit": Case(
        ("add", "x"),
        {**todo(BIG * 2), "repo/.claude/todokit.toml": b'max_file_size = "1 MiB"\n'},
    ),
    "content-deep-bullets": Case(
        ("start", "deep"),
        todo(b"- " * DEEP + b"[ ] deep\n"),
        process=True,
        check=still_holds("[ ] deep"),
    ),
    "content-deep-numbers": Case(
        ("scope", "deep"),
        todo(b"1. " * DEEP + b"[ ] deep\n"),
        process=True,
        check=still_holds("[ ] deep"),
    ),
    "content-deep-tabs": Case(
        ("start", "deep"),
        todo(b"-\t" * DEEP + b"[ ] deep\n"),
        process=True,
        check=still_holds("[ ] deep"),
    ),
    "content-deep-quotes": Case(
        ("start", "deep"), todo(b"> " * DEEP + b"- [ ] deep\n"), process=True
    ),
    "content-deep-lines": Case(
        ("start", "deep"),
        todo(b"".join(b"  " * depth + b"- [ ] level %d\n" % depth for depth in range(1_000))),
        process=True,
        check=still_holds("- [ ] level 999"),
    ),
    "content-open-fence": Case(
        ("scope", "login"),
        todo(b"# T\n\n- [ ] Fix login\n- [ ] Write docs\n```\n"),
        check=still_holds("- [ ] Fix login", "- [ ] Write docs", "```"),
    ),
}
