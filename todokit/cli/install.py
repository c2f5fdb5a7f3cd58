"""``todokit install``: hooks and skill for Claude Code, Codex CLI or Gemini CLI, or a plugin.

The work is :func:`todokit.install` (:mod:`todokit.agent.installing`); this
module reports what it changed, as text, a diff or ``install.v1`` JSON.

Examples:
    >>> _headline(argparse.Namespace(plugin=None, uninstall=False, agent="gemini"), written=False)
    'Would install todokit for Gemini CLI:'
"""

from __future__ import annotations

import argparse

from todokit.agent import installing
from todokit.agent.agents import agent_named
from todokit.agent.installing import Installation
from todokit.cli.context import is_dry_run, open_project
from todokit.cli.output import Output

_NOTES = {
    "codex": (
        "Codex CLI runs a project's hooks once you trust the project and approve the hooks"
        " in /hooks. Hooks are on by default; if yours are off, set hooks = true under"
        " [features] in ~/.codex/config.toml (codex_hooks = true before it was renamed)."
    ),
    "gemini": (
        "Gemini CLI asks you to trust a project's new hooks before they run;"
        " /hooks panel lists them."
    ),
}


def run_install(args: argparse.Namespace, output: Output) -> int:
    """Install (or uninstall) the hooks and the skill, or write (remove) the plugin.

    With ``--mcp`` it adds (removes) the MCP server's entry in ``.mcp.json`` instead
    (:mod:`todokit.cli.serve`); with ``--git``, the git merge driver (:mod:`todokit.cli.merging`).
    """
    if args.mcp:
        from todokit.cli.serve import run_install_mcp  # noqa: PLC0415 - its own concern

        return run_install_mcp(args, output)
    if args.git:
        from todokit.cli.merging import run_install_git  # noqa: PLC0415 - its own concern

        return run_install_git(args, output)
    result = installing.install(
        None if args.plugin else open_project(args),  # a plugin is written where it is named
        agent=args.agent,
        settings=args.settings,
        local=args.local,
        plugin=args.plugin or None,
        uninstall=args.uninstall,
        force=args.force,
        dry_run=is_dry_run(args),
    )
    _report(args, output, result)
    return 0


def _report(args: argparse.Namespace, output: Output, result: Installation) -> None:
    """Print what changed (or would change) as text, a diff, or ``install.v1`` JSON."""
    changes, written = result.changes, result.written
    settings, skill = result.settings, result.skill
    diff = "".join(change.diff() for change in changes) if args.diff else None
    if output.json:
        payload: dict[str, object] = {
            "agent": args.agent,
            "settings": str(settings.path),
            "changed": settings.changed,
            "skill": str(skill.path),
            "skill_changed": skill.changed,
            "files": [{"path": str(c.path), "action": c.action} for c in changes],
            "written": written,
        }
        if not written:
            payload["dry_run"] = True
        if args.plugin:
            payload["plugin"] = str(args.plugin)
        if diff is not None:
            payload["diff"] = diff
        output.data(payload)
    elif diff is not None:
        output.raw(diff)
    else:
        output.line(_headline(args, written=written))
        for change in changes:
            done = _DONE[change.action] if written else change.action
            output.line(f"  {change.shown()}: {done}")
        note = None if args.uninstall or args.plugin or not written else _NOTES.get(args.agent)
        if note:
            output.line(note)


_DONE = {"create": "created", "update": "updated", "delete": "deleted", "keep": "unchanged"}


def _headline(args: argparse.Namespace, *, written: bool) -> str:
    """Say what ``install`` did (or would do) in one line."""
    if args.plugin:
        what = f"the todokit plugin {'from' if args.uninstall else 'in'} {args.plugin}"
    else:
        title = agent_named(args.agent).title
        what = f"todokit {'from' if args.uninstall else 'for'} {title}"
    if written:
        return f"{'Removed' if args.uninstall else 'Installed'} {what}:"
    return f"Would {'remove' if args.uninstall else 'install'} {what}:"
