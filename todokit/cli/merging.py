"""``todokit merge`` (git's merge driver) and ``todokit install --git``.

Examples:
    >>> conflict_summary(2, ["Fix login", "Ship"])
    '2 conflicts: Fix login; Ship'
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from todokit.cli.context import is_dry_run, open_project, print_write
from todokit.cli.output import Output

if TYPE_CHECKING:
    from todokit.agent.gitdriver import GitPlan


def conflict_summary(count: int, texts: Sequence[str]) -> str:
    """Return ``N conflict(s)`` followed by what they are about."""
    words = f"{count} conflict{'s' if count != 1 else ''}"
    return f"{words}: {'; '.join(texts)}" if texts else words


def run_merge(args: argparse.Namespace, output: Output) -> int:
    """Merge theirs into ours task by task; exit 1 when conflicts are left (git's convention)."""
    from todokit.lifecycle import merging  # noqa: PLC0415 - lazy

    merge = merging.merge(
        Path(args.base),
        Path(args.ours),
        Path(args.theirs),
        name=args.path,
        marker_size=args.marker_size,
        dry_run=is_dry_run(args),
    )
    payload: dict[str, object] = {
        "file": str(merge.path),
        "path": merge.name,
        "method": merge.method,
        "clean": merge.clean,
        "conflict_count": merge.conflict_count,
        "conflicts": [{"kind": c.kind, "line": c.line, "text": c.text} for c in merge.conflicts],
        "changed": merge.changed,
        "written": merge.written,
    }
    if merge.reason is not None:
        payload["reason"] = merge.reason

    def describe() -> None:
        """Say how the merge went: only a conflict, a line merge or a dry run is news."""
        how = "task by task" if merge.method == "tasks" else f"by lines ({merge.reason})"
        texts = [f"line {c.line}: {c.text}" for c in merge.conflicts]
        if not merge.clean or merge.method != "tasks":
            outcome = "clean" if merge.clean else conflict_summary(merge.conflict_count, texts)
            output.line(f"{merge.name}: merged {how}, {outcome}")
        elif args.dry_run:
            output.line(f"{merge.name}: would merge {how}, clean")

    print_write(args, output, payload, merge.diff, describe)
    return 0 if merge.clean else 1


def run_install_git(args: argparse.Namespace, output: Output) -> int:
    """Write (or remove) the merge driver's ``.gitattributes`` lines and git config."""
    from todokit.agent import installing  # noqa: PLC0415 - lazy
    from todokit.errors import UsageError  # noqa: PLC0415

    if args.settings or args.local or args.plugin or args.force or args.agent != "claude":
        raise UsageError(
            "--git installs the merge driver only: "
            "drop --agent, --plugin, --settings, --local and --force"
        )
    dry_run = is_dry_run(args)
    plan = installing.install_git(open_project(args), uninstall=args.uninstall, dry_run=dry_run)
    payload: dict[str, object] = {
        "gitattributes": str(plan.attributes),
        "gitattributes_changed": plan.attributes_changed,
        "patterns": list(plan.lines),
        "config": dict(plan.config) if not args.uninstall else dict.fromkeys(plan.unset),
        "config_changed": plan.config_changed,
        "written": not dry_run and (plan.attributes_changed or plan.config_changed),
    }
    print_write(
        args,
        output,
        payload,
        plan.diff,
        lambda: _describe(output, plan, uninstall=args.uninstall, dry_run=dry_run),
    )
    return 0


def _describe(output: Output, plan: GitPlan, *, uninstall: bool, dry_run: bool) -> None:
    """Say in a few lines what install --git did (or would do)."""
    verb = (
        ("would remove" if dry_run else "removed")
        if uninstall
        else ("would install" if dry_run else "installed")
    )
    if not plan.attributes_changed and not plan.config_changed:
        output.line(f"todokit merge driver: already {'absent' if uninstall else 'installed'}")
        return
    output.line(f"todokit merge driver: {verb}")
    for line in plan.lines if plan.attributes_changed else ():
        output.line(f"  {plan.attributes}: {line}")
    keys = plan.unset if uninstall else tuple(plan.config)
    for key in keys:
        output.line(f"  git config {key}")
    if not uninstall:
        output.line("Hosted merges (GitHub's merge button, GitLab's) do not run custom drivers.")
