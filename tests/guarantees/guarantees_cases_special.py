"""Cases of the page's "Special files and symlinks" rows: what the todo file and its neighbours are."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from guarantees_run import Case, Run, directory, fifo, link, steps, unix_socket

CLAUDE = "repo/.claude"
TODO_PATH = f"{CLAUDE}/todo.md"
BASHRC = b"export PATH=/usr/local/bin:$PATH\n- [ ] not yours\n"
OUTSIDE = {"out/bashrc": BASHRC}


def sparse(name: str, size: int) -> Callable[[Path], None]:
    """A setup making ``name`` a sparse file of ``size`` bytes."""

    def make(sandbox: Path) -> None:
        with (sandbox / name).open("wb") as handle:
            handle.truncate(size)

    return make


def lists(sandbox: Path, result: Run) -> None:
    """A check: the linked file's task was listed, and it is unchanged."""
    assert "not yours" in result.out
    assert (sandbox / "out/bashrc").read_bytes() == BASHRC


def written_through(sandbox: Path, result: Run) -> None:
    """A check: the link stays a link and its target inside the project got the task."""
    assert (sandbox / TODO_PATH).is_symlink()
    assert (sandbox / "repo/docs/todo.md").read_bytes() == b"- [ ] a\n- [ ] b\n"


def recreated(sandbox: Path, result: Run) -> None:
    """A check: a link to a file not made yet now leads to the new list."""
    assert (sandbox / TODO_PATH).is_symlink()
    assert (sandbox / "repo/docs/todo.md").read_bytes() == b"- [ ] b\n"


def elsewhere(sandbox: Path, result: Run) -> None:
    """A check: ``--file`` wrote the file it names, outside any project."""
    assert (sandbox / "out/list.md").read_bytes() == b"- [ ] a\n- [ ] b\n"


OUT_LINK = link(TODO_PATH, "../../out/bashrc")
LOOP = steps(link(TODO_PATH, "loop.md"), link(f"{CLAUDE}/loop.md", "todo.md"))
INSIDE = {"repo/docs/todo.md": b"- [ ] a\n"}

CASES: dict[str, Case] = {
    "special-fifo-list": Case(("list",), setup=fifo(TODO_PATH), process=True),
    "special-fifo-edit": Case(("add", "x"), setup=fifo(TODO_PATH), process=True),
    "special-fifo-rotate": Case(("rotate",), setup=fifo(TODO_PATH), process=True),
    "special-fifo-hook": Case(
        ("hook",),
        setup=fifo(TODO_PATH),
        stdin=lambda s: b'{"hook_event_name": "SessionStart", "cwd": "%s"}' % bytes(s / "repo"),
        process=True,
    ),
    "special-dev-zero-list": Case(("list",), setup=link(TODO_PATH, "/dev/zero"), process=True),
    "special-dev-zero-edit": Case(("add", "x"), setup=link(TODO_PATH, "/dev/zero"), process=True),
    "special-socket": Case(("list",), setup=unix_socket(TODO_PATH), process=True),
    "special-directory": Case(("add", "x"), setup=directory(TODO_PATH)),
    "special-claude-file": Case(
        ("add", "x"),
        {TODO_PATH: None},
        setup=steps(lambda s: (s / CLAUDE).rmdir(), sparse(CLAUDE, 0)),
    ),
    "special-over-default-limit": Case(
        ("list",), {TODO_PATH: None}, setup=sparse(TODO_PATH, 65 * 1024 * 1024), process=True
    ),
    "special-config-fifo": Case(("add", "x"), setup=fifo(f"{CLAUDE}/todokit.toml"), process=True),
    "special-import-fifo": Case(("import", "in.json"), setup=fifo("repo/in.json"), process=True),
    "special-import-over-limit": Case(
        ("import", "in.json"),
        {
            "repo/in.json": b'{"todos": []}' + b" " * 2_000_000,
            f"{CLAUDE}/todokit.toml": b'max_file_size = "1 MiB"\n',
        },
    ),
    "special-archive-fifo": Case(("history",), setup=fifo(f"{CLAUDE}/todo-2026-01-02.old")),
    "special-link-inside": Case(
        ("add", "b"),
        INSIDE,
        setup=link(TODO_PATH, "../docs/todo.md"),
        check=written_through,
    ),
    "special-link-to-nothing": Case(
        ("add", "b"),
        {"repo/docs/keep": b""},
        setup=link(TODO_PATH, "../docs/todo.md"),
        check=recreated,
    ),
    "special-link-outside-list": Case(("list",), OUTSIDE, setup=OUT_LINK, check=lists),
    "special-link-outside-add": Case(("add", "x"), OUTSIDE, setup=OUT_LINK),
    "special-link-outside-start": Case(("start", "x"), OUTSIDE, setup=OUT_LINK),
    "special-link-outside-rotate": Case(("rotate",), OUTSIDE, setup=OUT_LINK),
    "special-link-outside-hook": Case(
        ("hook",),
        OUTSIDE,
        setup=OUT_LINK,
        stdin=lambda s: (
            b'{"hook_event_name": "UserPromptSubmit", "session_id": "s",'
            b' "prompt": "Fix login", "cwd": "%s"}' % bytes(s / "repo")
        ),
        process=True,
    ),
    "special-claude-link-outside": Case(
        ("add", "x"),
        {TODO_PATH: None, "out/todo.md": b"- [ ] a\n"},
        setup=steps(lambda s: (s / CLAUDE).rmdir(), link(CLAUDE, "../out")),
    ),
    "special-lock-link-outside": Case(
        ("add", "x"), OUTSIDE, setup=link(f"{CLAUDE}/todo.md.lock", "../../out/bashrc")
    ),
    "special-memory-link-outside": Case(
        ("scope", "login"), OUTSIDE, setup=link(f"{CLAUDE}/todo.md.parked.json", "../../out/bashrc")
    ),
    "special-loop-todo": Case(("list",), setup=LOOP),
    "special-loop-claude": Case(
        ("list",),
        {TODO_PATH: None},
        setup=steps(lambda s: (s / CLAUDE).rmdir(), link(CLAUDE, ".claude")),
    ),
    "special-file-option": Case(
        ("add", "b", "--file", "../out/list.md"), {"out/list.md": b"- [ ] a\n"}, check=elsewhere
    ),
}
