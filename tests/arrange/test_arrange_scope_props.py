"""Parking on generated lists: nothing lost, work in progress stays, a second run is a no-op."""

from __future__ import annotations

from collections.abc import Sequence

from arrange_strategies import WORDS, line_counts, task_lists, word_relevance
from hypothesis import given
from hypothesis import strategies as st

from todokit.arrange.arrangement import ScopeOptions, arrange
from todokit.arrange.placement import top_items
from todokit.arrange.scope import park, subtree_flags
from todokit.document import Status, parse
from todokit.document.outline import inside, out_of_scope_spans
from todokit.ranking.scorer import RankItem, Score

TASK_WORDS = st.frozensets(st.sampled_from(WORDS), max_size=3)


def word_scorer(task: str, items: Sequence[RankItem], /) -> list[Score]:
    """Relevant (1.0) when the item shares a word with the task, else 0.0."""
    wanted = set(task.split())
    return [Score(1.0 if wanted & set(item.text.split()) else 0.0, ()) for item in items]


@given(task_lists(), TASK_WORDS)
def test_nothing_is_deleted_only_headings_are_added(text: str, words: frozenset[str]) -> None:
    before = parse(text)
    after, _ = park(before, word_relevance(words))
    kept, was = line_counts(after), line_counts(before)
    for line, count in was.items():
        if not line.lstrip().startswith("#"):
            assert kept[line] == count, line
    assert all(line.startswith("#") for line in kept - was)
    assert len(after.tasks) == len(before.tasks)


@given(task_lists(), TASK_WORDS)
def test_each_top_item_ends_up_where_its_relevance_says(text: str, words: frozenset[str]) -> None:
    relevant = word_relevance(words)
    after, _ = park(parse(text), relevant)
    work, keep = subtree_flags(after, relevant)
    spans = out_of_scope_spans(after)
    for item in top_items(after, 0, len(after.lines)):
        if work[item.number]:
            assert keep[item.number] == (not inside(item.start, spans)), item
    for task in after.tasks:
        if task.status == Status.IN_PROGRESS:
            assert not inside(task.start, spans)


@given(task_lists(), TASK_WORDS)
def test_parking_twice_equals_parking_once(text: str, words: frozenset[str]) -> None:
    once, homes = park(parse(text), word_relevance(words))
    assert park(once, word_relevance(words), homes)[0].render() == once.render()
    # Without the memory the places are guessed, but nothing is lost.
    guessed, _ = park(once, word_relevance(words))
    kept, was = line_counts(guessed), line_counts(once)
    assert all(kept[line] == count for line, count in was.items() if not line.startswith("#"))
    assert len(guessed.tasks) == len(once.tasks)


@given(task_lists(), TASK_WORDS)
def test_scope_then_scope_with_the_same_task_changes_nothing(
    text: str, words: frozenset[str]
) -> None:
    options = ScopeOptions(scorer=word_scorer, threshold=0.5)
    task = " ".join(sorted(words)) or "nothing"
    first, arranged = arrange(parse(text), task, options)
    assert arrange(parse(first), task, options, arranged.homes)[0] == first
