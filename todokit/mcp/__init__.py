"""``todokit mcp``: the CLI's commands as the tools of a Model Context Protocol server.

The server speaks MCP over stdio, for any agent that can start one. Its tools
are named like the CLI commands and take the same parameters; each calls the
library function its command calls and returns the command's ``--json``
document, with the shipped schema as the tool's output schema. It also serves
the current todo file as a resource.

The server needs the official MCP Python SDK, the optional extra
``todokit[mcp]``; nothing else in todokit imports it. This package's
:mod:`~todokit.mcp.tools`, :mod:`~todokit.mcp.schemas` and
:mod:`~todokit.mcp.install` modules work without it; only
:mod:`todokit.mcp.server` imports the SDK.

Examples:
    >>> from todokit.mcp.tools import TOOL_NAMES
    >>> TOOL_NAMES[:6]
    ('list', 'add', 'done', 'reopen', 'mark', 'remove')
"""

MISSING_SDK = "todokit mcp needs the MCP Python SDK: pip install 'todokit[mcp]'"
"""What ``todokit mcp`` says (exit code 2) when the SDK cannot be imported."""

SERVER_NAME = "todokit"
"""The server's name, as MCP clients show it and as ``.mcp.json`` keys it."""

RESOURCE_URI = "todokit://todo.md"
"""The URI of the resource holding the current todo file."""
