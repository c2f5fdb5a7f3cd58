"""``merge_lists`` case by case: each promise of the task-wise merge on a small list."""

from __future__ import annotations

from todokit.merging import merge_lists

BASE = """# Todo

## Backend

- [ ] Fix login
- [ ] Add index
  - [ ] Write the migration
- [ ] Cache users

## Docs

- [ ] Update README
"""


def edit(text: str, *pairs: tuple[str, str]) -> str:
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def test_status_changes_on_both_sides_to_different_tasks_apply():
    ours = edit(BASE, ("[ ] Fix login", "[x] Fix login"))
    theirs = edit(BASE, ("[ ] Update README", "[/] Update README"))
    result = merge_lists(BASE, ours, theirs)
    assert result.clean
    assert result.text == edit(ours, ("[ ] Update README", "[/] Update README"))


def test_additions_on_both_sides_are_kept_each_where_its_side_put_it():
    ours = edit(BASE, ("- [ ] Cache users\n", "- [ ] Cache users\n- [ ] Ours new\n"))
    theirs = edit(
        BASE,
        ("- [ ] Cache users\n", "- [ ] Cache users\n- [ ] Theirs new\n"),
        ("- [ ] Update README\n", "- [ ] Theirs doc\n- [ ] Update README\n"),
    )
    text = merge_lists(BASE, ours, theirs).text
    assert "- [ ] Cache users\n- [ ] Ours new\n- [ ] Theirs new\n\n## Docs" in text
    assert "## Docs\n\n- [ ] Theirs doc\n- [ ] Update README\n" in text


def test_the_same_addition_on_both_sides_is_kept_once():
    both = BASE + "- [ ] Same on both\n"
    assert merge_lists(BASE, both, both).text == both


def test_a_move_on_one_side_applies_with_the_other_sides_status_change():
    ours = edit(
        BASE,
        ("- [ ] Fix login\n", ""),
        ("- [ ] Update README\n", "- [ ] Update README\n- [ ] Fix login\n"),
    )
    theirs = edit(BASE, ("[ ] Fix login", "[x] Fix login"))
    result = merge_lists(BASE, ours, theirs)
    assert result.clean
    assert result.text == edit(ours, ("[ ] Fix login", "[x] Fix login"))


def test_a_moved_subtree_takes_the_subtask_the_other_side_added():
    ours = edit(
        BASE,
        ("- [ ] Add index\n  - [ ] Write the migration\n", ""),
        ("## Docs\n\n", "## Docs\n\n- [ ] Add index\n  - [ ] Write the migration\n"),
    )
    theirs = edit(
        BASE, ("  - [ ] Write the migration\n", "  - [ ] Write the migration\n  - [ ] Backfill\n")
    )
    text = merge_lists(BASE, ours, theirs).text
    assert "## Docs\n\n- [ ] Add index\n  - [ ] Write the migration\n  - [ ] Backfill\n" in text
    assert text.count("Backfill") == 1


def test_a_new_sibling_stays_where_its_side_put_it_when_its_neighbour_moves():
    ours = edit(
        BASE,
        ("- [ ] Fix login\n", ""),
        ("- [ ] Update README\n", "- [ ] Update README\n- [ ] Fix login\n"),
    )
    theirs = edit(BASE, ("- [ ] Fix login\n", "- [ ] Fix login\n- [ ] Log failed logins\n"))
    text = merge_lists(BASE, ours, theirs).text
    assert "## Backend\n\n- [ ] Log failed logins\n- [ ] Add index\n" in text
    assert text.endswith("- [ ] Update README\n- [ ] Fix login\n")


def test_a_removal_applies_when_the_other_side_left_the_task_alone():
    ours = edit(BASE, ("- [ ] Cache users\n", ""))
    theirs = edit(BASE, ("[ ] Fix login", "[x] Fix login"))
    assert merge_lists(BASE, ours, theirs).text == edit(ours, ("[ ] Fix login", "[x] Fix login"))


def test_a_removal_does_not_apply_when_the_other_side_changed_the_task():
    ours = edit(BASE, ("- [ ] Cache users\n", ""))
    theirs = edit(BASE, ("[ ] Cache users", "[x] Cache users"))
    result = merge_lists(BASE, ours, theirs)
    assert result.clean
    assert result.text == theirs


def test_a_removed_subtree_stays_whole_when_the_other_side_changed_a_subtask():
    ours = edit(BASE, ("- [ ] Add index\n  - [ ] Write the migration\n", ""))
    theirs = edit(BASE, ("[ ] Write the migration", "[x] Write the migration"))
    assert merge_lists(BASE, ours, theirs).text == theirs


def test_a_removal_applies_to_a_task_the_other_side_only_moved():
    ours = edit(BASE, ("- [ ] Fix login\n", ""))
    theirs = edit(
        BASE,
        ("- [ ] Fix login\n", ""),
        ("- [ ] Update README\n", "- [ ] Update README\n- [ ] Fix login\n"),
    )
    assert merge_lists(BASE, ours, theirs).text == ours


def test_a_reworded_task_takes_the_other_sides_status():
    ours = edit(BASE, ("Fix login", "Fix the login timeout"))
    theirs = edit(BASE, ("[ ] Fix login", "[x] Fix login"))
    assert "- [x] Fix the login timeout\n" in merge_lists(BASE, ours, theirs).text


def test_a_note_on_one_side_and_a_status_on_the_other_both_apply():
    ours = edit(BASE, ("- [ ] Cache users\n", "- [ ] Cache users\n  Use the LRU from utils.\n"))
    theirs = edit(BASE, ("[ ] Cache users", "[/] Cache users"))
    assert "- [/] Cache users\n  Use the LRU from utils.\n" in merge_lists(BASE, ours, theirs).text


def test_lines_outside_tasks_merge_line_by_line():
    ours = edit(BASE, ("# Todo\n", "# Todo list\n"))
    theirs = edit(BASE, ("## Docs\n", "## Documentation\n"), ("[ ] Fix login", "[x] Fix login"))
    result = merge_lists(BASE, ours, theirs)
    assert result.clean
    assert result.text == edit(theirs, ("# Todo\n", "# Todo list\n"))


def test_new_sections_on_both_sides_are_both_kept():
    ours, theirs = BASE + "\n## Tests\n\n- [ ] T1\n", BASE + "\n## Ops\n\n- [ ] O1\n"
    assert (
        merge_lists(BASE, ours, theirs).text
        == BASE + "\n## Tests\n\n- [ ] T1\n\n## Ops\n\n- [ ] O1\n"
    )
