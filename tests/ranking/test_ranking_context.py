"""Order independence, section context, the concept table and the feedback vote."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from todokit.ranking import DEFAULT_THRESHOLD, RankItem, default_scorer, tokenize
from todokit.ranking._corpus import build_corpus
from todokit.ranking._query import feedback
from todokit.ranking._structure import section_context
from todokit.ranking._tuning import Tuning
from todokit.ranking.concepts import CONCEPT_GROUPS, concept_terms

WORDS = ["login", "cache", "slow", "retry", "timeout", "docs", "theme", "dark", "csv", "queue"]
SECTIONS = [None, "Backend", "Frontend", "Later"]

# A tree as nested lists: each node is (text, section, children).
node = st.tuples(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join),
    st.sampled_from(SECTIONS),
)
forest = st.lists(
    st.tuples(node, st.lists(st.tuples(node, st.lists(node, max_size=3)), max_size=3)),
    min_size=1,
    max_size=8,
)


def flatten(trees: list, seed: int) -> list[RankItem]:  # type: ignore[type-arg]
    """Items in document order, siblings shuffled by ``seed``, children after parents."""
    shuffle = random.Random(seed).shuffle
    items: list[RankItem] = []

    def emit(level: list, parent: int | None) -> None:  # type: ignore[type-arg]
        level = list(level)
        shuffle(level)
        for (text, section), children in level:
            items.append(RankItem(text, parent, section))
            emit(children, len(items) - 1)

    emit(
        [
            (root, [(child, [(leaf, []) for leaf in leaves]) for child, leaves in kids])
            for root, kids in trees
        ],
        None,
    )
    return items


def by_identity(items: list[RankItem], task: str) -> dict[tuple[str, ...], float]:
    """Score per item, keyed by its text and its ancestors' texts (stable across shuffles)."""
    scores = default_scorer(task, items)
    keyed: dict[tuple[str, ...], set[float]] = {}
    for index in range(len(items)):
        path: list[str] = []
        cursor: int | None = index
        while cursor is not None:
            path.append(f"{items[cursor].text}|{items[cursor].section}")
            cursor = items[cursor].parent
        keyed.setdefault(tuple(path), set()).add(scores[index].value)
    return {key: max(values) for key, values in keyed.items() if len(values) == 1}


@settings(max_examples=60, deadline=None)
@given(forest, st.integers(0, 10**6), st.integers(0, 10**6), st.sampled_from(WORDS))
def test_sibling_order_never_changes_a_score(trees: list, one: int, two: int, word: str) -> None:  # type: ignore[type-arg]
    task = f"{word} is broken, make the {word} fast"
    first, second = flatten(trees, one), flatten(trees, two)
    assert by_identity(first, task) == by_identity(second, task)
    ordered = sorted(default_scorer(task, first), key=lambda s: -s.value)
    assert sorted(ordered, key=lambda s: -s.value) == ordered


def test_a_section_where_most_items_match_lifts_its_odd_one_out() -> None:
    items = [
        RankItem("Cache the report queries", None, "Speed"),
        RankItem("Profile the report endpoint", None, "Speed"),
        RankItem("Drop the unused report column", None, "Speed"),
        RankItem("Invite teammates", None, "Features"),
        RankItem("Drop the unused billing column", None, "Features"),
        RankItem("Dark theme", None, "Features"),
    ]
    scores = default_scorer("the report page is slow", items)
    assert scores[2].value > scores[4].value


def test_section_context_moves_nothing_in_a_single_section() -> None:
    items = [RankItem(text, None, "Only") for text in "abc"]
    assert section_context(items, [0.9, 0.5, 0.0], Tuning()) == [0.9, 0.5, 0.0]


def test_section_context_pulls_an_unmatched_section_down() -> None:
    items = [RankItem(t, None, s) for t, s in [("a", "A"), ("b", "A"), ("c", "B"), ("d", "B")]]
    tuning = Tuning(strong=0.5, section_lift=0.0, section_pull=0.5)
    low = section_context(items, [0.9, 0.9, 0.4, 0.4], tuning)
    assert low[:2] == [0.9, 0.9] and low[2] < 0.4


def test_a_concept_word_alone_counts_but_does_not_make_an_item_relevant() -> None:
    texts = ("Exponential backoff", "Retry webhook deliveries", "Logo", "Dark theme")
    items = [RankItem(text, None, None) for text in texts]
    backoff, retry, logo, _ = default_scorer("retry failed webhook deliveries", items)
    assert 0.0 < backoff.value < DEFAULT_THRESHOLD <= retry.value
    assert backoff.matched == ("backoff",) and logo.value == 0.0


def test_every_concept_entry_is_one_content_word() -> None:
    for group in CONCEPT_GROUPS:
        assert len(group) == len(set(group)) >= 2, group
        for word in group:
            assert len(tokenize(word)) == 1, word
    assert "cach" in concept_terms("slow")


def test_feedback_lets_every_item_tied_with_the_last_vote() -> None:
    evidence = [{"db": (1.0, "db")}, {"db": (1.0, "db")}, {"db": (1.0, "db")}]
    postings = {"db": [(0, 1), (1, 1), (2, 1)], "pool": [(1, 1), (2, 1)]}
    tuning = Tuning(feedback_items=1, feedback=1.0, feedback_rarity=0.0)
    query = feedback({"db": 1.0}, evidence, postings, lambda term: 1.0, tuning)
    assert query == pytest.approx({"db": 1.0, "pool": 2 / 3})
    assert feedback({"db": 1.0}, [{}, {}], postings, lambda term: 1.0, tuning) == {"db": 1.0}


def test_feedback_ignores_common_terms() -> None:
    evidence = [{"db": (1.0, "db")}, {"db": (1.0, "db")}]
    postings = {"db": [(0, 1), (1, 1)], "pool": [(0, 1), (1, 1)]}
    query = feedback({"db": 1.0}, evidence, postings, lambda term: 0.1, Tuning())
    assert query == {"db": 1.0}


def test_a_parent_listed_after_its_child_still_lends_its_text() -> None:
    items = [
        RankItem("Write the copy script", 1, None),
        RankItem("Migrate to Postgres", None, None),
    ]
    corpus = build_corpus(items)
    assert [index for index, _ in corpus.fields[1]["postgr"]] == [0]
    scores = default_scorer("postgres migration", items)
    assert scores[0].value >= DEFAULT_THRESHOLD
