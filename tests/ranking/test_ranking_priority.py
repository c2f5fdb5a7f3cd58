import pytest

from todokit.ranking import (
    Level,
    Priority,
    heading_priority,
    parse_priority,
)


@pytest.mark.parametrize(
    ("text", "level", "source", "marker"),
    [
        # P-levels: bare, bold, bold with colon, bracketed, parenthesised, code, at the end.
        ("P0 Fix prod", Level.HIGHEST, "p-level", "P0"),
        ("**P1** Fix login ⏫ 📅 2026-03-01", Level.HIGH, "p-level", "**P1**"),
        ("**P1:** Fix login", Level.HIGH, "p-level", "**P1:**"),
        ("**P1**: Fix login", Level.HIGH, "p-level", "**P1**:"),
        ("[P2] Tidy the README", Level.MEDIUM, "p-level", "[P2]"),
        ("P3: rename the module", Level.LOW, "p-level", "P3:"),
        ("`P2` something", Level.MEDIUM, "p-level", "`P2`"),
        ("P4 someday", Level.LOWEST, "p-level", "P4"),
        ("P9 far future", Level.LOWEST, "p-level", "P9"),
        ("Fix login (P2)", Level.MEDIUM, "p-level", "(P2)"),
        ("Fix login P1", Level.HIGH, "p-level", "P1"),
        ("Fix login — P3 @ops +web", Level.LOW, "p-level", "P3"),
        # todo.txt letters at the start, optionally followed by a date.
        ("(A) Call the bank due:2026-03-01", Level.HIGHEST, "todo.txt", "(A)"),
        ("(B) 2026-01-01 Call the bank", Level.HIGH, "todo.txt", "(B)"),
        ("(C) Water plants", Level.MEDIUM, "todo.txt", "(C)"),
        ("(D) Water plants", Level.LOW, "todo.txt", "(D)"),
        ("(E) Water plants", Level.LOWEST, "todo.txt", "(E)"),
        ("(Z) Water plants", Level.LOWEST, "todo.txt", "(Z)"),
        # Obsidian Tasks emoji among trailing fields, at the end or at the start.
        ("Fix login 🔺", Level.HIGHEST, "emoji", "🔺"),
        ("Fix login ⏫ 📅 2026-03-01", Level.HIGH, "emoji", "⏫"),
        ("Fix login 🔼 ⏳ 2026-03-01 \u2795 2026-02-01", Level.MEDIUM, "emoji", "🔼"),
        ("Fix login 🔽 #backend", Level.LOW, "emoji", "🔽"),
        ("Fix login ⏬ 🔁 every week", Level.LOWEST, "emoji", "⏬"),
        ("Fix login 🔁 every week ⏫", Level.HIGH, "emoji", "⏫"),
        ("Fix login ⏫\ufe0f", Level.HIGH, "emoji", "⏫"),
        ("⏫ Fix login", Level.HIGH, "emoji", "⏫"),
        # Words in brackets, bold or followed by a colon; case-insensitive.
        ("[critical] database is down", Level.HIGHEST, "tag", "[critical]"),
        ("[URGENT] rotate the key", Level.HIGHEST, "tag", "[URGENT]"),
        ("[blocker] release", Level.HIGHEST, "tag", "[blocker]"),
        ("Urgent: prod is down", Level.HIGHEST, "tag", "Urgent:"),
        ("**High** refresh tokens", Level.HIGH, "tag", "**High**"),
        ("Refresh tokens [high]", Level.HIGH, "tag", "[high]"),
        ("Refresh tokens [high priority]", Level.HIGH, "tag", "[high priority]"),
        ("High priority: refresh tokens", Level.HIGH, "tag", "High priority:"),
        ("[medium] tidy up", Level.MEDIUM, "tag", "[medium]"),
        ("Tidy up (low)", Level.LOW, "tag", "(low)"),
        ("Tidy up [minor]", Level.LOW, "tag", "[minor]"),
        ("[lowest] tidy up", Level.LOWEST, "tag", "[lowest]"),
        ("[someday] learn Rust", Level.LOWEST, "tag", "[someday]"),
        ("[nice to have] dark mode", Level.LOWEST, "tag", "[nice to have]"),
        ("Tidy up due:2026-01-01 [low]", Level.LOW, "tag", "[low]"),
        # Tags anywhere.
        ("#prio1 fix the build", Level.HIGH, "tag", "#prio1"),
        ("Fix the build #prio-2", Level.MEDIUM, "tag", "#prio-2"),
        ("Fix the build #p0", Level.HIGHEST, "tag", "#p0"),
        ("Fix #high the build", Level.HIGH, "tag", "#high"),
        ("Fix the build #priority/low", Level.LOW, "tag", "#priority/low"),
        # Fields anywhere.
        ("priority: high fix the build", Level.HIGH, "field", "priority: high"),
        ("Fix the build (priority:: low)", Level.LOW, "field", "priority:: low"),
        ("Fix the build [priority:: lowest]", Level.LOWEST, "field", "priority:: lowest"),
        ("**Priority:** High — fix the build", Level.HIGH, "field", "**Priority:** High"),
        ("Fix the build, **Priority**: P0", Level.HIGHEST, "field", "**Priority**: P0"),
        # Bangs standing alone at the start or the end.
        ("!!! prod is down", Level.HIGHEST, "bang", "!!!"),
        ("!! prod is slow", Level.HIGH, "bang", "!!"),
        ("! prod is odd", Level.MEDIUM, "bang", "!"),
        ("prod is odd !", Level.MEDIUM, "bang", "!"),
        ("prod is down !!!!", Level.HIGHEST, "bang", "!!!!"),
    ],
)
def test_parse_priority_reads_markers_where_people_write_them(
    text: str, level: Level, source: str, marker: str
) -> None:
    assert parse_priority(text) == Priority(level, source, marker)


@pytest.mark.parametrize(
    "text",
    [
        "discuss the P1 incident with ops",
        "fix high CPU usage",
        "Add (A) to docs",
        "(a) the first option",
        "Fix it!",
        "Fix it!!",
        "Write the postmortem for P1",
        "Fix P1 handling in the pager",
        "Set fan speed to high",
        "Fix 🔼 arrow rendering in the menu",
        "fix the #1 bug",
        "Fix: the build",
        "high availability for the queue",
        "Low-hanging fruit in the parser",
        "Urgently needed? no",
        "Mention #highlight in the docs",
        "",
        "   ",
    ],
)
def test_parse_priority_ignores_words_in_the_middle_of_a_sentence(text: str) -> None:
    assert parse_priority(text) is None


def test_start_marker_wins_over_a_conflicting_end_marker() -> None:
    found = parse_priority("**P0** Fix it 🔽")
    assert found is not None
    assert found.level is Level.HIGHEST


def test_priority_exposes_rank_and_label() -> None:
    priority = Priority(Level.LOW, "tag", "[low]")
    assert (priority.rank, priority.label) == (4, "low")
    assert [level.label for level in Level] == [
        "highest",
        "high",
        "medium",
        "none",
        "low",
        "lowest",
    ]


def test_levels_order_none_between_medium_and_low() -> None:
    assert Level.HIGHEST < Level.HIGH < Level.MEDIUM < Level.NONE < Level.LOW < Level.LOWEST


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Rotate the keys | P1 | added: 2026-01-15", "high"),
        ("Update the docs - LOW PRIORITY", "low"),
        ("Update the docs — high priority", "high"),
        ("[P0] Fix the crash on start", "highest"),
        ("Fix the crash on start [P0]", "highest"),
        ("(Critical) Fix the crash", "highest"),
        ("Fix the crash (Critical)", "highest"),
    ],
)
def test_markers_agents_write(text: str, label: str) -> None:
    priority = parse_priority(text)
    assert priority is not None and priority.label == label


@pytest.mark.parametrize(
    "text",
    ["discuss the P1 incident", "Fix high CPU usage", "Fix the login - high CPU", "a | b table"],
)
def test_a_word_in_a_sentence_is_still_no_marker(text: str) -> None:
    assert parse_priority(text) is None


@pytest.mark.parametrize(
    ("heading", "label"),
    [
        ("## P1 HIGH (7 tasks)", "high"),
        ("## 1. Security (Critical)", "highest"),
        ("### 2. Performance (Medium)", "medium"),
        ("## 🔥 P1 High", "high"),
    ],
)
def test_heading_markers_agents_write(heading: str, label: str) -> None:
    priority = heading_priority(heading)
    assert priority is not None and priority.label == label


def test_a_heading_about_a_topic_names_no_priority() -> None:
    assert heading_priority("## Notes (draft)") is None
    assert heading_priority("## High CPU usage (7 tasks)") is None
