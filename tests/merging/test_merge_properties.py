"""Properties of ``merge_lists`` over generated lists and sides edited from them.

- merging a side with itself gives that side; merging with the unchanged base gives the side;
- no task either side added or changed, and no task both kept, is lost;
- edits to different tasks commute, and give what applying both would.
"""

from __future__ import annotations

from collections import Counter

from hypothesis import assume, given
from hypothesis import strategies as st
from merge_strategies import BASES, edited, line_edits

from todokit.document import parse
from todokit.errors import UnsafeMergeError
from todokit.merging import merge_lists


@given(BASES, st.data())
def test_a_side_merged_with_itself_is_that_side(base: str, data: st.DataObject) -> None:
    side = data.draw(edited(base))
    result = merge_lists(base, side, side)
    assert result.text == side
    assert result.clean


@given(BASES, st.data())
def test_a_side_merged_with_the_base_is_that_side(base: str, data: st.DataObject) -> None:
    side = data.draw(edited(base))
    assert merge_lists(base, base, side).text == side
    assert merge_lists(base, side, base).text == side


def task_texts(text: str) -> list[str]:
    return [task.source_text for task in parse(text).tasks]


@given(BASES, st.data())
def test_no_task_a_side_added_changed_or_both_kept_is_lost(base: str, data: st.DataObject) -> None:
    ours, theirs = data.draw(edited(base)), data.draw(edited(base))
    try:
        result = merge_lists(base, ours, theirs)
    except UnsafeMergeError:
        return  # the file wrapper merges by lines instead
    old = Counter(task_texts(base))
    unique = {text for text, count in old.items() if count == 1}
    mine, other = set(task_texts(ours)), set(task_texts(theirs))
    # A text the base holds twice may be two tasks each side kept one of: identity, not text.
    for text in (mine - set(old)) | (other - set(old)) | (mine & other & unique):
        assert text in result.text


@given(BASES, st.data())
def test_edits_to_different_tasks_commute(base: str, data: st.DataObject) -> None:
    doc = parse(base)
    # Twins (one text twice) are told apart by their order only: edits to them may not commute.
    counts = Counter(task.source_text for task in doc.tasks)
    distinct = [task for task in doc.tasks if counts[task.source_text] == 1]
    assume(len(distinct) >= 2)
    chosen = data.draw(st.lists(st.sampled_from(distinct), min_size=2, unique_by=id))
    split = data.draw(st.integers(1, len(chosen) - 1))
    mine = data.draw(line_edits(doc, chosen[:split]))
    other = data.draw(line_edits(doc, chosen[split:]))
    lines = list(doc.lines)
    ours = "".join(mine.get(i, line) for i, line in enumerate(lines))
    theirs = "".join(other.get(i, line) for i, line in enumerate(lines))
    both = "".join({**mine, **other}.get(i, line) for i, line in enumerate(lines))
    forward, backward = merge_lists(base, ours, theirs), merge_lists(base, theirs, ours)
    assert forward.text == backward.text == both
    assert forward.clean
