"""Due dates written in task text.

Understood, in this order: Obsidian Tasks' ``📅 2026-03-01`` (also ``📆`` and
``🗓``), TaskPaper's ``@due(2026-03-01)``, and a ``due`` field in todo.txt or
prose form: ``due:2026-03-01``, ``due: 2026-03-01``, ``Due: Nov 24, 2026``,
``**Due:** 24 November 2026``, ``[due:: 2026-03-01]``. A due field's value is
read by the rules every date todokit reads follows (:mod:`todokit.days`): ISO,
year-first or with a month name, so ``03/04/2026`` (March or April?) is no
date, and only a month name needs python-dateutil.
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

from todokit.days import day_at_start

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


def _iso(year: str, month: str, day: str) -> date | None:
    """Build a date from digits, or ``None`` when it does not exist (2026-02-30)."""
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _parse_field_value(value: str) -> date | None:
    """Read the day a ``due`` field's value starts with (:func:`todokit.days.day_at_start`)."""
    return day_at_start(value.strip().strip("*_").strip())


@lru_cache(maxsize=8192)  # sorting and explaining ask again for the same text
def extract_due(text: str) -> date | None:
    """Return the first due date a task's text carries in a recognised notation, or ``None``.

    A notation holding an impossible date (``📅 2026-02-30``) or an ambiguous
    one (``due: 03/04/2026``) yields ``None`` rather than an error.

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
