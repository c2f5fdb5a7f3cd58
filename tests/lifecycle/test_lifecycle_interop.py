"""TodoWrite import and export through the todo file, and the project's checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from lifecycle_support import make_project, snapshot

from todokit.errors import InvalidInputError
from todokit.lifecycle.interop import export_todowrite, import_todowrite, run_project_checks

PAYLOAD = {
    "todos": [
        {"content": "Fix login", "status": "completed", "activeForm": "Fixing login"},
        {"content": "Add tests", "status": "in_progress", "activeForm": "Adding tests"},
        {"content": "Write docs", "status": "pending", "activeForm": "Writing docs"},
    ]
}


def test_import_merges_and_keeps_everything_already_there(tmp_path: Path) -> None:
    project = make_project(tmp_path, "## Now\n- [ ] fix login\n- [ ] keep me\n")
    change = import_todowrite(project, PAYLOAD)
    assert change.written
    assert project.todo.path.read_text() == (
        "## Now\n- [x] fix login\n- [ ] keep me\n- [/] Add tests\n- [ ] Write docs\n"
    )


def test_export_then_import_is_a_round_trip(tmp_path: Path) -> None:
    source = make_project(tmp_path / "a", "- [ ] one\n- [/] two\n- [x] three\n- [-] four\n")
    exported = export_todowrite(source)
    assert exported == {
        "todos": [
            {"content": "one", "status": "pending", "activeForm": "one"},
            {"content": "two", "status": "in_progress", "activeForm": "two"},
            {"content": "three", "status": "completed", "activeForm": "three"},
            {"content": "four", "status": "completed", "activeForm": "four"},
        ]
    }
    target = make_project(tmp_path / "b")
    import_todowrite(target, exported)
    assert export_todowrite(target) == exported
    assert not import_todowrite(target, exported).written


def test_import_dry_run_and_older_payload_shape(tmp_path: Path) -> None:
    project = make_project(tmp_path, "- [ ] a\n")
    before = snapshot(tmp_path)
    legacy = [{"content": "b", "status": "pending", "priority": "high", "id": "1"}]
    change = import_todowrite(project, legacy, dry_run=True)
    assert change.after == "- [ ] a\n- [ ] b\n"
    assert snapshot(tmp_path) == before


def test_import_refuses_a_payload_that_is_no_todo_list(tmp_path: Path) -> None:
    project = make_project(tmp_path, "- [ ] a\n")
    with pytest.raises(InvalidInputError):
        import_todowrite(project, {"todos": "nope"})
    assert project.todo.path.read_text() == "- [ ] a\n"


def test_export_of_a_missing_or_non_utf8_file(tmp_path: Path) -> None:
    assert export_todowrite(make_project(tmp_path / "none")) == {"todos": []}
    odd = make_project(tmp_path / "odd", b"- [ ] caf\xe9\n")
    assert export_todowrite(odd)["todos"][0]["status"] == "pending"


def test_run_project_checks_from_the_root(tmp_path: Path) -> None:
    config = '[[checks]]\nname = "here"\nrun = "test -d .claude"\n'
    started: list[str] = []
    report = run_project_checks(
        make_project(tmp_path, config=config), on_start=lambda spec: started.append(spec.name)
    )
    assert report.passed
    assert started == ["here"]
