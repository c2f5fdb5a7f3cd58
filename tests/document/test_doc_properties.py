"""Properties of edits: minimal, stable, order-independent.

They run over generated documents and, where line endings matter, over line
soup too: lines in any order ending in any mix of LF, CRLF and lone CR.
"""

from __future__ import annotations

from collections import Counter
from functools import reduce

from doc_strategies import documents, line_soup
from hypothesis import assume, given
from hypothesis import strategies as st

from todokit.document import Document, Item, Status, parse
from todokit.document.edits import Edit, apply_edits, move, remove, set_status, status_edit
from todokit.document.insert import insert_task
from todokit.document.lines import BOM, line_ending
from todokit.errors import InvalidInputError

STATUSES = st.sampled_from([*Status, "x", "X", " ", "/", "~", "a"])
TEXTS = st.one_of(documents(), line_soup())


def contents(doc: Document) -> Counter[str]:
    return Counter(doc.content(index) for index in range(len(doc.lines)))


def with_final_style(lines: list[str], original: Document) -> list[str]:
    """``lines`` with the last one ending as the original's last line did."""
    if lines and original.lines and not line_ending(original.lines[-1]):
        lines[-1] = lines[-1].rstrip("\r\n")
    return lines


@given(TEXTS, st.data())
def test_set_status_changes_one_character_and_no_id(text: str, data: st.DataObject) -> None:
    doc = parse(text)
    assume(doc.tasks)
    task = data.draw(st.sampled_from(doc.tasks))
    status = data.draw(STATUSES)
    after = set_status(doc, task, status).render()
    assert len(after) == len(text)
    assert sum(a != b for a, b in zip(after, text, strict=True)) <= 1
    edited = parse(after)
    assert [i.id for i in edited.items] == [i.id for i in doc.items]
    assert [(i.start, i.depth) for i in edited.items] == [(i.start, i.depth) for i in doc.items]


@given(TEXTS, st.data())
def test_remove_deletes_exactly_the_item_lines(text: str, data: st.DataObject) -> None:
    doc = parse(text)
    assume(doc.items)
    item = data.draw(st.sampled_from(doc.items))
    expected = with_final_style([*doc.lines[: item.start], *doc.lines[item.end :]], doc)
    try:
        removed = remove(doc, item)
    except InvalidInputError:  # the lines after it would mean something else: it refuses
        left = [*doc.lines[: item.start], *doc.lines[item.end :]]
        assert [t.raw for t in parse("".join(left)).tasks] != [
            t.raw for t in doc.tasks if not item.start <= t.start < item.end
        ]
        return
    assert list(removed.lines) == expected


def peers(a: Item, b: Item) -> bool:
    """Siblings in one list, or unquoted top-level items of two lists, at one column."""
    top_level = a.depth == b.depth == 0 and not (a.quoted or b.quoted)
    return (
        a is not b and a.marker_column == b.marker_column and (a.list_id == b.list_id or top_level)
    )


@given(TEXTS, st.data())
def test_moving_an_item_among_its_peers_permutes_lines_and_keeps_ids(
    text: str, data: st.DataObject
) -> None:
    doc = parse(text)
    pairs = [(a, b) for a in doc.items for b in doc.items if peers(a, b)]
    assume(pairs)
    item, target = data.draw(st.sampled_from(pairs))
    moved = move(doc, item, target, data.draw(st.sampled_from(["before", "after"])))
    assert contents(moved) == contents(doc)
    texts = sorted(i.source_text for i in doc.items)
    # The same lines may make other items elsewhere (an empty item or a "2." after
    # a paragraph, a line that now follows another item); sorting refuses those.
    # Where they make the same items, an id does not depend on where its item is.
    if sorted(i.source_text for i in moved.items) == texts:
        assert sorted(i.id for i in moved.items) == sorted(i.id for i in doc.items)
        if texts.count(item.source_text) == 1:
            (same,) = [i for i in moved.items if i.source_text == item.source_text]
            assert same.id == item.id


@given(TEXTS, st.data())
def test_a_batch_equals_the_same_edits_one_by_one(text: str, data: st.DataObject) -> None:
    doc = parse(text)
    size = len(doc.lines)
    cuts = sorted(data.draw(st.sets(st.integers(0, size), max_size=8)))
    limits = [*cuts[1:], size][: len(cuts)]
    edits = [
        Edit(start, data.draw(st.integers(start, min(start + 2, limit))), (f"new {n}\n",))
        for n, (start, limit) in enumerate(zip(cuts, limits, strict=True))
    ]
    one_by_one = reduce(lambda d, e: apply_edits(d, [e]), reversed(edits), doc)
    assert apply_edits(doc, edits).render() == one_by_one.render()


@given(documents())
def test_status_changes_in_one_batch_equal_one_by_one(text: str) -> None:
    doc = parse(text)
    one_by_one = doc
    for number in range(len(doc.tasks)):
        one_by_one = set_status(one_by_one, one_by_one.tasks[number], "x")
    batch = apply_edits(doc, [status_edit(doc, task, "x") for task in doc.tasks])
    assert batch.render() == one_by_one.render()
    assert all(task.checked for task in batch.tasks)
    assert apply_edits(doc, []) is doc  # nothing to apply: the same document


@given(documents(), st.data())
def test_insert_adds_exactly_one_line(text: str, data: st.DataObject) -> None:
    doc = parse(text)
    under = data.draw(st.sampled_from([None, *doc.items]))
    top = [t for t in doc.tasks if t.depth == 0 and (t.section or "").casefold() != "out of scope"]
    assume(under is not None or top)
    try:
        after = insert_task(doc, "brand new", under=under)
    except InvalidInputError:  # there (or anywhere), the new task would change other tasks
        return
    others = [t.raw for t in after.tasks if t.source_text != "brand new"]
    assert others == [t.raw for t in doc.tasks]  # no other task changes
    if len(after.lines) != len(doc.lines) + 1:  # it went to a list of its own at the end
        assert under is None and after.tasks[-1].source_text == "brand new"
        return
    added = contents(after) - contents(doc)
    assert sum(added.values()) == 1
    assert next(iter(added)).endswith("[ ] brand new")
    (new,) = [t for t in after.tasks if t.source_text == "brand new"]
    assert new.depth == (0 if under is None else under.depth + 1)
    assert new.status is Status.OPEN


@given(documents(), st.data())
def test_a_bom_stays_first(text: str, data: st.DataObject) -> None:
    doc = parse(BOM + text)
    assume(doc.items)
    item = data.draw(st.sampled_from(doc.items))
    siblings = [
        i for i in doc.items if i.list_id == item.list_id and i.marker_column == item.marker_column
    ]
    moves = [move(doc, item, other, "after") for other in siblings if other is not item]
    try:
        removed = [remove(doc, item)]
    except InvalidInputError:  # "2." right after text would be text: the removal refuses
        removed = []
    for edited in (*removed, *moves[:2]):
        assert edited.render().startswith(BOM)
        assert BOM not in edited.render()[1:]
