"""Splitting text into lines that keep their endings, and tab-stop columns."""

from __future__ import annotations

import pytest
from doc_strategies import any_text
from hypothesis import given
from hypothesis import strategies as st

from todokit.document.lines import (
    dominant_ending,
    leading_columns,
    line_ending,
    raw_index_of_column,
    split_lines,
)


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("", []),
        ("a", ["a"]),
        ("a\n", ["a\n"]),
        ("a\nb", ["a\n", "b"]),
        ("\n\n", ["\n", "\n"]),
        ("a\r\nb\rc\nd", ["a\r\n", "b\r", "c\n", "d"]),
        ("\r\r\n\n", ["\r", "\r\n", "\n"]),
        ("a\x0bb\x0cc\u2028d\x85e", ["a\x0bb\x0cc\u2028d\x85e"]),  # not line endings here
    ],
)
def test_split_lines(text: str, lines: list[str]) -> None:
    assert split_lines(text) == lines


@given(any_text())
def test_split_lines_is_lossless_and_ends_every_line_but_the_last(text: str) -> None:
    lines = split_lines(text)
    assert "".join(lines) == text
    assert all(line_ending(line) for line in lines[:-1])
    assert all(line for line in lines)
    for line in lines:
        body = line[: len(line) - len(line_ending(line))]
        assert "\r" not in body
        assert "\n" not in body


@pytest.mark.parametrize(
    ("line", "ending"), [("a\r\n", "\r\n"), ("a\n", "\n"), ("a\r", "\r"), ("a", ""), ("", "")]
)
def test_line_ending(line: str, ending: str) -> None:
    assert line_ending(line) == ending


@pytest.mark.parametrize(
    ("lines", "ending"),
    [
        ([], "\n"),
        (["no ending"], "\n"),
        (["a\r\n", "b\n", "c\r\n"], "\r\n"),
        (["a\r", "b\n"], "\r"),  # a tie goes to the first seen
        (["a\n", "b\r"], "\n"),
        (["a\r", "b\r", "c"], "\r"),
    ],
)
def test_dominant_ending(lines: list[str], ending: str) -> None:
    assert dominant_ending(lines) == ending


@pytest.mark.parametrize(
    ("text", "columns"),
    [("", 0), ("x", 0), ("  x", 2), ("\tx", 4), (" \tx", 4), ("    \tx", 8), ("  \t  x", 6)],
)
def test_leading_columns(text: str, columns: int) -> None:
    assert leading_columns(text) == columns


@pytest.mark.parametrize(
    ("text", "column", "index"),
    [("abc", 0, 0), ("abc", 2, 2), ("abc", 9, 3), ("\tx", 0, 0), ("\tx", 3, 0), ("\tx", 4, 1)],
)
def test_raw_index_of_column(text: str, column: int, index: int) -> None:
    assert raw_index_of_column(text, column) == index


def walked_index_of_column(text: str, column: int) -> int:
    """The raw index of a tab-expanded column, found by walking the line."""
    current = 0
    for index, char in enumerate(text):
        current += 4 - current % 4 if char == "\t" else 1
        if current > column:
            return index
    return len(text)


@given(st.text(alphabet="ab \t", max_size=40), st.integers(0, 170))
def test_raw_index_of_column_agrees_with_a_walk_along_the_line(text: str, column: int) -> None:
    # It looks tabs up rather than walking: items nested on one line ask once each.
    assert raw_index_of_column(text, column) == walked_index_of_column(text, column)
