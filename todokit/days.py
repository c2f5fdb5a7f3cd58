"""Reading a calendar day from text: the one set of rules for every date todokit reads.

A day a user names (``todokit history --since``, ``$TODOKIT_TODAY``, through
:func:`todokit.files.dates.parse_day`) and a task's ``due`` field
(:mod:`todokit.ranking.dates`) are read by the same rules. A spelling is one of:

- ISO 8601: ``2026-11-24``, ``20261124``, ``2026-W48-2``;
- year first, one separator throughout, an optional time that is then
  ignored: ``2026/11/24``, ``2026.11.24``, ``2026-11-24T10:00``,
  ``2026-11-24 10:00:00+05:00``;
- a month by name with a day and a four-digit year, in any order people
  write them, after an optional weekday and before an optional time:
  ``24 Nov 2026``, ``Nov 24, 2026``, ``Tue, 24th of November 2026``,
  ``24-Nov-2026``, ``2026 Nov 24``, ``Nov 24 2026 10:00``.

Anything else is refused: a numeric day that is not year first
(``03/04/2026``: March or April?), a two-digit year, a missing day or year,
relative words (``tomorrow``), and a day that does not exist
(``2026-02-30``). Only a month name needs python-dateutil, imported then.

Examples:
    >>> read_day("24 Nov 2026"), read_day("2026/11/24")
    (datetime.date(2026, 11, 24), datetime.date(2026, 11, 24))
    >>> day_at_start("Nov 24, 2026; owner: ops")
    datetime.date(2026, 11, 24)
    >>> read_day("03/04/2026")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    todokit.days.DayError: ambiguous date '03/04/2026': numeric dates must be year first ...
"""

from __future__ import annotations

import re
from datetime import date

from todokit.errors import shorten

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"\d{4}(?!\d)"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
# A time of day after a date: read for its shape, then ignored.
_TIME = r"(?:[T ]\d{1,2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
_NAMED = (
    rf"{_WEEKDAY}(?:{_MONTH}[\s-]+{_DAY},?[\s-]+{_YEAR}"
    rf"|{_DAY}[\s-]+(?:of\s+)?{_MONTH},?[\s-]+{_YEAR}|{_YEAR}[\s-]+{_MONTH}[\s-]+{_DAY})"
)
# One pattern, a group per kind of spelling; re compiles it on first use.
_SPELLING = (
    r"(?i)(?:(?P<iso>\d{8}|\d{4}-?W\d{2}-?\d)"
    r"|(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
    rf"|(?P<named>{_NAMED})){_TIME}(?![\w:/.-])"
)
_LONGEST = 64  # no spelling of a day is longer
_ALLOWED = r"[A-Za-z0-9 ,:./+-]+"
_EXPECTED = "expected YYYY-MM-DD or an unambiguous date such as '24 Nov 2026'"


class DayError(ValueError):
    """A text is no day by these rules; the message says why, for a user to read.

    Examples:
        >>> try:
        ...     read_day("03/04/2026")
        ... except DayError as error:
        ...     isinstance(error, ValueError)
        True
    """


def read_day(text: str) -> date:
    """Return the day a whole text spells (surrounding blanks ignored).

    Args:
        text: A spelling such as ``"2026-11-24"`` or ``"24 Nov 2026"``.

    Returns:
        The calendar day, never a :class:`~datetime.datetime` (a time given is dropped).

    Raises:
        DayError: The text is empty, ambiguous, incomplete, relative, holds
            characters no date has, or names a day that does not exist.

    Examples:
        >>> read_day(" Tue 24 Nov 2026 ")
        datetime.date(2026, 11, 24)
    """
    stripped = text.strip()
    match = re.fullmatch(_SPELLING, stripped) if len(stripped) <= _LONGEST else None
    if match is None:
        raise DayError(_why_not(stripped))
    found = _day_of(match)
    if found is None:
        raise DayError(f"invalid date {shorten(stripped)!r}: {_EXPECTED}")
    return found


def day_at_start(text: str) -> date | None:
    """Return the day a text begins with, by the same rules, or ``None``.

    What follows the spelling must not continue it (``2026-11-24x`` is no day).

    Args:
        text: A text that may begin with a spelling, such as a due field's value.

    Returns:
        The day, or ``None`` when the text begins with none or it does not exist.

    Examples:
        >>> day_at_start("2026-11-24T10:00 sharp"), day_at_start("03/04/2026")
        (datetime.date(2026, 11, 24), None)
    """
    match = re.match(_SPELLING, text)
    return None if match is None else _day_of(match)


def _day_of(match: re.Match[str]) -> date | None:
    """The day a matched spelling names, or ``None`` when there is no such day."""
    try:
        if match["iso"]:
            return date.fromisoformat(match["iso"])
        if match["year"]:
            return date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None
    return _named_day(match["named"])


def _named_day(text: str) -> date | None:
    """Read a spelling with a month name through dateutil (imported here: tens of ms)."""
    from dateutil import parser  # noqa: PLC0415

    try:
        found: date = parser.parse(text, fuzzy=False).date()
    except (ValueError, OverflowError):
        return None
    # dateutil maps years it cannot represent ("0000") to the current century.
    return found if found.year == int(re.findall(r"\d{4}", text)[-1]) else None


def _why_not(text: str) -> str:  # noqa: PLR0911 - one return per reason, in the order checked
    """Say why a text that matches no spelling is no day."""
    shown = repr(shorten(text))
    if not text:
        return f"empty date: {_EXPECTED}"
    if not any(char.isdigit() for char in text):
        return f"invalid date {shown}: relative or partial dates are not accepted; {_EXPECTED}"
    if not re.fullmatch(_ALLOWED, text) or ".." in text or text.startswith(("/", ".")):
        return f"invalid date {shown}: {_EXPECTED}"
    if re.match(r"\d{5,}[-/.]", text):
        return f"invalid date {shown}: the year must have four digits"
    named = re.search(r"[A-Za-z]{3,}", text)
    if not named and not re.match(r"\d{4}[-/.]", text):
        return f"ambiguous date {shown}: numeric dates must be year first (YYYY-MM-DD)"
    if not re.search(r"(?<!\d)\d{4}(?!\d)", text):
        return f"ambiguous date {shown}: the year must have four digits"
    if named and len(text) <= _LONGEST and len(re.findall(r"\d+", text)) == 1:
        return f"incomplete date {shown}: give year, month and day"
    return f"invalid date {shown}: {_EXPECTED}"
