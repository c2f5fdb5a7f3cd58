import pytest

from todokit.ranking import SYNONYM_GROUPS, related_terms, stem, tokenize


def test_every_entry_is_one_content_word() -> None:
    for group in SYNONYM_GROUPS:
        for word in group:
            assert len(tokenize(word)) == 1, word
            assert word == word.lower(), word


def test_groups_have_no_duplicates_and_at_least_two_words() -> None:
    for group in SYNONYM_GROUPS:
        assert len(group) == len(set(group)) >= 2, group


@pytest.mark.parametrize(
    ("word", "synonym"),
    [
        ("login", "auth"),
        ("authentication", "sso"),
        ("signin", "password"),
        ("database", "postgres"),
        ("db", "migration"),
        ("perf", "latency"),
        ("slow", "cache"),
        ("tests", "flaky"),
        ("ci", "pytest"),
        ("docs", "readme"),
        ("frontend", "css"),
        ("endpoint", "api"),
        ("deployment", "k8s"),
        ("kubernetes", "k8s"),
        ("crash", "traceback"),
        ("settings", "config"),
        ("logging", "metrics"),
        ("xss", "sanitize"),
        ("translation", "i18n"),
        ("deps", "dependencies"),
        ("repo", "repository"),
        ("env", "environment"),
    ],
)
def test_related_terms_link_synonyms_and_abbreviations(word: str, synonym: str) -> None:
    (term,) = tokenize(word)[-1:]
    assert stem(synonym) in related_terms(term) or tokenize(synonym)[-1] in related_terms(term)


def test_related_terms_are_symmetric_and_exclude_the_term() -> None:
    for term in ("auth", "databas", "cach", "k8s"):
        related = related_terms(term)
        assert term not in related
        for other in related:
            assert term in related_terms(other)


def test_unknown_terms_have_no_synonyms() -> None:
    assert related_terms("banana") == frozenset()
    assert related_terms("") == frozenset()
