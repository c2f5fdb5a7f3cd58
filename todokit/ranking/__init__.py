"""Pure ranking core: priorities, due dates and relevance to the task at hand.

Nothing here reads or writes files; every function works on plain strings and
small frozen dataclasses, so the sorting and scoping code above it can be
tested without a document model.

* :mod:`~todokit.ranking.priority` reads priority markers and section
  headings onto one scale (:class:`Level`).
* :mod:`~todokit.ranking.dates` reads due dates.
* :mod:`~todokit.ranking.tokens`, :mod:`~todokit.ranking.stemming` and
  :mod:`~todokit.ranking.synonyms` turn text into matching keys.
* :mod:`~todokit.ranking.scorer` scores items' relevance to a task.

The names are imported on first use (PEP 562 ``__getattr__``): a later prompt
reads priorities only, and importing the scorer with them cost it about 6 ms.

Examples:
    >>> from todokit.ranking import effective_priority, extract_due
    >>> effective_priority("**P0** Fix prod", []).label
    'highest'
    >>> extract_due("Renew cert 📅 2026-04-01").isoformat()
    '2026-04-01'
"""

from typing import TYPE_CHECKING

from todokit._exports import lazy_exports

if TYPE_CHECKING:
    from todokit.ranking.dates import extract_due
    from todokit.ranking.priority import (
        Level,
        Priority,
        effective_priority,
        heading_priority,
        parse_level,
        parse_priority,
    )
    from todokit.ranking.scorer import (
        DEFAULT_THRESHOLD,
        KEYWORD_THRESHOLD,
        RankItem,
        Score,
        Scorer,
        default_scorer,
        default_scores,
        keyword_overlap_scorer,
    )
    from todokit.ranking.stemming import stem
    from todokit.ranking.synonyms import SYNONYM_GROUPS, related_terms
    from todokit.ranking.tokens import STOP_WORDS, tokenize

_SOURCES = (  # where __getattr__ looks for a name, in this order
    "todokit.ranking.dates",
    "todokit.ranking.priority",
    "todokit.ranking.scorer",
    "todokit.ranking.stemming",
    "todokit.ranking.synonyms",
    "todokit.ranking.tokens",
)

__all__ = [
    "DEFAULT_THRESHOLD",
    "KEYWORD_THRESHOLD",
    "STOP_WORDS",
    "SYNONYM_GROUPS",
    "Level",
    "Priority",
    "RankItem",
    "Score",
    "Scorer",
    "default_scorer",
    "default_scores",
    "effective_priority",
    "extract_due",
    "heading_priority",
    "keyword_overlap_scorer",
    "parse_level",
    "parse_priority",
    "related_terms",
    "stem",
    "tokenize",
]


__getattr__, __dir__ = lazy_exports(__name__, _SOURCES)
