"""The corners of in-place JSON editing: reorders, insertions, depth, odd text."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

from todokit.agent.filechange import FileChange
from todokit.agent.jsonedit import JsonDocument
from todokit.agent.jsonspans import scan
from todokit.agent.jsontext import dump_value
from todokit.errors import InvalidInputError


def test_reordered_keys_of_a_kept_object_rewrite_only_that_object() -> None:
    doc = JsonDocument('{"keep": [1,2], "a": {"x": 1, "y": 2}}', "f.json")
    inner = doc.value["a"]
    items = list(inner.items())
    inner.clear()
    inner.update(reversed(items))
    assert doc.render() == '{"keep": [1,2], "a": {"y": 2, "x": 1}}'


def test_an_insertion_before_kept_items_rewrites_the_array() -> None:
    doc = JsonDocument('{"a": [{"k": 1},  2]}', "f.json")
    doc.value["a"].insert(0, 0)
    assert doc.render() == '{"a": [0, {"k": 1}, 2]}'


def test_removing_scalars_keeps_the_others_spelling() -> None:
    doc = JsonDocument('{"a": [1.0, 2,  3e2]}', "f.json")
    doc.value["a"].remove(2)
    assert doc.render() == '{"a": [1.0,  3e2]}'


def test_a_moved_container_is_written_anew() -> None:
    doc = JsonDocument('{"a": {"x": 1}, "b": []}', "f.json")
    doc.value["b"].append(doc.value.pop("a"))
    assert doc.render() == '{"b": [{"x": 1}]}'


def test_nesting_deeper_than_the_editor_reaches_is_refused() -> None:
    depth = sys.getrecursionlimit() // 2 + 50
    text = '{"a": ' + "[" * depth + "]" * depth + "}"
    with pytest.raises(InvalidInputError, match="nested too deeply"):
        JsonDocument(text, "f.json")


def test_a_new_value_too_deep_to_write_is_refused() -> None:
    doc = JsonDocument('{"a": 1}', "f.json")
    deep: list[object] = []
    for _ in range(sys.getrecursionlimit() + 10):
        deep = [deep]
    doc.value["a"] = deep
    with pytest.raises(InvalidInputError, match="too deeply to write"):
        doc.render()


def test_comment_mode_without_comments_and_a_comment_in_an_empty_object() -> None:
    assert JsonDocument('{"a": 1}', "f.json", comments=True).render() == '{"a": 1}'
    doc = JsonDocument('{"hooks": { /* none yet */ }}', "f.json", comments=True)
    doc.value["hooks"]["Stop"] = [{"a": 1}]
    assert doc.render() == '{"hooks": {/* none yet */ "Stop": [{"a": 1}]}}'
    doc = JsonDocument('{\n  "hooks": {/* none yet */}\n}', "f.json", comments=True)
    doc.value["hooks"]["Stop"] = []
    assert doc.render() == '{\n  "hooks": {/* none yet */\n    "Stop": []\n  }\n}'


@pytest.mark.parametrize(
    ("text", "message"),
    [('{"a', "no JSON string"), ('{"a": 1 "b": 2}', "expected ','"), ("", "no JSON value")],
)
def test_scan_reports_text_that_is_not_json(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        scan(text)


def test_dump_value_escapes_lone_surrogates_and_refuses_non_numbers() -> None:
    assert dump_value("\udcff ok", indent=None) == '"\\udcff ok"'
    with pytest.raises(ValueError, match="not a JSON number"):
        dump_value(Decimal("NaN"), indent=None)
    with pytest.raises(ValueError, match="Out of range float"):
        dump_value(float("inf"), indent=None)


def test_file_change_without_a_change(tmp_path: Path) -> None:
    change = FileChange(tmp_path / "a", b"x", b"x")
    assert (change.diff(), change.action, change.apply()) == ("", "keep", False)
    gone = FileChange(tmp_path / "b", b"x", None)
    assert gone.action == "delete"
    assert gone.apply() is False  # nothing to delete any more
    outside = FileChange(Path("/nonexistent/x.json"), None, b"{}\n")
    assert outside.diff().startswith("--- /dev/null\n+++ /nonexistent/x.json\n")
