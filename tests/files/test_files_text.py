"""valid_text and the write path: new text becomes valid UTF-8, bytes of the file stay."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from todokit.document.codec import decode, encode
from todokit.files.project import TodoFile
from todokit.files.text import REPLACEMENT, valid_text
from todokit.lifecycle.transaction import modify, write_text

# Text as users, agents and argv decoding produce it: any code point, lone surrogates included.
texts = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()))


@given(texts)
def test_new_text_always_encodes_as_strict_utf8(text: str) -> None:
    result = valid_text(text)
    result.encode("utf-8")  # raises on any surrogate left
    assert len(result) == len(text)
    assert all(b in (a, REPLACEMENT) for a, b in zip(text, result, strict=True))


@given(st.binary(), texts)
def test_lines_read_from_the_file_keep_their_bytes(data: bytes, new: str) -> None:
    before = decode(data)
    result = valid_text(before + "\n" + new, before)
    kept = set(before.splitlines(keepends=True))
    for line in result.splitlines(keepends=True):
        if line not in kept:
            line.encode("utf-8")
    if before.endswith("\n") or not before:
        assert encode(result).startswith(data)


def test_a_new_nul_becomes_u_fffd_and_one_from_the_file_stays() -> None:
    # An import or an MCP call with "\u0000" wrote a NUL: git then takes the list for binary.
    assert valid_text("- [ ] a\x00b\n") == f"- [ ] a{REPLACEMENT}b\n"
    before = "- [ ] old\x00\n"
    assert valid_text(before + "- [ ] new\x00\n", before) == f"{before}- [ ] new{REPLACEMENT}\n"


def test_text_without_surrogates_is_returned_as_it_is() -> None:
    text = "- [ ] café ✓ 🚀\n"
    assert valid_text(text) is text
    assert valid_text("plain") == "plain"


def test_write_text_returns_and_writes_valid_text(tmp_path: Path) -> None:
    (tmp_path / ".claude").mkdir()
    todo = TodoFile(tmp_path / ".claude" / "todo.md")
    written = write_text(todo, "- [ ] bad\udcffbyte\n")
    assert written == f"- [ ] bad{REPLACEMENT}byte\n"
    assert todo.path.read_bytes() == "- [ ] bad\ufffdbyte\n".encode()


def test_modify_reports_the_text_it_wrote(tmp_path: Path) -> None:
    todo = TodoFile(tmp_path / ".claude" / "todo.md")
    change, _ = modify(todo, lambda doc: ("- [ ] x\udc80\n", None), lock_timeout=5)
    assert change.after == f"- [ ] x{REPLACEMENT}\n"
    assert change.written
    again, _ = modify(todo, lambda doc: ("- [ ] x\udc80\n", None), lock_timeout=5)
    assert not again.written  # the same valid text: nothing to write
    dry, _ = modify(todo, lambda doc: ("- [ ] y\ud800\n", None), lock_timeout=5, dry_run=True)
    assert dry.after == f"- [ ] y{REPLACEMENT}\n"
