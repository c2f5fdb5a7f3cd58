"""The everyday commands through the real CLI entry point."""

from __future__ import annotations

from pathlib import Path

from todokit.errors import EXIT_FAILED, EXIT_INVALID_INPUT, EXIT_USAGE


def todo(project: Path) -> Path:
    return project / ".claude" / "todo.md"


def test_add_creates_the_file_and_lists(cli, project, validate):
    assert cli("add", "Fix login").code == 0
    assert cli("add", "Write tests", "--under", "1").code == 0
    assert cli("add", "Docs page", "--section", "Docs").code == 0
    result = cli("list", "--json")
    validate("list.v1", result.json())
    tasks = result.json()["tasks"]
    # Index paths number the top-level tasks of the whole file, across sections.
    assert [(t["index"], t["text"], t["section"]) for t in tasks] == [
        ("1", "Fix login", None),
        ("1.1", "Write tests", None),
        ("2", "Docs page", "Docs"),
    ]
    assert tasks[1]["parent"] == tasks[0]["id"]
    human = cli("list").out
    assert "[ ] Fix login" in human
    assert "## Docs" in human


def test_done_reopen_mark_remove_are_minimal(cli, project, validate):
    cli("add", "alpha")
    cli("add", "beta")
    before = todo(project).read_bytes()
    result = cli("done", "beta", "--json")
    validate("edit.v1", result.json())
    after = todo(project).read_bytes()
    changed = [
        (a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True) if a != b
    ]
    assert changed == [(b"- [ ] beta", b"- [x] beta")]
    assert cli("reopen", "2").code == 0
    assert b"- [ ] beta" in todo(project).read_bytes()
    assert cli("mark", "alpha", "in_progress").code == 0
    assert b"- [/] alpha" in todo(project).read_bytes()
    assert cli("remove", "beta").code == 0
    assert b"beta" not in todo(project).read_bytes()


def test_ambiguous_and_unknown_references_change_nothing(cli, project):
    cli("add", "fix login form")
    cli("add", "fix login api")
    before = todo(project).read_bytes()
    ambiguous = cli("done", "login")
    assert ambiguous.code == EXIT_FAILED
    assert "matches 2 tasks" in ambiguous.err
    assert "fix login form" in ambiguous.err and "fix login api" in ambiguous.err
    unknown = cli("done", "9.9")
    assert unknown.code == EXIT_FAILED
    assert "no task has index 9.9" in unknown.err
    assert todo(project).read_bytes() == before
    assert "Traceback" not in ambiguous.err + unknown.err


def test_dry_run_and_diff_write_nothing(cli, project):
    cli("add", "alpha")
    before = todo(project).read_bytes()
    dry = cli("done", "alpha", "--dry-run")
    assert dry.code == 0 and "Would have" in dry.out
    diff = cli("done", "alpha", "--diff")
    assert "-- [ ] alpha" in diff.out and "+- [x] alpha" in diff.out
    assert todo(project).read_bytes() == before


def test_usage_errors_exit_2(cli, project):
    assert cli("add").code == EXIT_USAGE
    assert cli("frobnicate").code == EXIT_USAGE
    result = cli("add", "   ")
    assert result.code == EXIT_USAGE
    assert "one non-empty line" in result.err
    assert cli("mark", "x", "bogus-status").code in (EXIT_USAGE, EXIT_FAILED)


def test_invalid_utf8_is_refused_with_exit_4(cli, project):
    (project / ".claude").mkdir()
    todo(project).write_bytes(b"- [ ] caf\xe9\n")
    result = cli("add", "more")
    assert result.code == EXIT_INVALID_INPUT
    assert "not valid UTF-8" in result.err
    assert todo(project).read_bytes() == b"- [ ] caf\xe9\n"
    listed = cli("list")
    assert listed.code == 0 and "caf" in listed.out


def test_directory_in_place_of_todo_file(cli, project):
    (project / ".claude" / "todo.md").mkdir(parents=True)
    result = cli("list")
    assert result.code == EXIT_INVALID_INPUT
    assert "is a directory" in result.err


def test_version_and_help_with_examples(cli, project):
    from todokit import __version__
    from todokit.cli.commands import COMMANDS

    assert cli("--version").out.strip() == f"todokit {__version__}"
    for command in COMMANDS:
        result = cli(command.name, "--help")
        assert result.code == 0
        assert "Example:" in result.out, command.name
        assert "--json" in result.out
        if command.writes:
            assert "--dry-run" in result.out and "--diff" in result.out


def test_an_index_ref_is_never_a_fragment_and_fragments_skip_the_markdown(cli, project):
    (project / ".claude").mkdir()
    todo(project).write_text("- [ ] alpha\n- [ ] 1.2\n- [x] shipped\n")
    assert cli("done", "1.").code == 0
    assert todo(project).read_text() == "- [x] alpha\n- [ ] 1.2\n- [x] shipped\n"
    unknown = cli("reopen", "[x]")
    assert unknown.code == EXIT_FAILED
    assert "no task matches '[x]'" in unknown.err
    assert cli("done", "7.").code == EXIT_FAILED
