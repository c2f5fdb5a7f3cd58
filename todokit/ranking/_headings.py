"""Priority markers of section headings and level names, on the 0-5 rank scale.

Internal to :mod:`todokit.ranking.priority`. A heading names a priority only
when the marker leads it and stands alone ("High priority", "P0 — blockers",
"🔥 Urgent"); "High CPU usage" is a topic.

Examples:
    >>> heading_marker("## P0 — blockers"), heading_marker("High CPU usage")
    (0, None)
    >>> level_of_label("(b)")
    1
"""

from __future__ import annotations

import re

from todokit.levels import LABELS, Level, ranks
from todokit.ranking._markers import TODO_TXT, classify, letter_rank

# Words that only name a priority as a whole section heading ("## Later").
HEADING_WORDS = ranks({Level.LOW: ("later",), Level.LOWEST: ("icebox",)})
# Heading patterns stay strings: ``re`` compiles and caches them on first use, so
# parsing an item's own marker (the hook's path) never pays for them.
_HEADING_DECORATION = r"^(?:[^\w\s(\[*!🔺⏫🔼🔽⏬]\ufe0f?\s*|\d+[.)]\s+)+"
# The patterns see em and en dashes as ":", which they treat alike everywhere
# (a separator, never part of a marker): classes without them build faster.
_DASHES_AS_COLON = str.maketrans("\u2014\u2013", "::")
_HEADING = (
    r"(?i)(?:(?:priority|prio)\s*[:\-]?\s*)?"
    r"(?P<body>\[[^\]]+\]|\([^)]+\)|nice[ -]to[ -]have|[^\s:(|/]+)(?P<rest>.*)"
)
_HEADING_REST = (
    r"(?i)(?:[ _-](?:priority|prio|pri)\b)?"
    r"(?:\s+(?:highest|critical|urgent|high|medium|med|low|lowest)\b)?\s*"
    r"(?:items?|tasks?|todos?|issues?|bugs?|fixes|work|stuff)?\s*(?:[\-:|(/\[·,.].*)?"
)


# A priority word closing a heading in brackets ("1. Security (Critical)"); a
# bracketed P-level there ("Docs (P1)") stays a reference.
_CLOSING_MARKER = r"(?i)[(\[]\s*(?P<body>[a-z][a-z -]*?)\s*[)\]]\s*$"


def heading_marker(heading: str) -> int | None:
    """Return the rank a section heading (``#`` marks optional) names, such as ``High priority``.

    Examples:
        >>> heading_marker("Nice to have"), heading_marker("Later this week")
        (5, None)
        >>> heading_marker("P1 HIGH (7 tasks)"), heading_marker("1. Security (Critical)")
        (1, 0)
    """
    text = heading.replace("\ufe0f", "").strip().strip("#").strip().strip("*_").strip()
    text = re.sub(_HEADING_DECORATION, "", text)
    match = re.fullmatch(_HEADING, text.translate(_DASHES_AS_COLON))
    if match is None:
        return None
    closing = re.search(_CLOSING_MARKER, text)  # "1. Security (Critical)"
    named = None if closing is None else classify(closing["body"], words=True)
    if named is not None:
        return named[0]
    marked = text[match.start("body") : match.end("body")]  # as written, dashes and all
    body = marked.strip("[]()")
    if body.lower() in HEADING_WORDS:
        found: tuple[int, str] | None = (HEADING_WORDS[body.lower()], "tag")
    else:
        found = classify(body, words=True)
    if found is None:
        return None
    # An emoji or a bracketed marker is explicit; a bare word or P-level must
    # stand alone ("High priority", "P1 — now"), since "High CPU usage" is a topic.
    explicit = found[1] == "emoji" or marked != body
    if not explicit and not re.fullmatch(_HEADING_REST, match["rest"]):
        return None
    return found[0]


def level_of_label(label: str) -> int | None:
    """Return the rank of a level name, synonym, P-level, ``(A)`` letter or emoji, in any case.

    Examples:
        >>> level_of_label("HIGH"), level_of_label("p3"), level_of_label("soon")
        (1, 4, None)
    """
    text = label.strip().replace("\ufe0f", "")
    if text.lower() in LABELS:
        return LABELS.index(text.lower())
    if letter := TODO_TXT.fullmatch(text.upper()):
        return letter_rank(letter[2])
    found = classify(text, words=True)
    return None if found is None else found[0]
