"""The task-wise merge on the real lists of the shared corpus, byte for byte."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from merge_strategies import edited
from test_merge_properties import task_texts

from todokit.document.codec import decode, encode
from todokit.errors import UnsafeMergeError
from todokit.merging import merge_lists


def test_a_real_list_merged_with_itself_keeps_every_byte(corpus_file: Path) -> None:
    text = decode(corpus_file.read_bytes())
    assert encode(merge_lists(text, text, text).text) == corpus_file.read_bytes()


@settings(max_examples=10)
@given(st.data())
def test_edits_of_a_real_list_merge_with_no_loss(corpus_file: Path, data: st.DataObject) -> None:
    base = decode(corpus_file.read_bytes())
    ours, theirs = data.draw(edited(base)), data.draw(edited(base))
    assert merge_lists(base, ours, ours).text == ours
    assert merge_lists(base, base, theirs).text == theirs
    try:
        result = merge_lists(base, ours, theirs)
    except UnsafeMergeError:
        return  # merged by lines instead
    old = set(task_texts(base))
    for text in (set(task_texts(ours)) | set(task_texts(theirs))) - old:
        assert text in result.text
