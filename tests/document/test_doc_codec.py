"""Bytes to text and back: lossless for any bytes, strict where edits need it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from todokit.document.codec import check_utf8, decode, encode, first_invalid_byte
from todokit.errors import InvalidInputError


@given(st.binary())
def test_decode_then_encode_is_the_identity(data: bytes) -> None:
    assert encode(decode(data)) == data


@given(st.text().filter(lambda t: not any("\ud800" <= c <= "\udfff" for c in t)))
def test_valid_text_round_trips_through_bytes(text: str) -> None:
    assert decode(encode(text)) == text
    assert check_utf8(encode(text), "todo.md") == text


def test_a_bom_is_decoded_as_a_character() -> None:
    assert decode(b"\xef\xbb\xbf- [ ] a") == "\ufeff- [ ] a"


def test_invalid_bytes_become_lone_surrogates() -> None:
    assert decode(b"caf\xe9") == "caf\udce9"


def test_a_surrogate_that_stands_for_no_byte_cannot_be_encoded() -> None:
    with pytest.raises(InvalidInputError, match="character 2"):
        encode("ab\ud800")


@pytest.mark.parametrize(
    ("data", "offset"),
    [(b"", None), (b"ok \xe2\x9c\x93", None), (b"\xff", 0), (b"ab\xc3", 2), (b"a\xed\xa0\x80", 1)],
)
def test_first_invalid_byte(data: bytes, offset: int | None) -> None:
    assert first_invalid_byte(data) == offset


def test_check_utf8_names_the_file_byte_and_offset() -> None:
    with pytest.raises(InvalidInputError) as caught:
        check_utf8(b"- [ ] caf\xe9\n", "todo.md")
    message = str(caught.value)
    assert "todo.md" in message
    assert "0xe9" in message
    assert "offset 9" in message
    assert caught.value.exit_code == 4
