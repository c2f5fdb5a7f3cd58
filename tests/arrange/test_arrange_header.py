"""The header todokit writes at the top of a list it starts, and the template."""

from __future__ import annotations

from todokit.arrange.header import (
    DEFAULT_TEMPLATE,
    HEADER_CLOSE,
    HEADER_OPEN,
    find_header,
    header_lines,
    join,
    template_lines,
)
from todokit.document import parse


def test_header_names_task_day_and_archive() -> None:
    lines = header_lines("Fix   the\tlogin", "2026-11-24", "todo-2026-11-23.old", "\r\n")
    assert lines == [
        HEADER_OPEN + "\r\n",
        "**Task:** Fix the login\r\n",
        "Started 2026-11-24, unfinished items carried over from `todo-2026-11-23.old`.\r\n",
        HEADER_CLOSE + "\r\n",
        "\r\n",
    ]


def test_header_without_task_or_archive() -> None:
    assert join([header_lines(None, "2026-11-24", None, "\n")]) == (
        f"{HEADER_OPEN}\nStarted 2026-11-24, a new task list.\n{HEADER_CLOSE}\n\n"
    )


def test_header_has_no_heading_so_it_is_no_section() -> None:
    doc = parse(join([header_lines("# not a heading", "2026-11-24", None, "\n"), ["- [ ] a\n"]]))
    assert doc.headings == ()
    assert doc.tasks[0].section is None


def test_find_header_spans_header_and_following_blank_lines() -> None:
    text = (
        "---\na: 1\n---\n\n" + join([header_lines("t", "2026-11-24", None, "\n")]) + "\n- [ ] a\n"
    )
    doc = parse(text)
    assert find_header(doc, 3) == (4, 10)
    assert find_header(doc, 0) is None


def test_find_header_needs_the_closing_comment_nearby() -> None:
    far = HEADER_OPEN + "\n" + "x\n" * 12 + HEADER_CLOSE + "\n"
    assert find_header(parse(far)) is None
    assert find_header(parse("")) is None
    assert find_header(parse("\n\n")) is None


def test_template_fills_task_and_date_in_the_file_line_endings() -> None:
    assert template_lines(None, None, "2026-11-24", "\n") == [DEFAULT_TEMPLATE]
    custom = "# {task}\n\nStarted {date}\n## Tasks"
    assert template_lines(custom, "Ship", "2026-11-24", "\r\n") == [
        "# Ship\r\n",
        "\r\n",
        "Started 2026-11-24\r\n",
        "## Tasks\r\n",
    ]
