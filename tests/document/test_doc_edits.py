"""Edits: status changes, removals, moves and batches of line replacements."""

from __future__ import annotations

import pytest

from todokit.document import Status, parse
from todokit.document.edits import (
    Edit,
    Where,
    apply_edits,
    move,
    move_edits,
    reindent,
    remove,
    set_status,
    status_edit,
)
from todokit.errors import UsageError

TEXT = "- [ ] a\n  - [ ] a1\n- [x] b\n- [ ] c\n"


@pytest.mark.parametrize(
    ("status", "line"),
    [
        (Status.DONE, "- [x] b"),
        ("in_progress", "- [/] b"),
        ("cancelled", "- [-] b"),
        ("open", "- [ ] b"),
        ("X", "- [X] b"),
        ("?", "- [?] b"),
    ],
)
def test_set_status(status: Status | str, line: str) -> None:
    doc = parse("- [ ] a\n- [ ] b\n")
    assert set_status(doc, doc.tasks[1], status).lines[1] == line + "\n"


@pytest.mark.parametrize("marker", ["[", "]", "\n", "\r", "", "nonsense"])
def test_set_status_refuses_what_would_break_the_box(marker: str) -> None:
    doc = parse("- [ ] a\n")
    with pytest.raises(UsageError):
        status_edit(doc, doc.tasks[0], marker)


def test_set_status_on_a_plain_item() -> None:
    doc = parse("- a\n")
    with pytest.raises(UsageError, match="line 1 is not a task"):
        set_status(doc, doc.items[0], "done")


def test_set_status_with_tabs_a_bom_and_a_box_on_the_next_line() -> None:
    doc = parse("\ufeff-\t[ ]\ta\r\n-\n  [ ] b")
    done = set_status(set_status(doc, doc.tasks[0], "x"), doc.tasks[1], "x")
    assert done.render() == "\ufeff-\t[x]\ta\r\n-\n  [x] b"


def test_remove_takes_the_subtree() -> None:
    doc = parse(TEXT)
    assert remove(doc, doc.tasks[0]).render() == "- [x] b\n- [ ] c\n"
    assert remove(doc, doc.tasks[1]).render() == "- [ ] a\n- [x] b\n- [ ] c\n"


def test_remove_keeps_no_final_newline() -> None:
    doc = parse("- [ ] a\n- [ ] b")
    assert remove(doc, doc.tasks[1]).render() == "- [ ] a"


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ("before", "- [ ] c\n- [ ] a\n  - [ ] a1\n- [x] b\n"),
        ("after", "- [ ] a\n  - [ ] a1\n- [ ] c\n- [x] b\n"),
    ],
)
def test_move_next_to_a_sibling(where: Where, expected: str) -> None:
    doc = parse(TEXT)
    assert move(doc, doc.tasks[3], doc.tasks[0], where).render() == expected


def test_move_into_reindents_only_the_moved_lines() -> None:
    doc = parse(TEXT)
    moved = move(doc, doc.tasks[3], doc.tasks[0], "into")
    assert moved.render() == "- [ ] a\n  - [ ] a1\n  - [ ] c\n- [x] b\n"
    leaf = parse("- [ ] a\n- [ ] b\n")
    assert move(leaf, leaf.tasks[1], leaf.tasks[0], "into").render() == "- [ ] a\n  - [ ] b\n"


def test_move_out_of_a_parent() -> None:
    doc = parse(TEXT)
    assert move(doc, doc.tasks[1], doc.tasks[2], "after").render() == (
        "- [ ] a\n- [x] b\n- [ ] a1\n- [ ] c\n"
    )


def test_move_refusals() -> None:
    doc = parse(TEXT)
    with pytest.raises(UsageError, match="own subtree"):
        move_edits(doc, doc.tasks[0], doc.tasks[1], "before")
    quoted = parse("> - [ ] a\n> - [ ] b\n")
    with pytest.raises(UsageError, match="block quotes"):
        move_edits(quoted, quoted.tasks[1], quoted.tasks[0], "into")
    assert move(quoted, quoted.tasks[1], quoted.tasks[0]).render() == "> - [ ] b\n> - [ ] a\n"


def test_a_bom_stays_first_when_the_first_line_moves() -> None:
    doc = parse("\ufeff- [ ] a\n- [ ] b\n")
    assert move(doc, doc.tasks[0], doc.tasks[1], "after").render() == "\ufeff- [ ] b\n- [ ] a\n"
    assert move(doc, doc.tasks[1], doc.tasks[0], "before").render() == "\ufeff- [ ] b\n- [ ] a\n"
    assert move(doc, doc.tasks[1], doc.tasks[0], "into").render() == "\ufeff- [ ] a\n  - [ ] b\n"


def test_a_bom_stays_when_the_first_line_goes() -> None:
    doc = parse("\ufeff- [ ] a\n- [ ] b\n")
    assert remove(doc, doc.tasks[0]).render() == "\ufeff- [ ] b\n"
    assert apply_edits(doc, [Edit(0, 2)]).render() == "\ufeff"
    whole = apply_edits(doc, [Edit(0, 2, (doc.lines[1], doc.lines[0]))])
    assert whole.render() == "\ufeff- [ ] b\n- [ ] a\n"


def test_apply_edits_in_one_batch() -> None:
    doc = parse("a\nb\nc\n")
    edits = [Edit(2, 3, ("C\n",)), Edit(0, 0, ("first\n",)), Edit(1, 1, ("x\n", "y\n"))]
    assert apply_edits(doc, edits).render() == "first\na\nx\ny\nb\nC\n"
    assert apply_edits(doc, [Edit(1, 1, ("1\n",)), Edit(1, 1, ("2\n",))]).render() == (
        "a\n1\n2\nb\nc\n"
    )


def test_apply_edits_refuses_overlaps() -> None:
    doc = parse("a\nb\nc\n")
    with pytest.raises(ValueError, match="overlapping edits at line 2"):
        apply_edits(doc, [Edit(0, 2), Edit(1, 3)])


def test_apply_edits_mends_line_endings() -> None:
    crlf = parse("a\r\nb")
    assert apply_edits(crlf, [Edit(2, 2, ("c",))]).render() == "a\r\nb\r\nc"
    assert apply_edits(crlf, [Edit(0, 0, ("new",))]).render() == "new\r\na\r\nb"
    assert apply_edits(parse(""), [Edit(0, 0, ("x\n",))]).render() == "x\n"


def test_reindent() -> None:
    lines = ["  - a\n", "    b\n", "\n", "lazy\n", "\t- c\n"]
    assert reindent(lines, 2, 0) == ["- a\n", "  b\n", "\n", "lazy\n", "  - c\n"]
    assert reindent(lines, 2, 2) == lines


def test_a_removal_that_would_change_the_lines_after_it_is_refused() -> None:
    import sys
    from pathlib import Path

    import pytest

    from todokit.document import parse
    from todokit.document.edits import remove
    from todokit.errors import InvalidInputError

    # A fuzzer's finding: tabs, quotes and lazy lines, where taking one task out
    # would change what the lines after it are.
    fuzz = Path(__file__).parents[1] / "fuzz"
    sys.path.insert(0, str(fuzz))
    from fuzz_targets import texts_of

    text = texts_of((fuzz / "findings" / "edits-finding-2.bin").read_bytes())[1]
    doc = parse(text)
    task = next(t for t in doc.tasks if t.line == 145)
    with pytest.raises(InvalidInputError, match="edit the list by hand"):
        remove(doc, task)
