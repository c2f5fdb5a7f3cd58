"""The terms a task term matches: itself, its synonyms, its concept words, its prefixed forms.

Internal to the default scorer (:mod:`todokit.ranking._corpus` and
:mod:`todokit.ranking._relevance`): what the evidence of a task term is looked
up as, each form with its weight.

Examples:
    >>> from todokit.ranking._tuning import Tuning
    >>> variants("cach", Tuning())[0]
    ('cach', 1.0)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from todokit.ranking.concepts import concept_terms
from todokit.ranking.synonyms import related_terms

if TYPE_CHECKING:
    from todokit.ranking._tuning import Tuning


def wanted_terms(query: Iterable[str], tuning: Tuning) -> frozenset[str]:
    """Every term the evidence of ``query`` can be found as (see :func:`variants`).

    Examples:
        >>> from todokit.ranking._tuning import Tuning
        >>> "databas" in wanted_terms(["db"], Tuning())
        True
    """
    return frozenset(term for concept in query for term, _ in variants(concept, tuning))


def variants(concept: str, tuning: Tuning) -> list[tuple[str, float]]:
    """The task term itself at full weight, then its synonyms and related concept words.

    Each term comes once, at its best weight, in a fixed order.

    Examples:
        >>> from todokit.ranking._tuning import Tuning
        >>> dict(variants("db", Tuning()))["databas"] == Tuning().synonym
        True
    """
    weights = dict.fromkeys(sorted(concept_terms(concept)), tuning.concept)
    weights |= dict.fromkeys(sorted(related_terms(concept)), tuning.synonym)
    if tuning.prefix:
        for variant in prefix_variants(concept):
            weights[variant] = max(weights.get(variant, 0.0), tuning.prefix)
    weights.pop(concept, None)
    return [(concept, 1.0), *sorted(weights.items())]


_PREFIXES = ("re", "de", "un")
# Words whose rest after "re"/"de" is another word: "default" is no "fault".
_NOT_PREFIXED = frozenset(
    [
        "default",
        "research",
        "resourc",
        "request",
        "refactor",
        "restor",
        "record",
        "report",
        "result",
        "respons",
        "return",
        "reason",
        "recent",
        "regular",
        "reply",
        "repeat",
        "relat",
        "releas",
        "design",
    ]
)


def prefix_variants(term: str) -> list[str]:
    """The stem with each re-/de-/un- prefix, and without its own, so "dedupl" meets "dupl".

    Examples:
        >>> prefix_variants("duplic")
        ['reduplic', 'deduplic', 'unduplic']
        >>> prefix_variants("reconnect")[-1], prefix_variants("default")[-1]
        ('connect', 'undefault')
    """
    found = [prefix + term for prefix in _PREFIXES]
    if term[:2] in _PREFIXES and len(term) >= 7 and term not in _NOT_PREFIXED:
        found.append(term[2:])
    return found


__all__ = ["prefix_variants", "variants", "wanted_terms"]
