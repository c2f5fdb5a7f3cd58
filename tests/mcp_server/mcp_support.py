"""Talking to a real ``todokit mcp`` subprocess with the MCP SDK's own client, over stdio."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest

pytest.importorskip("mcp", reason="the MCP tests need the SDK: pip install -e '.[mcp]'")

from mcp import Client, StdioServerParameters, stdio_client

import todokit

REPO_ROOT = Path(todokit.__file__).resolve().parents[1]
T = TypeVar("T")


def server_parameters(root: Path, *options: str) -> StdioServerParameters:
    """``python -m todokit mcp --root ROOT`` with this checkout importable."""
    return StdioServerParameters(
        command=sys.executable,
        args=["-m", "todokit", "mcp", "--root", str(root), *options],
        env={"PYTHONPATH": str(REPO_ROOT), "NO_COLOR": "1"},
        cwd=str(root),
    )


def with_server(
    root: Path,
    body: Callable[[Client], Awaitable[T]],
    *options: str,
    mode: str = "auto",
) -> T:
    """Start the server, connect the SDK's client (``mode`` as Client takes it), run ``body``."""

    async def main() -> T:
        async with Client(stdio_client(server_parameters(root, *options)), mode=mode) as client:  # type: ignore[arg-type]
            return await body(client)

    return asyncio.run(asyncio.wait_for(main(), timeout=120))


def content(result: Any) -> dict[str, Any]:
    """The structured content of a successful call."""
    assert not result.is_error, result.content
    return dict(result.structured_content)
