import sys
from datetime import date

import pytest

from todokit.ranking import extract_due


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pay rent 📅 2026-03-01", date(2026, 3, 1)),
        ("Pay rent 📅2026-03-01 ⏫", date(2026, 3, 1)),
        ("Pay rent 📆 2026-03-01", date(2026, 3, 1)),
        ("Pay rent 🗓\ufe0f 2026-03-01", date(2026, 3, 1)),
        ("(A) Call Mom due:2026-02-14 +family", date(2026, 2, 14)),
        ("Ship it @due(2026-05-01)", date(2026, 5, 1)),
        ("Ship it @due(2026-05-01 14:00)", date(2026, 5, 1)),
        ("Ship it @due(Nov 3, 2026)", date(2026, 11, 3)),
        ("Renew cert due: 2026-11-24", date(2026, 11, 24)),
        ("Renew cert Due: Nov 24, 2026", date(2026, 11, 24)),
        ("Renew cert **Due:** 2026-11-24", date(2026, 11, 24)),
        ("Renew cert **Due**: 24 November 2026", date(2026, 11, 24)),
        ("Renew cert due: Tue, Nov 24, 2026", date(2026, 11, 24)),
        ("Renew cert due: 24th of November 2026", date(2026, 11, 24)),
        ("Renew cert Due: sept. 5 2026", date(2026, 9, 5)),
        ("Renew cert [due:: 2026-11-24]", date(2026, 11, 24)),
        ("Renew cert due: 2026/11/24", date(2026, 11, 24)),
        ("Renew cert Due date: Nov 24, 2026", date(2026, 11, 24)),
        ("Renew cert due: 2026-11-24T10:00", date(2026, 11, 24)),
        ("Renew cert; due: May 5, 2026; owner: ops", date(2026, 5, 5)),
    ],
)
def test_extract_due_reads_the_supported_notations(text: str, expected: date) -> None:
    assert extract_due(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "fix bug 3 in module 2",
        "release v1.2.3",
        "Pay rent 📅 2026-02-30",
        "Pay rent due:2026-13-01",
        "due: Feb 30, 2026",
        "due: 03/04/2026",
        "due: 13/04/2026",
        "due: 2026/24/11",
        "due: tomorrow",
        "due: Nov 2026",
        "due: November 24",
        "due: Jan 1, 0000",
        "overdue: 2026-01-01",
        "pay by 2026-11-24",
        "due 2026-11-24",
        "meeting on Nov 24, 2026",
        "",
    ],
)
def test_extract_due_returns_none_without_an_unambiguous_due_date(text: str) -> None:
    assert extract_due(text) is None


def test_a_later_due_field_is_read_when_the_first_has_no_date() -> None:
    assert extract_due("due: soon, see below. Due: 2026-07-01") == date(2026, 7, 1)


def test_dateutil_is_imported_only_for_wordy_due_fields(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [m for m in sys.modules if m == "dateutil" or m.startswith("dateutil.")]:
        monkeypatch.delitem(sys.modules, name)
    assert extract_due("Pay rent 📅 2026-03-01 due:2026-03-02") == date(2026, 3, 1)
    assert extract_due("Renew due: 2026/11/24") == date(2026, 11, 24)
    assert "dateutil" not in sys.modules
    assert extract_due("Renew due: Nov 24, 2026") == date(2026, 11, 24)
    assert "dateutil" in sys.modules
