"""Items, tasks, ids and index paths of a parsed document."""

from __future__ import annotations

from doc_strategies import documents
from hypothesis import given
from hypothesis import strategies as st

from todokit.document import Document, Status, parse
from todokit.document.identity import ID_LENGTH, content_hash, folded_hash
from todokit.document.lines import split_lines

TEXT = """# Plan
- group
  - [ ] **first** task
    more text
  - [x] second
    - [/] grandchild
> - [-] quoted

## Later
1. [ ] later
2. [ ] later
"""


def test_item_properties() -> None:
    doc = parse(TEXT)
    group, first, second, grandchild, quoted, later, again = doc.items
    assert doc.tasks == (first, second, grandchild, quoted, later, again)
    assert (group.is_task, group.status, group.marker, group.index) == (False, None, None, "")
    assert (first.number, first.start, first.end, first.line) == (1, 2, 4, 3)
    assert (first.raw, first.source_text, first.text) == (
        "  - [ ] **first** task",
        "**first** task",
        "first task",
    )
    assert (first.marker, first.status, first.checked) == (" ", Status.OPEN, False)
    assert (second.checked, grandchild.status, quoted.status) == (
        True,
        Status.IN_PROGRESS,
        Status.CANCELLED,
    )
    assert (first.depth, grandchild.depth, first.marker_column, first.content_column) == (
        1,
        2,
        2,
        4,
    )
    assert (quoted.quoted, first.quoted) == (True, False)
    assert first.parent == group and first.parent is not group  # a new view of the same item
    assert group.parent is None
    assert group.children == (first, second)
    assert second.children == (grandchild,)
    assert first.children == ()
    assert (first.task_parent, grandchild.task_parent) == (None, second)
    assert [i.section for i in doc.items] == ["Plan"] * 5 + ["Later"] * 2
    assert first.list_id == second.list_id != group.list_id
    assert later.list_id == again.list_id
    assert first.lines == doc.lines[2:4] and first.heading_path == ("Plan",)
    assert first not in (second, "x")
    assert {*group.children, first, second} == {first, second}
    assert doc.children_of(group)[0] is first  # the document's own views
    assert repr(first) == "<Item line 3: '- [ ] **first** task'>"


def test_index_paths_skip_plain_items() -> None:
    doc = parse(TEXT)
    assert [t.index for t in doc.tasks] == ["1", "2", "2.1", "3", "4", "5"]


def test_a_task_under_a_plain_item_is_indexed_under_the_nearest_task() -> None:
    doc = parse("- [ ] a\n  - [ ] b\n  - plain\n    - [ ] c\n- [ ] d\n")
    a, b, plain, c, d = doc.items
    assert [t.index for t in doc.tasks] == ["1", "1.1", "1.2", "2"]
    assert (c.parent, c.task_parent) == (plain, a)
    assert a.children == (b, plain)
    assert (plain.index, d.task_parent) == ("", None)


def test_a_checkbox_needs_a_space_a_tab_or_the_line_end_after_it() -> None:
    doc = parse("- [ ]\n- [x]done\n- [ ]\tgo\n")
    assert [(i.line, i.status, i.text) for i in doc.items] == [
        (1, Status.OPEN, ""),
        (2, None, "[x]done"),
        (3, Status.OPEN, "go"),
    ]


def test_ids_are_content_hashes_made_unique() -> None:
    doc = parse(TEXT)
    later, again = doc.tasks[-2:]
    assert later.id == content_hash("later")
    assert again.id == later.id + "-2"
    assert len(later.id) == ID_LENGTH
    assert int(later.id, 16) >= 0


def test_an_id_ignores_status_and_position() -> None:
    one = parse("- [ ] Ship  it\n")
    other = parse("# Title\n\n* [x] Ship it\n")
    assert one.tasks[0].id == other.tasks[0].id


def test_item_text_on_the_line_after_an_empty_marker() -> None:
    (task,) = parse("-\n  [x] done later\n").tasks
    assert (task.line, task.source_text, task.text, task.checked) == (
        1,
        "done later",
        "done later",
        True,
    )


def test_document_properties() -> None:
    doc = parse("\ufeff# A\r\n- [ ] a\r\n- [ ] b\n")
    assert doc.has_bom
    assert doc.newline == "\r\n"
    assert doc.content(0) == "# A"
    assert doc.content(1) == "- [ ] a"
    assert [h.text for h in doc.headings] == ["A"]
    assert Document(doc.lines).render() == doc.render()


def test_an_empty_document() -> None:
    doc = parse("")
    assert (doc.lines, doc.items, doc.tasks, doc.headings, doc.has_bom) == ((), (), (), (), False)
    assert doc.newline == "\n"
    assert doc.render() == ""


@given(documents())
def test_ids_are_unique_and_indexes_name_tasks(text: str) -> None:
    doc = parse(text)
    ids = [item.id for item in doc.items]
    assert len(set(ids)) == len(ids)
    indexes = [task.index for task in doc.tasks]
    assert len(set(indexes)) == len(indexes)
    assert all(index for index in indexes)
    assert all(item.index == "" for item in doc.items if not item.is_task)


@given(documents())
def test_item_spans_nest(text: str) -> None:
    doc = parse(text)
    for item in doc.items:
        assert item.start < item.end <= len(doc.lines)
        parent = item.parent
        if parent is not None:
            assert parent.start < item.start
            assert item.end <= parent.end
            assert item.depth == parent.depth + 1
            assert item in parent.children
        else:
            assert item.depth == 0


@given(st.text(alphabet=" \t\n\r\x0b\x0c\x1c\x85\u2028\u3000ab\udcff\ud83d", max_size=40))
def test_a_hash_over_lines_is_the_hash_of_their_text(text: str) -> None:
    # A whole document is hashed line by line (parking's memory of what it wrote); it must
    # equal the hash of the joined text, or memories written before would stop matching.
    assert folded_hash(split_lines(text)) == content_hash(text)


def test_a_hash_of_pieces_never_joins_words_across_them() -> None:
    assert folded_hash(["Ship\n", "it"]) == content_hash("Ship it") != content_hash("Shipit")
    assert folded_hash([]) == content_hash("") == folded_hash(["  \n", "\t"])
