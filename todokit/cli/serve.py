"""``todokit mcp`` and ``todokit install --mcp``: the MCP server and its entry in ``.mcp.json``.

The server needs the optional MCP SDK (``todokit[mcp]``); it is imported here
only, when ``todokit mcp`` runs, so no other command ever loads it.

Examples:
    >>> _summary(False, Path(".mcp.json"), changed=True, dry_run=True)
    'would add the todokit MCP server to .mcp.json'
"""

from __future__ import annotations

import argparse
import gc
from pathlib import Path

from todokit.cli.context import is_dry_run, open_project, print_write
from todokit.cli.output import Output
from todokit.errors import UsageError


def run_mcp(args: argparse.Namespace, output: Output) -> int:
    """Serve the tools over stdio until the client closes stdin (exit 2 without the SDK)."""
    from todokit.mcp import MISSING_SDK  # noqa: PLC0415

    try:
        from todokit.mcp.server import serve  # noqa: PLC0415 - the SDK, only here
    except ImportError as error:
        if (error.name or "").partition(".")[0] == "todokit":
            raise  # a bug of todokit's own, not a missing extra
        raise UsageError(MISSING_SDK) from None
    open_project(args)  # an unusable --root or --file fails now, with the CLI's message
    gc.enable()  # main() pauses the collector for a short run; a server runs for hours
    serve(args)
    return 0


def run_install_mcp(args: argparse.Namespace, output: Output) -> int:
    """Add the server to the project's ``.mcp.json`` (with ``--uninstall``: remove it)."""
    from todokit.mcp import SERVER_NAME  # noqa: PLC0415
    from todokit.mcp import install as installing  # noqa: PLC0415

    project = open_project(args)
    if args.local or getattr(args, "plugin", None):
        raise UsageError(installing.MCP_TARGETS)
    dry_run = is_dry_run(args)
    change = installing.install_mcp(
        project,
        agent=getattr(args, "agent", "claude"),
        settings=args.settings,
        uninstall=args.uninstall,
        dry_run=dry_run,
    )
    path = change.path
    payload: dict[str, object] = {
        "file": str(path),
        "server": SERVER_NAME,
        "changed": change.changed,
    }
    print_write(
        args,
        output,
        payload,
        change.diff,
        lambda: output.line(
            _summary(args.uninstall, path, changed=change.changed, dry_run=dry_run)
        ),
    )
    return 0


def _summary(uninstall: bool, path: Path, *, changed: bool, dry_run: bool) -> str:
    """Say in one line what ``install --mcp`` did (or would do)."""
    what = "the todokit MCP server " + ("from" if uninstall else "to")
    if dry_run:
        verb = "would remove" if uninstall else "would add"
        return f"{verb} {what} {path}" + ("" if changed else " (nothing to do)")
    verb = "Removed" if uninstall else "Added"
    return f"{verb} {what} {path}" + ("" if changed else " (already up to date)")
