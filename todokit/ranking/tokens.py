"""Tokenizer for task text: identifiers, paths and prose become matching keys.

``tokenize`` lower-cases, splits camelCase, snake_case, kebab-case, paths and
dotted names, drops stop words (English function words and the verbs every
task starts with, such as "add", "fix", "update", "implement") and markup noise
(URLs, dates, priority markers, version numbers), then stems each word with
:func:`todokit.ranking.stemming.stem`.

A camelCase identifier yields its parts *and* the whole word ("LoginForm" →
``login``, ``form``, ``loginform``), and a two-part hyphenated word yields the
joined form too ("sign-in" → ``sign``, ``signin``), so both spellings match.

Examples:
    >>> tokenize("Fix the LoginForm crash in src/auth/login_view.py")
    ['login', 'form', 'loginform', 'crash', 'src', 'auth', 'login', 'view', 'py']
    >>> tokenize("**P1** Update deps 📅 2026-03-01")
    ['dep']
"""

from __future__ import annotations

import re

from todokit.ranking.stemming import stem

_STOP_TEXT = (
    # English function words and fillers.
    "a about above after again against all also am an and any are around as at be because "
    "been before being below between both but by can cannot could did do does doing done "
    "down during each either else etc even ever every few for from further get gets got had "
    "has have having he her here hers him his how however i if in into is it its itself "
    "just least less like likely lot lots many may maybe me might more most much must my "
    "need needed needs neither no nor not now of off often on once one only onto or other "
    "our ours out over own per perhaps please probably quite rather really same should "
    "since so some something somehow soon still such than that the their them then there "
    "these they thing things this those though through to too under until up upon us very "
    "via was we well were what when where whether which while who whom whose why will with "
    "within without would yes yet you your yours "
    # Contraction stems left once the apostrophe part is cut ("don't" → "don").
    "aren couldn didn doesn don hadn hasn haven isn shouldn wasn weren won wouldn "
    # Verbs and nouns every task list uses whatever the topic.
    "add added adding fix fixed fixes fixing update updated updates updating make makes "
    "making implement implemented implementing create creating ensure handle handling use "
    "used uses using support supporting improve improved improving change changes changing "
    "allow enable try look looking investigate figure consider work working works start "
    "finish continue wip todo todos task tasks item items stuff issue issues problem "
    "problems new properly correctly instead also asap due eg ie vs see set"
)
STOP_WORDS: frozenset[str] = frozenset(_STOP_TEXT.split())

# Compiled by re on first use (most items hold no URL, link or contraction).
_URL = r"(?i)(?:https?|ftp)://\S+|www\.\S+"
_LINK_TARGET = r"\]\([^)]*\)"
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}")
_CONTRACTION = r"(?i)(?<=[^\W\d_])['\u2019](?:s|t|re|ll|ve|d|m)\b"
# A version ("5.1", "v2.3.1") is one word; so is a ticket id ("DE-311", "T-021").
_CHUNK = re.compile(r"(?<![\w.])v?\d+(?:\.\d+)+(?!\w|\.\w)|[^\W_]+(?:-[^\W_]+)*")
_TICKET = re.compile(r"[A-Z][A-Z0-9]{0,9}-\d+")
_ACRONYM_TAIL = re.compile(r"[A-Z]{2,}[a-z]{1,2}")
_CAMEL_PART = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z0-9]+|[A-Z0-9]+")
# Version numbers, P-levels, ordinals and quantities with a unit carry no topic.
_NOISE = re.compile(
    r"v\d+|p\d|\d+(?:st|nd|rd|th|k|kb|mb|gb|tb|ms|s|m|h|x|px|fps|rps|hz|min)|\d{1,2}|\d{4,}"
)


def _camel_parts(word: str) -> list[str]:
    """Split a camelCase word, keeping a lone leading capital with its hump ("OAuth")."""
    if not word.isascii():
        return [word]
    if _ACRONYM_TAIL.fullmatch(word):  # "IMDb" is one word, not "im" + "db"; "APIs" is "API"
        return [word[:-1] if word.endswith("s") and word[-2].isupper() else word]
    parts = _CAMEL_PART.findall(word)
    if len(parts) > 1 and len(parts[0]) == 1:
        parts[:2] = [parts[0] + parts[1]]
    return parts


def split_words(text: str) -> list[str]:
    """Split text into lower-case words, in order, before stop-word removal and stemming.

    camelCase words contribute their parts then the whole word; two-part
    hyphenated words their parts then the joined word.

    Examples:
        >>> split_words("Sign-in via getUserName()")
        ['sign', 'in', 'signin', 'via', 'get', 'user', 'name', 'getusername']
    """
    # Each pass runs only when its pattern could match: most items have no
    # link, URL, date or contraction, and tokenizing is on every hook's path.
    if "](" in text:
        text = re.sub(_LINK_TARGET, "]", text)
    if "://" in text or "www." in text.lower():
        text = re.sub(_URL, " ", text)
    if ":" in text or "-" in text:
        text = _DATE_TIME.sub(" ", text)
    if "'" in text or "\u2019" in text:
        text = re.sub(_CONTRACTION, "", text)
    words: list[str] = []
    for chunk in _CHUNK.findall(text):
        if "-" not in chunk and chunk.isascii() and (chunk.islower() or chunk.isdigit()):
            words.append(chunk)  # what the general path gives a plain word, faster
            continue
        if chunk[0] in "v0123456789" and "." in chunk:
            words.append("v" + chunk.lstrip("v"))
            continue
        if _TICKET.fullmatch(chunk):
            words.append(chunk.lower())
            continue
        pieces = chunk.split("-")
        for piece in pieces:
            parts = _camel_parts(piece)
            words.extend(part.lower() for part in parts)
            if len(parts) > 1:
                words.append(piece.lower())
        if 2 <= len(pieces) <= 4 and all(piece.isalpha() for piece in pieces):
            words.append("".join(pieces).lower())
    return words


_PHRASAL = re.compile(r"\b(log|sign)(?:s|ged|ging|ed|ing)?[\s-]+(in|out|on|off|up)\b", re.I)


def is_content_word(word: str) -> bool:
    """Whether a lower-case word can carry a topic (not a stop word, number or marker).

    Not: stop words, one-letter words, version numbers (``v2``), P-levels,
    years and other numbers except three-digit codes (``429``).

    Examples:
        >>> [is_content_word(w) for w in ("login", "the", "p1", "429", "2026", "v2")]
        [True, False, False, True, False, False]
    """
    if len(word) < 2 or word in STOP_WORDS:
        return False
    # Every kind of noise holds a digit: a word of letters needs no pattern.
    return word.isalpha() or not _NOISE.fullmatch(word)


def tokenize(text: str) -> list[str]:
    """Turn text into the stemmed content words used for matching.

    Args:
        text: Any text: a task description, an item, a heading.

    Returns:
        Stems in order, duplicates kept (term frequency matters to scoring).

    Complexity:
        Linear in the length of the text.

    Phrasal verbs of signing in and out are joined first ("logged out" reads
    as "logout", not as logging), since either spelling names the same thing.

    Examples:
        >>> tokenize("Migrating the users table; migrations are slow")
        ['migr', 'user', 'tabl', 'migr', 'slow']
        >>> tokenize("Users get logged out") == tokenize("users get logout")
        True
    """
    lowered = text.lower()  # (non-ASCII text may match through Unicode case folding)
    if "log" in lowered or "sign" in lowered or not text.isascii():
        text = _PHRASAL.sub(lambda match: match.group(1) + match.group(2), text)
    return [stem(word) for word in split_words(text) if is_content_word(word)]


__all__ = ["STOP_WORDS", "is_content_word", "split_words", "tokenize"]
