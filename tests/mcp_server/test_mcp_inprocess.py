"""The server's parts in this process: tool calls, schemas, resource errors, the command."""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import sys
from pathlib import Path

import pytest
from mcp import Client
from mcp.shared.exceptions import MCPError
from mcp_support import content

from todokit.errors import TaskNotFoundError, UsageError
from todokit.mcp import RESOURCE_URI, server
from todokit.mcp.schemas import arguments_for, input_schema, output_schema
from todokit.mcp.tools import TOOLS, run, tool_named
from todokit.schemas import SCHEMAS, schema

TODO = "## Now\n\n- [ ] Fix login\n- [x] Ship it\n"


def options(root: Path, **changes: object) -> argparse.Namespace:
    return argparse.Namespace(**{"root": str(root), "file": None, "lock_timeout": None, **changes})


def seed(root: Path, text: str = TODO) -> Path:
    todo = root / ".claude" / "todo.md"
    todo.parent.mkdir(exist_ok=True)
    todo.write_text(text, encoding="utf-8")
    return todo


def test_input_schemas_take_the_cli_parameters(project):
    assert input_schema("start")["required"] == []
    start = input_schema("start")["properties"]
    assert list(start) == [
        "task",
        "today",
        "threshold",
        "scorer",
        "keep_priority",
        "dry_run",
        "diff",
    ]
    assert start["threshold"]["type"] == "number"
    assert "explain" not in start
    keep = input_schema("keep")
    assert keep["properties"]["refs"] == {
        "type": "array",
        "items": {"type": "string"},
        "minItems": 1,
        "description": "tasks: index path (2.1), id or unique text fragment",
    }
    assert input_schema("list") == {
        "type": "object",
        "properties": {},
        "required": [],
        "additionalProperties": False,
    }


def test_arguments_are_the_cli_defaults_overridden_by_the_call(project):
    args = arguments_for("add", {"text": "x", "diff": True}, options(project, lock_timeout=2.0))
    assert (args.text, args.status, args.section, args.diff, args.dry_run) == (
        "x",
        "open",
        None,
        True,
        False,
    )
    assert (args.root, args.lock_timeout) == (str(project), 2.0)
    with pytest.raises(UsageError, match=r"^park: refs\.1: 3 is not of type 'string'$"):
        arguments_for("park", {"refs": ["a", 3]}, options(project))
    with pytest.raises(UsageError, match=r"should be non-empty|is too short"):
        arguments_for("keep", {"refs": []}, options(project))


@pytest.mark.parametrize("name", SCHEMAS)
def test_output_schemas_resolve_within_themselves(name, project, cli):
    from jsonschema import Draft202012Validator
    from referencing import Registry

    bundled = output_schema(name)
    Draft202012Validator.check_schema(bundled)
    validator = Draft202012Validator(bundled, registry=Registry())
    if name == "list.v1":
        seed(project)
        import json

        validator.validate(json.loads(cli("list", "--json").out))
    assert "'$ref': 'task.v1.json'" not in str(bundled)
    assert {k: v for k, v in bundled.items() if k != "$defs"}.keys() == schema(name).keys()


def test_tools_run_the_library_in_this_process(project):
    seed(project)
    (project / ".claude" / "todokit.toml").write_text(
        'checks = [{ name = "bad", run = "echo nope; exit 1" }]\n', encoding="utf-8"
    )
    where = options(project)
    assert run("mark", {"ref": "1", "status": "in_progress"}, where)["task"]["status"] == (
        "in_progress"
    )
    assert run("reopen", {"ref": "2"}, where)["task"]["status"] == "open"
    assert run("remove", {"ref": "2"}, where)["task"]["text"] == "Ship it"
    assert run("sort", {}, where)["changed"] is False
    assert run("scope", {"task": "login"}, where)["in_scope"][0]["text"] == "Fix login"
    started = run("start", {"task": "Fix login", "today": "2026-11-24"}, where)
    assert started["archived"].endswith("todo-2026-11-24.old")
    assert [a["date"] for a in run("history", {}, where)["archives"]] == ["2026-11-24"]
    report = run("check", {}, where)
    assert report["passed"] is False
    assert report["checks"][0]["output_tail"].strip() == "nope"
    with pytest.raises(TaskNotFoundError):
        run("done", {"ref": "nothing"}, where)
    with pytest.raises(UsageError, match="no tool named"):
        tool_named("lists")
    assert [t.name for t in TOOLS if t.read_only] == ["list", "history"]


def test_an_unexpected_failure_is_a_tool_error_too(project, monkeypatch):
    def broken(*args: object) -> dict[str, object]:
        raise RuntimeError("boom")

    monkeypatch.setattr(server, "run", broken)
    result = server.answer("list", {}, options(project))
    assert result.is_error
    assert result.content[0].text == "internal error: RuntimeError: boom"
    assert result.structured_content == {
        "error": {"message": "internal error: RuntimeError: boom", "exit_code": 1}
    }


def in_memory(root: Path, body, **changes: object):
    async def main():
        async with Client(server.build_server(options(root, **changes)), mode="legacy") as client:
            return await body(client)

    return asyncio.run(main())


def test_in_memory_calls_and_resource_errors(project):
    async def body(client):
        missing = await reading(client, RESOURCE_URI)
        added = await client.call_tool("add", {"text": "First"})
        text = (await client.read_resource(RESOURCE_URI)).contents[0].text
        wrong = await reading(client, "todokit://other")
        return missing, content(added), text, wrong

    missing, added, text, wrong = in_memory(project, body)
    assert "no todo file yet" in missing
    assert added["task"]["text"] == "First"
    assert text == "- [ ] First\n"
    assert "no resource todokit://other" in wrong


async def reading(client: Client, uri: str) -> str:
    """The message of the protocol error that reading ``uri`` gives."""
    with pytest.raises(MCPError) as caught:
        await client.read_resource(uri)
    return caught.value.message


def test_resource_errors_of_the_project(project, tmp_path, monkeypatch):
    todo = seed(project)

    def denied(path: object, flags: int) -> int:
        raise PermissionError(13, "Permission denied")

    with monkeypatch.context() as patched:
        patched.setattr("todokit.files.reading.os.open", denied)
        unreadable = in_memory(project, lambda client: reading(client, RESOURCE_URI))
    assert unreadable.startswith(f"cannot read {todo}: ")
    todo.unlink()
    os.mkfifo(todo)  # read without blocking, refused at once: it used to hang the server
    fifo = in_memory(project, lambda client: reading(client, RESOURCE_URI))
    assert fifo == f"cannot read {todo}: it is a named pipe (FIFO), not a regular file"
    todo.unlink()
    todo.mkdir()
    directory = in_memory(project, lambda client: reading(client, RESOURCE_URI))
    assert directory.endswith("is a directory, not a file")
    no_root = in_memory(tmp_path / "gone", lambda client: reading(client, RESOURCE_URI))
    assert "does not exist" in no_root


def test_the_mcp_command_serves_with_the_collector_on(project, cli, monkeypatch):
    seen: list[tuple[str, bool]] = []
    monkeypatch.setattr(server, "serve", lambda args: seen.append((args.root, gc.isenabled())))
    assert cli("mcp", "--root", str(project)).code == 0
    assert seen == [(str(project), True)]
    assert cli("mcp", "--root", str(project / "gone")).code == 4


def test_the_mcp_command_without_the_sdk(project, cli, monkeypatch):
    monkeypatch.delitem(sys.modules, "todokit.mcp.server")
    monkeypatch.setitem(sys.modules, "mcp", None)
    result = cli("mcp")
    assert (result.code, result.err) == (
        2,
        "todokit: todokit mcp needs the MCP Python SDK: pip install 'todokit[mcp]'\n",
    )


def test_a_broken_todokit_module_is_reported_as_a_bug(project, cli, monkeypatch):
    monkeypatch.setitem(sys.modules, "todokit.mcp.server", None)
    result = cli("mcp")
    assert result.code == 1
    assert "internal error: ModuleNotFoundError" in result.err


def test_parking_and_errors_through_the_server_functions(project):
    seed(project)
    where = options(project)
    assert run("park", {"refs": ["login"]}, where)["moved"][0]["parked"] is True
    assert run("keep", {"refs": ["login"]}, where)["moved"][0]["parked"] is False
    assert run("done", {"ref": "login"}, where)["task"]["status"] == "done"
    failed = server.answer("done", {"ref": "nothing"}, where)
    assert failed.is_error
    assert failed.structured_content == {
        "error": {"message": "no task matches 'nothing'", "exit_code": 1}
    }
    blob = server.resource_contents(b"caf\xe9")
    assert isinstance(blob, server.types.BlobResourceContents)
    assert blob.mime_type == "text/markdown"
    assert server.resource_contents("café".encode()).text == "café"


def test_resources_are_listed_in_memory(project):
    async def body(client):
        return (await client.list_resources()).resources

    (resource,) = in_memory(project, body)
    assert (str(resource.uri), resource.name, resource.mime_type) == (
        RESOURCE_URI,
        "todo.md",
        "text/markdown",
    )
