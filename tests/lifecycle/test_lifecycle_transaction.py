"""modify(), read_document() and Change: locked, minimal, and honest about what happened."""

from __future__ import annotations

from pathlib import Path

import pytest
from lifecycle_support import OLD_MTIME_NS, make_project

from todokit.document import Document
from todokit.errors import InvalidInputError
from todokit.files.project import TodoFile
from todokit.lifecycle.reading import read_document
from todokit.lifecycle.transaction import Change, modify, write_text


def test_diff_of_a_change() -> None:
    change = Change(Path("/p/.claude/todo.md"), "- [ ] a\n- [ ] b", "- [x] a\n- [ ] b", True)
    assert change.changed
    assert change.diff() == (
        "--- a/todo.md\n+++ b/todo.md\n@@ -1,2 +1,2 @@\n-- [ ] a\n+- [x] a\n - [ ] b\n"
    )


def test_diff_of_a_new_file_and_of_no_change() -> None:
    new = Change(Path("todo.md"), None, "- [ ] a\n", False)
    assert new.diff() == "--- /dev/null\n+++ b/todo.md\n@@ -0,0 +1 @@\n+- [ ] a\n"
    same = Change(Path("todo.md"), "x\n", "x\n", False)
    assert (same.changed, same.diff()) == (False, "")


def test_modify_writes_and_passes_the_value_back(tmp_path: Path) -> None:
    todo = TodoFile(tmp_path / "deep" / "todo.md")
    seen: list[Document | None] = []

    def operation(doc: Document | None) -> tuple[str, int]:
        seen.append(doc)
        return "- [ ] a\n", 7

    change, value = modify(todo, operation, lock_timeout=1)
    assert (value, seen, change.written) == (7, [None], True)
    assert todo.path.read_text() == "- [ ] a\n"


def test_modify_skips_the_write_when_the_text_is_the_same(tmp_path: Path) -> None:
    project = make_project(tmp_path, "- [ ] a\n")
    change, _ = modify(
        project.todo, lambda doc: (doc.render() if doc else "", None), lock_timeout=1
    )
    assert (change.changed, change.written) == (False, False)
    assert project.todo.path.stat().st_mtime_ns == OLD_MTIME_NS


def test_modify_dry_run_takes_no_lock_and_writes_nothing(tmp_path: Path) -> None:
    project = make_project(tmp_path, "- [ ] a\n")
    change, _ = modify(project.todo, lambda doc: ("other\n", None), lock_timeout=1, dry_run=True)
    assert (change.before, change.after, change.written) == ("- [ ] a\n", "other\n", False)
    assert not project.todo.lock_path.exists()
    assert project.todo.path.read_text() == "- [ ] a\n"


def test_modify_refuses_invalid_utf8_and_removes_leftovers(tmp_path: Path) -> None:
    project = make_project(tmp_path, b"\xff\n")
    leftover = tmp_path / ".claude" / ".todo.md.a1b2c3d4.tmp"
    leftover.write_bytes(b"partial")
    with pytest.raises(InvalidInputError, match="not valid UTF-8"):
        modify(project.todo, lambda doc: ("x\n", None), lock_timeout=1)
    assert not leftover.exists()
    assert project.todo.path.read_bytes() == b"\xff\n"


def test_read_document(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    assert read_document(project.todo) is None
    project.todo.path.write_bytes(b"- [ ] caf\xe9\n")
    with pytest.raises(InvalidInputError):
        read_document(project.todo)
    lenient = read_document(project.todo, strict=False)
    assert lenient is not None
    assert lenient.tasks[0].raw == "- [ ] caf\udce9"


def test_writes_go_through_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("- [ ] a\n")
    (tmp_path / ".claude").mkdir()
    link = tmp_path / ".claude" / "todo.md"
    link.symlink_to(real)
    write_text(TodoFile(link), "- [x] a\n")
    assert link.is_symlink()
    assert real.read_text() == "- [x] a\n"


def test_an_unwritable_directory_is_invalid_input(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(InvalidInputError, match="cannot create"):
        modify(TodoFile(blocker / ".claude" / "todo.md"), lambda d: ("x", None), lock_timeout=1)
