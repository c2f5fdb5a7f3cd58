"""Parsing never loses a byte: ``parse(text).render() == text`` for any text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from doc_fixtures import FIXTURE_IDS, FIXTURES
from doc_strategies import any_text, documents
from hypothesis import given
from hypothesis import strategies as st

from todokit.document import parse
from todokit.document.codec import decode, encode


def bytes_round_trip(data: bytes) -> bytes:
    return encode(parse(decode(data)).render())


@given(any_text())
def test_any_text_round_trips(text: str) -> None:
    doc = parse(text)
    assert doc.render() == text
    assert "".join(doc.lines) == text


@given(st.text())
def test_unicode_text_round_trips(text: str) -> None:
    assert parse(text).render() == text


@given(documents())
def test_generated_documents_round_trip(text: str) -> None:
    assert parse(text).render() == text


@given(st.binary())
def test_any_bytes_round_trip(data: bytes) -> None:
    assert bytes_round_trip(data) == data


@pytest.mark.parametrize("path", FIXTURES, ids=FIXTURE_IDS)
def test_fixture_files_round_trip(path: Path) -> None:
    data = path.read_bytes()
    assert bytes_round_trip(data) == data


def test_fixtures_cover_the_byte_level_cases() -> None:
    data = {path.name: path.read_bytes() for path in FIXTURES}
    assert data["crlf_bom.md"].startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data["crlf_bom.md"]
    assert not data["crlf_bom.md"].endswith(b"\n")
    assert b"   \r\n" in data["crlf_bom.md"]
    assert b"\n" not in data["lone_cr.md"]
    assert b"\t" in data["nesting.md"]
    assert b"\xe9" in data["latin1_bytes.bin"]


def test_every_corpus_file_round_trips(corpus_files: list[Path]) -> None:
    for path in corpus_files:
        data = path.read_bytes()
        assert bytes_round_trip(data) == data, path.name


def test_every_commonmark_example_round_trips(commonmark_examples: list[dict[str, Any]]) -> None:
    for example in commonmark_examples:
        data = example["markdown"].encode("utf-8")
        assert bytes_round_trip(data) == data, example["example"]


@pytest.mark.parametrize(
    "text",
    ["", "\n", "\r", "\r\n", "\ufeff", "\ufeff\n", "x", "\n\n\r\r\n", "- [ ] a\r\n\r- [x] b"],
)
def test_small_texts_round_trip(text: str) -> None:
    assert parse(text).render() == text
