"""Loading a relevance scorer that tooling brings (``--scorer module:function``), and the options.

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
    from todokit.arrange.arrangement import ScopeOptions
    from todokit.files.config import Config
    from todokit.ranking.scorer import Scorer


def load_scorer(spec: str) -> Scorer:
    """Import and return the scorer named ``module:function``.

    Args:
        spec: ``package.module:function`` (the module must be importable).

    Returns:
        The function itself, called as a :class:`~todokit.ranking.scorer.Scorer`.

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


def scope_options(
    config: Config | None = None,
    *,
    scorer: str | None = None,
    threshold: float | None = None,
    keep_priority: str | None = None,
) -> ScopeOptions:
    """Return the options of ``start``, ``sort`` and ``scope``: the configuration's, overridden.

    Args:
        config: The project's configuration (None: the defaults).
        scorer: A plug-in scorer, ``module:function`` (``--scorer``).
        threshold: The relevance below which a task is out of scope, 0 to 1 (``--threshold``).
        keep_priority: A priority that always stays in scope, and those above it
            (``--keep-priority high``).

    Returns:
        The options; what is not given comes from ``config``.

    Raises:
        UsageError: The scorer cannot be loaded, or the priority is unknown.

    Examples:
        >>> scope_options(keep_priority="high").keep_priority
        1
    """
    from todokit.arrange.arrangement import ScopeOptions  # noqa: PLC0415 - lazy
    from todokit.files.config import Config  # noqa: PLC0415 - lazy
    from todokit.ranking.priority import parse_level  # noqa: PLC0415 - lazy

    base = ScopeOptions.from_config(config or Config())
    return ScopeOptions(
        load_scorer(scorer) if scorer else base.scorer,
        base.threshold if threshold is None else threshold,
        base.keep_priority if keep_priority is None else int(parse_level(keep_priority)),
    )
