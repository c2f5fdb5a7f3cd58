"""Carrying unfinished work forward: the rules of todokit.arrange.carry, one by one."""

from __future__ import annotations

from collections import Counter

import pytest
from arrange_strategies import task_lists
from hypothesis import given

from todokit.arrange.carry import carry_forward, dropped_items
from todokit.arrange.header import header_lines
from todokit.document import Document, parse

HEADER = "".join(header_lines("Old task", "2026-11-23", "todo-2026-11-22.old", "\n"))

CASES = [
    pytest.param(
        "- [ ] a\n  more of a\n\n  second paragraph\n- [x] b\n",
        "- [ ] a\n  more of a\n\n  second paragraph\n",
        id="unfinished-kept-with-continuation",
    ),
    pytest.param(
        "- [/] busy\n- [>] later\n- [?] odd\n- [x] done\n- [X] Done\n- [-] dropped\n",
        "- [/] busy\n- [>] later\n- [?] odd\n",
        id="every-unfinished-status-kept",
    ),
    pytest.param(
        "- [x] parent\n  - [x] done child\n  - [ ] open child\n    - [x] grandchild\n",
        "- [x] parent\n  - [ ] open child\n",
        id="finished-parent-kept-for-unfinished-child",
    ),
    pytest.param(
        "- [ ] open\n  - [x] done\n    - [ ] open below done\n",
        "- [ ] open\n  - [x] done\n    - [ ] open below done\n",
        id="finished-middle-kept-as-context",
    ),
    pytest.param("- a note\n- [x] done\n", "- a note\n", id="plain-note-kept"),
    pytest.param(
        "- group\n  - [x] one\n  - [-] two\n- [ ] next\n",
        "- [ ] next\n",
        id="plain-item-with-only-finished-tasks-dropped",
    ),
    pytest.param(
        "- group\n  - [x] one\n  - [ ] two\n",
        "- group\n  - [ ] two\n",
        id="plain-item-holding-work-kept",
    ),
    pytest.param(
        "Intro.\n\n| a | b |\n|---|---|\n\n```\n- [x] in code\n```\n\n> quote\n\n- [x] gone\n\n- [ ] kept\n",
        "Intro.\n\n| a | b |\n|---|---|\n\n```\n- [x] in code\n```\n\n> quote\n\n- [ ] kept\n",
        id="free-text-tables-code-quotes-kept",
    ),
    pytest.param(
        "## Done section\n\n- [x] a\n\n## Open\n\n- [ ] b\n",
        "## Open\n\n- [ ] b\n",
        id="emptied-section-dropped",
    ),
    pytest.param(
        "## Empty from the start\n\n## Open\n- [ ] b\n## Lost\n- [x] c\n",
        "## Empty from the start\n\n## Open\n- [ ] b\n",
        id="section-that-lost-nothing-kept",
    ),
    pytest.param(
        "## Notes\n\nKeep this text.\n- [x] a\n",
        "## Notes\n\nKeep this text.\n",
        id="section-with-text-kept",
    ),
    pytest.param(
        "# Plan\n## A\n- [x] a\n### A.1\n- [ ] a1\n## B\n- [x] b\n",
        "# Plan\n## A\n### A.1\n- [ ] a1\n",
        id="section-kept-for-open-subsection",
    ),
    pytest.param(
        "# Plan\n## A\n### A.1\n- [x] a1\n## B\n- [ ] b\n",
        "# Plan\n## B\n- [ ] b\n",
        id="emptied-subsection-empties-parent",
    ),
    pytest.param(HEADER + "## Tasks\n- [ ] a\n", "## Tasks\n- [ ] a\n", id="old-header-removed"),
    pytest.param(
        "\ufeff---\ntitle: t\n---\n" + HEADER + "- [ ] a\n- [x] b\n",
        "\ufeff---\ntitle: t\n---\n- [ ] a\n",
        id="bom-and-front-matter-stay-first",
    ),
    pytest.param("## A\r\n- [x] a\r\n- [ ] b\r\n\r\n* [x] c\r\n", "## A\r\n- [ ] b\r\n", id="crlf"),
    pytest.param("- [ ] a\n- [x] b", "- [ ] a", id="no-final-newline"),
    pytest.param("- [ ] a\n\n- [x] b\n\n- [ ] c\n", "- [ ] a\n\n- [ ] c\n", id="loose-list-gap"),
    pytest.param("- [ ] a\n\n- [x] b\n", "- [ ] a\n", id="no-blank-tail"),
    pytest.param(
        "> - [x] quoted\n> - [ ] quoted open\n", "> - [ ] quoted open\n", id="quoted-items"
    ),
    pytest.param("- [x] a\n- [x] b\n", "", id="everything-finished"),
    pytest.param("", "", id="empty"),
]


@pytest.mark.parametrize(("old", "new"), CASES)
def test_carry_forward_keeps_exactly_the_unfinished_work(old: str, new: str) -> None:
    assert carry_forward(parse(old)).document.render() == new


def test_counts_report_carried_and_dropped_tasks() -> None:
    carried = carry_forward(parse("- [x] p\n  - [ ] a\n  - [x] b\n- [-] c\n- [/] d\n- note\n"))
    assert (carried.carried, carried.dropped) == (2, 2)


def test_dropped_items_are_outermost() -> None:
    doc = parse("- [x] a\n  - [x] a1\n- [ ] b\n  - [x] b1\n")
    assert [item.raw for item in dropped_items(doc)] == ["- [x] a", "  - [x] b1"]


def test_a_header_further_down_is_ordinary_text() -> None:
    text = "Intro\n\n" + HEADER + "- [ ] a\n"
    assert carry_forward(parse(text)).document.render() == text


def test_an_unclosed_header_is_kept() -> None:
    text = "<!-- todokit:header -->\nno end\n- [ ] a\n"
    assert carry_forward(parse(text)).document.render() == text


def is_subsequence(part: list[str], whole: list[str]) -> bool:
    remaining = iter(whole)
    return all(any(line == candidate for candidate in remaining) for line in part)


def unfinished_lines(doc: Document) -> Counter[str]:
    return Counter(t.raw for t in doc.tasks if t.status is not None and not t.status.finished)


@given(task_lists())
def test_carried_lines_are_the_old_lines_minus_some(text: str) -> None:
    old = parse(text)
    new = carry_forward(old).document
    assert is_subsequence(
        [line.rstrip("\r\n") for line in new.lines], [line.rstrip("\r\n") for line in old.lines]
    )
    assert unfinished_lines(new) == unfinished_lines(old)


@given(task_lists())
def test_no_finished_subtree_survives_and_carrying_again_changes_nothing(text: str) -> None:
    new = carry_forward(parse(text)).document
    for task in new.tasks:
        assert task.status is not None
        if task.status.finished:
            below = [t for t in new.tasks if task.start < t.start < task.end]
            assert any(t.status is not None and not t.status.finished for t in below)
    assert carry_forward(new).document.render() == new.render()
