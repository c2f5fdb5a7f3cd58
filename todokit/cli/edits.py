"""``todokit add | done | reopen | mark | remove``: one minimal edit each.

Examples:
    >>> import argparse, io
    >>> from todokit.cli.output import Output
    >>> summary_line("Added", "1", "[ ]", "Write docs")
    'Added 1 [ ] Write docs'
"""

from __future__ import annotations

import argparse

from todokit.cli.context import change_json, is_dry_run, open_project, report_change
from todokit.cli.output import Output
from todokit.lifecycle import operations
from todokit.lifecycle.operations import EditResult
from todokit.lifecycle.serialize import task_json


def summary_line(verb: str, index: str, box: str, text: str) -> str:
    """Return the one-line human summary of an edit."""
    return f"{verb} {index} {box} {text}"


def edit_json(result: EditResult, args: argparse.Namespace) -> dict[str, object]:
    """Return the ``edit.v1`` document of an edit (``--diff`` in ``args`` adds the diff)."""
    return {**change_json(result.change, args), "task": task_json(result.task)}


def _report(args: argparse.Namespace, output: Output, verb: str, result: EditResult) -> int:
    """Print an edit's outcome and return 0: the diff, the ``edit.v1`` document or a summary line.

    The summary starts with ``Would have:`` in a dry run; with ``--diff`` the diff is all that
    is printed.
    """
    report_change(args, output, result.change)
    if output.json:
        output.data(edit_json(result, args))
    elif not getattr(args, "diff", False):
        task = result.task
        prefix = "Would have: " if is_dry_run(args) else ""
        output.line(prefix + summary_line(verb, task.index, f"[{task.marker}]", task.text))
    return 0


def run_add(args: argparse.Namespace, output: Output) -> int:
    """Add a task."""
    result = operations.add(
        open_project(args),
        args.text,
        section=args.section,
        under=args.under,
        status=args.status,
        dry_run=is_dry_run(args),
    )
    return _report(args, output, "Added", result)


def run_done(args: argparse.Namespace, output: Output) -> int:
    """Mark a task done (after the checks, with --check)."""
    result = operations.done(
        open_project(args), args.ref, check=args.check, dry_run=is_dry_run(args)
    )
    return _report(args, output, "Done", result)


def run_reopen(args: argparse.Namespace, output: Output) -> int:
    """Mark a task open."""
    result = operations.reopen(open_project(args), args.ref, dry_run=is_dry_run(args))
    return _report(args, output, "Reopened", result)


def run_mark(args: argparse.Namespace, output: Output) -> int:
    """Set a task's status."""
    result = operations.mark(open_project(args), args.ref, args.status, dry_run=is_dry_run(args))
    return _report(args, output, "Marked", result)


def run_remove(args: argparse.Namespace, output: Output) -> int:
    """Remove a task and its subtree."""
    result = operations.remove(open_project(args), args.ref, dry_run=is_dry_run(args))
    return _report(args, output, "Removed", result)
