"""Parking from the home: scope A, B, A gives A back; keep and park undo each other; memory."""

from __future__ import annotations

from arrange_strategies import WORDS, line_counts, task_lists, word_relevance
from hypothesis import given
from hypothesis import strategies as st

from todokit.arrange.homes import Homes, Range, home_of, text_hash
from todokit.arrange.scope import park, park_from_home
from todokit.document import parse
from todokit.document.identity import content_hash

TASK_WORDS = st.frozensets(st.sampled_from(WORDS), max_size=3)


@given(task_lists(), TASK_WORDS, TASK_WORDS)
def test_scoping_for_a_then_b_then_a_gives_the_first_result_back(
    text: str, first: frozenset[str], second: frozenset[str]
) -> None:
    once, homes = park(parse(text), word_relevance(first))
    other, other_homes = park(once, word_relevance(second), homes)
    again, _ = park(other, word_relevance(first), other_homes)
    assert again.render() == once.render()


@given(task_lists(), TASK_WORDS)
def test_the_home_is_rebuilt_byte_for_byte(text: str, words: frozenset[str]) -> None:
    home = home_of(parse(text), None)
    parked, homes = park(home, word_relevance(words))
    assert home_of(parked, homes).render() == home.render()


@given(task_lists(), TASK_WORDS)
def test_parking_keeps_every_line_of_work(text: str, words: frozenset[str]) -> None:
    home = home_of(parse(text), None)
    parked, _ = park(home, word_relevance(words))
    kept, was = line_counts(parked), line_counts(home)
    for line, count in was.items():
        if not line.lstrip().startswith("#") and line.strip("-*_ \t"):
            assert kept[line] == count, line
    assert len(parked.tasks) == len(home.tasks)


def test_without_a_memory_parked_work_goes_to_the_end_of_its_section() -> None:
    doc = parse("## API\n- [ ] a\n- [ ] b\n\n## Out of scope\n\n### API\n\n- [ ] c\n")
    assert home_of(doc, None).render() == "## API\n- [ ] a\n- [ ] b\n- [ ] c\n"


def test_an_edited_list_still_finds_its_places_by_anchor() -> None:
    home = parse("## API\n- [ ] a\n- [ ] b\n- [ ] c\n")
    parked, homes = park_from_home(home, [home.items[1]])
    edited = parse(parked.render().replace("- [ ] a\n", "- [x] a\n- [ ] new\n"))
    # b goes back right after a, the line it followed, whatever came after a since.
    assert home_of(edited, homes).render() == "## API\n- [x] a\n- [ ] b\n- [ ] new\n- [ ] c\n"


def test_a_parked_task_changed_while_parked_comes_back_as_it_is_now() -> None:
    home = parse("- [ ] a\n- [ ] b\n")
    parked, homes = park_from_home(home, [home.items[0]])
    done = parse(parked.render().replace("- [ ] a", "- [x] a"))
    assert home_of(done, homes).render() == "- [x] a\n- [ ] b\n"


def test_a_parked_task_removed_while_parked_does_not_come_back() -> None:
    home = parse("- [ ] a\n- [ ] b\n")
    parked, homes = park_from_home(home, [home.items[0]])
    gone = parse(parked.render().replace("- [ ] a\n", ""))
    assert "a" not in home_of(gone, homes).render()


def test_an_emptied_heading_goes_and_comes_back() -> None:
    home = parse("## API\n\n- [ ] a\n\n---\n\n## UI\n\n- [ ] b\n")
    parked, homes = park_from_home(home, [home.items[1]])
    assert "## UI" not in parked.render().split("## Out of scope")[0]
    assert home_of(parked, homes).render() == home.render()


def test_out_of_scope_goes_before_a_closing_footer() -> None:
    home = parse("## API\n- [ ] a\n- [ ] b\n\n---\n*Last updated today*\n")
    parked, homes = park_from_home(home, [home.items[1]])
    assert parked.render().endswith("- [ ] b\n\n---\n*Last updated today*\n")
    assert parked.render().index("## Out of scope") < parked.render().index("---")
    assert home_of(parked, homes).render() == home.render()


def test_a_memory_round_trips_through_json_and_refuses_junk() -> None:
    homes = Homes((Range(("x\n",), ((0, "abc", 1),), 2, "a", 0, 1),), True, "h", False)
    assert Homes.from_json(homes.to_json()) == homes
    for junk in ({}, {"ranges": [{"lines": 3}]}, {"ranges": "x", "gap_before": 1}):
        try:
            Homes.from_json(junk)
        except ValueError:
            continue
        raise AssertionError(junk)
    assert text_hash(parse("a")) != text_hash(parse("b"))


def test_the_hash_of_a_list_is_that_of_its_text_as_memories_stored_it() -> None:
    text = "# T\r\n\n- [ ] Fix  login\r- [x] done \u2028 x\n"
    assert text_hash(parse(text)) == content_hash(text) + f"-{len(text)}"


def test_a_fence_left_open_at_the_end_never_swallows_the_section() -> None:
    home = parse("# T\n\n- [ ] Fix login\n- [ ] Write docs\n```\n")
    parked, homes = park_from_home(home, [home.items[0]])
    assert [h.text for h in parked.headings] == ["T", "Out of scope", "T"]
    assert parked.render().endswith("- [ ] Fix login\n\n```\n")
    assert home_of(parked, homes).render() == home.render()
