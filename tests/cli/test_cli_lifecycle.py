"""start, rotate, history, prune, sort, scope, check, install, export and import via the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from todokit.errors import EXIT_FAILED, EXIT_USAGE

TODO = """## Backend

- [ ] Fix the login session timeout
- [x] Ship the signup form
- [ ] Add an index to the orders table

## Docs

- [ ] Update the README install section
"""


def write_todo(project: Path, text: str = TODO) -> Path:
    path = project / ".claude" / "todo.md"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text)
    return path


def test_start_rotates_carries_and_reports_json(cli, project, validate):
    path = write_todo(project)
    result = cli("start", "login session expires too early", "--today", "2026-11-24", "--json")
    assert result.code == 0, result.err
    data = result.json()
    validate("start.v1", data)
    archive = project / ".claude" / "todo-2026-11-24.old"
    assert data["archived"] == str(archive)
    assert archive.read_text() == TODO
    assert data["carried"] == 3 and data["created"] is False
    assert [t["text"] for t in data["in_scope"]] == ["Fix the login session timeout"]
    assert {t["text"] for t in data["out_of_scope"]} == {
        "Add an index to the orders table",
        "Update the README install section",
    }
    assert all(0 <= t["score"] <= 1 for t in data["in_scope"] + data["out_of_scope"])
    text = path.read_text()
    assert "Ship the signup form" not in text
    assert "todo-2026-11-24.old" in text


def test_start_without_a_list_creates_one(cli, project):
    result = cli("start", "--today", "2026-11-24")
    assert result.code == 0
    assert "new list" in result.out
    assert "## Tasks" in (project / ".claude" / "todo.md").read_text()


def test_start_dry_run_touches_nothing(cli, project):
    path = write_todo(project)
    result = cli("start", "anything", "--today", "2026-11-24", "--dry-run", "--json")
    assert result.json()["archived"].endswith("todo-2026-11-24.old")
    assert path.read_text() == TODO
    assert not list(path.parent.glob("*.old"))


def test_bad_today_is_a_usage_error(cli, project):
    write_todo(project)
    result = cli("start", "--today", "../../etc")
    assert result.code == EXIT_USAGE
    assert not list((project / ".claude").glob("*.old"))


def test_rotate_history_prune(cli, project, validate):
    for day in ("2026-11-01", "2026-11-02", "2026-11-02"):
        write_todo(project)
        rotated = cli("rotate", "--today", day, "--json")
        validate("rotate.v1", rotated.json())
    assert not (project / ".claude" / "todo.md").exists()
    history = cli("history", "--json").json()
    validate("history.v1", history)
    assert [(a["date"], a["sequence"], a["open"], a["done"]) for a in history["archives"]] == [
        ("2026-11-01", 1, 3, 1),
        ("2026-11-02", 1, 3, 1),
        ("2026-11-02", 2, 3, 1),
    ]
    assert len(cli("history", "--since", "2026-11-02", "--json").json()["archives"]) == 2
    dry = cli("prune", "--keep", "1", "--dry-run", "--json").json()
    validate("prune.v1", dry)
    assert len(dry["removed"]) == 2 and len(list((project / ".claude").glob("*.old"))) == 3
    assert cli("prune", "--older-than", "1w", "--today", "2026-12-05").code == 0
    assert [p.name for p in (project / ".claude").glob("*.old")] == []
    assert cli("prune").code == EXIT_USAGE
    assert cli("rotate").out.startswith("nothing to rotate")


def test_sort_and_scope(cli, project, validate):
    path = write_todo(project, "- [ ] plain\n- [x] done\n- [ ] urgent 🔺\n- [/] busy\n")
    diff = cli("sort", "--diff")
    assert "+- [/] busy" in diff.out
    assert cli("sort", "--json").json()["changed"] is True
    assert path.read_text() == "- [/] busy\n- [ ] urgent 🔺\n- [ ] plain\n- [x] done\n"
    assert cli("sort").out.strip() == "already sorted"
    write_todo(project)
    scoped = cli("scope", "database index for orders", "--json")
    validate("scope.v1", scoped.json())
    assert "## Out of scope" in path.read_text()
    explain = cli("scope", "database index for orders", "--explain")
    assert "Add an index to the orders table" in explain.out


def test_check_runs_configured_commands(cli, project, validate):
    (project / ".claude").mkdir()
    (project / ".claude" / "todokit.toml").write_text(
        'checks = [{ name = "ok", run = "true" }, { name = "bad", run = "echo nope; exit 1" }]\n'
    )
    result = cli("check", "--json")
    assert result.code == EXIT_FAILED
    validate("check.v1", result.json())
    assert [c["passed"] for c in result.json()["checks"]] == [True, False]
    write_todo(project)
    refused = cli("done", "login", "--check")
    assert refused.code == EXIT_FAILED and "bad" in refused.err
    assert "- [ ] Fix the login session timeout" in (project / ".claude" / "todo.md").read_text()


def test_install_is_idempotent_and_uninstall_reverts(cli, project, validate):
    settings = project / ".claude" / "settings.json"
    settings.parent.mkdir()
    settings.write_text('{\n  "model": "x"\n}\n')
    first = cli("install", "--json").json()
    validate("install.v1", first)
    assert first["changed"] is True
    installed = settings.read_text()
    assert "todokit hook" in installed
    assert cli("install", "--json").json()["changed"] is False
    assert (project / ".claude" / "skills" / "todokit" / "SKILL.md").exists()
    assert cli("install", "--uninstall").code == 0
    assert json.loads(settings.read_text()) == {"model": "x"}
    assert not (project / ".claude" / "skills" / "todokit" / "SKILL.md").exists()


def test_export_and_import_todowrite(cli, project, validate):
    write_todo(project)
    exported = cli("export", "--format", "todowrite").json()
    validate("export-todowrite.v1", exported)
    assert [t["status"] for t in exported["todos"]] == [
        "pending",
        "completed",
        "pending",
        "pending",
    ]
    incoming = {
        "todos": [
            {"content": "Fix the login session timeout", "status": "completed", "activeForm": "x"},
            {"content": "Brand new", "status": "pending", "id": "7", "priority": "high"},
        ]
    }
    assert cli("import", "--format", "todowrite", "-", stdin=json.dumps(incoming)).code == 0
    text = (project / ".claude" / "todo.md").read_text()
    assert "- [x] Fix the login session timeout" in text and "- [ ] Brand new" in text
    assert "Update the README install section" in text
    assert cli("import", stdin="{not json").code == 4


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ("[" * 100_000, "-: JSON nested too deeply to read"),  # was an internal RecursionError
        ('{"todos": [], "n": ' + "9" * 5_000 + "}", "-: holds a number too long to read"),
    ],
)
def test_import_of_json_it_cannot_read_is_one_clear_error(cli, project, payload, message):
    result = cli("import", "-", stdin=payload)
    assert (result.code, result.err) == (4, f"todokit: {message}\n")


def test_an_import_writes_a_nul_as_u_fffd(cli, project):
    payload = {"todos": [{"content": "a\u0000b", "status": "pending", "activeForm": "x"}]}
    assert cli("import", "-", stdin=json.dumps(payload)).code == 0
    assert (project / ".claude" / "todo.md").read_text() == "- [ ] a\ufffdb\n"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["add", "x", "--lock-timeout", "nan"], "invalid seconds value: 'nan'"),
        (["add", "x", "--lock-timeout", "inf"], "invalid seconds value: 'inf'"),
        (["scope", "x", "--threshold", "2"], "invalid threshold value: '2'"),
        (["start", "x", "--threshold", "-0.1"], "invalid threshold value: '-0.1'"),
    ],
)
def test_option_values_out_of_range_are_usage_errors(cli, project, arguments, message):
    # --lock-timeout nan was an internal error; --threshold 2 parked everything.
    result = cli(*arguments)
    assert result.code == 2
    assert message in result.err
    assert not (project / ".claude").exists()
