"""The integration tests' own collection rule: soak tests run only when ``-m`` asks for them.

``pytest`` runs the fast variant of every soak test; ``pytest -m soak`` runs
the full soaks (and nothing else), ``pytest -m "soak or not soak"`` both.
"""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leave out ``soak``-marked tests unless the ``-m`` expression names ``soak``."""
    if "soak" in (config.getoption("markexpr") or ""):
        return
    kept = [item for item in items if item.get_closest_marker("soak") is None]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[item for item in items if item not in kept])
        items[:] = kept
