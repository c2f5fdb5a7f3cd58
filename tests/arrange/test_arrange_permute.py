"""Reordering as a permutation of whole item blocks, checked on generated lists."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import pytest
from arrange_strategies import line_counts, placement, task_lists
from hypothesis import given
from hypothesis import strategies as st

from todokit.arrange.permute import reorder, sibling_groups, verify_permutation
from todokit.arrange.sort import sort_document
from todokit.document import Document, Item, parse


def gaps(doc: Document) -> dict[frozenset[tuple[str, int]], list[tuple[str, ...]]]:
    """Per list (named by its items' first lines), the lines between its siblings."""
    found = {}
    for group in sibling_groups(doc):
        key = frozenset((item.raw, n) for n, item in enumerate(sorted(group, key=lambda i: i.raw)))
        found[key] = [tuple(doc.lines[a.end : b.start]) for a, b in pairwise(group)]
    return found


@given(task_lists())
def test_sort_is_a_permutation_that_keeps_every_item_in_its_list(text: str) -> None:
    doc = parse(text)
    result = sort_document(doc)
    assert line_counts(result) == line_counts(doc)
    assert placement(result) == placement(doc)
    assert gaps(result).keys() == gaps(doc).keys()
    assert sorted(map(len, gaps(result).values())) == sorted(map(len, gaps(doc).values()))
    assert result.render().endswith(("\n", "\r")) == text.endswith(("\n", "\r"))


@given(task_lists())
def test_sorting_twice_equals_sorting_once(text: str) -> None:
    once = sort_document(parse(text))
    assert sort_document(once).render() == once.render()


@given(task_lists(), st.randoms(use_true_random=False))
def test_any_order_of_siblings_keeps_the_lines(text: str, chooser: object) -> None:
    doc = parse(text)

    def shuffle(group: Sequence[Item]) -> list[Item]:
        shuffled = list(group)
        chooser.shuffle(shuffled)  # type: ignore[attr-defined]
        return shuffled

    result = reorder(doc, shuffle)
    verify_permutation(doc, result)
    assert placement(result) == placement(doc)


def test_loose_gaps_stay_in_their_slots() -> None:
    doc = parse("- [ ] a\n\n\n- [ ] b\n- [ ] c\n")
    result = reorder(doc, lambda group: list(reversed(group)))
    assert result.render() == "- [ ] c\n\n\n- [ ] b\n- [ ] a\n"


def test_deepest_lists_come_first() -> None:
    doc = parse("- a\n  - a1\n    - a11\n- b\n")
    assert [len(group) for group in sibling_groups(doc)] == [1, 1, 2]


def test_an_orderer_must_return_the_same_items() -> None:
    doc = parse("- [ ] a\n- [ ] b\n")
    with pytest.raises(RuntimeError, match="same items"):
        reorder(doc, lambda group: [group[0], group[0]])


def test_unchanged_order_returns_the_document_itself() -> None:
    doc = parse("- [ ] a\n- [ ] b\n")
    assert reorder(doc, list) is doc


def test_verify_permutation_refuses_changed_text() -> None:
    with pytest.raises(RuntimeError, match="nothing was written"):
        verify_permutation(parse("- a\n"), parse("- b\n"))


@pytest.mark.parametrize("ending", ["\n", "\r\n"])
def test_moving_the_first_line_of_a_file_with_a_bom_keeps_the_bom_first(ending: str) -> None:
    doc = parse(f"\ufeff- [ ] zeta{ending}- [ ] alpha !!{ending}")
    result = sort_document(doc)
    assert result.render() == f"\ufeff- [ ] alpha !!{ending}- [ ] zeta{ending}"
    assert [task.text for task in result.tasks] == ["alpha !!", "zeta"]
