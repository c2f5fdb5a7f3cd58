"""A task's plain text: what mistune's inline parser reads, with a fast path for common markup."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from todokit.document import parse
from todokit.document.fastinline import simple_plain_text
from todokit.document.inline import _parsed_text, plain_text

MARKUP = st.sampled_from(
    [
        *("**P0**", "**a b**", "`x`", "` y `", "``", "[t](u)", "[t](u v)", "*", "_", "~~", "\\*"),
        *("&amp;", "&#35;", "<b>", "<https://x.y>", "![i](s)", "word", " ", "(", ")", ":", "日本"),
        *("[a]", "](", "!", ".", "snake_case"),
    ]
)


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("plain words", "plain words"),
        ("  spaced\t out  ", "spaced out"),
        ("**P1** fix `parse()`", "P1 fix parse()"),
        ("see [the docs](https://x.y/z) now", "see the docs now"),
        ("*em* and _em_", "em and em"),
        ("a &amp; b &lt;c&gt;", "a & b <c>"),
        ("escaped \\*stars\\*", "escaped *stars*"),
        ("![image](x.png) alt", "image alt"),
        ("`` a`b ``", "a`b"),
        ("<https://example.com>", "https://example.com"),
        ("~~gone~~", "~~gone~~"),
        ("unclosed **bold", "unclosed **bold"),
        ("` padded `", "padded"),
        ("*em*\nnext line", "em next line"),
    ],
)
def test_plain_text(source: str, text: str) -> None:
    assert plain_text(source) == text


@given(st.lists(MARKUP, max_size=10).map("".join))
def test_plain_text_is_what_mistune_reads(source: str) -> None:
    assert plain_text(source) == _parsed_text(source)
    simple = simple_plain_text(source)
    if simple is not None:
        assert " ".join(simple.split()) == _parsed_text(source)


@given(st.text(max_size=80))
def test_plain_text_is_what_mistune_reads_for_any_text(source: str) -> None:
    assert plain_text(source) == _parsed_text(source)


def test_every_corpus_task_text_is_what_mistune_reads(corpus_files: list[Path]) -> None:
    for path in corpus_files:
        doc = parse(path.read_bytes().decode("utf-8", "surrogateescape"))
        for task in doc.tasks:
            assert task.text == _parsed_text(task.source_text), (path.name, task.line)


def test_the_fast_path_answers_for_agent_style_tasks() -> None:
    source = "**P0** Fix `refresh_token` ([login.py](src/auth/login.py)) due:2026-03-01"
    assert simple_plain_text(source) == "P0 Fix refresh_token (login.py) due:2026-03-01"


@pytest.mark.parametrize("source", ["*em*", "_em_", "a &amp; b", "<b>", "\\*", "![i](s)", "``a``"])
def test_the_fast_path_leaves_other_markup_to_mistune(source: str) -> None:
    assert simple_plain_text(source) is None
