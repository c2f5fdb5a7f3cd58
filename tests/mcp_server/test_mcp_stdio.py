"""``todokit mcp`` as a real subprocess, driven by the MCP SDK's client over stdio.

Each tool must return exactly what its command prints with ``--json`` (the
write tools are compared in their ``diff`` mode, which writes nothing), list
the CLI's parameters and the shipped schemas, and turn every failure into a
tool error with the CLI's message and exit code while the server goes on.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from filelock import FileLock
from mcp_support import content, with_server

from todokit.cli.commands import COMMANDS
from todokit.mcp import RESOURCE_URI
from todokit.mcp.schemas import output_schema, parameters
from todokit.mcp.tools import TOOLS

TODO = """## Backend

- [ ] Fix the login session timeout
- [x] Ship the signup form
- [ ] Add an index to the orders table

## Docs

- [ ] Update the README install section
"""

# tool, its arguments, and the same call as a command line (all with --json)
SAME_AS_CLI: list[tuple[str, dict[str, Any], list[str]]] = [
    ("list", {}, ["list"]),
    ("history", {}, ["history"]),
    ("check", {}, ["check"]),
    ("add", {"text": "Write tests", "section": "Docs", "diff": True},
     ["add", "Write tests", "--section", "Docs", "--diff"]),
    ("done", {"ref": "1", "diff": True}, ["done", "1", "--diff"]),
    ("reopen", {"ref": "signup", "dry_run": True}, ["reopen", "signup", "--dry-run"]),
    ("mark", {"ref": "1", "status": "in_progress", "diff": True},
     ["mark", "1", "in_progress", "--diff"]),
    ("remove", {"ref": "README", "diff": True}, ["remove", "README", "--diff"]),
    ("start", {"task": "Fix the login timeout", "today": "2026-11-24", "diff": True},
     ["start", "Fix the login timeout", "--today", "2026-11-24", "--diff"]),
    ("scope", {"task": "database index for orders", "threshold": 0.3, "diff": True},
     ["scope", "database index for orders", "--threshold", "0.3", "--diff"]),
    ("sort", {"task": "orders", "diff": True}, ["sort", "--task", "orders", "--diff"]),
    ("park", {"refs": ["README", "orders"], "diff": True},
     ["park", "README", "orders", "--diff"]),
]  # fmt: skip


def seed(project: Path) -> Path:
    todo = project / ".claude" / "todo.md"
    todo.parent.mkdir(exist_ok=True)
    todo.write_text(TODO, encoding="utf-8", newline="")
    (project / ".claude" / "todo-2026-11-01.old").write_text("- [ ] old\n", encoding="utf-8")
    return todo


@pytest.mark.parametrize("mode", ["auto", "legacy"])
def test_tools_are_the_commands_with_their_parameters_and_schemas(project, mode):
    seed(project)

    async def body(client):
        listing = (await client.list_tools()).tools
        resources = (await client.list_resources()).resources
        return listing, resources

    listing, resources = with_server(project, body, mode=mode)
    by_name = {tool.name: tool for tool in listing}
    assert list(by_name) == [t.name for t in TOOLS]
    assert set(by_name) <= {c.name for c in COMMANDS}
    for tool in TOOLS:
        listed = by_name[tool.name]
        assert sorted(listed.input_schema["properties"]) == sorted(
            a.dest for a in parameters(tool.name)
        )
        assert listed.output_schema == output_schema(tool.schema)
    assert [str(r.uri) for r in resources] == [RESOURCE_URI]


def test_every_tool_returns_what_its_command_prints_with_json(project, cli):
    todo = seed(project)
    before = todo.read_bytes()
    expected = [json.loads(cli(*argv, "--json").out) for _, _, argv in SAME_AS_CLI]
    assert todo.read_bytes() == before

    async def body(client):
        results = [await client.call_tool(name, arguments) for name, arguments, _ in SAME_AS_CLI]
        parked = await client.call_tool("park", {"refs": ["README"]})
        kept = await client.call_tool("keep", {"refs": ["README"], "diff": True})
        return results, parked, kept

    results, parked, kept = with_server(project, body)
    for (name, _, _), result, printed in zip(SAME_AS_CLI, results, expected, strict=True):
        assert content(result) == printed, name
    assert content(parked)["moved"][0]["text"] == "Update the README install section"
    assert content(kept) == json.loads(cli("keep", "README", "--diff", "--json").out)
    assert b"## Out of scope" in todo.read_bytes()
    assert todo.read_bytes() != before


def test_the_text_content_is_the_json_document(project):
    seed(project)
    result = with_server(project, lambda client: client.call_tool("list", {}))
    assert json.loads(result.content[0].text) == result.structured_content


def test_errors_are_tool_errors_with_the_cli_message_and_exit_code(project, cli):
    todo = seed(project)

    async def body(client):
        calls = [
            ("done", {"ref": "no such task"}),
            ("done", {"ref": "the"}),  # ambiguous: several tasks match
            ("done", {}),
            ("add", {"text": 3}),
            ("list", {"verbose": True}),
            ("frobnicate", {}),
        ]
        answers = [await client.call_tool(name, arguments) for name, arguments in calls]
        with FileLock(f"{todo}.lock"):
            answers.append(await client.call_tool("add", {"text": "x"}))
        todo.write_bytes(b"- [ ] caf\xe9\n")
        answers.append(await client.call_tool("add", {"text": "x"}))
        todo.write_text(TODO, encoding="utf-8")
        answers.append(await client.call_tool("list", {}))
        return answers

    answers = with_server(project, body, "--lock-timeout", "0.2")
    *failures, alive = answers
    codes = [a.structured_content["error"]["exit_code"] for a in failures]
    assert codes == [1, 1, 2, 2, 2, 2, 3, 4]
    assert all(a.is_error for a in failures)
    cli_error = cli("done", "no such task").err
    assert cli_error == f"todokit: {failures[0].content[0].text}\n"
    assert failures[1].structured_content["error"]["candidates"]
    assert failures[1].content[0].text == cli("done", "the").err.removeprefix("todokit: ").rstrip(
        "\n"
    )
    assert "'ref' is a required property" in failures[2].content[0].text
    assert "frobnicate" in failures[5].content[0].text
    assert len(content(alive)["tasks"]) == 4


def test_the_resource_is_the_todo_file_byte_for_byte(project):
    todo = seed(project)
    todo.write_bytes(b"\xef\xbb\xbf- [ ] a\r\n- [x] b  \r\n\tnot a task")

    async def body(client):
        first = (await client.read_resource(RESOURCE_URI)).contents[0]
        todo.write_bytes(b"- [ ] caf\xe9\n")
        second = (await client.read_resource(RESOURCE_URI)).contents[0]
        return first, second

    first, second = with_server(project, body)
    assert first.text == "\ufeff- [ ] a\r\n- [x] b  \r\n\tnot a task"
    assert first.mime_type == "text/markdown"
    import base64

    assert base64.b64decode(second.blob) == b"- [ ] caf\xe9\n"
