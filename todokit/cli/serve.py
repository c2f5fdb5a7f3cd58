"""``todokit mcp`` and ``todokit install --mcp``: the MCP server and its entry in ``.mcp.json``.

The server needs the optional MCP SDK (``todokit[mcp]``); it is imported here
only, when ``todokit mcp`` runs, so no other command ever loads it.

Examples:
    >>> import argparse
    >>> mcp_file(argparse.Namespace(settings=None, local=False), Path("/work/app")).as_posix()
    '/work/app/.mcp.json'
"""

from __future__ import annotations

import argparse
import gc
from pathlib import Path

from todokit.cli.context import is_dry_run, open_project
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


def mcp_file(args: argparse.Namespace, root: Path) -> Path:
    """Return the MCP file ``install --mcp`` edits.

    ``--settings`` names it; else it is Claude Code's ``.mcp.json`` or, with
    ``--agent gemini``, Gemini CLI's ``.gemini/settings.json`` (same shape).

    Raises:
        UsageError: ``--agent codex`` (Codex keeps its servers in TOML), ``--local``
            or ``--plugin``.
    """
    from todokit.mcp.install import MCP_JSON  # noqa: PLC0415

    agent = getattr(args, "agent", "claude")
    if agent == "codex" or args.local or getattr(args, "plugin", None):
        raise UsageError(
            "--mcp edits .mcp.json (or, with --agent gemini, .gemini/settings.json);"
            " drop --local and --plugin, and see docs/mcp.md for Codex CLI's config.toml"
        )
    default = Path(".gemini", "settings.json") if agent == "gemini" else Path(MCP_JSON)
    target = Path(args.settings) if args.settings else default
    return target if target.is_absolute() else root / target


def run_install_mcp(args: argparse.Namespace, output: Output) -> int:
    """Add the server to the project's ``.mcp.json`` (with ``--uninstall``: remove it)."""
    from todokit.mcp import SERVER_NAME  # noqa: PLC0415
    from todokit.mcp.install import plan_server  # noqa: PLC0415

    path = mcp_file(args, open_project(args).root)
    change = plan_server(path, uninstall=args.uninstall)
    dry_run = is_dry_run(args)
    if not dry_run:
        change.apply()
    if output.json:
        payload: dict[str, object] = {
            "file": str(path),
            "server": SERVER_NAME,
            "changed": change.changed,
        }
        if dry_run:
            payload["dry_run"] = True
        if args.diff:
            payload["diff"] = change.diff()
        output.data(payload)
    elif args.diff:
        output.raw(change.diff())
    else:
        output.line(_summary(args.uninstall, path, changed=change.changed, dry_run=dry_run))
    return 0


def _summary(uninstall: bool, path: Path, *, changed: bool, dry_run: bool) -> str:
    """Say in one line what ``install --mcp`` did (or would do)."""
    what = "the todokit MCP server " + ("from" if uninstall else "to")
    if dry_run:
        verb = "would remove" if uninstall else "would add"
        return f"{verb} {what} {path}" + ("" if changed else " (nothing to do)")
    verb = "Removed" if uninstall else "Added"
    return f"{verb} {what} {path}" + ("" if changed else " (already up to date)")
