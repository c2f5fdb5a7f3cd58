"""What the soak tests check after every kill, every contended run and every full disk.

A :class:`Ledger` records what the test asked for and what it is therefore
entitled to find: every task text it ever sent, which additions certainly
happened, which tasks are certainly finished or might be, and every content
the todo file was seen with. :meth:`Ledger.check` then proves the three
promises on the files as they are:

- nothing lost: every task certainly added and not finished is in todo.md;
  a finished one is in todo.md or in an archive;
- nothing torn: todo.md and every archive are strict UTF-8, and every task
  in them has a text the test sent (a half-written line would not);
- nothing duplicated: no task text appears twice in todo.md or in one
  archive, and (where the test saw every content todo.md had) every archive
  is byte for byte one of them.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from todokit.cli import main
from todokit.document import Document, parse

DAY = "2026-11-24"


def spawn(project: Path, argv: list[str], stdin: bytes = b"", errors: Path | None = None) -> int:
    """Run ``todokit ARGV`` in ``project`` in a child forked from this process; return its pid.

    The child has everything imported already, so an operation takes
    milliseconds. Its stdout is dropped; its stderr goes to ``errors``.
    """
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child is killed or exits before coverage saves
        code = 99
        try:
            os.chdir(project)
            os.environ["TODOKIT_TODAY"] = DAY
            sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
            sys.stdout = Path(os.devnull).open("w")  # noqa: SIM115 - the child exits
            sys.stderr = Path(errors or os.devnull).open("w")  # noqa: SIM115
            code = main(argv)
        finally:
            sys.stderr.flush()
            os._exit(code)
    return pid


def run_forked(project: Path, argv: list[str], stdin: bytes = b"") -> tuple[int, str]:
    """Run ``todokit ARGV`` in a forked child to its end; return its exit code and stderr."""
    handle, name = tempfile.mkstemp(prefix="todokit-stderr-")  # off the project's file system
    os.close(handle)
    errors = Path(name)
    _, status = os.waitpid(spawn(project, argv, stdin, errors), 0)
    message = errors.read_text()
    errors.unlink()
    return os.waitstatus_to_exitcode(status), message


def task_text(number: int, kind: str = "soak") -> str:
    """A task text whose number is a unique fragment (``n00012`` matches one task only)."""
    return f"{kind} n{number:05d} item"


def todowrite_event(project: Path, text: str, session: str) -> bytes:
    """A PostToolUse TodoWrite event adding ``text``."""
    todos = [{"content": text, "status": "pending", "activeForm": text}]
    return json.dumps(
        {
            "hook_event_name": "PostToolUse",
            "tool_name": "TodoWrite",
            "session_id": session,
            "cwd": str(project),
            "tool_input": {"todos": todos},
        }
    ).encode()


def prompt_event(project: Path, prompt: str, session: str) -> bytes:
    """The first UserPromptSubmit of a new session (which starts its task)."""
    event = {"hook_event_name": "UserPromptSubmit", "session_id": session, "prompt": prompt}
    return json.dumps({**event, "cwd": str(project)}).encode()


def digest(data: bytes) -> str:
    """The SHA-256 of a file's content, to recognise it later."""
    return hashlib.sha256(data).hexdigest()


def read_strict(path: Path) -> Document:
    """Parse a file that must be strict UTF-8 (raises UnicodeDecodeError when torn bytes show)."""
    return parse(path.read_bytes().decode("utf-8"))


@dataclass
class Ledger:
    """What the test sent and what it is therefore entitled to find."""

    project: Path
    initial: tuple[str, ...] = ()
    exact_archives: bool = True
    issued: set[str] = field(default_factory=set)
    open: set[str] = field(default_factory=set)
    maybe_finished: set[str] = field(default_factory=set)
    finished: set[str] = field(default_factory=set)
    states: set[str] = field(default_factory=set)
    checked_archives: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.issued.update(self.initial)
        self.open.update(self.initial)
        self.observe()

    @property
    def claude(self) -> Path:
        """The project's ``.claude`` directory."""
        return self.project / ".claude"

    def observe(self) -> None:
        """Remember the todo file's current content (an archive may later copy it)."""
        todo = self.claude / "todo.md"
        if todo.exists():
            self.states.add(digest(todo.read_bytes()))

    def added(self, text: str, *, certain: bool) -> None:
        """Record an addition of ``text``: certain when its command succeeded."""
        self.issued.add(text)
        if certain:
            self.open.add(text)

    def marked_done(self, text: str, *, certain: bool) -> None:
        """Record that ``text`` was (certainly, or perhaps) marked done."""
        self.open.discard(text)
        (self.finished if certain else self.maybe_finished).add(text)

    def check(self, *, no_leftovers: bool) -> None:
        """Prove that nothing was lost, torn or duplicated; raise AssertionError if not."""
        doc = read_strict(self.claude / "todo.md")
        texts = Counter(task.text for task in doc.tasks)
        assert set(texts) <= self.issued, f"torn or foreign tasks: {set(texts) - self.issued}"
        duplicated = [text for text, count in texts.items() if count > 1]
        assert not duplicated, f"duplicated: {duplicated}"
        missing = self.open - set(texts)
        assert not missing, f"lost: {sorted(missing)}"
        for task in doc.tasks:
            if task.text in self.finished:
                assert task.status is not None and task.status.finished, task.text
        archived = self._check_new_archives()
        for text in self.finished | self.maybe_finished:
            if text not in texts:
                assert text in archived or self._in_any_archive(text), f"lost finished: {text}"
        if no_leftovers:
            assert not list(self.claude.glob(".todo.md.*.tmp")), "temp files left behind"
        self.observe()

    def _check_new_archives(self) -> set[str]:
        """Check archives not seen before; return the task texts they hold."""
        texts: set[str] = set()
        for archive in sorted(self.claude.glob("todo-*.old")):
            if archive.name in self.checked_archives:
                continue
            data = archive.read_bytes()
            if self.exact_archives:  # only a test that saw every content can tell
                assert digest(data) in self.states, f"{archive.name} is no content todo.md had"
            tasks = [task.text for task in read_strict(archive).tasks]
            assert set(tasks) <= self.issued, archive.name
            assert len(tasks) == len(set(tasks)), f"duplicated in {archive.name}"
            texts.update(tasks)
            self.checked_archives.add(archive.name)
        return texts

    def _in_any_archive(self, text: str) -> bool:
        line = f"] {text}"
        return any(line in archive.read_text() for archive in self.claude.glob("todo-*.old"))
