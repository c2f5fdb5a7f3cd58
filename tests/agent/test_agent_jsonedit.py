"""Editing JSON in place: unchanged members keep their bytes, and the result is always JSON."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from todokit.agent.jsonedit import JsonDocument
from todokit.agent.jsonfile import loads_strict
from todokit.agent.jsonspans import blank_comments, scan
from todokit.errors import InvalidInputError

SCALARS = st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.text(max_size=5)
VALUES = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=4), children, max_size=3)
    ),
    max_leaves=10,
)
LAYOUTS = st.sampled_from(
    [
        {"indent": None},
        {"indent": 2},
        {"indent": 4},
        {"indent": "\t"},
        {"indent": None, "separators": (",", ":")},
        {"indent": 1, "separators": (",", " : ")},
    ]
)


def containers(tracked: Any, plain: Any) -> list[tuple[Any, Any]]:
    """Every object and array of two trees of the same shape, paired."""
    found = []
    if isinstance(tracked, dict | list):
        found.append((tracked, plain))
        pairs = (
            zip(tracked.values(), plain.values(), strict=True)
            if isinstance(tracked, dict)
            else zip(tracked, plain, strict=True)
        )
        for a, b in pairs:
            found += containers(a, b)
    return found


def edit(tracked: Any, plain: Any, data: st.DataObject) -> None:
    """Apply the same random edits to the document's value and to a plain copy."""
    for operation in data.draw(st.lists(st.sampled_from("drop add set flip"), max_size=6)):
        a, b = data.draw(st.sampled_from(containers(tracked, plain)))
        keys = list(a) if isinstance(a, dict) else list(range(len(a)))
        if operation == "drop" and keys:
            key = data.draw(st.sampled_from(keys))
            del a[key], b[key]
        elif operation == "add":
            value = data.draw(VALUES)
            if isinstance(a, list):
                a.append(copy.deepcopy(value)), b.append(copy.deepcopy(value))
            else:
                key = data.draw(st.text(max_size=4))
                a[key], b[key] = copy.deepcopy(value), copy.deepcopy(value)
        elif operation == "set" and keys:
            key, value = data.draw(st.sampled_from(keys)), data.draw(SCALARS)
            a[key], b[key] = value, value
        elif operation == "flip" and isinstance(a, list):
            a.reverse(), b.reverse()


@given(st.dictionaries(st.text(max_size=4), VALUES, max_size=4), LAYOUTS, st.data())
def test_any_edit_gives_json_of_the_edited_value(
    obj: dict[str, Any], layout: dict[str, Any], data: st.DataObject
) -> None:
    text = json.dumps(obj, **layout)
    doc = JsonDocument(text, "f.json")
    assert doc.render() == text
    assert not doc.changed()
    expected = json.loads(text)
    edit(doc.value, expected, data)
    out = doc.render()
    assert loads_strict(out, "out") == expected
    assert JsonDocument(out, "f.json").render() == out


def test_untouched_members_keep_their_exact_text() -> None:
    text = '{\n  "permissions": {"allow": ["a",  "b"]},\n  "big": 1e400,\n  "x": 1.50\n}\n'
    doc = JsonDocument(text, "s.json")
    doc.value["hooks"] = {"Stop": []}
    out = doc.render()
    assert out.startswith('{\n  "permissions": {"allow": ["a",  "b"]},\n  "big": 1e400,')
    assert '"x": 1.50,\n  "hooks": {\n    "Stop": []\n  }\n}\n' in out
    del doc.value["hooks"]
    assert doc.render() == text


def test_a_changed_number_is_written_exactly_and_others_keep_their_spelling() -> None:
    doc = JsonDocument('{"a": 1E+2, "b": 2}', "f.json")
    assert doc.value == {"a": Decimal("1E+2"), "b": 2}
    doc.value["b"] = Decimal("0.10")
    assert doc.render() == '{"a": 1E+2, "b": 0.10}'


def test_reordered_members_are_written_anew_in_the_files_style() -> None:
    doc = JsonDocument('{\n    "a": {"x": 1, "y": 2}\n}', "f.json")
    doc.value["a"] = {"y": 2, "x": 1}
    assert doc.render() == '{\n    "a": {\n        "y": 2,\n        "x": 1\n    }\n}'


def test_comments_are_kept_when_allowed() -> None:
    text = '{\r\n  // mine\r\n  "model": "x" /* why */\r\n}\r\n'
    with pytest.raises(InvalidInputError, match="is not valid JSON"):
        JsonDocument(text, "s.json")
    doc = JsonDocument(text, "s.json", comments=True)
    doc.value["hooks"] = {}
    assert doc.render() == '{\r\n  // mine\r\n  "model": "x", /* why */\r\n  "hooks": {}\r\n}\r\n'


def test_a_new_member_after_a_line_comment_gets_its_comma_before_the_comment() -> None:
    # The comma used to follow the comment, inside it: "x" // why, made the file invalid.
    doc = JsonDocument('{\n  "model": "x" // why\n}\n', "s.json", comments=True)
    doc.value["hooks"] = {}
    assert doc.render() == '{\n  "model": "x", // why\n  "hooks": {}\n}\n'


def test_blank_and_missing_documents() -> None:
    assert JsonDocument("", "f.json").render() == ""
    doc = JsonDocument(" \n", "f.json")
    doc.value["a"] = [1]
    assert doc.render() == '{\n  "a": [\n    1\n  ]\n}\n'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"t": NaN}', "holds NaN, which is not a JSON number"),
        ('{"t": -Infinity}', "holds -Infinity"),
        ('{"a": 1, "a": 2}', "names the key 'a' twice"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"a": [1, 2}', "is not valid JSON"),
        ("[]", "does not hold a JSON object"),
    ],
)
def test_refuses_what_is_not_strict_json(text: str, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        JsonDocument(text, "f.json")


def test_numbers_read_exactly() -> None:
    huge = "9" * 5000
    assert loads_strict(f'{{"n": {huge}, "e": 1e400}}', "f.json") == {
        "n": Decimal(huge),
        "e": Decimal("1e400"),
    }
    assert JsonDocument(f'{{"n": {huge}}}', "f.json").render() == f'{{"n": {huge}}}'


def test_spans_and_comment_blanking() -> None:
    span = scan(' {"a": [1, {"b": null}]} ')
    assert (span.start, span.end, span.kind) == (1, 24, "{")
    inner = span.members[0].value
    assert [m.value.kind for m in inner.members] == ["", "{"]
    assert blank_comments('"//not" // yes') == '"//not"       '
    with pytest.raises(ValueError, match="no JSON value"):
        scan('{"a": }')
