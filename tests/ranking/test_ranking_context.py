"""Order independence, structure, the concept table, ticket links, prefixes and word weights."""

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from todokit.ranking import DEFAULT_THRESHOLD, RankItem, default_scorer, tokenize
from todokit.ranking._corpus import build_corpus
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


def test_a_direct_match_keeps_its_score_in_a_section_that_does_not_match() -> None:
    items = [
        RankItem("Show a session expired banner on the login page", None, "Frontend"),
        RankItem("Dark mode toggle", None, "Frontend"),
        RankItem("Animated logo", None, "Frontend"),
        RankItem("Fix the login session timeout", None, "Backend"),
        RankItem("Read the session TTL from settings", None, "Backend"),
    ]
    banner, dark, logo, *_ = default_scorer("users get logged out: login session expires", items)
    assert banner.value >= DEFAULT_THRESHOLD
    assert dark.value == logo.value == 0.0


def test_section_mates_never_lift_an_item_without_evidence() -> None:
    items = [
        RankItem("Cache the report queries", None, "Now"),
        RankItem("Profile the report endpoint", None, "Now"),
        RankItem("Invite teammates", None, "Now"),
    ]
    assert default_scorer("the report page is slow", items)[2].value == 0.0


def test_a_heading_that_names_the_task_is_evidence_for_its_items() -> None:
    items = [
        RankItem("Cmd+K opens search", None, "Keyboard shortcuts"),
        RankItem("Logo", None, "UI"),
    ]
    found, other = default_scorer("add a keyboard shortcut for the preview", items)
    assert found.value >= DEFAULT_THRESHOLD > other.value


def test_a_concept_word_alone_keeps_an_item_but_counts_less_than_the_word() -> None:
    texts = ("Exponential backoff", "Retry webhook deliveries", "Logo", "Dark theme")
    items = [RankItem(text, None, None) for text in texts]
    backoff, retry, logo, _ = default_scorer("retry failed webhook deliveries", items)
    assert DEFAULT_THRESHOLD <= backoff.value < retry.value
    assert backoff.matched == ("backoff",) and logo.value == 0.0


def test_tasks_sharing_a_ticket_id_share_their_relevance() -> None:
    items = [
        RankItem("T-021: path graph from the Tiled map", None, "Maps"),
        RankItem("MS2: Map & paths — T-020..T-022", None, "Milestones"),
        RankItem("T-090: tech tree", None, "Meta"),
    ]
    path, milestone, tree = default_scorer("build the path graph", items)
    assert milestone.value >= DEFAULT_THRESHOLD and milestone.value < path.value
    assert tree.value == 0.0


def test_a_prefix_does_not_hide_the_word() -> None:
    items = [
        RankItem("Remove duplicate rows from the import", None, None),
        RankItem("Logo", None, None),
    ]
    assert default_scorer("deduplicate the imported rows", items)[0].value >= DEFAULT_THRESHOLD
    items = [RankItem("Reconnect after the socket drops", None, None)]
    assert default_scorer("the connection drops", items)[0].value >= DEFAULT_THRESHOLD


def test_a_word_common_in_english_weighs_less_than_a_rare_one() -> None:
    items = [RankItem("Run the import", None, None), RankItem("Sitemap for crawlers", None, None)]
    run, sitemap = default_scorer("Sitemap: run it", items)
    assert 0.0 < run.value < sitemap.value


def test_an_acronym_with_a_lower_case_tail_stays_one_word() -> None:
    assert tokenize("Import the IMDb ratings") == ["import", "imdb", "rat"]
    items = [RankItem("Move the IMDb import", None, None), RankItem("MongoDB index", None, None)]
    assert default_scorer("IMDb import fails", items)[1].value == 0.0


def test_every_concept_entry_is_one_content_word() -> None:
    for group in CONCEPT_GROUPS:
        assert len(group) == len(set(group)) >= 2, group
        for word in group:
            assert len(tokenize(word)) == 1, word
    assert "cach" in concept_terms("slow")


def test_a_parent_listed_after_its_child_still_lends_its_text() -> None:
    items = [
        RankItem("Write the copy script", 1, None),
        RankItem("Migrate to Postgres", None, None),
    ]
    corpus = build_corpus(items)
    assert [index for index, terms in corpus.fields[1].items() if "postgr" in terms] == [0]
    scores = default_scorer("postgres migration", items)
    assert scores[0].value >= DEFAULT_THRESHOLD
