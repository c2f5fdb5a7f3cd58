"""Style-preserving JSON object files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from todokit.agent.jsonfile import (
    JsonStyle,
    parse_json_object,
    read_optional,
    render_json_object,
    write_creating_parents,
)
from todokit.errors import InvalidInputError

SCALARS = st.none() | st.booleans() | st.integers() | st.text(max_size=10)
VALUES = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=8,
)
STYLES = st.builds(
    JsonStyle,
    indent=st.sampled_from(["  ", "    ", "\t", " "]),
    newline=st.sampled_from(["\n", "\r\n"]),
    final_newline=st.booleans(),
    bom=st.booleans(),
)


@given(st.dictionaries(st.text(max_size=8), VALUES, min_size=1, max_size=4), STYLES)
def test_render_then_parse_round_trips_object_and_style(
    obj: dict[str, Any], style: JsonStyle
) -> None:
    text = render_json_object(obj, style)
    assert parse_json_object(text, "f.json") == (obj, style)
    assert render_json_object(*parse_json_object(text, "f.json")) == text


@pytest.mark.parametrize(
    ("text", "style"),
    [
        ("", JsonStyle()),
        ("{}", JsonStyle(final_newline=False)),
        ('{"a": 1}\n', JsonStyle()),
        ('\ufeff{\r\n\t"a": 1\r\n}', JsonStyle("\t", "\r\n", final_newline=False, bom=True)),
    ],
)
def test_parse_styles(text: str, style: JsonStyle) -> None:
    assert parse_json_object(text, "f.json")[1] == style


def test_render_keeps_unicode_and_escapes_line_breaks_in_strings() -> None:
    style = JsonStyle(newline="\r\n")
    assert (
        render_json_object({"a": "line\nbreak ✓"}, style) == '{\r\n  "a": "line\\nbreak ✓"\r\n}\r\n'
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [("{", "f.json is not valid JSON"), ("[]", "f.json does not hold a JSON object")],
)
def test_parse_rejects(text: str, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        parse_json_object(text, "f.json")


def test_read_optional_and_write_creating_parents(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "settings.json"
    assert read_optional(target) is None
    write_creating_parents(target, b"{}\n")
    assert read_optional(target) == b"{}\n"
    with pytest.raises(InvalidInputError, match="cannot read"):
        read_optional(tmp_path)
