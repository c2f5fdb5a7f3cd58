"""Hook answers and the task list shown to the agent."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from todokit.agent.output import (
    CONTEXT_CAP,
    STOP_REASON_CAP,
    ContextEntry,
    additional_context,
    cap_lines,
    format_task_context,
    stop_block,
)
from todokit.errors import UsageError


def test_additional_context_shape() -> None:
    answer = additional_context("UserPromptSubmit", "todo.md: 1 open task.\n- [ ] 1 Fix ä")
    assert answer.startswith("{")
    assert json.loads(answer) == {
        "hookSpecificOutput": {
            "hookEventName": "UserPromptSubmit",
            "additionalContext": "todo.md: 1 open task.\n- [ ] 1 Fix ä",
        }
    }
    assert "ä" in answer  # written unescaped: the caller writes UTF-8


def test_additional_context_is_capped_at_a_line_boundary() -> None:
    lines = [f"- [ ] {n} " + "x" * 90 for n in range(200)]
    context = json.loads(additional_context("SessionStart", "\n".join(lines)))
    text = context["hookSpecificOutput"]["additionalContext"]
    assert len(text) <= CONTEXT_CAP
    *kept, note = text.split("\n")
    assert kept == lines[: len(kept)]
    assert note == f"… {200 - len(kept)} more lines left out"


def test_stop_block_shape_and_tail() -> None:
    assert json.loads(stop_block("checks failed")) == {
        "decision": "block",
        "reason": "checks failed",
    }
    reason = "\n".join(f"line {n}" for n in range(2000))
    capped = json.loads(stop_block(reason))["reason"]
    assert len(capped) <= STOP_REASON_CAP
    assert capped.endswith("line 1999")
    first, *rest = capped.split("\n")
    assert first == f"… {2000 - len(rest)} earlier lines left out"


def test_cap_lines_keeps_fitting_text() -> None:
    assert cap_lines("short", 5) == "short"
    assert cap_lines("", 1) == ""


def test_cap_lines_singular_note() -> None:
    assert cap_lines("a" * 10 + "\n" + "b" * 30, 35) == "aaaaaaaaaa\n… 1 more line left out"


def test_cap_lines_cuts_a_single_long_line() -> None:
    assert cap_lines("abcdefghij", 5) == "abcd…"
    assert cap_lines("abcdefghij", 5, keep="tail") == "…ghij"
    assert cap_lines("x", 1) == "x"


def test_cap_lines_cuts_an_overlong_first_line_and_counts_the_rest() -> None:
    text = "y" * 100 + "\nshort\nshort"
    capped = cap_lines(text, 40)
    assert len(capped) <= 40
    first, note = capped.split("\n")
    assert first.startswith("yyy")
    assert first.endswith("…")
    assert note == "… 2 more lines left out"


@pytest.mark.parametrize(("cap", "keep"), [(0, "head"), (10, "middle")])
def test_cap_lines_rejects_bad_arguments(cap: int, keep: str) -> None:
    with pytest.raises(UsageError):
        cap_lines("text", cap, keep=keep)


@given(
    st.text(alphabet="ab\n", max_size=300), st.integers(1, 120), st.sampled_from(["head", "tail"])
)
def test_cap_lines_never_exceeds_the_cap(text: str, cap: int, keep: str) -> None:
    capped = cap_lines(text, cap, keep=keep)
    assert len(capped) <= cap
    if len(text) <= cap:
        assert capped == text


ENTRIES = [
    ContextEntry("1", "open", "Fix session expiry", "high", 0),
    ContextEntry("1.1", "in_progress", "Read SESSION_TTL\n  from settings", "", 1),
    ContextEntry("2", "done", "Reproduce the bug", "", 0),
    ContextEntry("3", "cancelled", "Rewrite auth", "low", 0),
    ContextEntry("4", "deferred", "Add metrics", "", 0),
    ContextEntry("5", "other", "Odd marker", "", 0),
    ContextEntry("6", "~", "Tilde marker", "P1", 0),
    ContextEntry("", "open", "Unnumbered", "", 0),
]


def test_format_task_context_full_list() -> None:
    text = format_task_context(ENTRIES, header="todo.md (.claude/todo.md): 8 tasks.", cap=1000)
    assert text.split("\n") == [
        "todo.md (.claude/todo.md): 8 tasks.",
        "- [ ] 1 Fix session expiry (high)",
        "  - [/] 1.1 Read SESSION_TTL from settings",
        "- [x] 2 Reproduce the bug",
        "- [-] 3 Rewrite auth (low)",
        "- [>] 4 Add metrics",
        "- [?] 5 Odd marker",
        "- [~] 6 Tilde marker (P1)",
        "- [ ] Unnumbered",
    ]


def test_format_task_context_cut_says_how_many_more() -> None:
    entries = [ContextEntry(str(n), "open", f"Task number {n}", "", 0) for n in range(1, 101)]
    text = format_task_context(entries, header="todo.md: 100 open tasks.", cap=300)
    assert len(text) <= 300
    lines = text.split("\n")
    shown = lines[1:-1]
    assert shown == [f"- [ ] {n} Task number {n}" for n in range(1, len(shown) + 1)]
    assert lines[-1] == f"… and {100 - len(shown)} more tasks (todokit list)"


def test_format_task_context_no_room_for_tasks() -> None:
    entries = [ContextEntry("1", "open", "A task with a rather long description", "", 0)]
    text = format_task_context(entries, header="header", cap=40)
    assert text == "header\n… and 1 more task (todokit list)"
    assert format_task_context(entries, header="header", cap=10) == "header"


def test_format_task_context_long_text_and_header_are_shortened() -> None:
    entries = [ContextEntry("1", "open", "word " * 100, "", 0)]
    text = format_task_context(entries, header="h" * 50, cap=1000)
    header, line = text.split("\n")
    assert header == "h" * 50
    assert len(line) == len("- [ ] 1 ") + 200
    assert line.endswith("…")
    assert format_task_context([], header="h" * 50, cap=20) == "h" * 19 + "…"


def test_format_task_context_rejects_a_zero_cap() -> None:
    with pytest.raises(UsageError):
        format_task_context(ENTRIES, header="h", cap=0)


@given(st.integers(1, 400), st.integers(0, 30))
def test_format_task_context_never_exceeds_the_cap(cap: int, count: int) -> None:
    entries = [ContextEntry(str(n), "open", f"Task {n}", "high", n % 3) for n in range(count)]
    assert len(format_task_context(entries, header="todo.md: tasks.", cap=cap)) <= cap
