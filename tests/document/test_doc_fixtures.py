"""Fixture files covering every syntax todokit meets, each with its expected items.

Each fixture pairs with ``fixtures/<name>.json``: one row per list item,
``[line, depth, status, text, section]`` (status null for a plain item). See
``doc_fixtures`` for where they live and how they keep their exact bytes. The
BOM check also runs over the shared corpus, when it is there.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from doc_fixtures import FIXTURE_DIR, FIXTURES, fixture_text

from todokit.document import Document, parse
from todokit.document.lines import BOM

IDS = [path.stem for path in FIXTURES]


def load(name: str | Path) -> Document:
    return parse(fixture_text(FIXTURE_DIR / name))


def rows(doc: Document) -> list[list[Any]]:
    return [
        [item.line, item.depth, item.status and item.status.value, item.text, item.section]
        for item in doc.items
    ]


def summary(doc: Document) -> list[tuple[Any, ...]]:
    return [
        (t.text, t.status, t.depth, t.id, t.index, t.section, t.line, t.raw, t.source_text)
        for t in doc.items
    ]


@pytest.mark.parametrize("path", FIXTURES, ids=IDS)
def test_items_match_the_expected_table(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert rows(load(path)) == expected


def test_every_fixture_has_a_table() -> None:
    tables = sorted(FIXTURE_DIR.glob("*.json"))
    assert [t.stem for t in tables] == IDS
    assert len(FIXTURES) >= 9


def assert_a_bom_is_kept_but_is_not_content(text: str) -> None:
    bare = text.removeprefix(BOM)
    with_bom, without = parse(BOM + bare), parse(bare)
    assert summary(with_bom) == summary(without)
    assert [h.text for h in with_bom.headings] == [h.text for h in without.headings]
    assert with_bom.has_bom
    assert not without.has_bom
    assert with_bom.render() == BOM + bare
    assert with_bom.lines[0] == BOM + without.lines[0]
    assert with_bom.content(0) == without.content(0)
    assert all(not item.raw.startswith(BOM) for item in with_bom.items)


@pytest.mark.parametrize("path", FIXTURES, ids=IDS)
def test_a_bom_is_kept_but_is_not_content(path: Path) -> None:
    assert_a_bom_is_kept_but_is_not_content(fixture_text(path))


def test_a_bom_is_kept_but_is_not_content_in_corpus_files(corpus_file: Path) -> None:
    assert_a_bom_is_kept_but_is_not_content(fixture_text(corpus_file))


def test_a_bom_before_a_task_on_the_first_line() -> None:
    doc = parse(BOM + "- [ ] first\n")
    (task,) = doc.tasks
    assert (task.raw, task.text, task.marker_column) == ("- [ ] first", "first", 0)


def test_opaque_blocks_hide_their_tasks() -> None:
    doc = load("opaque_blocks.md")
    assert [t.text for t in doc.tasks] == ["a real task", "another real task"]
    boxed = {i for i, line in enumerate(doc.lines) if "[ ]" in line or "[x]" in line}
    # Backtick and tilde fences, indented code, a comment, an HTML block, a table
    # and a fence inside an item.
    assert len(boxed - {t.start for t in doc.tasks}) == 7


def test_front_matter_is_not_content() -> None:
    doc = load("front_matter.md")
    assert [h.text for h in doc.headings] == ["Release plan"]
    assert all(item.start >= 5 for item in doc.items)


def test_quoted_items_are_marked() -> None:
    doc = load("quotes.md")
    assert [t.quoted for t in doc.tasks] == [True] * 5 + [False, True]
