"""Mirroring agent tasks: all of a payload in one pass, matched by the documented rules."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from todokit.document import parse
from todokit.mirror import merge as mirror
from todokit.mirror.merge import merge, merge_todos
from todokit.mirror.todowrite import AgentTodo, todos_from_todowrite

TEXTS = ("fix login", "Fix  Login", "write docs", "add tests", "**bold** one", "ship it", "x")
STATUSES = ("pending", "in_progress", "completed", "deleted", "")


@st.composite
def documents(draw: st.DrawFn) -> str:
    """A todo list with sections (one may be "Out of scope"), nesting and ordered lists."""
    lines: list[str] = []
    for heading in draw(st.lists(st.sampled_from(["", "## Now", "## Out of scope"]), max_size=3)):
        if heading:
            lines += [heading, ""]
        bullet = draw(st.sampled_from(["-", "*", "1."]))
        for number in range(draw(st.integers(0, 4))):
            marker = f"{number + 1}." if bullet == "1." else bullet
            box = draw(st.sampled_from(["[ ]", "[x]", "[/]", "[-]"]))
            lines.append(f"{marker} {box} {draw(st.sampled_from(TEXTS))}")
            if draw(st.booleans()):
                lines.append(f"   - [ ] {draw(st.sampled_from(TEXTS))}")
        lines.append("")
    ending = draw(st.sampled_from(["\n", "\r\n"]))
    return ending.join(lines)


@st.composite
def payloads(draw: st.DrawFn) -> list[AgentTodo]:
    """Agent tasks with distinct texts, with or without ids, any status."""
    texts = draw(st.lists(st.sampled_from([*TEXTS, "new one", "new two", "new three"]), max_size=6))
    unique = list(dict.fromkeys(mirror.name_key(text) for text in texts))
    todos = []
    for number, text in enumerate(unique):
        status = draw(st.sampled_from(STATUSES))
        task_id = str(number + 1) if draw(st.booleans()) else None
        todos.append(AgentTodo(text, status, None, task_id, None))
    return todos


@given(documents(), payloads(), st.booleans())
def test_one_pass_equals_one_task_at_a_time(text: str, todos: list[AgentTodo], known: bool) -> None:
    doc = parse(text)
    remembered = {"1": doc.tasks[0].id} if known and doc.tasks else {}
    batch_ids, single_ids = dict(remembered), dict(remembered)
    batched = merge(doc, todos, batch_ids).document
    one_by_one = doc
    for todo in todos:
        one_by_one = merge(one_by_one, [todo], single_ids).document
    # One at a time, a task added above a parked section of a CRLF file may end in LF.
    assert batched.render().replace("\r\n", "\n") == one_by_one.render().replace("\r\n", "\n")
    if "\r\n" in text:
        assert all(line.endswith("\r\n") for line in batched.lines), "one ending for the file"
    if len({task.source_text for task in batched.tasks}) == len(batched.tasks):
        assert batch_ids == single_ids  # ids of duplicate texts depend on their order


def test_a_payload_is_applied_with_one_edit_batch(monkeypatch) -> None:
    calls = []
    real = mirror.apply_edits

    def counting(doc, edits):
        calls.append(len(list(edits)))
        return real(doc, edits)

    monkeypatch.setattr(mirror, "apply_edits", counting)
    payload = {"todos": [{"content": f"step {n}", "status": "pending"} for n in range(500)]}
    doc = merge_todos(parse("- [ ] step 3\n- [x] old\n"), todos_from_todowrite(payload), {})
    assert len(calls) == 1
    assert [t.text for t in doc.tasks][:3] == ["step 3", "old", "step 0"]
    assert len(doc.tasks) == 501


def test_new_tasks_are_written_like_their_neighbours() -> None:
    todos = [AgentTodo(t, "pending", None, None, None) for t in ("c", "d")]
    assert merge_todos(parse("1. [ ] a\r\n2. [x] b\r\n"), todos, {}).render() == (
        "1. [ ] a\r\n2. [x] b\r\n3. [ ] c\r\n4. [ ] d\r\n"
    )
    parked = "## Now\n\n- [ ] a\n\n## Out of scope\n\n- [ ] z\n"
    assert merge_todos(parse(parked), todos, {}).render() == (
        "## Now\n\n- [ ] a\n- [ ] c\n- [ ] d\n\n## Out of scope\n\n- [ ] z\n"
    )
    assert merge_todos(parse("Notes\n"), todos, {}).render() == "Notes\n\n- [ ] c\n- [ ] d\n"


def test_a_resent_list_changes_nothing_and_adds_no_duplicate() -> None:
    payload = {
        "todos": [
            {"content": "Write docs", "status": "completed"},
            {"content": "Add tests", "status": "in_progress"},
        ]
    }
    ids: dict[str, str] = {}
    first = merge(parse("- [ ] Write docs\n"), todos_from_todowrite(payload), ids)
    assert first.document.render() == "- [x] Write docs\n- [/] Add tests\n"
    assert first.added == {"text:add tests"}
    again = merge(first.document, todos_from_todowrite(payload), ids)
    assert again.document is first.document and again.added == frozenset()
    fresh = merge(first.document, todos_from_todowrite(payload), {})  # another session
    assert fresh.document.render() == first.document.render(), "finished work matched, unchanged"


def test_an_unknown_id_matches_only_unfinished_tasks() -> None:
    doc = parse("- [x] Fix login\n- [ ] Write docs\n")
    todos = [
        AgentTodo("Fix login", "in_progress", None, "1", None),
        AgentTodo("Write docs", "completed", None, "2", None),
    ]
    ids: dict[str, str] = {}
    merged = merge(doc, todos, ids)
    assert merged.document.render() == "- [x] Fix login\n- [x] Write docs\n- [/] Fix login\n"
    assert merged.added == {"1"}
    assert ids == {"1": merged.document.tasks[2].id, "2": merged.document.tasks[1].id}


def test_a_remembered_id_wins_over_the_text() -> None:
    doc = parse("- [x] Fix login\n- [ ] Fix login\n")
    ids = {"7": doc.tasks[0].id}
    merged = merge(doc, [AgentTodo("Fix login", "pending", None, "7", None)], ids)
    assert merged.document.render() == "- [ ] Fix login\n- [ ] Fix login\n"


def test_updates_without_text_or_status_and_deletions_of_unknown_tasks_add_nothing() -> None:
    doc = parse("- [ ] a\n")
    todos = [
        AgentTodo("", "completed", None, "9", None),
        AgentTodo("b", "deleted", None, "10", None),
        AgentTodo("c", "", None, "11", None),
        AgentTodo(" ", "pending", None, None, None),
    ]
    merged = merge(doc, todos, {})
    assert merged.document is doc and merged.added == frozenset()


def test_tasks_of_one_payload_meet_each_other() -> None:
    todos = [
        AgentTodo("a", "pending", None, "1", None),
        AgentTodo("a", "completed", None, "1", None),
        AgentTodo("b", "completed", None, "2", None),
        AgentTodo("B", "pending", None, "3", None),
    ]
    ids: dict[str, str] = {}
    doc = merge(parse(""), todos, ids).document
    assert doc.render() == "- [x] a\n- [x] b\n- [ ] B\n"
    assert ids["1"] == doc.tasks[0].id and ids["3"] == doc.tasks[2].id


def test_rendered_text_matches_too() -> None:
    doc = parse("- [ ] **Fix** `login`\n")
    merged = merge(doc, [AgentTodo("Fix login", "completed", None, None, None)], {})
    assert merged.document.render() == "- [x] **Fix** `login`\n"


def test_two_agent_tasks_with_one_subject_meet_in_one_payload() -> None:
    todos = [
        AgentTodo("c", "pending", None, "1", None),
        AgentTodo("c", "in_progress", None, "2", None),
    ]
    ids: dict[str, str] = {}
    doc = merge(parse("- [ ] a\n"), todos, ids).document
    assert doc.render() == "- [ ] a\n- [/] c\n"
    assert ids["1"] == ids["2"] == doc.tasks[1].id
