import pytest

from todokit.errors import UsageError
from todokit.ranking import Level, Priority, effective_priority, heading_priority, parse_level


@pytest.mark.parametrize(
    ("heading", "level"),
    [
        ("High priority", Level.HIGH),
        ("## High priority", Level.HIGH),
        ("P1", Level.HIGH),
        ("Critical", Level.HIGHEST),
        ("Low priority", Level.LOW),
        ("Nice to have", Level.LOWEST),
        ("Nice-to-have", Level.LOWEST),
        ("Someday", Level.LOWEST),
        ("Someday / maybe", Level.LOWEST),
        ("🔥 Urgent", Level.HIGHEST),
        ("🔥 Urgent fixes", Level.HIGHEST),
        ("P0 — blockers", Level.HIGHEST),
        ("P2 (this sprint)", Level.MEDIUM),
        ("[P2] Next sprint", Level.MEDIUM),
        ("Priority: High", Level.HIGH),
        ("Blockers", Level.HIGHEST),
        ("⏫ High", Level.HIGH),
        ("High-priority items", Level.HIGH),
        ("Critical bugs", Level.HIGHEST),
        ("**Urgent**", Level.HIGHEST),
        ("1. High priority", Level.HIGH),
        ("Later", Level.LOW),
        ("Icebox", Level.LOWEST),
        ("## Medium ##", Level.MEDIUM),
    ],
)
def test_heading_priority_reads_priority_sections(heading: str, level: Level) -> None:
    assert heading_priority(heading) == Priority(level, "heading", heading.strip())


@pytest.mark.parametrize(
    "heading",
    [
        "High CPU usage",
        "P1 incident review",
        "Later this week",
        "Low-hanging fruit",
        "Bugs",
        "Backlog",
        "TODO",
        "Prioritization",
        "Docs (P1)",
        "",
    ],
)
def test_heading_priority_ignores_topic_headings(heading: str) -> None:
    assert heading_priority(heading) is None


@pytest.mark.parametrize(
    ("label", "level"),
    [
        ("high", Level.HIGH),
        ("HIGH", Level.HIGH),
        (" Lowest ", Level.LOWEST),
        ("none", Level.NONE),
        ("p0", Level.HIGHEST),
        ("P3", Level.LOW),
        ("(a)", Level.HIGHEST),
        ("(E)", Level.LOWEST),
        ("urgent", Level.HIGHEST),
        ("minor", Level.LOW),
        ("someday", Level.LOWEST),
        ("⏫", Level.HIGH),
        ("!!", Level.HIGH),
    ],
)
def test_parse_level_accepts_names_synonyms_and_notations(label: str, level: Level) -> None:
    assert parse_level(label) is level


@pytest.mark.parametrize("label", ["bogus", "", "(AA)", "later", "3"])
def test_parse_level_rejects_unknown_labels_with_a_usage_error(label: str) -> None:
    with pytest.raises(UsageError, match="unknown priority"):
        parse_level(label)


def test_effective_priority_prefers_the_items_own_marker() -> None:
    assert effective_priority("[low] Fix it", ["High priority"]) == Priority(
        Level.LOW, "tag", "[low]"
    )


def test_effective_priority_uses_the_innermost_priority_heading() -> None:
    headings = ["Auth", "P1 — this week", "Backend", "Low priority"]
    assert effective_priority("Fix it", headings) == Priority(
        Level.HIGH, "heading", "P1 — this week"
    )


def test_effective_priority_defaults_to_none() -> None:
    assert effective_priority("Fix it", ["Backend"]) == Priority(Level.NONE, "default", "")
    assert effective_priority("Fix it", []).rank == 3
