"""Every case of the Guarantees page, by row id (one module per part of the page)."""

from __future__ import annotations

import guarantees_cases_config
import guarantees_cases_content
import guarantees_cases_hooks
import guarantees_cases_refs
import guarantees_cases_settings
import guarantees_cases_special
import guarantees_cases_text
from guarantees_run import Case

MODULES = (
    guarantees_cases_content,
    guarantees_cases_special,
    guarantees_cases_text,
    guarantees_cases_refs,
    guarantees_cases_hooks,
    guarantees_cases_config,
    guarantees_cases_settings,
)


def all_cases() -> dict[str, Case]:
    """The cases of every module; a row id given twice is an error."""
    cases: dict[str, Case] = {}
    for module in MODULES:
        twice = set(cases) & set(module.CASES)
        assert not twice, f"cases given twice: {sorted(twice)}"
        cases.update(module.CASES)
    return cases


CASES = all_cases()
