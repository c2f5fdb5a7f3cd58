"""Scoring a document's items against the task at hand, for arranging and sorting.

Examples:
    >>> from todokit.document import parse
    >>> from todokit.ranking.scorer import keyword_overlap_scorer
    >>> doc = parse("- [ ] fix login\\n- [ ] docs\\n")
    >>> [score for score, _ in score_items(doc, "login", keyword_overlap_scorer).values()]
    [1.0, 0.0]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from todokit.arrange.placement import former_section
from todokit.document import Document
from todokit.errors import UsageError

if TYPE_CHECKING:
    from todokit.ranking.scorer import RankItem, Scorer

_LINK_TARGET = re.compile(r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)|<https?://[^>\s]*>")


def scoring_text(source: str) -> str:
    """Return an item's source text with link targets removed, for scoring.

    Scoring tokenizes on punctuation, so emphasis and code marks fall away by
    themselves; only URLs would add words a reader never sees. This keeps the
    scorer free of the inline Markdown parser, which matters on the hook path.

    Examples:
        >>> scoring_text("**P1** see [the docs](https://x.org/auth) and <https://y.org>")
        '**P1** see [the docs] and '
    """
    return _LINK_TARGET.sub(lambda match: "]" if match.group().startswith("]") else "", source)


def score_items(
    doc: Document, task: str, scorer: Scorer | None
) -> dict[str, tuple[float, tuple[str, ...]]]:
    """Score every item of ``doc`` against ``task``; keys are item ids.

    A scorer reads the task's prose (:func:`~todokit.prompt.prose.scoring_texts`);
    the logs and code pasted with it go to the default scorer only, which reads
    them as weak evidence.

    An item parked directly under "Out of scope" is scored without a section,
    and one in a group there with its group's name (its former section), so
    that parking an item does not change its score. Each score is clamped to
    0..1 and comes with its matched terms; a None ``scorer`` is the default one.

    Raises:
        UsageError: The scorer returned a different number of scores than items,
            or a scorer other than the default one raised or returned something
            that is not a :class:`~todokit.ranking.scorer.Score`.

    Examples:
        >>> from todokit.document import parse
        >>> from todokit.ranking.scorer import keyword_overlap_scorer
        >>> doc = parse("- [ ] fix login\\n")
        >>> score_items(doc, "login", keyword_overlap_scorer)[doc.items[0].id]
        (1.0, ('login',))
    """
    from todokit.prompt.prose import scoring_texts  # noqa: PLC0415 - lazy

    task, pasted = scoring_texts(task)
    items = doc.items
    scores = _scored(doc, task, pasted, scorer)
    if len(scores) != len(items):
        raise UsageError(f"the scorer returned {len(scores)} scores for {len(items)} items")
    return {
        item.id: (min(1.0, max(0.0, value)), matched) if value or matched else _NOTHING
        for item, (value, matched) in zip(items, scores, strict=True)
    }


def _scored(
    doc: Document, task: str, pasted: str, scorer: Scorer | None
) -> Sequence[tuple[float, tuple[str, ...]]]:
    """Score ``doc``'s items as the scorer sees them; that is freed before the scores are keyed."""
    from todokit.ranking.scorer import RankItem, default_scores  # noqa: PLC0415 - lazy

    parents = doc.table.parent  # the scan's column: no view made per parent
    ranked = [
        RankItem(
            scoring_text(item.source_text),
            parents[item.number] if parents[item.number] >= 0 else None,
            former_section(item),
        )
        for item in doc.items
    ]
    if scorer is None:
        return default_scores(task, ranked, pasted=pasted)
    return _plugged_in(scorer, task, ranked)


_NOTHING: tuple[float, tuple[str, ...]] = (0.0, ())
"""The score of an item that matched nothing: most items of a long list share this one tuple."""


def _plugged_in(
    scorer: Scorer, task: str, ranked: list[RankItem]
) -> list[tuple[float, tuple[str, ...]]]:
    """Run a scorer tooling brought (``--scorer``); whatever goes wrong in it is a UsageError."""
    try:
        return [(float(s.value), tuple(map(str, s.matched))) for s in scorer(task, ranked)]
    except Exception as error:  # the plug-in's own failure, not todokit's
        name = getattr(scorer, "__qualname__", type(scorer).__name__)
        raise UsageError(
            f"the scorer {name} failed: {type(error).__name__}: {error}".rstrip(": ")
        ) from error
