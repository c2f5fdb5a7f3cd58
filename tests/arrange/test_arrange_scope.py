"""Parking unrelated work out of scope and bringing it back: examples."""

from __future__ import annotations

import pytest
from arrange_strategies import word_relevance

from todokit.arrange.placement import Block, return_blocks
from todokit.arrange.scope import park, subtree_flags
from todokit.document import parse


def parked(text: str, *words: str) -> str:
    return park(parse(text), word_relevance(frozenset(words)))[0].render()


def test_parks_into_a_new_section_grouped_by_former_section() -> None:
    text = "- [ ] loose\n\n## API\n- [ ] fix auth\n- [ ] dark mode\n\n## Web\n- [ ] theme\n"
    assert parked(text, "auth") == (
        "## API\n- [ ] fix auth\n\n"
        "## Out of scope\n\n- [ ] loose\n\n### API\n\n- [ ] dark mode\n\n### Web\n\n- [ ] theme\n"
    )


def test_work_already_parked_joins_in_its_list_order() -> None:
    text = "## API\n- [ ] fix auth\n- [ ] dark mode\n\n## OUT OF  scope\n\n### API\n\n- [ ] old\n"
    assert parked(text, "auth") == (
        "## API\n- [ ] fix auth\n\n## Out of scope\n\n### API\n\n- [ ] dark mode\n- [ ] old\n"
    )


def test_relevant_items_move_back_to_their_former_section() -> None:
    text = "## API\n- [ ] auth\n\n## Web\n\n## Out of scope\n\n### Web\n\n- [ ] web login\n"
    assert parked(text, "auth", "login") == "## API\n- [ ] auth\n\n## Web\n\n- [ ] web login\n"


def test_relevant_items_whose_section_is_gone_get_it_back() -> None:
    text = "## API\n- [ ] auth\n\n## Out of scope\n\n### Gone\n\n- [ ] g login\n"
    assert parked(text, "auth", "login") == "## API\n- [ ] auth\n\n## Gone\n\n- [ ] g login\n"


def test_items_of_no_section_go_home_before_the_first_heading() -> None:
    text = "## Out of scope\n\n- [ ] old\n\n## After\n\n- [ ] late\n- [ ] auth\n"
    assert (
        parked(text, "auth", "old")
        == "- [ ] old\n\n## After\n\n- [ ] auth\n\n## Out of scope\n\n### After\n\n- [ ] late\n"
    )
    assert parked("## Out of scope\n\n- [ ] login\n- [ ] other\n", "login") == (
        "- [ ] login\n\n## Out of scope\n\n- [ ] other\n"
    )


def test_work_in_progress_is_never_parked() -> None:
    assert parked("- [/] busy\n- [~] busy too\n") == "- [/] busy\n- [~] busy too\n"
    assert parked("- [ ] epic\n  - [/] busy\n- [ ] x\n") == (
        "- [ ] epic\n  - [/] busy\n\n## Out of scope\n\n- [ ] x\n"
    )


def test_relevant_descendant_keeps_its_ancestors_and_irrelevant_siblings() -> None:
    text = "- plan\n  - [ ] epic\n    - [ ] auth\n    - [ ] unrelated\n- [ ] other\n"
    assert parked(text, "auth") == (
        "- plan\n  - [ ] epic\n    - [ ] auth\n    - [ ] unrelated\n\n## Out of scope\n\n- [ ] other\n"
    )


def test_finished_notes_and_quoted_items_stay() -> None:
    text = "- [x] done\n- a note\n> - [ ] quoted\n"
    assert parked(text) == text


def test_nothing_to_move_returns_the_document_itself() -> None:
    doc = parse("- [ ] auth\n")
    assert park(doc, word_relevance(frozenset({"auth"})))[0] is doc


def test_crlf_and_missing_final_newline() -> None:
    assert parked("## A\r\n- [ ] a\r\n- [ ] b", "a") == (
        "## A\r\n- [ ] a\r\n\r\n## Out of scope\r\n\r\n### A\r\n\r\n- [ ] b"
    )


def test_loose_lists_lose_no_gap_and_gain_no_hole() -> None:
    assert parked("- [ ] a\n\n- [ ] b\n\n- [ ] c\n", "a", "c") == (
        "- [ ] a\n\n- [ ] c\n\n## Out of scope\n\n- [ ] b\n"
    )


def test_no_emptied_heading_is_left_in_scope_and_a_rule_is_no_content() -> None:
    text = "## API\n- [ ] auth\n\n## Web\n\n- [ ] w\n\n---\n\n## Docs\n- [ ] d auth\n"
    assert parked(text, "auth") == (
        "## API\n- [ ] auth\n\n## Docs\n- [ ] d auth\n\n## Out of scope\n\n### Web\n\n- [ ] w\n"
    )


def test_a_group_emptied_by_returning_items_goes_but_other_groups_stay() -> None:
    text = "## A\n- [ ] a\n\n## Out of scope\n\n### A\n\n- [ ] a2\n\n### B\n\n- [ ] b auth\n"
    assert parked(text, "a", "auth") == (
        "## A\n- [ ] a\n\n## B\n\n- [ ] b auth\n\n## Out of scope\n\n### A\n\n- [ ] a2\n"
    )


def test_subtree_flags_mark_work_and_relevance_bottom_up() -> None:
    doc = parse("- plan\n  - [x] done\n  - [ ] auth\n- [ ] x\n")
    work, keep = subtree_flags(doc, word_relevance(frozenset({"auth"})))
    assert work == [True, False, True, True]
    assert keep == [True, False, True, False]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## API\n- [ ] a\n## Web\n", "## API\n- [ ] a\n- [ ] b\n## Web\n"),
        ("## API\n\nText.\n", "## API\n\n- [ ] b\n\nText.\n"),
    ],
)
def test_return_blocks_join_the_home_list_or_open_one(text: str, expected: str) -> None:
    doc = parse(text)
    assert return_blocks(doc, [Block(("- [ ] b\n",), "api")]).render() == expected


def test_a_block_whose_move_would_change_other_items_stays(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from todokit.arrange import scope

    real = scope._item_lines
    calls = {"n": 0}

    def lines_that_differ_on_the_first_try(doc):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        return real(doc) if calls["n"] > 2 else {"x": calls["n"]}

    monkeypatch.setattr(scope, "_item_lines", lines_that_differ_on_the_first_try)
    home = parse("- [ ] a\n- [ ] b\n")
    parked, _ = scope.park_from_home(home, [home.items[1]])
    assert "## Out of scope" in parked.render()  # the one-by-one retry parked it
    assert calls["n"] > 2
