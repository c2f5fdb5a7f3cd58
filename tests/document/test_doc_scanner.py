"""The block scanner: which lines open items and headings, and where items end."""

from __future__ import annotations

import pytest

from todokit.document import Item, parse
from todokit.document.lines import split_lines
from todokit.document.scanner import scan


def items(text: str) -> list[tuple[int, int, str | None]]:
    """(0-based line, depth, checkbox character) of every item."""
    return [(i.start, i.depth, i.marker) for i in parse(text).items]


def rows(text: str) -> tuple[Item, ...]:
    return parse(text).items


def headings(text: str) -> list[tuple[int, int, str, int]]:
    return [(h.line, h.level, h.text, h.end) for h in scan(split_lines(text)).headings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("```\n- [ ] a\n", []),  # an unclosed fence runs to the end
        ("````\n- [ ] a\n```\n- [ ] b\n", []),  # a shorter fence does not close
        ("```\n- [ ] a\n````\n- [ ] b\n", [(3, 0, " ")]),  # a longer one does
        ("``` a`b\n- [ ] a\n", [(1, 0, " ")]),  # a backtick in the info string: no fence
        ("~~~ a`b\n- [ ] a\n~~~\n", []),  # but a tilde fence may have one
        ("```\n- [ ] a\n    ```\n- [ ] b\n", []),  # four spaces cannot close
        ("```\n```  \n- [ ] b\n", [(2, 0, " ")]),
        ("<!-- a\n- [ ] a\n-->\n- [ ] b\n", [(3, 0, " ")]),
        ("<!-- a -->\n- [ ] b\n", [(1, 0, " ")]),  # ends on its first line
        ("<script>\n- [ ] a\n</script>\n- [ ] b\n", [(3, 0, " ")]),
        ("<?php\n- [ ] a\n?>\n- [ ] b\n", [(3, 0, " ")]),
        ("<!DOCTYPE html\n- [ ] a\n>\n- [ ] b\n", [(3, 0, " ")]),
        ("<![CDATA[\n- [ ] a\n]]>\n- [ ] b\n", [(3, 0, " ")]),
        ("<div>\n- [ ] a\n\n- [ ] b\n", [(3, 0, " ")]),  # ends at a blank line
        ("<custom-tag>\n- [ ] a\n\n- [ ] b\n", [(3, 0, " ")]),
        ("text\n<custom-tag>\n- [ ] a\n", [(2, 0, " ")]),  # kind 7 cannot interrupt
        ("<notatag\n- [ ] a\n", [(1, 0, " ")]),
        ("\n    - [ ] code\n- [ ] b\n", [(2, 0, " ")]),
        ("text\n    - [ ] lazy, not code\n", []),  # indented code cannot interrupt
        ("- [ ] a\n\n      - [ ] code in the item\n", [(0, 0, " ")]),
        ("***\n- [ ] a\n", [(1, 0, " ")]),
        ("- [ ] a\n- - -\n", [(0, 0, " ")]),  # a thematic break, not a nested list
    ],
)
def test_leaf_blocks(text: str, expected: list[tuple[int, int, str | None]]) -> None:
    assert items(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("text\n- [ ] interrupts\n", [(1, 0, " ")]),
        ("text\n1. [ ] interrupts\n", [(1, 0, " ")]),
        ("text\n2. [ ] does not\n", []),
        ("text\n-\n", []),  # an empty item cannot interrupt: a setext underline
        ("- [ ] a\n  ===\n", [(0, 0, None)]),  # the first block is a heading now
        ("- a\n  - [ ] b\n    - [x] c\n", [(0, 0, None), (1, 1, " "), (2, 2, "x")]),
        ("- a\n - b\n", [(0, 0, None), (1, 0, None)]),  # too shallow to nest
        ("1. a\n   - [ ] b\n", [(0, 0, None), (1, 1, " ")]),
        ("-\t[ ] a\n\t- [ ] b\n", [(0, 0, " "), (1, 1, " ")]),  # a tab after the marker
        ("-     [ ] code\n", [(0, 0, None)]),  # five spaces: content is indented code
        ("-\n  [ ] on the next line\n", [(0, 0, " ")]),
        ("-\n\n  [ ] too late\n", [(0, 0, None)]),  # at most one blank line first
        ("- a\n\n  - [ ] b\n", [(0, 0, None), (2, 1, " ")]),
        ("- [ ] a\nlazy\n- [x] b\n", [(0, 0, " "), (2, 0, "x")]),
        ("> - [ ] a\n> > - [x] b\n", [(0, 0, " "), (1, 0, "x")]),
        ("> - [ ] a\n>   - [x] b\n", [(0, 0, " "), (1, 1, "x")]),
        ("- [ ] a\n  > - [/] b\n", [(0, 0, " "), (1, 1, "/")]),
        ("- x [ ] a\n", [(0, 0, None)]),
        ("- [ ]a\n", [(0, 0, None)]),
        ("- [ ]\n", [(0, 0, " ")]),
    ],
)
def test_containers(text: str, expected: list[tuple[int, int, str | None]]) -> None:
    assert items(text) == expected


def test_item_ends_and_lists() -> None:
    found = rows("- a\n  more\n\n  - b\n\n+ c\n1. d\n2. e\n")
    spans = [(i.start, i.end, i.list_id, i.parent.number if i.parent else -1) for i in found]
    assert spans == [(0, 4, 0, -1), (3, 4, 1, 0), (5, 6, 2, -1), (6, 7, 3, -1), (7, 8, 3, -1)]


def test_blank_lines_of_a_quote_do_not_extend_an_item() -> None:
    found = rows("> - a\n>\n>\n> text\n- b\n  > q\n  >\n")
    assert [(i.start, i.end) for i in found] == [(0, 1), (4, 6)]


def test_item_columns() -> None:
    (item,) = rows("  10.  [x] a\n")
    assert (item.marker_column, item.content_column, item.marker_position) == (2, 7, (0, 8))
    (tabbed,) = rows("-\t[x] a\n")
    assert (tabbed.content_column, tabbed.marker_position) == (4, (0, 3))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# One\n", [(0, 1, "One", 1)]),
        ("###### Six #####\n", [(0, 6, "Six", 1)]),
        ("####### seven\n", []),
        ("#no space\n", []),
        ("# \n", [(0, 1, "", 1)]),
        ("## a # b ##\n", [(0, 2, "a # b", 1)]),
        ("## a#\n", [(0, 2, "a#", 1)]),
        ("Title\nmore\n===\n", [(0, 1, "Title more", 3)]),
        ("Title\n---\n", [(0, 2, "Title", 2)]),
        ("- item\n  # inside an item\n", []),
        ("> # inside a quote\n", []),
        ("    # code\n", []),
    ],
)
def test_headings(text: str, expected: list[tuple[int, int, str, int]]) -> None:
    assert headings(text) == expected


def test_sections_follow_headings() -> None:
    found = rows("- a\n# One\n- b\n## Two\n- c\n")
    assert [i.section_number for i in found] == [-1, 0, 1]


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("---\na: 1\n---\n- [ ] a\n", 3),
        ("---\na: 1\n...\n", 3),
        ("---  \n---\n", 2),
        ("---\nno end\n- [ ] a\n", 0),
        ("\ufeff---\na: 1\n---\n", 3),
        ("text\n---\n", 0),
    ],
)
def test_front_matter(text: str, end: int) -> None:
    assert scan(split_lines(text)).front_matter_end == end


def test_front_matter_hides_its_lines() -> None:
    assert items("---\n- [ ] a\n---\n- [ ] b\n") == [(3, 0, " ")]
