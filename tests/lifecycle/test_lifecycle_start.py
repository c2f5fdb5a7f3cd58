"""start(): a new list from the template, or the old one rotated, carried and arranged."""

from __future__ import annotations

from pathlib import Path

from lifecycle_support import OLD_MTIME_NS, make_project, word_scorer

from todokit.arrange.arrangement import ScopeOptions
from todokit.arrange.header import HEADER_CLOSE, HEADER_OPEN
from todokit.lifecycle.starting import start

DAY = "2026-11-24"
OLD = "## Now\n- [x] shipped\n- [ ] fix login\n  - [x] write test\n  - [ ] review\n- [/] docs\n"


def test_new_file_from_the_default_template_with_a_header(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    result = start(project, "Fix login", today=DAY)
    assert (result.created, result.archived, result.carried) == (True, None, 0)
    assert project.todo.path.read_text() == (
        f"{HEADER_OPEN}\n**Task:** Fix login\nStarted {DAY}, a new task list.\n{HEADER_CLOSE}\n\n"
        "## Tasks\n"
    )
    assert result.change.before is None
    assert result.change.written


def test_new_file_from_a_configured_template(tmp_path: Path) -> None:
    project = make_project(tmp_path, config='template = "# {task}\\n\\nFrom {date}\\n"\n')
    start(project, "Ship", today=DAY)
    assert project.todo.path.read_text().endswith(f"{HEADER_CLOSE}\n\n# Ship\n\nFrom {DAY}\n")


def test_start_without_claude_dir_creates_it(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    project = make_project(tmp_path)
    (tmp_path / ".claude").rmdir()
    start(project, today=DAY)
    assert project.todo.path.is_file()


def test_old_file_is_archived_byte_identically_with_mode_and_mtime(tmp_path: Path) -> None:
    old_bytes = OLD.encode()
    project = make_project(tmp_path, old_bytes)
    project.todo.path.chmod(0o640)
    result = start(project, today=DAY)
    archive = tmp_path / ".claude" / f"todo-{DAY}.old"
    assert result.archived == archive
    assert archive.read_bytes() == old_bytes
    assert archive.stat().st_mtime_ns == OLD_MTIME_NS
    assert archive.stat().st_mode & 0o777 == 0o640
    assert project.todo.path.stat().st_mode & 0o777 == 0o640
    assert result.change.before == OLD
    assert (result.created, result.carried) == (False, 3)


def test_header_names_task_day_and_archive_then_carried_items(tmp_path: Path) -> None:
    project = make_project(tmp_path, OLD)
    start(project, today=DAY)
    assert project.todo.path.read_text() == (
        f"{HEADER_OPEN}\nStarted {DAY}, unfinished items carried over from `todo-{DAY}.old`.\n"
        f"{HEADER_CLOSE}\n\n## Now\n- [ ] fix login\n  - [ ] review\n- [/] docs\n"
    )


def test_same_day_starts_take_the_next_numbers(tmp_path: Path) -> None:
    project = make_project(tmp_path, OLD)
    names = [start(project, f"task {n}", today=DAY).archived for n in range(3)]
    assert [p.name if p else None for p in names] == [
        f"todo-{DAY}.old",
        f"todo-{DAY}.2.old",
        f"todo-{DAY}.3.old",
    ]
    text = project.todo.path.read_text()
    assert f"`todo-{DAY}.3.old`" in text
    assert text.count(HEADER_OPEN) == 1
    assert "**Task:** task 2" in text


def test_keep_setting_prunes_the_oldest_archives(tmp_path: Path) -> None:
    project = make_project(tmp_path, OLD, config="keep = 2\n")
    for day in ("2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23"):
        start(project, today=day)
    names = sorted(p.name for p in (tmp_path / ".claude").glob("todo-*.old"))
    assert names == ["todo-2026-11-22.old", "todo-2026-11-23.old"]


def test_crlf_bom_and_front_matter_are_kept(tmp_path: Path) -> None:
    old = "\ufeff---\r\ntitle: t\r\n---\r\n- [ ] a\r\n- [x] b\r\n"
    project = make_project(tmp_path, old)
    start(project, today=DAY)
    new = project.todo.path.read_bytes().decode()
    assert new.startswith("\ufeff---\r\ntitle: t\r\n---\r\n" + HEADER_OPEN + "\r\n")
    assert new.endswith(f"{HEADER_CLOSE}\r\n\r\n- [ ] a\r\n")
    assert "\n" not in new.replace("\r\n", "")


def test_all_finished_gives_the_template_after_the_header(tmp_path: Path) -> None:
    project = make_project(tmp_path, "- [x] a\n")
    result = start(project, today=DAY)
    assert project.todo.path.read_text().endswith(f"{HEADER_CLOSE}\n\n## Tasks\n")
    assert result.carried == 0


def test_with_a_task_unrelated_work_is_parked_and_the_rest_sorted(tmp_path: Path) -> None:
    old = "## Now\n- [ ] update readme\n- [ ] login later\n- [ ] login bug P0\n- [ ] dark mode\n"
    project = make_project(tmp_path, old)
    result = start(project, "login", today=DAY, options=ScopeOptions(word_scorer, 0.5))
    body = project.todo.path.read_text().split(f"{HEADER_CLOSE}\n\n", 1)[1]
    assert body == (
        "## Now\n- [ ] login bug P0\n- [ ] login later\n\n## Out of scope\n\n### Now\n\n"
        "- [ ] update readme\n- [ ] dark mode\n"
    )
    assert [t.text for t in result.in_scope] == ["login bug P0", "login later"]
    assert [t.text for t in result.out_of_scope] == ["update readme", "dark mode"]
    assert result.document.render() == project.todo.path.read_text()


def test_scope_options_come_from_the_configuration(tmp_path: Path) -> None:
    project = make_project(
        tmp_path, "- [ ] fix it 🔺\n- [ ] b\n", config='threshold = 1.0\nkeep_priority = "high"\n'
    )
    result = start(project, "zzz", today=DAY)
    assert [t.text for t in result.in_scope] == ["fix it 🔺"]
    assert [t.text for t in result.out_of_scope] == ["b"]


def test_an_old_header_is_replaced_not_stacked(tmp_path: Path) -> None:
    project = make_project(tmp_path, "- [ ] alpha\n")
    options = ScopeOptions(word_scorer, 0.5)
    start(project, "alpha first", today=DAY, options=options)
    start(project, "alpha second", today=DAY, options=options)
    text = project.todo.path.read_text()
    assert text.count(HEADER_OPEN) == 1
    assert "**Task:** alpha second" in text
    assert "first" not in text
    assert text.endswith(f"{HEADER_CLOSE}\n\n- [ ] alpha\n")


def test_leftover_temp_files_are_cleaned(tmp_path: Path) -> None:
    project = make_project(tmp_path, "- [ ] a\n")
    leftover = tmp_path / ".claude" / ".todo.md.abcd1234.tmp"
    leftover.write_bytes(b"half")
    start(project, today=DAY)
    assert not leftover.exists()
    assert not list((tmp_path / ".claude").glob("*.tmp"))
