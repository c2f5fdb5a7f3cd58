"""Strict parsing of days and spans."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from todokit.errors import UsageError
from todokit.files.dates import parse_day, parse_span

DAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-24",
        " 2026-11-24 ",
        "20261124",
        "2026-W48-2",
        "2026-11-24T10:00",
        "2026-11-24 10:00:00+05:00",
        "24 Nov 2026",
        "Nov 24 2026",
        "November 24, 2026",
        "Tue 24 Nov 2026",
        "2026/11/24",
        "2026.11.24",
    ],
)
def test_unambiguous_spellings_give_the_day(text: str) -> None:
    assert parse_day(text) == DAY


def test_dates_and_none() -> None:
    assert parse_day(DAY) == DAY
    assert parse_day(datetime(2026, 11, 24, 23, 59)) == DAY
    before = date.today()
    assert parse_day(None) in {before, date.today()}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty date"),
        ("   ", "empty date"),
        ("03/04/2026", "ambiguous date '03/04/2026': numeric dates must be year first"),
        ("24/11/2026", "ambiguous date"),
        ("1/2/3", "ambiguous date"),
        ("11-24-2026", "ambiguous date"),
        ("Nov 24 26", "the year must have four digits"),
        ("tomorrow", "relative or partial dates are not accepted"),
        ("today", "relative or partial dates are not accepted"),
        ("Monday", "relative or partial dates are not accepted"),
        ("Nov 2026", "incomplete date 'Nov 2026'"),
        ("24 Nov", "the year must have four digits"),
        ("2026-02-30", "invalid date"),
        ("2026/13/01", "invalid date"),
        ("Nov 24 2026 at noon", "invalid date"),
        ("../2026-11-24", "invalid date"),
        ("2026-11-24/../../etc", "invalid date"),
        ("/2026/11/24", "invalid date"),
        (".2026.11.24", "invalid date"),
        ("2026-11-24\\x", "invalid date"),
        ("2026-11-24\x00", "invalid date"),
        ("2026\u201011\u201024", "invalid date"),
        ("Nov 24 99999999999999999999", "the year must have four digits"),
        ("10000-01-01", "invalid date '10000-01-01': the year must have four digits"),
        ("Nov 24 2026 99999999999999999999", "invalid date"),
    ],
)
def test_unsafe_or_unclear_spellings_are_refused(text: str, message: str) -> None:
    with pytest.raises(UsageError, match=re.escape(message)):
        parse_day(text)


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)))
def test_every_day_round_trips_through_its_spellings(day: date) -> None:
    assert parse_day(day.isoformat()) == day
    assert parse_day(f"{day.day} {day.strftime('%b')} {day.year}") == day
    assert parse_day(f"{day.year}/{day.month}/{day.day}") == day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30d", relativedelta(days=30)),
        ("6w", relativedelta(weeks=6)),
        ("3m", relativedelta(months=3)),
        ("1y", relativedelta(years=1)),
        (" 0d ", relativedelta()),
        ("9999y", relativedelta(years=9999)),
    ],
)
def test_spans(text: str, expected: relativedelta) -> None:
    assert parse_span(text) == expected


@pytest.mark.parametrize(
    "text", ["", "d", "30", "30 d", "3 months", "-3d", "+3d", "1.5y", "30D", "3h", "10000d", "٣d"]
)
def test_invalid_spans_are_usage_errors(text: str) -> None:
    with pytest.raises(UsageError, match="invalid span"):
        parse_span(text)


@given(st.integers(0, 9999), st.sampled_from(["days", "weeks", "months", "years"]))
def test_span_round_trip(count: int, unit: str) -> None:
    assert parse_span(f"{count}{unit[0]}") == relativedelta(**{unit: count})


def test_month_spans_follow_the_calendar() -> None:
    assert date(2026, 3, 31) - parse_span("1m") == date(2026, 2, 28)


def test_todokit_today_fixes_the_default_day(monkeypatch):
    from datetime import date

    from todokit.files.dates import parse_day

    monkeypatch.setenv("TODOKIT_TODAY", "2026-02-03")
    assert parse_day(None) == date(2026, 2, 3)
    assert parse_day("2026-11-24") == date(2026, 11, 24)
    monkeypatch.setenv("TODOKIT_TODAY", "tomorrow")
    with pytest.raises(UsageError):
        parse_day(None)
    monkeypatch.delenv("TODOKIT_TODAY")
    assert parse_day(None) == date.today()
