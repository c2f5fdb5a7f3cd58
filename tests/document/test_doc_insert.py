"""Adding a task where a reader would look for it, written like its neighbours."""

from __future__ import annotations

import pytest

from todokit.document import Status, parse
from todokit.document.insert import find_section, insert_task, insertion_edit
from todokit.document.outline import OUT_OF_SCOPE_HEADING, section_end
from todokit.errors import UsageError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "- [ ] new\n"),
        ("# Plan\n", "# Plan\n\n- [ ] new\n"),
        ("* [ ] a\n", "* [ ] a\n* [ ] new\n"),
        ("1. [ ] a\n2. [x] b\n", "1. [ ] a\n2. [x] b\n3. [ ] new\n"),
        ("9) [ ] a\n", "9) [ ] a\n10) [ ] new\n"),
        ("- [ ] a\n  - [ ] a1\n\ntext\n", "- [ ] a\n  - [ ] a1\n- [ ] new\n\ntext\n"),
        ("- [ ] a\r\n- [ ] b", "- [ ] a\r\n- [ ] b\r\n- [ ] new"),
        ("> - [ ] quoted\n", "> - [ ] quoted\n> - [ ] new\n"),
        (
            "- [ ] a\n\n## Out of scope\n- [ ] b\n",
            "- [ ] a\n- [ ] new\n\n## Out of scope\n- [ ] b\n",
        ),
        ("- plain\n", "- plain\n- [ ] new\n"),
    ],
)
def test_insert_at_the_end_of_the_main_list(text: str, expected: str) -> None:
    assert insert_task(parse(text), "new").render() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- [ ] a\n", "- [ ] a\n  - [ ] new\n"),
        ("-   [ ] wide\n", "-   [ ] wide\n    - [ ] new\n"),
        ("- [ ] a\n  * [ ] a1\n", "- [ ] a\n  * [ ] a1\n  * [ ] new\n"),
        # A first child of a numbered item starts a new list at 1: "4." could not
        # follow the parent's text.
        ("3. [ ] a\n", "3. [ ] a\n   1. [ ] new\n"),
        # After the last child, not after a later paragraph, where "3." would be text.
        (
            "- a\n  1. [ ] x\n  2. [ ] y\n\n  notes\n",
            "- a\n  1. [ ] x\n  2. [ ] y\n  3. [ ] new\n\n  notes\n",
        ),
        ("> - [ ] a\n", "> - [ ] a\n>   - [ ] new\n"),
        ("-\t[ ] a\n", "-\t[ ] a\n    - [ ] new\n"),
    ],
)
def test_insert_under_an_item(text: str, expected: str) -> None:
    doc = parse(text)
    after = insert_task(doc, "new", under=doc.items[0])
    assert after.render() == expected
    (new,) = [t for t in after.tasks if t.text == "new"]
    assert new.parent is not None
    assert new.parent.start == 0


@pytest.mark.parametrize(
    ("text", "section", "expected"),
    [
        ("## Now\n- [ ] a\n## Later\n", "now", "## Now\n- [ ] a\n- [ ] new\n## Later\n"),
        ("## Now\n\n## Later\n", "Now", "## Now\n\n- [ ] new\n\n## Later\n"),
        ("## Now\n## Later\n", "Now", "## Now\n\n- [ ] new\n\n## Later\n"),
        ("## Now\n", "Now", "## Now\n\n- [ ] new\n"),
        ("- [ ] a\n", "Later", "- [ ] a\n\n## Later\n\n- [ ] new\n"),
        ("", "Later", "## Later\n\n- [ ] new\n"),
        (
            "# A\n## Now\n- [ ] a\n### Sub\n- [ ] s\n# B\n",
            "now",
            "# A\n## Now\n- [ ] a\n- [ ] new\n### Sub\n- [ ] s\n# B\n",
        ),
    ],
)
def test_insert_into_a_section(text: str, section: str, expected: str) -> None:
    assert insert_task(parse(text), "new", section=section).render() == expected


def test_insert_with_a_status_and_markup() -> None:
    doc = insert_task(parse("- [ ] a\n"), "**P1** ship `it`", status=Status.IN_PROGRESS)
    assert doc.render() == "- [ ] a\n- [/] **P1** ship `it`\n"
    assert doc.tasks[1].text == "P1 ship it"


@pytest.mark.parametrize("text", ["", "   ", "two\nlines", "a\rb"])
def test_insert_refuses_text_that_is_not_one_line(text: str) -> None:
    with pytest.raises(UsageError, match="one non-empty line"):
        insertion_edit(parse("- [ ] a\n"), text)


@pytest.mark.parametrize("section", ["", "   ", "A\nB", "A\r\n- [ ] injected"])
def test_insert_refuses_a_section_name_that_is_not_one_line(section: str) -> None:
    # A line break used to end the new heading early and write the rest as text.
    with pytest.raises(UsageError, match="a section's name must be one non-empty line"):
        insertion_edit(parse("- [ ] a\n"), "new", section=section)


def test_find_section_and_its_end() -> None:
    doc = parse("# A\n## Out of  Scope\ntext\n### Deeper\n## Next\n")
    assert find_section(doc, OUT_OF_SCOPE_HEADING) == 1
    assert find_section(doc, "missing") == -1
    assert section_end(doc, 1) == 4
    assert section_end(doc, 0) == 5


def test_insert_keeps_the_bom() -> None:
    doc = parse("\ufeff- [ ] a\n")
    assert insert_task(doc, "b").render() == "\ufeff- [ ] a\n- [ ] b\n"
    assert insert_task(doc, "b", under=doc.tasks[0]).render() == "\ufeff- [ ] a\n  - [ ] b\n"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # The last top-level task sits under a heading below "Out of scope": it is parked.
        (
            "- [ ] a\n\n## Out of scope\n\n### API\n\n- [ ] b\n",
            "- [ ] a\n- [ ] new\n\n## Out of scope\n\n### API\n\n- [ ] b\n",
        ),
        # Only parked tasks: the new one goes above the section, a blank line kept.
        (
            "# List\n\n## Out of scope\n\n### API\n\n- [ ] b\n",
            "# List\n\n- [ ] new\n\n## Out of scope\n\n### API\n\n- [ ] b\n",
        ),
        ("# List\n## Out of scope\n- [ ] b\n", "# List\n\n- [ ] new\n\n## Out of scope\n- [ ] b\n"),
    ],
)
def test_a_new_task_never_lands_among_parked_tasks(before: str, after: str) -> None:
    assert insert_task(parse(before), "new").render() == after
