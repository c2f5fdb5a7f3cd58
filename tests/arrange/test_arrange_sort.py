"""Sorting lists: the order of keys, stability, subtrees, and line endings."""

from __future__ import annotations

from datetime import date

import pytest

from todokit.arrange.sort import due_date, headings_above, priority_rank, sort_document, sort_key
from todokit.document import parse


def sorted_text(text: str, scores: dict[str, float] | None = None) -> str:
    return sort_document(parse(text), scores).render()


def test_status_group_comes_first() -> None:
    text = "- [x] done\n- [ ] open\n- [-] cancelled\n- [/] busy\n- [>] later\n- note\n- [~] busy2\n"
    assert sorted_text(text) == (
        "- [/] busy\n- [~] busy2\n- [ ] open\n- [>] later\n- note\n- [x] done\n- [-] cancelled\n"
    )


def test_priority_within_a_status_group() -> None:
    text = "- [ ] lowest ⏬\n- [ ] plain\n- [ ] low 🔽\n- [ ] **P1** high\n- [ ] (A) top\n- [ ] med 🔼\n"
    assert sorted_text(text) == (
        "- [ ] (A) top\n- [ ] **P1** high\n- [ ] med 🔼\n- [ ] plain\n- [ ] low 🔽\n- [ ] lowest ⏬\n"
    )


def test_a_heading_sets_the_priority_of_its_items() -> None:
    doc = parse("## High priority\n- [ ] a\n")
    assert priority_rank(doc.tasks[0]) == 1
    assert headings_above(doc.tasks[0]) == ("High priority",)


def test_relevance_orders_equal_priorities_highest_first() -> None:
    doc = parse("- [ ] a\n- [ ] b\n- [ ] c\n- [ ] d 🔽\n")
    ids = [task.id for task in doc.tasks]
    scores = {ids[0]: 0.1, ids[1]: 0.9, ids[2]: 0.5, ids[3]: 1.0}
    assert [t.text for t in sort_document(doc, scores).tasks] == ["b", "c", "a", "d 🔽"]


def test_due_date_earliest_first_and_none_last() -> None:
    text = "- [ ] none\n- [ ] late 📅 2026-05-01\n- [ ] soon due:2026-01-02\n"
    assert sorted_text(text) == "- [ ] soon due:2026-01-02\n- [ ] late 📅 2026-05-01\n- [ ] none\n"
    assert due_date(parse(text).tasks[2]) == date(2026, 1, 2)


def test_equal_keys_keep_their_order() -> None:
    text = "- [ ] c\n- [ ] a\n- [ ] b\n"
    assert sorted_text(text) == text


def test_sorted_document_is_returned_as_is() -> None:
    doc = parse("- [ ] a\n- [x] b\n")
    assert sort_document(doc) is doc


def test_subtree_moves_with_its_parent_and_is_sorted_inside() -> None:
    text = "- [x] a\n  - [x] a1\n  - [ ] a2\n    more a2\n- [ ] b\n"
    assert sorted_text(text) == "- [ ] b\n- [x] a\n  - [ ] a2\n    more a2\n  - [x] a1\n"


def test_lists_never_mix_across_sections_or_lists() -> None:
    text = "## A\n- [x] a1\n- [ ] a2\n\n## B\n- [x] b1\n\n* [ ] other list\n"
    assert sorted_text(text) == "## A\n- [ ] a2\n- [x] a1\n\n## B\n- [x] b1\n\n* [ ] other list\n"


def test_loose_list_keeps_its_gaps() -> None:
    assert sorted_text("- [x] a\n\n- [ ] b\n\n\n- [/] c\n") == "- [/] c\n\n- [ ] b\n\n\n- [x] a\n"


def test_last_line_without_newline_moves_cleanly() -> None:
    assert sorted_text("- [ ] a\n- [/] b") == "- [/] b\n- [ ] a"
    assert sorted_text("- [ ] a\r\n- [/] b") == "- [/] b\r\n- [ ] a"


def test_crlf_lines_keep_their_bytes() -> None:
    assert sorted_text("- [x] a\r\n- [ ] b\r\n") == "- [ ] b\r\n- [x] a\r\n"


def test_numbered_lists_keep_their_order() -> None:
    # The numbers are the author's order; moving "4." first after a paragraph
    # would even turn it into paragraph text.
    assert sorted_text("1. [x] a\n2. [ ] b\n") == "1. [x] a\n2. [ ] b\n"
    text = "- [ ] parent, in order:\n  1. [ ] low 🔽\n  2. [ ] urgent 🔺\n- [ ] urgent too 🔺\n"
    assert sorted_text(text) == (
        "- [ ] urgent too 🔺\n- [ ] parent, in order:\n  1. [ ] low 🔽\n  2. [ ] urgent 🔺\n"
    )


@pytest.mark.parametrize("marker", ["[ ]", "[x]", "[/]", ""])
def test_sort_key_parts(marker: str) -> None:
    item = parse(f"- {marker} text 📅 2026-01-02\n").items[0]
    group, rank, score, due, position = sort_key(item, {item.id: 0.5})
    assert (rank, score, due, position) == (3, -1.0, date(2026, 1, 2).toordinal(), 0)
    assert sort_key(item, {item.id: 0.49})[2] == 0.0  # only clear relevance lifts
    assert group == {"[ ]": 1, "[x]": 2, "[/]": 0, "": 1}[marker]


@pytest.mark.parametrize(
    "text",
    [
        "- Done so far: the parser\n- Then the lexer 🔽\n- P0 the docs\n",
        "- [ ] Step 2: lexer 🔽\n- [ ] Step 1: parser ⏫\n- [ ] tidy\n",
        "- [ ] Phase 1: a 🔽\n- [ ] Phase 2: b ⏫\n",
        "- [ ] **1.2** b 🔽\n- [ ] **1.1** a ⏫\n",
        "- [ ] 1) install 🔽\n- [ ] 2) configure ⏫\n",
        "- [ ] Install transloco\n- [ ] Then delete the old pipe ⏫\n- [ ] Then rename keys 🔺\n",
        "1. [ ] Install transloco\n2. [ ] Delete the old pipe ⏫\n",
        "- [ ] a\n\n## Out of scope\n\n- [ ] low 🔽\n- [ ] high ⏫\n",
    ],
)
def test_lists_whose_order_means_something_keep_it(text: str) -> None:
    assert sort_document(parse(text)).render() == text


def test_relevance_lifts_only_what_is_clearly_more_relevant() -> None:
    doc = parse("- [ ] a\n- [ ] b\n- [ ] c\n")
    a, b, c = (task.id for task in doc.tasks)
    lifted = sort_document(doc, {a: 0.2, b: 0.3, c: 0.9})
    assert [t.text for t in lifted.tasks] == ["c", "a", "b"]


def test_every_scoring_reads_the_prose_of_a_prompt_and_a_scorer_sees_no_pasted_log() -> None:
    # sort, scope and start score through one function: none of them reads a pasted log as
    # the task, and a plugged-in scorer is given the prose alone.
    from todokit.arrange.scoring import score_items
    from todokit.ranking import Score

    seen: list[str] = []

    def recording(task: str, items: object, /) -> list[Score]:
        seen.append(task)
        return [Score(0.0, ()) for _ in range(2)]

    doc = parse("- [ ] Fix login\n- [ ] Dark mode\n")
    prompt = "Fix the login form\n```\nERROR dark mode theme crashed\n```\n"
    score_items(doc, prompt, recording)
    assert seen == ["Fix the login form"]
    pasted = [value for value, _ in score_items(doc, prompt, None).values()]
    prose = "Fix the login form; the dark mode theme crashed"
    written = [value for value, _ in score_items(doc, prose, None).values()]
    assert pasted[1] < written[1] / 4  # "dark mode" in a log is weak evidence, not the task
    assert score_items(doc, "```\nFix login\n```", recording) and seen[-1] == "```\nFix login\n```"
