"""The properties the fuzzer drives: each target takes bytes and fails with an AssertionError.

Used by ``run_fuzz.py`` (atheris, coverage-guided) and by ``test_fuzz_targets.py``
(hypothesis bytes and every kept finding, in the default test run). A byte
string is read two ways: as file bytes (any text, invalid UTF-8 included) and
as the choices that build a realistic task list
(``tests/document/doc_strategies.build_document``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "document"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "arrange"))

from doc_strategies import build_document

from todokit.arrange.homes import home_of
from todokit.arrange.scope import park
from todokit.document import Status, parse
from todokit.document.codec import decode, encode
from todokit.document.edits import remove, set_status
from todokit.document.insert import insert_task
from todokit.errors import InvalidInputError


def texts_of(data: bytes) -> list[str]:
    """The two readings of ``data``: its bytes as a file, and the list its choices build."""
    return [decode(data), build_document(data)]


def check_roundtrip(data: bytes) -> None:
    """Parse then render gives the very bytes back, and a second parse the same tasks."""
    for text in texts_of(data):
        doc = parse(text)
        assert encode(doc.render()) == encode(text)
        again = parse(doc.render())
        assert [t.raw for t in again.tasks] == [t.raw for t in doc.tasks]


def check_edits(data: bytes) -> None:
    """A status change touches one character; a removal and an insertion touch only their lines."""
    for text in texts_of(data):
        doc = parse(text)
        if not doc.tasks:
            continue
        task = doc.tasks[data[0] % len(doc.tasks)] if data else doc.tasks[0]
        changed = set_status(doc, task, Status.DONE if not task.checked else Status.OPEN)
        before, after = doc.render(), changed.render()
        assert len(before) == len(after)
        assert sum(a != b for a, b in zip(before, after, strict=True)) <= 1
        try:
            gone = remove(doc, task)
        except InvalidInputError:
            pass  # it refuses when the lines after it would change meaning: nothing changes
        else:
            assert len(gone.tasks) == len(doc.tasks) - 1 - _subtasks(task)
        try:
            added = insert_task(doc, "fuzzed task")
        except InvalidInputError:
            continue  # no place leaves the other tasks as they are: it refuses
        assert len(added.tasks) == len(doc.tasks) + 1


def _subtasks(task: object) -> int:
    """How many tasks lie below ``task``."""
    children = getattr(task, "children", ())
    return sum((child.is_task) + _subtasks(child) for child in children)


def check_parking(data: bytes) -> None:
    """Parking loses no line of work, and the home comes back byte for byte."""
    for text in texts_of(data):
        doc = parse(text)
        home = home_of(doc, None)
        words = frozenset(
            w for w in ("login", "docs", "a", "b", "x") if w in text[: len(data) % 97]
        )
        parked, homes = park(home, _shares(words))
        assert home_of(parked, homes).render() == home.render()
        assert len(parked.tasks) == len(home.tasks)


def _shares(words: frozenset[str]) -> Callable[[object], bool]:
    """Relevant when an item's text holds one of ``words``."""
    return lambda item: bool(words & set(getattr(item, "text", "").split()))


TARGETS: dict[str, Callable[[bytes], None]] = {
    "roundtrip": check_roundtrip,
    "edits": check_edits,
    "parking": check_parking,
}
