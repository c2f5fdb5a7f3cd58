"""Loading a relevance scorer that tooling brings: ``--scorer module:function``.

A scorer is any callable ``(task: str, items: Sequence[RankItem]) -> Sequence[Score]``
(see :class:`todokit.ranking.scorer.Scorer`); an LLM or an embedding model can
stand behind it.

Examples:
    >>> load_scorer("todokit.ranking.scorer:keyword_overlap_scorer").__name__
    'keyword_overlap_scorer'
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, cast

from todokit.errors import UsageError

if TYPE_CHECKING:
    from todokit.ranking.scorer import Scorer


def load_scorer(spec: str) -> Scorer:
    """Import and return the scorer named ``module:function``.

    Args:
        spec: ``package.module:function`` (the module must be importable).

    Returns:
        The callable.

    Raises:
        UsageError: The spec is malformed, the module cannot be imported, or
            the attribute is missing or not callable.
    """
    module_name, _, attribute = spec.partition(":")
    if not module_name or not attribute:
        raise UsageError(f"--scorer wants MODULE:FUNCTION, got {spec!r}")
    try:
        module = import_module(module_name)
    except ImportError as error:
        raise UsageError(f"cannot import scorer module {module_name!r}: {error}") from None
    scorer = getattr(module, attribute, None)
    if not callable(scorer):
        raise UsageError(f"{spec!r} is not a callable scorer")
    return cast("Scorer", scorer)
