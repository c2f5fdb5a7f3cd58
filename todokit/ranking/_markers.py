"""Recognisers for the priority markers people write, on a 0-5 rank scale.

Internal to :mod:`todokit.ranking.priority`, which wraps the ranks returned
here in its public ``Level`` and ``Priority`` types. Each ``find_*`` function
returns ``(rank, source, marker)`` or ``None``; a rank is a
:class:`~todokit.levels.Level`'s value (0 highest, 3 "none", 5 lowest).

Examples:
    >>> find_leading("**P1** Fix login")
    (1, 'p-level', '**P1**')
    >>> find_trailing("Fix login [low] 📅 2026-03-01")
    (4, 'tag', '[low]')
"""

from __future__ import annotations

import re

from todokit.levels import Level, rank_without_none, ranks

Found = tuple[int, str, str]

WORDS = ranks(
    {
        Level.HIGHEST: ("critical", "urgent", "blocker", "blockers", "blocking", "highest", "asap"),
        Level.HIGH: ("high", "important"),
        Level.MEDIUM: ("medium", "med"),
        Level.LOW: ("low", "minor"),
        Level.LOWEST: ("lowest", "someday", "trivial", "wishlist", "nice to have", "nice-to-have"),
    }
)
EMOJI = ranks(
    {
        Level.HIGHEST: ("🔺",),
        Level.HIGH: ("⏫",),
        Level.MEDIUM: ("🔼",),
        Level.LOW: ("🔽",),
        Level.LOWEST: ("⏬",),
    }
)

_WORD_ALT = "|".join(re.escape(word) for word in sorted(WORDS, key=len, reverse=True))
_P_LEVEL = re.compile(r"[Pp](\d{1,2})")
_BANG = re.compile(r"!{1,5}")
_WORD = re.compile(rf"(?i)({_WORD_ALT})(?:[ _-](?:priority|prio|pri))?")
TODO_TXT = re.compile(r"\s*(\(([A-Z])\))(?=\s|$)")
# One marker-shaped unit: bold, bracketed, parenthesised, code, "Word:" or bare.
_UNIT = re.compile(
    r"\*\*(?P<bold>[^*]+?)\*\*:?|\[(?P<square>[^\[\]]+)\]|\((?P<paren>[^()]+)\)"
    r"|`(?P<code>[^`]+)`|(?P<colon>[^\s:*\[(`]+(?: (?:priority|prio))?):(?=\s|$)|(?P<bare>\S+)",
    re.IGNORECASE,
)
_LAST_UNIT = re.compile(r"(?:^|\s)(\*\*[^*]+?\*\*:?|\[[^\[\]]+\]|\([^()]+\)|`[^`]+`|\S+)$")
_TRAILING_FIELD = re.compile(
    r"\s*(?:[+@#]\S+|[A-Za-z][\w-]*:(?!//)\S+|\[[^\[\]]*::[^\[\]]*\]|\([^()]*::[^()]*\)"
    r"|\d{4}-\d{2}-\d{2})$"
)
# The Obsidian Tasks fields, apart: only a text that is not ASCII can hold them,
# and re compiles them on first use (their emoji classes are costly to build).
_EMOJI_FIELD = (
    r"\s*(?:[📅📆🗓⏳🛫\u2795✅❌]\s*\d{4}-\d{2}-\d{2}|🔁\s*[a-zA-Z0-9, !]+|[🆔⛔🏁]\s*[\w,-]+)$"
)
_FIELD = re.compile(
    r"(?:^|(?<=[\s\[(|,;]))\**(?:priority|prio)\**\s*:{1,2}\**\s*"
    r"(?P<value>[^\s*\]),;|]+(?:[ _-](?:priority|prio))?)",
    re.IGNORECASE,
)
_TAG = re.compile(r"(?<![\w#&])#(?P<body>[\w/-]+)")
_TAG_PREFIX = re.compile(r"(?:priority|prio)[-_/]?", re.IGNORECASE)
# A bare "P1" ending a sentence after one of these words is a reference, not a marker.
_FUNCTION_TEXT = (
    "a an the for of in on to with about from after before each every our this that any "
    "all per into than and or by as at"
)
_FUNCTION_WORDS = frozenset(_FUNCTION_TEXT.split())


def classify(body: str, *, words: bool) -> tuple[int, str] | None:
    """Rank and kind of a marker body such as ``P1``, ``!!``, ``⏫`` or ``high``.

    ``body`` is the text inside any wrapper (``**``, ``[]``, ``()``). Priority
    words count only with ``words``: inside a wrapper, a field, a tag or a
    heading, never bare.

    Examples:
        >>> classify("P4", words=False), classify("high", words=False)
        ((5, 'p-level'), None)
    """
    body = body.strip().rstrip(":.").strip()
    if match := _P_LEVEL.fullmatch(body):
        return rank_without_none(int(match[1])), "p-level"
    if _BANG.fullmatch(body):
        return max(0, Level.NONE - len(body)), "bang"
    if body in EMOJI:
        return EMOJI[body], "emoji"
    if words and (match := _WORD.fullmatch(body)):
        return WORDS[match[1].lower()], "tag"
    return None


def letter_rank(letter: str) -> int:
    """Rank of a todo.txt priority letter: A highest, B high, C medium, D low, E-Z lowest.

    Examples:
        >>> [letter_rank(letter) for letter in "ABCDEZ"]
        [0, 1, 2, 4, 5, 5]
    """
    return rank_without_none(ord(letter) - ord("A"))


def _unit_priority(unit: re.Match[str], *, bare_ok: bool) -> Found | None:
    """Classify one unit matched by ``_UNIT``, honouring where bare bodies count."""
    kind = unit.lastgroup or "bare"
    if kind == "bare" and not bare_ok:
        return None
    found = classify(unit[kind], words=kind != "bare")
    return None if found is None else (found[0], found[1], unit[0])


def find_leading(text: str) -> Found | None:
    """Find a marker opening the text: ``(A)``, ``**P1**``, ``[high]``, ``Urgent:``, ``!!``, ``⏫``.

    Examples:
        >>> find_leading("Urgent: prod is down")
        (0, 'tag', 'Urgent:')
    """
    text = text.replace("\ufe0f", "")
    if match := TODO_TXT.match(text):
        return letter_rank(match[2]), "todo.txt", match[1]
    stripped = text.lstrip()
    unit = _UNIT.match(stripped)
    if unit is None or (unit.end() < len(stripped) and not stripped[unit.end()].isspace()):
        return None
    return _unit_priority(unit, bare_ok=True)


_DASHED_TAIL = re.compile(
    r"(?:^|\s)[-\u2013\u2014:]\s*(?P<body>[A-Za-z]+(?:[ _-](?:priority|prio))?)\s*$", re.IGNORECASE
)


def _cells(text: str) -> list[str]:
    """The cells after the first of a text written as ``X | P1 | added: …`` (none without ``|``)."""
    return [cell.strip() for cell in text.split("|")[1:]] if "|" in text else []


def find_field(text: str) -> Found | None:
    """Find a ``priority: high``-style field or a ``#prio1``/``#urgent`` tag anywhere.

    A ``|``-separated cell that holds nothing but a marker counts too
    (``Fix it | P1 | added: 2026-01-15``).

    Examples:
        >>> find_field("Fix the build [priority:: low]"), find_field("Ship #prio0")
        ((4, 'field', 'priority:: low'), (0, 'tag', '#prio0'))
        >>> find_field("Fix it | P1 | added: 2026-01-15")
        (1, 'field', 'P1')
    """
    text = text.replace("\ufe0f", "")
    for cell in _cells(text):
        found = classify(cell, words=True)
        if found is not None:
            return found[0], "field", cell
    for match in _FIELD.finditer(text):
        found = classify(match["value"], words=True)
        if found is not None:
            return found[0], "field", match[0].strip()
    for match in _TAG.finditer(text):
        body = match["body"]
        prefix = _TAG_PREFIX.match(body)
        rest = body[prefix.end() :] if prefix else body
        if prefix and rest.isdigit():
            rest = f"P{rest}"
        found = classify(rest, words=True)
        if found is not None:
            return found[0], "tag", match[0]
    return None


def _trailing_fields(text: str) -> list[re.Match[str]]:
    """The trailing field (a date, tag or ``key:value``) ending ``text``, by each pattern."""
    found = [_TRAILING_FIELD.search(text)]
    if not text.isascii():
        found.append(re.search(_EMOJI_FIELD, text))
    return [match for match in found if match is not None]


def find_trailing(text: str) -> Found | None:
    """Find a marker ending the text once trailing dates, tags and fields are set aside.

    Examples:
        >>> find_trailing("Fix login 🔽 📅 2026-03-01 #web"), find_trailing("Write it for P1")
        ((4, 'emoji', '🔽'), None)
        >>> find_trailing("Update the docs - LOW PRIORITY")
        (4, 'tag', '- LOW PRIORITY')
    """
    rest = text.replace("\ufe0f", "").rstrip()
    if dashed := _DASHED_TAIL.search(rest):  # "Fix it - LOW PRIORITY"
        tail = classify(dashed["body"], words=True)
        if tail is not None:
            return tail[0], tail[1], dashed[0].strip()
    while rest:
        last = _LAST_UNIT.search(rest)
        if last is not None:
            unit = _UNIT.fullmatch(last[1])
            before = rest[: last.start(1)].split()
            bare_ok = not before or before[-1].lower() not in _FUNCTION_WORDS
            found = None if unit is None else _unit_priority(unit, bare_ok=bare_ok)
            if found is not None:
                return found
        starts = [field.start() for field in _trailing_fields(rest)]
        if not starts:
            return None
        rest = rest[: min(starts)].rstrip()
    return None
