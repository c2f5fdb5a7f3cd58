"""``todokit start | rotate | history | prune``: the archive lifecycle.

Examples:
    >>> archive_row("2026-11-24", 1, ".claude/todo-2026-11-24.old", size=120, open_count=3, done=2)
    '2026-11-24  #1  3 open  2 done  120 B  .claude/todo-2026-11-24.old'
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING

from todokit.cli.context import diff_field, is_dry_run, open_project, report_change
from todokit.cli.ordering import arrangement_json, print_explain, scope_options
from todokit.cli.output import Output
from todokit.lifecycle import archives, starting
from todokit.lifecycle.project import shown

if TYPE_CHECKING:
    from todokit.lifecycle.archives import ArchiveInfo
    from todokit.lifecycle.project import Project
    from todokit.lifecycle.starting import StartResult


def archive_row(
    day: str, sequence: int, path: str, *, size: int, open_count: int, done: int
) -> str:
    """Return one line of ``todokit history``."""
    return f"{day}  #{sequence}  {open_count} open  {done} done  {size} B  {path}"


def start_json(
    project: Project, result: StartResult, args: argparse.Namespace
) -> dict[str, object]:
    """Return the ``start.v1`` document of a ``start`` run (``--diff`` adds the diff)."""
    return {
        "file": str(project.todo.path),
        "archived": str(result.archived) if result.archived else None,
        "created": result.created,
        "carried": result.carried,
        "dry_run": is_dry_run(args),
        **arrangement_json(result.arrangement),
        **diff_field(args, result.change),
    }


def history_json(project: Project, infos: Sequence[ArchiveInfo]) -> dict[str, object]:
    """Return the ``history.v1`` document listing the archives ``infos``."""
    rows = [
        {
            "date": i.day.isoformat(),
            "sequence": i.sequence,
            "path": str(i.path),
            "size": i.size,
            "open": i.open,
            "done": i.done,
        }
        for i in infos
    ]
    return {"file": str(project.todo.path), "archives": rows}


def run_start(args: argparse.Namespace, output: Output) -> int:
    """Start a task: rotate, carry, sort and scope."""
    project = open_project(args)
    options = scope_options(args, project.config)
    result = starting.start(
        project, args.task, today=args.today, options=options, dry_run=is_dry_run(args)
    )
    report_change(args, output, result.change)
    if output.json:
        output.data(start_json(project, result, args))
        return 0
    if args.explain:
        print_explain(output, result.arrangement)
    if args.diff:
        return 0
    prefix = "Would start" if is_dry_run(args) else "Started"
    if result.created:
        output.line(f"{prefix} a new list at {shown(project.todo.path, project)}")
    else:
        archive = shown(result.archived, project)
        scoped = f" ({len(result.in_scope)} in scope, {len(result.out_of_scope)} out of scope)"
        output.line(
            f"{prefix}: archived to {archive}, carried {result.carried} unfinished tasks"
            + (scoped if args.task else "")
        )
    return 0


def run_rotate(args: argparse.Namespace, output: Output) -> int:
    """Archive the todo file only."""
    project = open_project(args)
    archived = archives.rotate(project, today=args.today, dry_run=is_dry_run(args))
    if output.json:
        output.data(
            {"file": str(project.todo.path), "archived": str(archived) if archived else None}
        )
    elif archived is None:
        output.line(f"nothing to rotate: {shown(project.todo.path, project)} does not exist")
    else:
        output.line(
            f"{'Would archive' if is_dry_run(args) else 'Archived'} to {shown(archived, project)}"
        )
    return 0


def run_history(args: argparse.Namespace, output: Output) -> int:
    """List the archives."""
    project = open_project(args)
    infos = archives.history(project, args.since, args.until)
    if output.json:
        output.data(history_json(project, infos))
        return 0
    for i in infos:
        path = shown(i.path, project) or ""
        day = i.day.isoformat()
        output.line(archive_row(day, i.sequence, path, size=i.size, open_count=i.open, done=i.done))
    if not infos:
        output.line("no archives")
    return 0


def run_prune(args: argparse.Namespace, output: Output) -> int:
    """Remove old archives."""
    project = open_project(args)
    removed = archives.prune(
        project,
        keep=args.keep,
        older_than=args.older_than,
        today=args.today,
        dry_run=is_dry_run(args),
    )
    if output.json:
        output.data({"removed": [str(a.path) for a in removed], "dry_run": is_dry_run(args)})
        return 0
    verb = "Would remove" if is_dry_run(args) else "Removed"
    for archive in removed:
        output.line(f"{verb} {shown(archive.path, project)}")
    if not removed:
        output.line("nothing to prune")
    return 0
