"""The fast plain-text path agrees with mistune's inline parser wherever it answers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from todokit.document.fastinline import simple_plain_text
from todokit.document.inline import _parsed_text, plain_text

PIECES = st.sampled_from(
    [
        "**P1**",
        "**",
        "*",
        "`",
        "``",
        "`code`",
        "` x `",
        "[a](b)",
        "[a]",
        "](",
        "!",
        "![i](s)",
        "(",
        ")",
        "_",
        "snake_case",
        "&amp;",
        "\\",
        "<b>",
        "word",
        " ",
        ".",
        ":",
        "**bold text**",
    ]
)


@given(st.lists(PIECES, max_size=12).map("".join))
def test_fast_path_equals_mistune_whenever_it_answers(source: str) -> None:
    simple = simple_plain_text(source)
    if simple is not None:
        assert " ".join(simple.split()) == _parsed_text(source)


@given(st.text(max_size=80))
def test_plain_text_equals_mistune_on_any_text(source: str) -> None:
    assert plain_text(source) == _parsed_text(source)


def test_common_task_markup_takes_the_fast_path() -> None:
    source = "**P1** fix `parse_config()` ([spec](docs/spec.md)) now"
    assert simple_plain_text(source) == "P1 fix parse_config() (spec) now"
    assert plain_text(source) == "P1 fix parse_config() (spec) now"
    assert simple_plain_text("*em*") is None
    assert simple_plain_text("a &amp; b") is None
