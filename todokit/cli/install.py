"""``todokit install``: hooks and skill for Claude Code, Codex CLI or Gemini CLI, or a plugin.

Every file is worked out first and written only when all of them can be, so a
refusal (a settings file that is not JSON, a skill the user edited) leaves
everything as it was; ``--dry-run`` and ``--diff`` report the same changes
without writing.

Examples:
    >>> from pathlib import Path
    >>> settings_target(None, local=True, agent="claude").as_posix()
    '.claude/settings.local.json'
    >>> settings_target(None, local=False, agent="gemini").as_posix()
    '.gemini/settings.json'
"""

from __future__ import annotations

import argparse
from pathlib import Path

from todokit.agent.agents import agent_named
from todokit.agent.filechange import FileChange
from todokit.cli.context import is_dry_run, open_project
from todokit.cli.output import Output
from todokit.errors import UsageError

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


def settings_target(settings: str | None, *, local: bool, agent: str = "claude") -> Path:
    """Return the settings file ``install`` edits (relative to the project root)."""
    if settings:
        return Path(settings)
    if local:
        return Path(".claude") / "settings.local.json"
    return Path(agent_named(agent).settings)


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
    changes = _plugin_changes(args) if args.plugin else _agent_changes(args)
    written = not is_dry_run(args)
    if written:
        for change in changes:
            change.apply()
    _report(args, output, changes, written=written)
    return 0


def _agent_changes(args: argparse.Namespace) -> list[FileChange]:
    """Plan the settings file and the skill of ``--agent``."""
    from todokit.agent.settings import plan_install, plan_uninstall  # noqa: PLC0415
    from todokit.agent.skill import plan_remove_skill, plan_skill  # noqa: PLC0415
    from todokit.agent.stop_timeout import needed_stop_timeout  # noqa: PLC0415

    agent = agent_named(args.agent)
    if args.local and agent.name != "claude":
        raise UsageError("--local is for Claude Code's settings.local.json; drop it or --agent")
    project = open_project(args)
    target = settings_target(args.settings, local=args.local, agent=agent.name)
    settings = target if target.is_absolute() else project.root / target
    skills = project.root / Path(agent.skills).parent
    if args.uninstall:
        skill = plan_remove_skill(skills, prune_base=skills != settings.parent)
        return [plan_uninstall(settings, agent=agent.name), skill]
    # The Stop handler gets the time the configured checks need (the Stop gate).
    stop_timeout = needed_stop_timeout(project.config)
    hooks = plan_install(settings, agent=agent.name, stop_timeout=stop_timeout)
    return [hooks, plan_skill(skills, force=args.force)]


def _plugin_changes(args: argparse.Namespace) -> list[FileChange]:
    """Plan the plugin directory of ``--plugin``."""
    from todokit.agent.plugin import plan_plugin, plan_remove_plugin  # noqa: PLC0415

    if args.agent != "claude" or args.settings or args.local:
        raise UsageError("--plugin writes a Claude Code plugin: drop --agent, --settings, --local")
    directory = Path(args.plugin)
    return plan_remove_plugin(directory) if args.uninstall else plan_plugin(directory)


def _report(
    args: argparse.Namespace, output: Output, changes: list[FileChange], *, written: bool
) -> None:
    """Print what changed (or would change) as text, a diff, or ``install.v1`` JSON.

    ``changes`` ends with the settings file (a plugin's ``hooks.json``) and the skill.
    """
    settings, skill = changes[-2], changes[-1]
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
