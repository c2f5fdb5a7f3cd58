"""Round trip and agreement with mistune over the shared corpus and the CommonMark examples.

These skip cleanly when ../shared (or $TODOKIT_SHARED) is absent.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from todokit.document import parse
from todokit.document.codec import decode, encode
from todokit.document.lines import split_lines
from todokit.document.scanned import front_matter_end

GFM = {" ": False, "x": True, "X": True}


@cache
def _mistune() -> Any:
    import mistune

    return mistune.create_markdown(renderer=None, plugins=["task_lists"])


def mistune_tasks(text: str) -> list[tuple[bool, int]]:
    """(checked, depth) of every task_list_item token, in document order."""
    lines = split_lines(text)
    contents = [line.rstrip("\r\n").lstrip("\ufeff") for line in lines]
    body = "".join(lines[front_matter_end(contents) :])  # mistune knows no front matter
    found: list[tuple[bool, int]] = []
    pending = [(token, 0) for token in reversed(_mistune()(body))]
    while pending:
        token, depth = pending.pop()
        is_item = token["type"] in ("list_item", "task_list_item")
        if token["type"] == "task_list_item":
            found.append((token["attrs"]["checked"], depth))
        children = token.get("children") or []
        pending.extend((child, depth + is_item) for child in reversed(children))
    return found


def todokit_tasks(text: str) -> list[tuple[bool, int]]:
    doc = parse(text)
    return [(GFM[t.marker], t.depth) for t in doc.tasks if t.marker in GFM]


def test_corpus_files_round_trip_byte_exact_and_agree_with_mistune(corpus_file: Path) -> None:
    data = corpus_file.read_bytes()
    text = decode(data)
    assert encode(parse(text).render()) == data
    assert todokit_tasks(text) == mistune_tasks(text)


def test_commonmark_examples_round_trip_and_agree(
    commonmark_examples: list[dict[str, Any]],
) -> None:
    mismatches = []
    for example in commonmark_examples:
        text = example["markdown"]
        assert parse(text).render() == text
        if todokit_tasks(text) != mistune_tasks(text):
            mismatches.append(example["example"])
    assert mismatches == []


def test_corpus_with_a_bom_has_the_same_tasks(corpus_files: list[Path]) -> None:
    for path in corpus_files:
        text = decode(path.read_bytes()).lstrip("\ufeff")
        plain, marked = parse(text), parse("\ufeff" + text)
        assert marked.render() == "\ufeff" + text
        shape = [(t.text, t.status, t.depth, t.id, t.section, t.raw) for t in plain.tasks]
        assert shape == [(t.text, t.status, t.depth, t.id, t.section, t.raw) for t in marked.tasks]
