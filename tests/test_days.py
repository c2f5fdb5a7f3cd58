"""One set of rules for every date: a day a user names and a task's due field read alike.

The spellings below are the ones the two readers used to treat differently:
the file layer went through dateutil with its own checks, the due field
through patterns of its own.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from todokit.days import DayError, day_at_start, read_day
from todokit.errors import UsageError
from todokit.files.dates import parse_day
from todokit.ranking.dates import extract_due

DAY = date(2026, 11, 24)

# (spelling, the day it names or None); both readers now agree on every one.
ONCE_APART = [
    ("2026 Nov 24", DAY),  # the due field refused these month-name orders
    ("24-Nov-2026", DAY),
    ("Nov-24-2026", DAY),
    ("20261124", DAY),  # ... and ISO's basic and week forms
    ("2026-W48-2", DAY),
    ("2026-11/24", None),  # the due field took mixed separators
    ("2026/11.24", None),
    ("Jan 1, 0000", None),  # the file layer read this as 2000-01-01
    ("24 Nov 0000", None),
]
AGREED = [
    ("2026-11-24", DAY),
    ("2026-11-24T10:00", DAY),
    ("2026-11-24T10", DAY),
    ("2026-11-24 10:00:00+05:00", DAY),
    ("Nov 24 2026 10:00", DAY),
    ("Tuesday, November 24, 2026", DAY),
    ("24th of November 2026", DAY),
    ("2026-1-5", date(2026, 1, 5)),
    ("24.11.2026", None),
    ("03/04/2026", None),
    ("2026-02-30", None),
    ("Nov 2026", None),
    ("tomorrow", None),
]


@pytest.mark.parametrize(("text", "expected"), ONCE_APART + AGREED)
def test_a_day_argument_and_a_due_field_read_a_spelling_alike(
    text: str, expected: date | None
) -> None:
    assert extract_due(f"Renew the cert due: {text}") == expected
    if expected is None:
        with pytest.raises(UsageError):
            parse_day(text)
    else:
        assert parse_day(text) == expected


def test_a_due_field_reads_the_day_its_value_starts_with() -> None:
    assert day_at_start("24 Nov 2026 at noon") == DAY
    assert day_at_start("2026-11-24x") is None
    with pytest.raises(DayError, match="invalid date"):
        read_day("24 Nov 2026 at noon")


def test_refusals_say_why() -> None:
    with pytest.raises(DayError, match="numeric dates must be year first"):
        read_day("24/11/2026")
    with pytest.raises(DayError, match="give year, month and day"):
        read_day("Nov 2026")
    with pytest.raises(DayError, match="invalid date"):
        read_day("x" * 65 + "2026-11-24")
    assert isinstance(DayError("x"), ValueError)


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)))
def test_every_spelling_of_a_day_reads_back(day: date) -> None:
    for text in (
        day.isoformat(),
        f"{day.year}/{day.month}/{day.day}",
        f"{day.day} {day.strftime('%B')} {day.year}",
        f"{day.strftime('%b')} {day.day}, {day.year}",
        f"{day.year} {day.strftime('%b')} {day.day}",
    ):
        assert read_day(text) == day
        assert day_at_start(f"{text}; owner: ops") == day
