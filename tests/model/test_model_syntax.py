"""Every syntax the scanner understands, each with the tasks it must find.

Each case is (markdown, [(line, depth, status, text, section), ...]).
"""

from __future__ import annotations

import pytest

from todokit.document import parse

CASES = {
    "statuses": (
        "- [ ] o\n- [x] d\n- [X] D\n- [/] p\n- [-] c\n- [>] f\n- [~] w\n- [?] q\n",
        [
            (1, 0, "open", "o", None),
            (2, 0, "done", "d", None),
            (3, 0, "done", "D", None),
            (4, 0, "in_progress", "p", None),
            (5, 0, "cancelled", "c", None),
            (6, 0, "deferred", "f", None),
            (7, 0, "in_progress", "w", None),
            (8, 0, "other", "q", None),
        ],
    ),
    "bullets and ordered": (
        "* [ ] star\n+ [ ] plus\n1. [ ] dot\n2) [ ] paren\n",
        [
            (1, 0, "open", "star", None),
            (2, 0, "open", "plus", None),
            (3, 0, "open", "dot", None),
            (4, 0, "open", "paren", None),
        ],
    ),
    "nesting by spaces and tabs": (
        "- [ ] a\n  - [ ] b\n    - [ ] c\n-\t[ ] t\n\t- [ ] u\n",
        [
            (1, 0, "open", "a", None),
            (2, 1, "open", "b", None),
            (3, 2, "open", "c", None),
            (4, 0, "open", "t", None),
            (5, 1, "open", "u", None),
        ],
    ),
    "fences, indented code and html hide tasks": (
        "```\n- [ ] no\n```\n\n    - [ ] code\n\n<div>\n- [ ] html\n</div>\n\n- [ ] yes\n",
        [(11, 0, "open", "yes", None)],
    ),
    "sections from atx and setext headings": (
        "# One #\n- [ ] a\n\nTwo\n---\n- [ ] b\n\nThree\n===\n\n- [ ] c\n",
        [(2, 0, "open", "a", "One"), (6, 0, "open", "b", "Two"), (11, 0, "open", "c", "Three")],
    ),
    "front matter is not a section": (
        "---\ntitle: x\n- [ ] not a task\n---\n- [ ] real\n",
        [(5, 0, "open", "real", None)],
    ),
    "block quotes hold tasks": (
        "> - [ ] quoted\n>   - [x] inner\n",
        [(1, 0, "open", "quoted", None), (2, 1, "done", "inner", None)],
    ),
    "lazy and indented continuation": (
        "- [ ] first line\ncontinued lazily\n  and indented\n- [ ] next\n",
        [(1, 0, "open", "first line", None), (4, 0, "open", "next", None)],
    ),
    "plain items hold tasks": (
        "- Phase 1\n  - [ ] inside\n",
        [(2, 1, "open", "inside", None)],
    ),
    "inline markup removed from text": (
        "- [ ] **P1** fix `login()` in [auth](https://x.org) — *now* &amp; \\*here\\*\n",
        [(1, 0, "open", "P1 fix login() in auth — now & *here*", None)],
    ),
    "emoji, right-to-left text, tables, trailing spaces, CRLF": (
        "| a | b |\r\n|---|---|\r\n\r\n- [ ] ship 🚀   \r\n- [ ] مرحبا\r\n",
        [(4, 0, "open", "ship 🚀", None), (5, 0, "open", "مرحبا", None)],
    ),
    "lone CR and no final newline": (
        "- [ ] a\r- [x] b",
        [(1, 0, "open", "a", None), (2, 0, "done", "b", None)],
    ),
    "checkbox needs a space or the end after it": (
        "- [ ]\n- [x]done\n- [ ]\tgo\n",
        [(1, 0, "open", "", None), (3, 0, "open", "go", None)],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_syntax_case(name: str) -> None:
    text, expected = CASES[name]
    doc = parse(text)
    assert doc.render() == text
    found = [(t.line, t.depth, t.status.value, t.text, t.section) for t in doc.tasks]
    assert found == expected


def test_index_paths_and_parents() -> None:
    doc = parse("- [ ] a\n  - [ ] b\n  - plain\n    - [ ] c\n- [ ] d\n")
    assert [t.index for t in doc.tasks] == ["1", "1.1", "1.2", "2"]
    c = doc.tasks[2]
    assert c.parent is not None and not c.parent.is_task
    assert c.task_parent is doc.tasks[0]
    assert [child.raw.strip() for child in doc.tasks[0].children] == ["- [ ] b", "- plain"]
