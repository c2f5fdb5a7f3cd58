"""Shared helpers for command handlers: opening the project, reporting changes.

Examples:
    >>> import argparse
    >>> args = argparse.Namespace(dry_run=False, diff=True)
    >>> is_dry_run(args)
    True
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from todokit.cli.output import Output
from todokit.lifecycle.project import Project
from todokit.lifecycle.transaction import Change


def open_project(args: argparse.Namespace) -> Project:
    """Open the project named by ``--root`` / ``--file`` (or found from the working directory)."""
    root = Path(args.root) if getattr(args, "root", None) else None
    file = Path(args.file) if getattr(args, "file", None) else None
    project = Project.open(root=root, file=file)
    timeout = getattr(args, "lock_timeout", None)
    if timeout is not None:
        config = replace(project.config, lock_timeout=timeout)
        project = Project(project.root, project.todo, config)
    return project


def is_dry_run(args: argparse.Namespace) -> bool:
    """Whether the command must not write (``--dry-run``, or ``--diff`` which implies it)."""
    return bool(getattr(args, "dry_run", False) or getattr(args, "diff", False))


def report_change(args: argparse.Namespace, output: Output, change: Change) -> None:
    """Print the diff when ``--diff`` was given (with ``--json`` it goes in a field instead)."""
    if getattr(args, "diff", False) and not output.json:
        output.raw(change.diff())


def print_write(
    args: argparse.Namespace,
    output: Output,
    payload: dict[str, object],
    diff: Callable[[], str],
    describe: Callable[[], None],
) -> None:
    """Print what a write command did or would do, the same way for every such command.

    With ``--json`` the ``payload``, marked ``dry_run`` and given the ``diff``
    when asked; else the diff alone with ``--diff``; else ``describe()``'s text.
    """
    if output.json:
        if is_dry_run(args):
            payload["dry_run"] = True
        if getattr(args, "diff", False):
            payload["diff"] = diff()
        output.data(payload)
    elif getattr(args, "diff", False):
        output.raw(diff())
    else:
        describe()


def diff_field(args: argparse.Namespace, change: Change) -> dict[str, str]:
    """Return ``{"diff": …}`` (the unified diff) with ``--diff``, else nothing."""
    return {"diff": change.diff()} if getattr(args, "diff", False) else {}


def change_json(change: Change, args: argparse.Namespace) -> dict[str, object]:
    """Return the ``write.v1`` fields of a change: ``file``, ``changed``, ``written``, ``diff``."""
    return {
        "file": str(change.path),
        "changed": change.changed,
        "written": change.written,
        **diff_field(args, change),
    }
