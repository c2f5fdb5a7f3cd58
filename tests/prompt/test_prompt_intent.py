"""Which prompts ask for new work: each class of prompt that asks for none, and real tasks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from todokit.prompt import NO_WORK_WORDS, asks_for_work, task_from_prompt

NO_WORK = {
    "greetings": [
        "hi",
        "Hello there!",
        "hey claude",
        "good morning",
        "yo",
        "Thanks!",
        "thank you so much",
    ],
    "acknowledgements and short answers": [
        "yes",
        "ok, do it",
        "option 2",
        "1",
        "lgtm",
        "sure, go ahead",
        "nope, the other one",
        "b",
        "sounds good",
        "Perfect, thanks!",
    ],
    "continuations": [
        "continue",
        "keep going",
        "try again",
        "resume",
        "please continue from where you left off",
        "go on",
        "next step",
        "do the next one",
    ],
    "slash commands": ["/clear", "/compact keep the plan", "/review", "/todokit:start"],
    "questions about progress": [
        "what's next?",
        "status?",
        "where were we?",
        "what are you working on?",
        "how far along are you?",
        "any progress?",
        "what is left?",
    ],
    "empty and punctuation only": ["", "   ", "?!", "...", "👍", "\n\n"],
}
WORK = [
    "fix the login timeout",
    "yes, and add a test for the parser",
    "continue with the CSV export, but also handle quoted fields",
    "Users get logged out after 5 minutes",
    "what does the session middleware do with expired tokens?",
    "/usr/bin/python crashes on start",
    "make the dashboard fast",
    "ISSUE-108 のコード追従をまとめて片付けたい。",
]


@pytest.mark.parametrize(
    "prompt", [pytest.param(p, id=f"{kind}: {p!r}") for kind, ps in NO_WORK.items() for p in ps]
)
def test_a_prompt_that_asks_for_no_work_starts_nothing(prompt: str) -> None:
    assert not asks_for_work(prompt)
    assert task_from_prompt(prompt) is None


@pytest.mark.parametrize("prompt", WORK)
def test_a_prompt_that_asks_for_work_names_a_task(prompt: str) -> None:
    assert asks_for_work(prompt)
    task = task_from_prompt(prompt)
    assert task and "\n" not in task


def test_a_long_prompt_of_no_work_words_still_asks_for_work() -> None:
    assert asks_for_work("ok " * 13)
    assert not asks_for_work("ok " * 12)


def test_the_vocabulary_holds_no_word_that_names_work() -> None:
    assert not {"fix", "add", "test", "login", "bug", "refactor", "deploy"} & NO_WORK_WORDS


@given(st.text(max_size=300))
def test_any_text_gets_an_answer_and_a_task_is_one_short_line(prompt: str) -> None:
    task = task_from_prompt(prompt)
    assert task is None or (0 < len(task) <= 120 and "\n" not in task)
