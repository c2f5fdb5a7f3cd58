"""The one-line task summary and the prose relevance reads: code, logs and tracebacks left out."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from todokit.prompt import prose_lines, relevance_text, shorten, task_summary

TRACEBACK = """Started on the settings module but it won't import:
Traceback (most recent call last):
  File "app/config.py", line 3, in <module>
    from pydantic import BaseSettings
pydantic.errors.PydanticImportError: BaseSettings has moved
Fix that, then finish the logging work.
"""


def test_the_summary_is_the_first_sentence_of_the_first_paragraph() -> None:
    prompt = (
        "Next up I'd like the indexing\nstatus widget. It should show progress.\n\nAlso: tests."
    )
    assert task_summary(prompt) == "Next up I'd like the indexing status widget."


def test_an_opening_greeting_is_skipped() -> None:
    assert task_summary("Hi! Thanks for yesterday. Now add CSV export.") == "Now add CSV export."


def test_fenced_code_and_pasted_logs_never_reach_the_summary() -> None:
    prompt = "```\nTypeError: undefined\n```\n[12:41:07] ERROR boom\nThe export button does nothing"
    assert task_summary(prompt) == "The export button does nothing"


def test_a_pasted_log_of_two_thousand_characters_stays_out_of_the_header() -> None:
    log = "".join(
        f"2026-11-30 12:{n % 60:02d}:00 INFO worker {n} handled request\n" for n in range(40)
    )
    prompt = "The worker leaks memory, see the server log:\n" + log + "please fix it"
    assert len(prompt) > 2000
    assert task_summary(prompt) == "The worker leaks memory, see the server log:"


def test_indented_output_and_shell_sessions_are_pasted_output() -> None:
    prompt = "pnpm is gone again:\n    $ pnpm --version\n    zsh: no such file\nMake pnpm survive upgrades."
    assert prose_lines(prompt) == ["pnpm is gone again:", "", "Make pnpm survive upgrades."]


def test_of_a_traceback_only_the_error_line_stays() -> None:
    lines = prose_lines(TRACEBACK)
    assert "pydantic.errors.PydanticImportError: BaseSettings has moved" in lines
    assert not any("File" in line or "from pydantic" in line for line in lines)
    assert task_summary(TRACEBACK) == "Started on the settings module but it won't import:"


def test_relevance_reads_all_of_the_prose() -> None:
    text = relevance_text(TRACEBACK)
    assert "finish the logging work" in text and "File" not in text


def test_a_long_summary_is_cut_at_a_word() -> None:
    summary = task_summary(
        "Make every page of the admin area load in under one second on a slow phone " * 3
    )
    assert len(summary) <= 120 and summary.endswith("…") and not summary.endswith(" …")
    assert shorten("a" * 200, 10) == "a" * 9 + "…"


def test_chinese_and_japanese_sentences_end_at_their_own_stops() -> None:
    assert (
        task_summary("ISSUE-108 を片付けたい。N=4 のループは merge.py にある。")
        == "ISSUE-108 を片付けたい。"
    )


def test_markdown_marks_are_dropped() -> None:
    assert task_summary("## Plan\n- Port the parser to Rust") == "Port the parser to Rust"


@given(st.text(max_size=500))
def test_a_summary_is_one_line_within_the_limit(prompt: str) -> None:
    summary = task_summary(prompt)
    assert "\n" not in summary and len(summary) <= 120
