"""The word-group lookups give every stem of a group the other stems of its groups."""

from __future__ import annotations

from todokit.ranking.concepts import CONCEPT_GROUPS, concept_terms
from todokit.ranking.synonyms import SYNONYM_GROUPS, related_terms, stemmed_groups


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
