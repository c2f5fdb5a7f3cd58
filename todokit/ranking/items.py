"""What the scorer sees of a task item: :class:`RankItem`.

Its own module so that the scorer (:mod:`todokit.ranking.scorer`) and the
modules it is built from (``_corpus``, ``_structure``, ``_relevance``) all
import it from below, never from each other. :mod:`todokit.ranking.scorer`
and :mod:`todokit.ranking` export it.

Examples:
    >>> RankItem("Write the copy script", 0, "Backend").parent
    0
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RankItem:
    """One task item as the scorer sees it.

    Attributes:
        text: The item's own plain text (after the checkbox).
        parent: Index of its parent item in the same sequence, or ``None`` at
            top level.
        section: Text of the nearest heading above it, or ``None``.

    Examples:
        >>> parent = RankItem("Migrate to Postgres", None, "Backend")
        >>> step = RankItem("Write the copy script", 0, "Backend")
    """

    text: str
    parent: int | None
    section: str | None
