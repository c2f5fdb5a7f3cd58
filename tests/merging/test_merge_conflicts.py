"""``merge_lists`` where the sides disagree, on bytes nobody changed, and on twins."""

from __future__ import annotations

import pytest
from test_merge_lists import BASE, edit

from todokit.errors import UnsafeMergeError
from todokit.merging import merge_lists


def test_a_task_changed_two_ways_is_marked_alone():
    ours = edit(
        BASE, ("[ ] Fix login", "[x] Fix login"), ("[ ] Update README", "[x] Update README")
    )
    theirs = edit(BASE, ("[ ] Fix login", "[-] Fix login"))
    result = merge_lists(BASE, ours, theirs)
    assert not result.clean
    assert [(c.kind, c.line, c.text) for c in result.conflicts] == [("task", 5, "- [x] Fix login")]
    conflict = "<<<<<<< ours\n- [x] Fix login\n=======\n- [-] Fix login\n>>>>>>> theirs\n"
    assert result.text == edit(ours, ("- [x] Fix login\n", conflict))


def test_a_task_moved_to_two_places_is_marked_at_both():
    ours = edit(
        BASE,
        ("- [ ] Fix login\n", ""),
        ("- [ ] Update README\n", "- [ ] Update README\n- [ ] Fix login\n"),
    )
    theirs = edit(BASE, ("- [ ] Fix login\n", ""), ("# Todo\n\n", "# Todo\n\n- [ ] Fix login\n\n"))
    result = merge_lists(BASE, ours, theirs)
    assert [c.kind for c in result.conflicts] == ["place", "place"]
    assert "# Todo\n\n<<<<<<< ours\n=======\n- [ ] Fix login\n>>>>>>> theirs\n" in result.text
    assert result.text.endswith("<<<<<<< ours\n- [ ] Fix login\n=======\n>>>>>>> theirs\n")


def test_lines_changed_two_ways_are_a_conflict_of_those_lines():
    result = merge_lists("Intro\n\n- [ ] a\n", "Intro A\n\n- [ ] a\n", "Intro B\n\n- [x] a\n")
    assert result.text == "<<<<<<< ours\nIntro A\n=======\nIntro B\n>>>>>>> theirs\n\n- [x] a\n"
    assert [(c.kind, c.line, c.text) for c in result.conflicts] == [("lines", 1, "Intro A")]


def test_markers_take_the_size_and_labels_given():
    result = merge_lists(
        "- [ ] a\n", "- [x] a\n", "- [-] a\n", marker_size=3, labels=("HEAD", "topic")
    )
    assert result.text == "<<< HEAD\n- [x] a\n===\n- [-] a\n>>> topic\n"


@pytest.mark.parametrize(
    ("base", "ours", "theirs", "merged"),
    [
        pytest.param(
            "- [ ] a\r\n- [ ] b\r\n",
            "- [x] a\r\n- [ ] b\r\n",
            "- [ ] a\r\n- [ ] b  \r\n",
            "- [x] a\r\n- [ ] b  \r\n",
            id="crlf",
        ),
        pytest.param(
            "\ufeff- [ ] a\n",
            "\ufeff- [x] a\n",
            "\ufeff- [ ] z\n- [ ] a\n",
            "\ufeff- [ ] z\n- [x] a\n",
            id="bom-stays-first",
        ),
        pytest.param(
            "\ufeff# T\n- [ ] a\n",
            "\ufeff# T\n- [x] a\n",
            "# T\n- [ ] a\n",
            "# T\n- [x] a\n",
            id="bom-removed",
        ),
        pytest.param(
            "- [ ] a", "- [x] a", "- [ ] a\n- [ ] b", "- [x] a\n- [ ] b", id="no-final-newline"
        ),
        pytest.param("- [ ] a", "- [ ] a\n", "- [x] a", "- [x] a\n", id="final-newline-added"),
        pytest.param(
            "- [ ] caf\udce9\n",
            "- [x] caf\udce9\n",
            "- [ ] caf\udce9\n- [ ] b\n",
            "- [x] caf\udce9\n- [ ] b\n",
            id="not-utf8",
        ),
        pytest.param("", "- [ ] a\n", "", "- [ ] a\n", id="empty-base"),
        pytest.param("- [ ] a\n", "", "- [ ] a\n", "", id="emptied"),
        pytest.param(
            "```\n- [ ] code\n```\n- [ ] a\n",
            "```\n- [ ] code!\n```\n- [ ] a\n",
            "```\n- [ ] code\n```\n- [x] a\n",
            "```\n- [ ] code!\n```\n- [x] a\n",
            id="fences",
        ),
    ],
)
def test_every_byte_no_side_changed_stays(base, ours, theirs, merged):
    assert merge_lists(base, ours, theirs).text == merged


def test_twins_in_two_sections_of_one_name_stay_apart():
    base = "## Now\n\n- [ ] Tests\n\n## Now\n\n- [ ] Tests\n"
    ours = "## Now\n\n- [ ] Tests a\n\n## Now\n\n- [ ] Tests\n"
    theirs = "## Now\n\n- [ ] Tests\n\n## Now\n\n- [x] Tests\n"
    assert (
        merge_lists(base, ours, theirs).text == "## Now\n\n- [ ] Tests a\n\n## Now\n\n- [x] Tests\n"
    )


def test_a_reworded_parent_keeps_its_subtasks_identity():
    base = "- [ ] Ship\n  - [ ] Tests\n- [ ] Tests\n"
    ours = "- [ ] Ship v2\n  - [ ] Tests\n- [ ] Tests\n"
    theirs = "- [ ] Ship\n  - [x] Tests\n- [ ] Tests\n"
    assert merge_lists(base, ours, theirs).text == "- [ ] Ship v2\n  - [x] Tests\n- [ ] Tests\n"


def test_a_result_that_would_not_parse_as_merged_is_refused():
    base = "```\ncode\n```\n\n- [ ] a\n"
    ours = "```\ncode\n\n- [ ] a\n"  # the fence left open: ours' "- [ ] a" is code now
    theirs = "```\ncode\n```\n\n- [x] a\n"
    with pytest.raises(UnsafeMergeError, match="does not parse"):
        merge_lists(base, ours, theirs)
