"""A small, deterministic suffix stripper in the spirit of Porter's stemmer.

It maps the usual families of software words onto one stem ("migrate",
"migration", "migrating" → ``migr``; "cache", "cached", "caching" → ``cach``;
"deployment", "deploys" → ``deploy``). It is deliberately light: a stem is a
matching key, never shown to anyone, so a few odd stems ("parser" → ``pars``)
cost nothing as long as the same word always gives the same stem.

Examples:
    >>> [stem(w) for w in ("tests", "testing", "tested")]
    ['test', 'test', 'test']
    >>> stem("optimization") == stem("optimize") == stem("optimizing")
    True
"""

from __future__ import annotations

from functools import lru_cache

_VOWELS = frozenset("aeiouy")
# Words whose "-ed" is part of the root, not a past tense.
_ED_ROOTS = frozenset({"embed", "hundred", "naked", "wicked", "sacred"})
# Derivational endings rewritten to a shorter ending, longest first (one applies).
_REWRITES = (
    ("izations", "ize"),
    ("isations", "ize"),
    ("ization", "ize"),
    ("isation", "ize"),
    ("ational", "ate"),
    ("ations", "ate"),
    ("ation", "ate"),
    ("ators", "ate"),
    ("ator", "ate"),
    ("ivity", "ive"),
    ("izer", "ize"),
    ("iser", "ize"),
    ("ability", "able"),
    ("ibility", "ible"),
)
# Endings removed outright, with the shortest stem each may leave (one applies).
_ENDINGS = (
    ("ance", 4),
    ("ence", 4),
    ("ancy", 4),
    ("ency", 4),
    ("ment", 4),
    ("ness", 3),
    ("able", 4),
    ("ible", 4),
    ("ful", 3),
    ("ity", 3),
    ("ive", 3),
    ("ize", 4),
    ("ise", 4),
    ("ate", 4),
    ("ion", 3),
    ("er", 3),
)


# Every ending of each table, for one C-level test before the per-ending loop.
_REWRITE_ENDINGS = tuple(ending for ending, _ in _REWRITES)
_REMOVED_ENDINGS = tuple(ending for ending, _ in _ENDINGS)
_KEPT_DOUBLES = _VOWELS | frozenset("lsz")


def _has_vowel(text: str) -> bool:
    """Whether ``text`` contains a vowel (``y`` counts)."""
    return any(char in _VOWELS for char in text)


def _undouble(word: str) -> str:
    """Drop a doubled final consonant left by a suffix ("runn" → "run"), except l, s, z."""
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in _KEPT_DOUBLES:
        return word[:-1]
    return word


def _strip_plural(word: str) -> str:
    """Remove a plural ``-s``/``-es``/``-ies``."""
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _strip_inflection(word: str) -> tuple[str, bool]:
    """Remove ``-ing``/``-ed``; return the word and whether anything was removed."""
    for suffix in ("ing", "ed"):
        base = word[: -len(suffix)]
        if not word.endswith(suffix) or len(base) < 3 or not _has_vowel(base):
            continue
        if suffix == "ed" and (word in _ED_ROOTS or base.endswith("e")):
            return word, False
        if base.endswith(("at", "bl", "iz", "is")):
            return base + "e", True
        return _undouble(base), True
    return word, False


def _strip_derivation(word: str) -> tuple[str, bool]:
    """Rewrite one derivational ending and remove up to two; report any removal."""
    if word.endswith(_REWRITE_ENDINGS):
        for ending, replacement in _REWRITES:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                word = word[: -len(ending)] + replacement
                break
    removed = False
    for _ in range(2):  # "renderer" → "render" → "rend", like "render" itself
        if not word.endswith(_REMOVED_ENDINGS):
            break
        for ending, shortest in _ENDINGS:
            if word.endswith(ending):
                base = word[: -len(ending)]
                # "-ion" only after s or t: "version" yes, "onion" no.
                if len(base) >= shortest and (ending != "ion" or base.endswith(("s", "t"))):
                    word, removed = base, True
                    break
        else:
            break  # no ending applies now, nor would one on a second pass
    return word, removed


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Reduce a lower-case word to its matching key (memoised: lists repeat their words).

    Words of three letters or fewer and words holding anything but ASCII
    letters are returned unchanged ("k8s", "i18n", "api").

    Examples:
        >>> stem("migrations"), stem("logging"), stem("dependencies")
        ('migr', 'log', 'depend')
    """
    if len(word) <= 3 or not (word.isascii() and word.isalpha()):
        return word
    word = _strip_plural(word)
    word, _ = _strip_inflection(word)
    word, derived = _strip_derivation(word)
    if derived:
        word = _undouble(word)
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    if word.endswith("i") and len(word) > 3:  # "flakiness" → "flaki" → "flaky"
        word = word[:-1] + "y"
    return word


__all__ = ["stem"]
