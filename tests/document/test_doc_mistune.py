"""todokit finds the same list items and tasks as mistune, the reference parser.

Each comparison covers every list item in document order with its depth and,
for ``[ ]``/``[x]``/``[X]`` tasks, its checked state. The places where mistune
departs from CommonMark are listed in ``docs/format.md``; the generated
documents stay out of them, and the last tests pin todokit's side.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from doc_fixtures import FIXTURE_IDS, FIXTURES, fixture_text
from doc_oracle import gfm_tasks, mistune_items, todokit_items
from doc_strategies import documents
from hypothesis import given

MARKER = re.compile(r"^((?:[ \t]*>)*[ \t]*(?:[-+*]|\d{1,9}[.)]))( +)", re.MULTILINE)


def assert_agree(text: str) -> None:
    expected = mistune_items(text)
    assert expected is not None, "nested too deep for mistune"
    found = todokit_items(text)
    assert found == expected
    assert gfm_tasks(found) == gfm_tasks(expected)


def test_every_corpus_file_agrees(corpus_files: list[Path]) -> None:
    for path in corpus_files:
        text = path.read_bytes().decode("utf-8", "surrogateescape")
        assert mistune_items(text) == todokit_items(text), path.name


def test_every_commonmark_example_agrees(commonmark_examples: list[dict[str, Any]]) -> None:
    mismatches = [
        example["example"]
        for example in commonmark_examples
        if mistune_items(example["markdown"]) != todokit_items(example["markdown"])
    ]
    assert mismatches == []


@pytest.mark.parametrize("box", ["[ ]", "[x]", "[X]", "[/]"])
def test_commonmark_examples_with_checkboxes_agree(
    commonmark_examples: list[dict[str, Any]], box: str
) -> None:
    # Every list marker of every example gets a checkbox: tasks in all of CommonMark's corners.
    mismatches = []
    for example in commonmark_examples:
        text = MARKER.sub(
            lambda m: f"{m.group(1)}{m.group(2)}{box}{m.group(2)}", example["markdown"]
        )
        if mistune_items(text) != todokit_items(text):
            mismatches.append(example["example"])
    assert mismatches == []


@pytest.mark.parametrize("path", FIXTURES, ids=FIXTURE_IDS)
def test_fixtures_agree(path: Path) -> None:
    assert_agree(fixture_text(path))


@given(documents())
def test_generated_documents_agree(text: str) -> None:
    assert_agree(text)


@pytest.mark.parametrize(
    "text",
    [
        "- [ ]\u00a0no-break space after the box",
        "- [x]\u2003em space",
        "- [ ]\x0cform feed",
        "- [\t] a tab is no open box",
        "-\t[ ]\ttabs around the box",
        "- [ ]",
        "- [ ]\n  text on the next line",
        "-\n  [x] box on the line after the marker",
        "- [ ] a\n  ===",
        "- [ ] a\n  ---",
        "> - [ ] quoted\n> > - [x] twice",
        "1. [x] one\n2) [ ] another list",
        "- [ ] a\n\n      - [ ] indented code inside the item",
    ],
)
def test_edge_cases_agree(text: str) -> None:
    assert_agree(text)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # A marker indented more than its sibling's marker but less than its content
        # column is a sibling; mistune nests it.
        ("-  [ ] a\n  - b", [(False, 0), (None, 0)]),
        # An empty first line ends the item before an unindented line; mistune takes
        # the line as the item's text.
        ("-\n[ ] a", [(None, 0)]),
        # A "===" under a lazy continuation line is more paragraph text; mistune
        # reads a setext heading, so the item is no task.
        ("- [ ] a\nlazy\n===", [(False, 0)]),
        # Only paragraph text continues lazily; mistune keeps any text line after
        # a heading or code inside the item.
        ("- [ ] a\n  # heading\nnot in the item\n-", [(False, 0)]),
        # A quote opening with code still allows lazy lines after a later paragraph.
        (">     code\n> - [ ] a\nlazy\n>   -", [(None, 0)]),
        ("- [ ] a\n=", [(False, 0)]),
        # An empty item after a quote that interrupted a paragraph is an item.
        ("text\n> quote\n- ", [(None, 0)]),
        # "<!-->" holds "-->": the comment block ends on its first line.
        ("<!-->\n- [ ] a", [(False, 0)]),
        # Front matter, which mistune would read as a rule and a setext heading.
        ("---\n- [ ] not a task\n---\n- [x] a", [(True, 0)]),
    ],
)
def test_commonmark_wins_where_mistune_departs(text: str, items: list[Any]) -> None:
    assert todokit_items(text) == items


def test_nesting_deeper_than_mistune_goes_is_left_out_of_comparisons() -> None:
    text = "".join("  " * depth + "- [ ] x\n" for depth in range(25))
    assert mistune_items(text) is None
    assert todokit_items(text) == [(False, depth) for depth in range(25)]
    shallow = "".join("  " * depth + "- [ ] x\n" for depth in range(10))
    assert mistune_items(shallow) == todokit_items(shallow)
