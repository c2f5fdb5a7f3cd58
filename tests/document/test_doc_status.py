"""Task statuses and their checkbox characters."""

from __future__ import annotations

import pytest

from todokit.document import Status
from todokit.errors import UsageError


@pytest.mark.parametrize(
    ("marker", "status"),
    [
        (" ", Status.OPEN),
        ("x", Status.DONE),
        ("X", Status.DONE),
        ("/", Status.IN_PROGRESS),
        ("~", Status.IN_PROGRESS),
        ("^", Status.IN_PROGRESS),
        ("-", Status.CANCELLED),
        (">", Status.DEFERRED),
        ("?", Status.OTHER),
        ("a", Status.OTHER),
        ("\t", Status.OTHER),
    ],
)
def test_from_marker(marker: str, status: Status) -> None:
    assert Status.from_marker(marker) is status


def test_markers_written_for_each_status() -> None:
    # open, done, in progress, cancelled, deferred, other
    assert "".join(s.marker for s in Status) == " x/->?"
    assert all(Status.from_marker(s.marker) is s for s in Status)


def test_finished() -> None:
    assert [s for s in Status if s.finished] == [Status.DONE, Status.CANCELLED]


@pytest.mark.parametrize(
    ("value", "status"),
    [
        ("open", Status.OPEN),
        ("DONE", Status.DONE),
        ("in-progress", Status.IN_PROGRESS),
        ("in_progress", Status.IN_PROGRESS),
        ("x", Status.DONE),
        (" ", Status.OPEN),
        ("-", Status.CANCELLED),
        ("?", Status.OTHER),
        (Status.DEFERRED, Status.DEFERRED),
    ],
)
def test_parse(value: str, status: Status) -> None:
    assert Status.parse(value) is status


@pytest.mark.parametrize(
    "value",
    ["", "[", "]", "\n", "\r", "finished", "xx", "\t", "\x1b", "\x7f", "\x9b", "\xa0", "\u2028"],
)
def test_parse_rejects_what_names_no_status(value: str) -> None:
    with pytest.raises(UsageError, match="unknown status"):
        Status.parse(value)


def test_values_are_stable_strings_for_json() -> None:
    assert [s.value for s in Status] == [
        "open",
        "done",
        "in_progress",
        "cancelled",
        "deferred",
        "other",
    ]
