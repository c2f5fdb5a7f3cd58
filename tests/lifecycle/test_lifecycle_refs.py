"""Task references: index paths, ids, text fragments, and clear errors."""

from __future__ import annotations

from itertools import count
from pathlib import Path

import pytest
from lifecycle_support import make_project, snapshot

from todokit.document import parse
from todokit.document.identity import content_hash
from todokit.errors import TaskNotFoundError
from todokit.lifecycle.operations import complete
from todokit.lifecycle.refs import describe, resolve

DOC = parse(
    "- [ ] Fix login\n  - [ ] Add login test\n- [x] Write docs\n- plain\n  - [ ] nested under plain\n"
)


@pytest.mark.parametrize(
    ("ref", "text"),
    [
        ("1", "Fix login"),
        ("1.1", "Add login test"),
        ("3", "nested under plain"),
        (" docs ", "Write docs"),
        ("fix login", "Fix login"),
        ("ADD", "Add login test"),
        ("2.", "Write docs"),
        ("1.1.", "Add login test"),
    ],
)
def test_resolve(ref: str, text: str) -> None:
    assert resolve(DOC, ref).text == text


@pytest.mark.parametrize("ref", ["[x]", "[ ]", "- ["])
def test_a_fragment_matches_the_text_never_the_markdown_around_it(ref: str) -> None:
    with pytest.raises(TaskNotFoundError, match="no task matches"):
        resolve(DOC, ref)


def test_an_index_with_a_final_dot_is_an_index_never_a_fragment() -> None:
    doc = parse("- [ ] alpha\n- [ ] 1.2\n- [ ] 9.2\n")
    assert resolve(doc, "1.").text == "alpha"
    with pytest.raises(TaskNotFoundError, match=r"no task has index 9(\n|$)"):
        resolve(doc, "9.")


def test_resolve_by_id() -> None:
    for task in DOC.tasks:
        assert resolve(DOC, task.id) is task


def test_an_exact_text_beats_fragments() -> None:
    doc = parse("- [ ] login\n- [ ] login page\n")
    assert resolve(doc, "Login").raw == "- [ ] login"


def test_ambiguous_fragment_lists_the_candidates() -> None:
    with pytest.raises(TaskNotFoundError) as caught:
        resolve(DOC, "login")
    message = str(caught.value)
    assert "'login' matches 2 tasks" in message
    assert f"  1 [ ] Fix login ({DOC.tasks[0].id})" in message
    assert caught.value.candidates == (describe(DOC.tasks[0]), describe(DOC.tasks[1]))


def test_unknown_references_suggest_close_texts() -> None:
    with pytest.raises(TaskNotFoundError, match="no task has index 9"):
        resolve(DOC, "9")
    with pytest.raises(TaskNotFoundError) as caught:
        resolve(DOC, "Fix logn")
    assert "no task matches 'Fix logn'" in str(caught.value)
    assert caught.value.candidates == (describe(DOC.tasks[0]),)
    with pytest.raises(TaskNotFoundError, match="empty reference"):
        resolve(DOC, "  ")
    assert isinstance(caught.value, LookupError)


def test_an_id_made_only_of_digits_still_resolves() -> None:
    text = next(f"task {n}" for n in count() if content_hash(f"task {n}").isdigit())
    doc = parse(f"- [ ] {text}\n")
    assert resolve(doc, doc.tasks[0].id).text == text


def test_a_failed_reference_changes_nothing(tmp_path: Path) -> None:
    project = make_project(tmp_path, DOC.render())
    before = snapshot(tmp_path)
    for ref in ("login", "nothing like it", "7"):
        with pytest.raises(TaskNotFoundError):
            complete(project, ref)
    assert snapshot(tmp_path) == before
