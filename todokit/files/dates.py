"""Strict parsing of the dates and spans users pass to todokit.

A day names an archive (``todo-2026-11-24.old``), so it must mean one day
only. ISO dates are read directly; a few other unambiguous spellings go
through ``dateutil`` without fuzzy matching. Numeric forms that are not
year-first (``03/04/2026``: March or April?), incomplete dates, relative
words and anything that looks like a path are refused.

Examples:
    >>> parse_day("24 Nov 2026")
    datetime.date(2026, 11, 24)
    >>> parse_span("6w")
    relativedelta(days=+42)
"""

from __future__ import annotations

import os
import re
from datetime import date, datetime
from typing import TYPE_CHECKING

from todokit.errors import UsageError, shorten

if TYPE_CHECKING:
    from dateutil.relativedelta import relativedelta

# Characters any accepted spelling can contain: letters, digits, blanks and
# the separators of dates and times. Backslashes, NUL, quotes and the like
# never form a date. (Patterns are compiled by re on first use, not at import:
# most runs only ask for today.)
_ALLOWED = r"[A-Za-z0-9 ,:./+-]+"
# All-numeric dates are accepted year first only (2026-11-24, 2026/11/24),
# optionally followed by a time.
_YEAR_FIRST = r"\d{4}([-/.])\d{1,2}\1\d{1,2}(?:[T ][0-9:.+-]*)?"
_MONTH_WORD = r"[A-Za-z]{3,}"
_FOUR_DIGIT_YEAR = r"(?<!\d)\d{4}(?!\d)"
_SPAN = r"([0-9]{1,4})([dwmy])"
_SPAN_UNITS = {"d": "days", "w": "weeks", "m": "months", "y": "years"}
# Two different defaults: a spelling that leaves out the year, month or day
# parses differently against each and is therefore incomplete.
_PROBE_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))
TODAY_VARIABLE = "TODOKIT_TODAY"
_LONGEST_DATE = 64
_EXPECTED = "expected YYYY-MM-DD or an unambiguous date such as '24 Nov 2026'"


def parse_day(value: str | date | None) -> date:
    """Return the calendar day a user or caller named.

    Args:
        value: ``None`` for today (``$TODOKIT_TODAY`` when set, so scripts and
            tests can fix the day; else the local date), a :class:`~datetime.date` (a
            :class:`~datetime.datetime` is cut to its date), or a string such
            as ``"2026-11-24"``, ``"2026-11-24T10:00"``, ``"24 Nov 2026"``,
            ``"Nov 24 2026"`` or ``"2026/11/24"``.

    Returns:
        The day.

    Raises:
        UsageError: The string is empty, ambiguous (``"03/04/2026"``),
            incomplete (``"Nov 2026"``), relative (``"tomorrow"``), contains
            path characters, or is not a date.

    Examples:
        >>> parse_day("2026-11-24")
        datetime.date(2026, 11, 24)
        >>> parse_day("03/04/2026")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        todokit.errors.UsageError: ambiguous date '03/04/2026': ...
    """
    if value is None:
        fixed = os.environ.get(TODAY_VARIABLE, "").strip()
        if fixed:
            return parse_day(fixed)
        return date.today()  # the user's local day is meant
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = value.strip()
    if not text:
        raise UsageError(f"empty date: {_EXPECTED}")
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    _refuse_unsafe(text)
    if len(text) > _LONGEST_DATE:  # no spelling of a day is this long; spare the parser
        raise UsageError(f"invalid date {shorten(text)!r}: {_EXPECTED}")
    return _parse_other(text)


def _refuse_unsafe(text: str) -> None:
    """Refuse spellings that hold path characters or are ambiguous."""
    shown = repr(shorten(text))
    if not any(char.isdigit() for char in text):
        raise UsageError(
            f"invalid date {shown}: relative or partial dates are not accepted; {_EXPECTED}"
        )
    if not re.fullmatch(_ALLOWED, text) or ".." in text or text.startswith(("/", ".")):
        raise UsageError(f"invalid date {shown}: {_EXPECTED}")
    if re.match(r"\d{5,}[-/.]", text):  # year first, but not a year a date can have
        raise UsageError(f"invalid date {shown}: the year must have four digits")
    if not re.search(_MONTH_WORD, text) and not re.fullmatch(_YEAR_FIRST, text):
        raise UsageError(f"ambiguous date {shown}: numeric dates must be year first (YYYY-MM-DD)")
    if not re.search(_FOUR_DIGIT_YEAR, text):
        raise UsageError(f"ambiguous date {shown}: the year must have four digits")


def _parse_other(text: str) -> date:
    """Parse an unambiguous non-ISO spelling with dateutil, refusing gaps."""
    # Imported here: dateutil costs tens of milliseconds at start-up.
    from dateutil import parser  # noqa: PLC0415

    try:
        first, second = (parser.parse(text, default=d, fuzzy=False) for d in _PROBE_DEFAULTS)
    except (ValueError, OverflowError) as exc:
        raise UsageError(f"invalid date {shorten(text)!r}: {_EXPECTED}") from exc
    if first.date() != second.date():
        raise UsageError(f"incomplete date {shorten(text)!r}: give year, month and day")
    day: date = first.date()
    return day


def parse_span(text: str) -> relativedelta:
    """Return the span a string such as ``30d``, ``6w``, ``3m`` or ``1y`` names.

    Args:
        text: A count of up to four digits followed by ``d`` (days), ``w``
            (weeks), ``m`` (months) or ``y`` (years); surrounding blanks are
            ignored.

    Returns:
        A ``dateutil.relativedelta.relativedelta``; months and years follow
        the calendar (Jan 31 less one month is Dec 31).

    Raises:
        UsageError: The text is not such a span.

    Examples:
        >>> parse_span("3m")
        relativedelta(months=+3)
        >>> parse_span("3 months")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        todokit.errors.UsageError: invalid span '3 months': ...
    """
    match = re.fullmatch(_SPAN, text.strip())
    if match is None:
        shown = repr(shorten(text))
        raise UsageError(
            f"invalid span {shown}: expected a number and a unit d, w, m or y (e.g. 30d, 6w)"
        )
    # Imported here: dateutil costs tens of milliseconds at start-up.
    from dateutil.relativedelta import relativedelta  # noqa: PLC0415

    return relativedelta(**{_SPAN_UNITS[match.group(2)]: int(match.group(1))})
