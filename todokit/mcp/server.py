"""The MCP server over stdio, built on the SDK's low-level ``Server``.

The low-level server publishes the exact schemas it is given, so each tool's
output schema is its command's shipped ``--json`` schema, unchanged but for
its references being inlined. It validates nothing itself:
:func:`todokit.mcp.tools.run` checks each call's arguments, and every failure
of a call comes back as a tool error (``isError``) whose text is the CLI's
message and whose structured content is the CLI's ``error.v1`` document with
its exit code. Calls run one at a time in a worker thread, so the event loop
keeps answering while one waits for the file lock or the checks.

Examples:
    >>> import argparse
    >>> server = build_server(argparse.Namespace(root=None, file=None, lock_timeout=None))
    >>> server.name
    'todokit'
"""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from mcp import types
from mcp.server import Server, ServerRequestContext
from mcp.server.stdio import stdio_server
from mcp.shared.exceptions import MCPError

from todokit import __version__
from todokit.cli.commands import COMMANDS
from todokit.cli.context import open_project
from todokit.cli.output import error_json, error_parts, json_text
from todokit.errors import TodokitError
from todokit.mcp import RESOURCE_URI, SERVER_NAME
from todokit.mcp.schemas import input_schema, output_schema
from todokit.mcp.tools import TOOLS, Tool, run

INSTRUCTIONS = (
    "todokit keeps this project's markdown task list (.claude/todo.md). Its tools are the todokit"
    " CLI's commands with the same parameters; each returns what `todokit COMMAND --json` prints."
    " A REF is an index path (2.1), a task id or a unique fragment of a task's text. Write tools"
    " take dry_run (change nothing) and diff (change nothing, return the unified diff)."
)
"""What the server tells a client about itself when it connects."""


def tool_listing(tool: Tool) -> types.Tool:
    """Return the MCP description of ``tool``: its command's help, parameters and schema."""
    command = next(c for c in COMMANDS if c.name == tool.name)
    examples = "; ".join(f"`{example}`" for example in command.examples)
    return types.Tool(
        name=tool.name,
        title=command.summary,
        description=f"{command.summary}. Like {examples} with --json; returns {tool.schema}.",
        input_schema=input_schema(tool.name),
        output_schema=output_schema(tool.schema),
        annotations=types.ToolAnnotations(
            read_only_hint=tool.read_only,
            destructive_hint=tool.name == "remove",
            open_world_hint=False,
        ),
    )


def answer(
    name: str, arguments: dict[str, Any], options: argparse.Namespace
) -> types.CallToolResult:
    """Run one tool call and return its result, or a tool error; never raise.

    The result is the command's ``--json`` document as structured content and
    as JSON text; the error carries the CLI's message and exit code.
    """
    try:
        payload = run(name, arguments, options)
    except TodokitError as error:
        message, candidates = error_parts(error)
        return _failure(str(error), error_json(message, error.exit_code, candidates))
    except Exception as error:  # a bug: report it and keep serving
        message = f"internal error: {type(error).__name__}: {error}"
        return _failure(message, error_json(message, 1))
    text = types.TextContent(type="text", text=json_text(payload))
    return types.CallToolResult(content=[text], structured_content=payload)


def _failure(text: str, document: dict[str, object]) -> types.CallToolResult:
    """Return an error result: the message as text, the ``error.v1`` document as its data."""
    content: list[types.ContentBlock] = [types.TextContent(type="text", text=text)]
    return types.CallToolResult(content=content, structured_content=document, is_error=True)


def read_todo(options: argparse.Namespace) -> tuple[str, bytes]:
    """Return the todo file's path and bytes, for the resource.

    Raises:
        MCPError: The project cannot be opened, or it has no todo file yet.
    """
    from todokit.files.reading import read_optional  # noqa: PLC0415 - lazy
    from todokit.lifecycle.reading import size_limit  # noqa: PLC0415 - lazy

    try:
        todo = open_project(options).todo
        # Only a regular file, up to max_file_size: a FIFO would hang the server.
        data = read_optional(todo.path, size_limit(todo), setting="max_file_size")
    except TodokitError as error:
        raise MCPError(types.INVALID_PARAMS, str(error)) from None
    if data is None:
        hint = f"no todo file yet at {todo.path} (the start or add tool creates it)"
        raise MCPError(types.INVALID_PARAMS, hint)
    return str(todo.path), data


def resource_contents(data: bytes) -> types.TextResourceContents | types.BlobResourceContents:
    """Return the todo file's bytes as text when they are UTF-8, else as a blob (never lossy)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        import base64  # noqa: PLC0415 - only for files that are not UTF-8

        blob = base64.b64encode(data).decode("ascii")
        return types.BlobResourceContents(uri=RESOURCE_URI, blob=blob, mime_type="text/markdown")
    return types.TextResourceContents(uri=RESOURCE_URI, text=text, mime_type="text/markdown")


def build_server(options: argparse.Namespace) -> Server[Any]:
    """Return a low-level SDK server, its tools and resource bound to the project ``options`` name.

    The project is opened anew for every call (as every CLI run opens it), so
    configuration changes apply.
    """
    one_at_a_time = asyncio.Lock()
    listing = [tool_listing(tool) for tool in TOOLS]

    async def list_tools(
        ctx: ServerRequestContext[Any], params: types.PaginatedRequestParams | None
    ) -> types.ListToolsResult:
        """Return the listing of every tool, made once when the server was built."""
        return types.ListToolsResult(tools=listing)

    async def call_tool(
        ctx: ServerRequestContext[Any], params: types.CallToolRequestParams
    ) -> types.CallToolResult:
        """Answer one call in a worker thread, one at a time; a failure is an error result."""
        async with one_at_a_time:
            arguments = dict(params.arguments or {})
            return await asyncio.to_thread(answer, params.name, arguments, options)

    async def list_resources(
        ctx: ServerRequestContext[Any], params: types.PaginatedRequestParams | None
    ) -> types.ListResourcesResult:
        """Offer the one resource: the todo file, byte for byte."""
        resource = types.Resource(
            uri=RESOURCE_URI,
            name="todo.md",
            title="The project's task list",
            description="The current todo file, byte for byte (.claude/todo.md by default)",
            mime_type="text/markdown",
        )
        return types.ListResourcesResult(resources=[resource])

    async def read_resource(
        ctx: ServerRequestContext[Any], params: types.ReadResourceRequestParams
    ) -> types.ReadResourceResult:
        """Return the todo file; another URI, or no file, raises MCPError (invalid params)."""
        if str(params.uri) != RESOURCE_URI:
            raise MCPError(types.INVALID_PARAMS, f"no resource {params.uri}; try {RESOURCE_URI}")
        _, data = await asyncio.to_thread(read_todo, options)
        return types.ReadResourceResult(contents=[resource_contents(data)])

    return Server(
        SERVER_NAME,
        version=__version__,
        title="todokit",
        instructions=INSTRUCTIONS,
        on_list_tools=list_tools,
        on_call_tool=call_tool,
        on_list_resources=list_resources,
        on_read_resource=read_resource,
    )


def serve(options: argparse.Namespace) -> None:
    """Serve MCP over stdin and stdout until the client closes stdin.

    Args:
        options: The ``todokit mcp`` arguments (see :func:`build_server`).
    """
    server = build_server(options)

    async def main() -> None:
        """Serve over this process's stdin and stdout until the client closes stdin."""
        async with stdio_server() as (read_stream, write_stream):
            await server.run(read_stream, write_stream, server.create_initialization_options())

    asyncio.run(main())
