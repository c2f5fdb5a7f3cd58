"""The stored stems of the word-group tables match the tables and the stemmer."""

from __future__ import annotations

from group_stems import TARGET, source

from todokit.ranking import _group_stems
from todokit.ranking.concepts import CONCEPT_GROUPS, concept_terms
from todokit.ranking.synonyms import (
    SYNONYM_GROUPS,
    read_groups,
    related_terms,
    stemmed_groups,
)


def test_the_stored_module_is_what_the_generator_writes() -> None:
    # Fails after a table or the stemmer changed: run python tests/ranking/group_stems.py
    assert TARGET.read_text(encoding="utf-8") == source()


def test_stored_stems_are_the_tables_stems() -> None:
    assert read_groups(_group_stems.SYNONYM_STEMS) == stemmed_groups(SYNONYM_GROUPS)
    assert read_groups(_group_stems.CONCEPT_STEMS) == stemmed_groups(CONCEPT_GROUPS)


def relatives(groups: tuple[tuple[str, ...], ...]) -> dict[str, set[str]]:
    """Each stem of the tables and every other stem of the groups holding it."""
    found: dict[str, set[str]] = {}
    for group in stemmed_groups(groups):
        for term in group:
            found.setdefault(term, set()).update(set(group) - {term})
    return found


def test_lookups_equal_indexes_built_from_the_words() -> None:
    synonyms, concepts = relatives(SYNONYM_GROUPS), relatives(CONCEPT_GROUPS)
    assert all(related_terms(term) == others for term, others in synonyms.items())
    assert all(concept_terms(term) == others for term, others in concepts.items())
    assert related_terms("banana") == concept_terms("banana") == frozenset()
