"""Scale: deep nesting, long lines and many edits, without recursion or quadratic work.

No timing is asserted; a quadratic regression shows up as a test that takes
minutes (pytest-timeout stops it) rather than a fraction of a second.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest

from todokit.document import parse
from todokit.document.edits import Edit, apply_edits, status_edit
from todokit.document.lines import split_lines
from todokit.document.scanner import scan

DEEP = 10_000


def test_ten_thousand_nested_items_on_one_line() -> None:
    text = "- " * DEEP + "[ ] deep\n"
    doc = parse(text)
    assert doc.render() == text
    assert len(doc.items) == DEEP
    (task,) = doc.tasks
    assert (task.depth, task.text, task.index, task.marker_column) == (
        DEEP - 1,
        "deep",
        "1",
        2 * DEEP - 2,
    )
    assert task.parent == doc.items[-2]


def test_ten_thousand_nested_items_on_ten_thousand_lines() -> None:
    text = "".join("  " * depth + "- [ ] x\n" for depth in range(2_000))
    doc = parse(text)
    assert doc.render() == text
    assert [t.depth for t in doc.tasks] == list(range(2_000))
    assert doc.tasks[0].end == 2_000


def test_ten_thousand_nested_quotes() -> None:
    text = ">" * DEEP + " - [ ] quoted\n" + "> " * DEEP + "- [x] spaced\n"
    doc = parse(text)
    assert doc.render() == text
    assert [(t.text, t.quoted, t.depth) for t in doc.tasks] == [
        ("quoted", True, 0),
        ("spaced", True, 0),
    ]


def test_a_hundred_thousand_character_line() -> None:
    text = "- [ ] " + "word " * 20_000 + "\n- [x] b"
    doc = parse(text)
    assert doc.render() == text
    assert len(doc.tasks[0].text) == 5 * 20_000 - 1
    assert doc.tasks[1].checked


def test_a_long_rule_like_line_stays_linear() -> None:
    text = "- " * 50_000 + "x\n" + "* " * 50_000 + "\n"
    result = scan(split_lines(text))
    assert len(result.items) == 50_000  # the second line is a thematic break


def test_k_edits_in_one_apply_edits_call() -> None:
    text = "".join(f"- [ ] task {n}\n" for n in range(20_000))
    doc = parse(text)
    done = apply_edits(doc, [status_edit(doc, task, "x") for task in doc.tasks])
    assert all(task.checked for task in done.tasks)
    assert done.render() == text.replace("[ ]", "[x]")
    inserted = apply_edits(doc, [Edit(n, n, (f"new {n}\n",)) for n in range(0, 20_000, 2)])
    assert len(inserted.lines) == 30_000


def test_items_nested_on_one_line_hold_none_of_each_other_s_text() -> None:
    # Each used to hold the rest of the line as its own text, so reading every item's
    # text (scoring does, in start and scope) took time quadratic in the depth.
    for opener in ("- ", "1. ", "-\t", "> - "):
        text = opener * DEEP + "[ ] deep\n"
        doc = parse(text)
        assert sum(len(item.source_text) for item in doc.items) <= len(text)
        assert doc.items[0].text in ("", ">")  # a quote opened on the line leaves its mark
        assert [task.text for task in doc.tasks] == ["deep"]


def calls_to_read(text: str) -> int:
    """How many Python and C function calls parsing ``text`` and reading every item take."""
    count = 0

    def counter(_frame: object, event: str, _arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(counter)
    try:
        doc = parse(text)
        for item in doc.items:
            _ = (item.id, item.text, item.index, item.parent, item.children, item.task_parent)
            _ = (item.heading_path, item.marker_position, item.end)
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize(
    "shape",
    [
        lambda n: "# Deep\n" + "- " * n + "[ ] x\n",
        lambda n: "> " * n + "- [ ] x\n",
        lambda n: "1. " * n + "[ ] x\n",
        lambda n: "- " * n + "[ ] x\n" + "  " * n + "- [ ] y\n",
    ],
    ids=["bullets", "quotes", "numbered", "two-lines"],
)
def test_the_work_grows_linearly_with_the_depth(shape: Callable[[int], str]) -> None:
    # Each text grows linearly with n. Doubling the depth at most doubles the calls
    # (plus slack): an ancestor walk per item would quadruple them. Counted, not timed.
    assert calls_to_read(shape(2_000)) <= 2.2 * calls_to_read(shape(1_000))
