"""With ``--json``, stdout is exactly one JSON document valid against its schema: every command.

Every command runs with ``--json`` and, when it writes, also with ``--dry-run`` and with
``--diff``; stdout must parse as one JSON document (nothing before or after it) that
validates against the command's shipped schema, and every top-level field must be one
the schema declares. A command added to the CLI must be added to :data:`CASES`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

import pytest
from cli_support import event, run_cli, write_todo

from todokit.cli.commands import COMMANDS
from todokit.schemas import schema

IMPORT = {"todos": [{"content": "Brand new", "status": "pending", "activeForm": "Adding"}]}
CHECKS = 'checks = [{ name = "ok", run = "true" }, { name = "bad", run = "echo nope; exit 1" }]\n'


class Case(NamedTuple):
    arguments: tuple[str, ...]
    schema: str
    stdin: str | None = None
    todo: str | None = None


# Base, ours and theirs of a merge: an archive, todo.md and another archive.
MERGE = (".claude/todo-2026-11-01.old", ".claude/todo.md", ".claude/todo-2026-11-02.old")
PARKED = "## Backend\n\n- [ ] Fix login\n\n## Out of scope\n\n### Docs\n\n- [ ] Update the README\n"


# One entry per command; a hook case's stdin names a recorded event.
CASES: dict[str, list[Case]] = {
    "list": [Case((), "list.v1")],
    "start": [Case(("Fix the login timeout", "--explain"), "start.v1")],
    "add": [Case(("Write tests", "--section", "Backend"), "edit.v1")],
    "done": [Case(("1",), "edit.v1")],
    "reopen": [Case(("signup",), "edit.v1")],
    "mark": [Case(("1", "in_progress"), "edit.v1")],
    "remove": [Case(("README",), "edit.v1")],
    "sort": [Case((), "write.v1")],
    "scope": [Case(("database index for orders", "--explain"), "scope.v1")],
    "keep": [Case(("README",), "parking.v1", None, PARKED)],
    "park": [Case(("README",), "parking.v1")],
    "rotate": [Case(("--today", "2026-11-24"), "rotate.v1")],
    "history": [Case((), "history.v1")],
    "prune": [Case(("--keep", "1"), "prune.v1")],
    "check": [Case((), "check.v1"), Case(("checks configured",), "check.v1")],
    "hook": [
        Case((), "hook-output.v1", "user_prompt_submit"),
        Case((), "hook-output.v1", "stop"),  # no answer: {}
    ],
    "install": [
        Case((), "install.v1"),
        Case(("--uninstall",), "install.v1"),
        Case(("--mcp",), "install-mcp.v1"),
        Case(("--mcp", "--uninstall"), "install-mcp.v1"),
    ],
    "merge": [Case(MERGE, "merge.v1")],
    "export": [Case(("--format", "todowrite"), "export-todowrite.v1")],
    "import": [Case(("incoming.json",), "write.v1")],
}


def matrix() -> list[object]:
    """Every case, and every writing command's case again with --dry-run and with --diff."""
    params = []
    for command in COMMANDS:
        for number, case in enumerate(CASES.get(command.name, [])):
            modes = [(), ("--dry-run",), ("--diff",)] if command.writes else [()]
            for mode in modes:
                name = "-".join((command.name, str(number), *mode))
                params.append(pytest.param((command.name, case, mode), id=name))
    return params


# Commands whose stdout is no JSON document, and why.
NOT_ONE_DOCUMENT = {"mcp": "stdout carries the MCP protocol (see tests/mcp_server)"}


def test_every_command_has_a_case():
    names = {command.name for command in COMMANDS} - set(NOT_ONE_DOCUMENT)
    assert sorted(CASES) == sorted(names)


def seed(project: Path, case: Case) -> None:
    """A todo file with archives, an import payload and, on request, checks."""
    if case.todo is None:
        write_todo(project)
    else:
        write_todo(project, case.todo)
    for day in ("2026-11-01", "2026-11-02"):
        (project / ".claude" / f"todo-{day}.old").write_text("- [ ] old\n", encoding="utf-8")
    (project / "incoming.json").write_text(json.dumps(IMPORT), encoding="utf-8")
    if case.arguments == ("checks configured",):
        (project / ".claude" / "todokit.toml").write_text(CHECKS, encoding="utf-8")


def arguments_of(command: str, case: Case) -> list[str]:
    """The command line of a case (the check marker is not an argument)."""
    given = [] if case.arguments == ("checks configured",) else list(case.arguments)
    return [command, *given]


def one_document(out: str) -> object:
    """Parse ``out`` as exactly one JSON document followed by one newline."""
    assert out.endswith("\n"), repr(out[-200:])
    document, end = json.JSONDecoder().raw_decode(out)
    assert out[end:] == "\n", f"text after the JSON document: {out[end:][:200]!r}"
    return document


def assert_valid(document: object, name: str, validate) -> None:
    """Validate against the schema, and refuse top-level fields it does not declare."""
    validate(name, document)
    assert isinstance(document, dict)
    declared = set(schema(name).get("properties", {}))
    assert set(document) <= declared, f"{name} lacks {set(document) - declared}"


@pytest.mark.parametrize("run", matrix())
def test_stdout_is_one_document_valid_against_its_schema(cli, project, validate, monkeypatch, run):
    command, case, mode = run
    seed(project, case)
    monkeypatch.setenv("CLAUDE_PROJECT_DIR", str(project))
    stdin = event(case.stdin, project) if case.stdin else None
    result = cli(*arguments_of(command, case), *mode, "--json", stdin=stdin)
    assert result.code in (0, 1), result.err
    document = one_document(result.out)
    if result.code == 1 and command != "check":
        assert_valid(document, "error.v1", validate)
        pytest.fail(f"{command} failed: {result.err}")
    assert_valid(document, case.schema, validate)
    diffs = {"edit.v1", "write.v1", "start.v1", "scope.v1", "parking.v1", "install-mcp.v1"}
    if "--diff" in mode and case.schema in diffs:
        assert isinstance(document["diff"], str)
        assert document["diff"].startswith("--- ") or not document["changed"]


def test_the_diff_field_holds_the_unified_diff(cli, project):
    write_todo(project)
    human = cli("done", "1", "--diff").out
    document = one_document(cli("done", "1", "--diff", "--json").out)
    assert document["diff"] == human
    assert "+- [x] Fix the login session timeout" in document["diff"]
    assert document["written"] is False


@pytest.mark.parametrize(
    "arguments",
    [
        ("done", "no such task at all"),
        ("done", "Fix the login session timeout", "--bogus"),
        ("add",),
        ("mark", "login", "in_progress"),
    ],
)
def test_a_failure_prints_one_error_document(cli, project, validate, arguments):
    write_todo(project)
    (project / ".claude" / "todo.md").write_text(TWO_LOGINS, encoding="utf-8")
    result = cli(*arguments, "--json")
    assert result.code != 0
    document = one_document(result.out)
    assert_valid(document, "error.v1", validate)
    assert document["error"]["exit_code"] == result.code
    assert document["error"]["message"] in result.err


TWO_LOGINS = "- [ ] Fix login form\n- [ ] Fix login api\n"


def test_an_ambiguous_reference_lists_its_candidates_in_the_document(cli, project):
    write_todo(project, TWO_LOGINS)
    document = one_document(cli("done", "login", "--json").out)
    assert document["error"]["message"] == "'login' matches 2 tasks; use an index or id"
    assert [c.split(" (")[0] for c in document["error"]["candidates"]] == [
        "1 [ ] Fix login form",
        "2 [ ] Fix login api",
    ]


@pytest.mark.parametrize(
    "arguments",
    [
        ("check", "--json"),
        ("install", "--dry-run", "--json"),
        ("install", "--diff", "--json"),
        ("done", "1", "--diff", "--json"),
        ("start", "Fix login", "--diff", "--json"),
        ("list", "--json"),
    ],
)
def test_a_real_process_prints_one_compact_document(project, validate, arguments):
    write_todo(project)
    result = run_cli(project, *arguments)
    assert result.returncode == 0, result.stderr
    document = one_document(result.stdout)
    assert result.stdout.count("\n") == 1, "compact JSON when stdout is not a terminal"
    names = {"check": "check.v1", "install": "install.v1", "done": "edit.v1"}
    names |= {"start": "start.v1", "list": "list.v1"}
    assert_valid(document, names[arguments[0]], validate)


def test_install_dry_run_json_says_what_would_change_and_writes_nothing(cli, project, validate):
    first = one_document(cli("install", "--dry-run", "--json").out)
    assert_valid(first, "install.v1", validate)
    assert (
        first.items()
        >= {
            "settings": str(project / ".claude" / "settings.json"),
            "changed": True,
            "skill": str(project / ".claude" / "skills" / "todokit" / "SKILL.md"),
            "skill_changed": True,
            "dry_run": True,
            "written": False,
        }.items()
    )
    assert not (project / ".claude").exists()
    cli("install")
    again = one_document(cli("install", "--dry-run", "--json").out)
    assert (again["changed"], again["skill_changed"]) == (False, False)
    undo = one_document(cli("install", "--uninstall", "--dry-run", "--json").out)
    assert (undo["changed"], undo["skill_changed"]) == (True, True)
    assert (project / ".claude" / "skills" / "todokit" / "SKILL.md").exists()
