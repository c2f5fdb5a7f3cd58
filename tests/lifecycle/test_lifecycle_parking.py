"""keep and park: the agent's corrections, to the exact place, and their errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from lifecycle_support import make_project

from todokit.errors import TaskNotFoundError
from todokit.lifecycle import keep, park, scope_todo
from todokit.lifecycle.memory_file import homes_path, load_homes

LIST = "## API\n- [ ] fix login\n- [ ] rate limits\n- [ ] tokens\n\n## UI\n- [ ] dark mode\n"


def test_park_moves_a_task_and_keep_puts_it_back_where_it_was(tmp_path: Path) -> None:
    project = make_project(tmp_path, LIST)
    parked = park(project, ["rate limits"])
    assert [t.text for t in parked.arrangement.out_of_scope] == ["rate limits"]
    assert project.todo.path.read_text() == (
        "## API\n- [ ] fix login\n- [ ] tokens\n\n## UI\n- [ ] dark mode\n\n"
        "## Out of scope\n\n### API\n\n- [ ] rate limits\n"
    )
    assert homes_path(project.todo).is_file()
    kept = keep(project, ["rate limits"])
    assert [d.outcome for d in kept.arrangement.decisions if d.task.text == "rate limits"] == [
        "moved back"
    ]
    assert project.todo.path.read_text() == LIST
    assert not homes_path(project.todo).exists()  # nothing parked: no memory


def test_keep_brings_back_work_the_scorer_parked(tmp_path: Path) -> None:
    project = make_project(tmp_path, LIST)
    scope_todo(project, "login broken")
    text = project.todo.path.read_text()
    assert "## Out of scope" in text and "- [ ] dark mode" in text.split("## Out of scope")[1]
    keep(project, ["dark mode"])
    after = project.todo.path.read_text()
    assert "## UI\n- [ ] dark mode\n" in after.split("## Out of scope")[0]


def test_keep_of_a_sub_task_brings_its_whole_block(tmp_path: Path) -> None:
    project = make_project(tmp_path, "- [ ] a\n- [ ] epic\n  - [ ] step\n")
    park(project, ["epic"])
    keep(project, ["step"])
    assert project.todo.path.read_text() == "- [ ] a\n- [ ] epic\n  - [ ] step\n"


@pytest.mark.parametrize(
    ("verb", "ref", "message"),
    [
        (keep, "fix login", "is not parked"),
        (park, "nothing like this", "no task matches"),
        (keep, "99", "no task has index"),
    ],
)
def test_a_bad_ref_changes_nothing(tmp_path: Path, verb, ref: str, message: str) -> None:
    project = make_project(tmp_path, LIST)
    with pytest.raises(TaskNotFoundError, match=message):
        verb(project, [ref])
    assert project.todo.path.read_text() == LIST
    assert load_homes(project.todo) is None


def test_a_sub_task_cannot_be_parked_alone(tmp_path: Path) -> None:
    project = make_project(tmp_path, "- [ ] epic\n  - [ ] step\n")
    with pytest.raises(TaskNotFoundError, match="is part of 1"):
        park(project, ["step"])


def test_a_dry_run_writes_neither_the_list_nor_the_memory(tmp_path: Path) -> None:
    project = make_project(tmp_path, LIST)
    result = park(project, ["tokens"], dry_run=True)
    assert result.change.changed and not result.change.written
    assert project.todo.path.read_text() == LIST
    assert not homes_path(project.todo).exists()


def test_parking_twice_the_same_task_changes_nothing(tmp_path: Path) -> None:
    project = make_project(tmp_path, LIST)
    park(project, ["tokens"])
    written = project.todo.path.read_bytes()
    assert not park(project, ["tokens"]).change.changed
    assert project.todo.path.read_bytes() == written


def test_scope_a_b_a_gives_the_first_file_back(tmp_path: Path) -> None:
    project = make_project(tmp_path, LIST)
    first = scope_todo(project, "rate limits for the API").change.after
    scope_todo(project, "dark mode toggle")
    assert scope_todo(project, "rate limits for the API").change.after == first
