"""Due dates written in task text.

Understood, in this order: Obsidian Tasks' ``📅 2026-03-01`` (also ``📆`` and
``🗓``), TaskPaper's ``@due(2026-03-01)``, and a ``due`` field in todo.txt or
prose form: ``due:2026-03-01``, ``due: 2026-03-01``, ``Due: Nov 24, 2026``,
``**Due:** 24 November 2026``, ``[due:: 2026-03-01]``. Only a due field is
ever parsed with python-dateutil, and only when the value has a month name or
is year-first (``2026/11/24``), so ``03/04/2026`` (March or April?) is no date.
Free text is never searched for dates: "fix bug 3 in module 2" has none.

Examples:
    >>> extract_due("Pay rent 📅 2026-03-01")
    datetime.date(2026, 3, 1)
    >>> extract_due("**Due:** Nov 24, 2026")
    datetime.date(2026, 11, 24)
    >>> extract_due("release v1.2.3") is None
    True
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

_ISO = r"(\d{4})-(\d{2})-(\d{2})(?![\d-])"
_CALENDARS = "📅📆🗓"
# Each with the text it needs: compiled by re on the first text that has it.
_STRICT = (
    (tuple(_CALENDARS), rf"[{_CALENDARS}]\ufe0f?\s*{_ISO}"),
    (("@due(",), rf"@due\(\s*{_ISO}(?:[ T]\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*\)"),
)
_FIELD = re.compile(
    r"(?:@due\(|(?<![\w@-])[*_]*due(?: date)?[*_]*\s*:{1,2}[*_]*)\s*(?=(?P<value>[^)\]|;]*))",
    re.IGNORECASE,
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
# Compiled on first use (the few tasks with a wordy due field): it is the costliest pattern.
_WORDY = (
    rf"{_WEEKDAY}(?:{_MONTH}\s+{_DAY},?\s+\d{{4}}|{_DAY}\s+(?:of\s+)?{_MONTH},?\s+\d{{4}})(?!\w)"
)
_YEAR_FIRST = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")


def _iso(year: str, month: str, day: str) -> date | None:
    """Build a date from digits, or ``None`` when it does not exist (2026-02-30)."""
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _parse_field_value(value: str) -> date | None:
    """Read the date a ``due`` field's value starts with, if it is unambiguous."""
    value = value.strip().strip("*_").strip()
    if match := _YEAR_FIRST.match(value):
        return _iso(match[1], match[2], match[3])
    wordy = re.match(_WORDY, value, re.IGNORECASE)
    if wordy is None:
        return None
    from dateutil import parser  # noqa: PLC0415 - costs tens of ms; only needed here

    try:
        parsed = parser.parse(wordy[0], fuzzy=False)
    except (ValueError, OverflowError):
        return None
    found: date = parsed.date()
    # dateutil maps some years it cannot represent ("0000") to the current century.
    return found if found.year == int(re.findall(r"\d{4}", wordy[0])[-1]) else None


@lru_cache(maxsize=8192)  # sorting and explaining ask again for the same text
def extract_due(text: str) -> date | None:
    """Return the due date a task's text carries, or ``None``.

    Args:
        text: The item's text after the checkbox.

    Returns:
        The first due date found in a recognised notation. A notation holding
        an impossible date (``📅 2026-02-30``) or an ambiguous one
        (``due: 03/04/2026``) yields ``None`` rather than an error.

    Complexity:
        Linear in the length of the text.

    Examples:
        >>> extract_due("(A) Call Mom due:2026-02-14 +family")
        datetime.date(2026, 2, 14)
        >>> extract_due("Ship it @due(2026-05-01 14:00)")
        datetime.date(2026, 5, 1)
        >>> extract_due("fix bug 3 in module 2") is None
        True
        >>> extract_due("due: 03/04/2026") is None
        True
    """
    for needs, pattern in _STRICT:
        if any(need in text for need in needs) and (match := re.search(pattern, text)):
            return _iso(match[1], match[2], match[3])
    for match in _FIELD.finditer(text):
        found = _parse_field_value(match["value"])
        if found is not None:
            return found
    return None


__all__ = ["extract_due"]
