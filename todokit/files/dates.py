"""Strict parsing of the dates and spans users pass to todokit.

A day names an archive (``todo-2026-11-24.old``), so it must mean one day
only. Days are read by :func:`todokit.days.read_day`, the rules every date
todokit reads follows (a task's due field too): ISO dates, year-first numeric
dates and dates with a month name; numeric forms that are not year-first
(``03/04/2026``: March or April?), incomplete dates, relative words and
anything that looks like a path are refused.

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

_SPAN = r"([0-9]{1,4})([dwmy])"
_SPAN_UNITS = {"d": "days", "w": "weeks", "m": "months", "y": "years"}
TODAY_VARIABLE = "TODOKIT_TODAY"


def parse_day(value: str | date | None) -> date:
    """Return the calendar day a user or caller named.

    Args:
        value: ``None`` for today (``$TODOKIT_TODAY`` when set, so scripts and
            tests can fix the day; else the local date), a :class:`~datetime.date` (a
            :class:`~datetime.datetime` is cut to its date), or a string such
            as ``"2026-11-24"``, ``"2026-11-24T10:00"``, ``"24 Nov 2026"``,
            ``"Nov 24 2026"`` or ``"2026/11/24"``.

    Returns:
        The calendar day, a plain :class:`~datetime.date` whatever ``value`` was.

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
    from todokit.days import DayError, read_day  # noqa: PLC0415 - only a named day needs it

    try:
        return read_day(value)
    except DayError as error:
        raise UsageError(str(error)) from error


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
