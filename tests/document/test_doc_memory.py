"""A document and its item views form no reference cycle: reference counting frees them."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from todokit.arrange.arrangement import arrange
from todokit.document import Document, Item, parse
from todokit.document.data import DocumentData

TEXT = "# Plan\n- [ ] Fix login\n  - [x] Write the test\n- [ ] Dark mode\n"


@pytest.fixture
def no_collector() -> Iterator[None]:
    """Pause the cyclic collector, as the CLI does: only reference counting frees anything."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def models() -> int:
    """How many documents, their data and item views exist now, garbage in cycles included."""
    return sum(isinstance(found, Document | DocumentData | Item) for found in gc.get_objects())


@pytest.mark.usefixtures("no_collector")
def test_a_document_used_in_every_way_is_freed_when_dropped() -> None:
    before = models()
    doc = parse(TEXT)
    seen = [(i.id, i.index, i.parent, i.children, i.task_parent, i.text) for i in doc.items]
    assert doc.children_of(doc.items[0]) and seen
    del doc, seen
    assert models() == before


@pytest.mark.usefixtures("no_collector")
def test_an_item_outlives_its_document_and_still_reads_it() -> None:
    before = models()
    task = parse(TEXT).tasks[1]
    assert (task.text, task.heading_path, task.index) == ("Write the test", ("Plan",), "1.1")
    assert task.parent is not None and task.parent.text == "Fix login"
    del task
    assert models() == before


@pytest.mark.usefixtures("no_collector")
def test_arranging_leaves_nothing_behind_but_its_result() -> None:
    before = models()
    text, arranged = arrange(parse(TEXT), "login", sort=True)
    assert [d.task.text for d in arranged.decisions if d.outcome == "parked"] == ["Dark mode"]
    del arranged
    assert models() == before and "## Out of scope" in text
