"""arrange(), sort_todo(), scope_todo(), plug-in scorers and the JSON of a task."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from lifecycle_support import make_project, word_scorer

from todokit.arrange.arrangement import ScopeOptions, arrange
from todokit.cli.ordering import explain_lines
from todokit.document import parse
from todokit.errors import TaskNotFoundError, UsageError
from todokit.files.config import Config
from todokit.lifecycle.ordering import scope_todo, sort_todo
from todokit.lifecycle.plugins import load_scorer
from todokit.lifecycle.serialize import task_json

WORDS = ScopeOptions(word_scorer, 0.5)
LIST = (
    "## API\n- [ ] login form\n  - [ ] unrelated child\n- [ ] theme\n- [/] busy\n"
    "- [x] done login\n\n## Out of scope\n\n### API\n\n- [ ] login retry\n- [ ] logo\n"
)


def outcomes(text: str, task: str, options: ScopeOptions = WORDS) -> dict[str, str]:
    _new, arrangement = arrange(parse(text), task, options)
    return {d.task.text: d.outcome for d in arrangement.decisions}


def test_every_unfinished_task_gets_an_outcome() -> None:
    assert outcomes(LIST, "login") == {
        "login form": "in scope",
        "unrelated child": "out of scope (in place)",
        "busy": "in scope",
        "login retry": "moved back",
        "theme": "parked",
        "logo": "out of scope",
    }


def test_arrange_parks_without_reordering_what_it_leaves() -> None:
    text, arrangement = arrange(parse(LIST), "login", WORDS)
    assert text == (
        "## API\n- [ ] login form\n  - [ ] unrelated child\n- [/] busy\n- [x] done login\n"
        "- [ ] login retry\n\n## Out of scope\n\n### API\n\n- [ ] theme\n- [ ] logo\n"
    )
    assert arrangement.document is not None
    assert arrangement.document.render() == text
    assert [t.text for t in arrangement.in_scope] == ["login form", "busy", "login retry"]
    login_form = next(t for t in arrangement.document.tasks if t.text == "login form")
    assert arrangement.scores[login_form.id] == 1.0


def test_a_start_also_sorts_its_home_first() -> None:
    text, _ = arrange(parse(LIST), "login", WORDS, sort=True)
    assert text == (
        "## API\n- [/] busy\n- [ ] login form\n  - [ ] unrelated child\n- [ ] login retry\n"
        "- [x] done login\n\n## Out of scope\n\n### API\n\n- [ ] theme\n- [ ] logo\n"
    )


def test_the_header_names_the_task_in_one_line() -> None:
    header = "<!-- todokit:header -->\n**Task:** old\nStarted 2026-11-24, a new task list.\n"
    prompt = "Fix the login. Details:\n```\nTraceback\n```"
    text, arrangement = arrange(
        parse(header + "<!-- /todokit:header -->\n\n- [ ] login\n"), prompt, WORDS
    )
    assert text.splitlines()[1] == "**Task:** Fix the login."
    assert arrangement.task == "Fix the login."


def test_a_task_sharing_a_ticket_id_with_work_in_progress_stays() -> None:
    text = "- [/] DE-311 fix the importer\n- [ ] Add a test for DE-311\n- [ ] logo\n"
    assert outcomes(text, "zzz") == {
        "DE-311 fix the importer": "in scope",
        "Add a test for DE-311": "in scope",
        "logo": "parked",
    }


def test_keep_priority_holds_important_work_in_scope() -> None:
    text = "- [ ] fix crash ⏫\n- [ ] tidy up\n"
    assert outcomes(text, "zzz", ScopeOptions(word_scorer, 0.5, keep_priority=1)) == {
        "fix crash ⏫": "in scope",
        "tidy up": "parked",
    }


def test_options_from_configuration() -> None:
    options = ScopeOptions.from_config(Config(threshold=0.4, keep_priority="medium"))
    assert (options.scorer, options.threshold, options.keep_priority) == (None, 0.4, 2)
    assert ScopeOptions.from_config(Config()) == ScopeOptions()


def test_a_scorer_answering_the_wrong_number_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="2 scores for 1 items"):
        arrange(
            parse("- [ ] a\n"),
            "a",
            ScopeOptions(lambda task, items: [*word_scorer(task, items)] * 2),
        )


def test_a_scorer_that_fails_is_a_usage_error_that_names_it() -> None:
    # A plug-in that raised, or answered something that is no Score, was an internal error.
    def broken(task: str, items: object) -> list[object]:
        raise ValueError("no model")

    for scorer, message in [
        (broken, "the scorer test_a_scorer_that_fails_is_a_usage_error_that_names_it.<locals>"),
        (lambda task, items: [1.0], "failed: AttributeError:"),
        (lambda task, items: None, "failed: TypeError:"),
    ]:
        with pytest.raises(UsageError, match=re.escape(message)):
            arrange(parse("- [ ] a\n"), "a", ScopeOptions(scorer))


def test_explain_lines() -> None:
    _text, arrangement = arrange(parse("- [ ] login\n- [ ] theme\n"), "login", WORDS)
    labels = ["highest", "high", "medium", "none", "low", "lowest"]
    assert explain_lines(arrangement, labels) == [
        " 1.00  in scope                 none     login  [login]",
        " 0.00  parked                   none     theme  [login]",
    ]


def test_sort_todo_writes_only_when_the_order_changes(tmp_path: Path) -> None:
    project = make_project(tmp_path, "- [ ] a\n- [/] b\n")
    assert sort_todo(project, dry_run=True).document.render() == "- [/] b\n- [ ] a\n"
    assert project.todo.path.read_text() == "- [ ] a\n- [/] b\n"
    result = sort_todo(project)
    assert result.change.written
    assert project.todo.path.read_text() == "- [/] b\n- [ ] a\n"
    assert not sort_todo(project).change.written


def test_sort_todo_by_relevance(tmp_path: Path) -> None:
    project = make_project(tmp_path, "- [ ] theme\n- [ ] login\n")
    result = sort_todo(project, "login", options=WORDS)
    assert project.todo.path.read_text() == "- [ ] login\n- [ ] theme\n"
    assert sorted(result.arrangement.scores.values()) == [0.0, 1.0]


def test_scope_todo_then_again_changes_nothing(tmp_path: Path) -> None:
    project = make_project(tmp_path, LIST)
    first = scope_todo(project, "login", options=WORDS)
    assert first.change.written
    written = project.todo.path.read_bytes()
    second = scope_todo(project, "login", options=WORDS)
    assert (second.change.changed, project.todo.path.read_bytes()) == (False, written)


def test_ordering_needs_a_file(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    with pytest.raises(TaskNotFoundError):
        sort_todo(project)
    with pytest.raises(TaskNotFoundError):
        scope_todo(project, "x")
    assert not project.todo.path.exists()


def test_load_scorer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "my_scorers.py").write_text(
        "def everything(task, items):\n    return []\nvalue = 3\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    assert getattr(load_scorer("my_scorers:everything"), "__name__", None) == "everything"
    for spec, message in [
        ("no_colon", "MODULE:FUNCTION"),
        (":x", "MODULE:FUNCTION"),
        ("no_such_module_xyz:f", "cannot import"),
        ("my_scorers:value", "not a callable"),
        ("my_scorers:missing", "not a callable"),
    ]:
        with pytest.raises(UsageError, match=message):
            load_scorer(spec)
    sys.modules.pop("my_scorers", None)


def test_task_json() -> None:
    doc = parse("# Plan\n## High priority\n- [ ] parent\n  - [x] child due:2026-03-01\n")
    child = doc.tasks[1]
    data = task_json(child, score=0.123456)
    assert data == {
        "id": child.id,
        "index": "1.1",
        "line": 4,
        "depth": 1,
        "parent": doc.tasks[0].id,
        "status": "done",
        "marker": "x",
        "checked": True,
        "text": "child due:2026-03-01",
        "raw": "  - [x] child due:2026-03-01",
        "section": "High priority",
        "priority": {"rank": 1, "label": "high", "source": "heading"},
        "due": "2026-03-01",
        "score": 0.1235,
    }
    assert child.heading_path == ("Plan", "High priority")
    assert "score" not in task_json(doc.tasks[0])
