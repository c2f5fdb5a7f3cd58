import os
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from todokit.ranking import (
    DEFAULT_THRESHOLD,
    RankItem,
    Score,
    Scorer,
    default_scorer,
    keyword_overlap_scorer,
)
from todokit.ranking._structure import valid_parents

ROOT = Path(__file__).resolve().parents[2]


def items_of(*texts: str, section: str | None = None) -> list[RankItem]:
    return [RankItem(text, None, section) for text in texts]


def test_scores_are_one_per_item_in_order_and_within_unit_range() -> None:
    items = items_of("Fix the OAuth callback", "Write the changelog", "Cache API responses")
    scores = default_scorer("OAuth login fails", items)
    assert len(scores) == 3
    assert all(0.0 <= score.value <= 1.0 for score in scores)
    assert scores[0].value > scores[2].value >= scores[1].value == 0.0


def test_empty_inputs() -> None:
    assert default_scorer("anything", []) == []
    assert default_scorer("", items_of("a", "b")) == [Score(0.0, ()), Score(0.0, ())]
    assert default_scorer("the and of", items_of("the login")) == [Score(0.0, ())]


def test_matched_terms_explain_the_score() -> None:
    (score,) = default_scorer("flaky login test", items_of("The login test is flaky"))
    assert set(score.matched) == {"flaky", "login", "test"}


def test_scoring_is_deterministic_within_a_process() -> None:
    items = items_of("Migrate users to Postgres", "Tune the cache", "Rename the CLI")
    assert default_scorer("database migration", items) == default_scorer(
        "database migration", items
    )


def test_scoring_does_not_depend_on_the_hash_seed() -> None:
    script = (
        "from todokit.ranking import RankItem, default_scorer\n"
        "items = [RankItem(t, None, s) for t, s in [('Add index to orders table', 'DB'),"
        " ('Migrate sessions to Redis', 'DB'), ('Speed up the login page', 'Web'),"
        " ('Cache product queries', None), ('Docs for the API', None)]]\n"
        "print([s.value for s in default_scorer('slow database queries on login', items)])\n"
    )
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        result = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1


def test_a_step_of_a_relevant_parent_is_relevant() -> None:
    items = [
        RankItem("Move persistence from SQLite to Postgres", None, None),
        RankItem("Rehearse the cutover on staging", 0, None),
        RankItem("Rehearse the fire drill", None, None),
        RankItem("Update the logo", None, None),
    ]
    scores = default_scorer("Migrate storage from SQLite to Postgres", items)
    assert scores[1].value >= DEFAULT_THRESHOLD > scores[2].value
    assert scores[1].matched == scores[0].matched or scores[1].matched


def test_an_item_under_a_matching_section_is_relevant() -> None:
    items = [
        RankItem("Title case everywhere", None, "Localization"),
        RankItem("Extract hard-coded strings", None, "Localization"),
        RankItem("Title case in the changelog", None, "Release"),
        RankItem("Invite teammates", None, "Features"),
    ]
    scores = default_scorer("translation and localization of the app", items)
    assert scores[0].value >= DEFAULT_THRESHOLD > scores[2].value


def test_a_parent_of_a_strongly_relevant_child_is_relevant_but_siblings_are_not() -> None:
    items = [
        RankItem("Backend chores", None, None),
        RankItem("Fix the OAuth token refresh race", 0, None),
        RankItem("Rename the settings module", 0, None),
        RankItem("Write onboarding emails", None, None),
    ]
    scores = default_scorer("OAuth token refresh fails under load", items)
    assert scores[0].value >= DEFAULT_THRESHOLD
    assert scores[2].value < DEFAULT_THRESHOLD
    assert scores[3].value < DEFAULT_THRESHOLD


def test_a_synonym_counts_but_less_than_the_word_itself() -> None:
    items = items_of("Postgres connection pool exhausted", "Database connection pool exhausted")
    synonym, exact = default_scorer("database errors", items)
    assert 0.0 < synonym.value < exact.value


def test_a_decoy_sharing_one_incidental_word_ranks_below_every_real_match() -> None:
    # "web" of "web app" and "mode" of "dark mode" count little without their partner;
    # recall first, such a decoy may stay in scope, but always below the real matches.
    items = items_of(
        "Theme switcher in settings: light, dark, system",
        "Dark mode colours for the charts",
        "Fix layout shift on the pricing page when web fonts load",
        "Compact density mode for admin tables",
        "Session cookie should be SameSite=Lax",
    )
    task = "Add a dark mode to the web app, toggled in settings, remembered across sessions"
    scores = default_scorer(task, items)
    assert min(scores[0].value, scores[1].value) >= DEFAULT_THRESHOLD
    assert max(score.value for score in scores[2:]) < min(s.value for s in scores[:2])


def test_inconsistent_parents_are_tolerated() -> None:
    items = [
        RankItem("login a", 1, None),
        RankItem("login b", 0, None),
        RankItem("login c", 7, None),
        RankItem("login d", 3, None),
        RankItem("login e", -1, None),
        RankItem("login f", 6, None),
        RankItem("login g", 5, None),
    ]
    scores = default_scorer("login", items)
    assert len(scores) == 7
    assert all(0.0 <= score.value <= 1.0 for score in scores)


def test_valid_parents_drops_dangling_self_and_cyclic_links() -> None:
    items = [
        RankItem("a", 1, None),
        RankItem("b", 0, None),
        RankItem("c", 9, None),
        RankItem("d", 3, None),
        RankItem("e", 0, None),
        RankItem("f", 4, None),
    ]
    assert valid_parents(items) == [1, None, None, None, 0, 4]


def test_a_child_listed_before_its_parent_still_scores() -> None:
    items = [RankItem("Write the runbook", 1, None), RankItem("Postgres cutover", None, None)]
    scores = default_scorer("postgres cutover", items)
    assert scores[1].value >= DEFAULT_THRESHOLD
    assert scores[0].value >= DEFAULT_THRESHOLD


def test_large_lists_are_scored() -> None:
    items = [
        RankItem(f"Item {n} about topic{n % 50} and login", None, f"S{n % 7}") for n in range(3000)
    ]
    scores = default_scorer("login topic7", items)
    assert len(scores) == 3000
    assert max(score.value for score in scores) <= 1.0


def test_keyword_overlap_is_the_share_of_task_terms_present() -> None:
    items = items_of("login test", "unrelated", "flaky login test")
    scores = keyword_overlap_scorer("flaky login test", items)
    assert [round(score.value, 2) for score in scores] == [0.67, 0.0, 1.0]
    assert scores[0].matched == ("login", "test")
    assert keyword_overlap_scorer("", items) == [Score(0.0, ())] * 3


def test_both_scorers_satisfy_the_scorer_protocol() -> None:
    scorers: list[Scorer] = [default_scorer, keyword_overlap_scorer]
    for scorer in scorers:
        assert len(scorer("login", items_of("login"))) == 1


item_strategy = st.builds(
    RankItem,
    st.text(max_size=80),
    st.one_of(st.none(), st.integers(min_value=-2, max_value=12)),
    st.one_of(st.none(), st.text(max_size=30)),
)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=120), st.lists(item_strategy, max_size=12))
def test_default_scorer_never_raises_and_stays_in_unit_range(
    task: str, items: list[RankItem]
) -> None:
    scores = default_scorer(task, items)
    assert len(scores) == len(items)
    assert all(0.0 <= score.value <= 1.0 for score in scores)
    assert scores == default_scorer(task, items)


words = st.sampled_from(
    [
        "login",
        "oauth",
        "db",
        "postgres",
        "cache",
        "slow",
        "test",
        "flaky",
        "docs",
        "the",
        "P1",
        "⏫",
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(words, min_size=1, max_size=6).map(" ".join),
    st.lists(
        st.tuples(st.lists(words, max_size=6).map(" ".join), st.integers(-1, 8)),
        max_size=10,
    ),
)
def test_default_scorer_on_vocabulary_heavy_lists(task: str, rows: list[tuple[str, int]]) -> None:
    items = [RankItem(text, parent if parent >= 0 else None, "Auth") for text, parent in rows]
    scores = default_scorer(task, items)
    assert all(0.0 <= score.value <= 1.0 for score in scores)
