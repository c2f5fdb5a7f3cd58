"""The tools of ``todokit mcp``: one per CLI command, each a thin call into the library.

Every tool calls the library function its command calls, with the arguments
the CLI's parser would have made, and returns the document its command prints
with ``--json``, built by the CLI's own functions. The SDK is not needed here:
:func:`run` is what the server calls for ``tools/call``.

Examples:
    >>> import argparse, tempfile
    >>> server = argparse.Namespace(root=tempfile.mkdtemp(), file=None, lock_timeout=None)
    >>> added = run("add", {"text": "Write the docs"}, server)
    >>> added["task"]["text"], added["written"]
    ('Write the docs', True)
    >>> [task["text"] for task in run("list", {}, server)["tasks"]]
    ['Write the docs']
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import todokit
from todokit.cli.agent import check_json
from todokit.cli.context import change_json, is_dry_run, open_project
from todokit.cli.edits import edit_json
from todokit.cli.lifecycle import history_json, start_json
from todokit.cli.listing import list_json
from todokit.cli.ordering import parking_json, scope_json, scope_options
from todokit.errors import UsageError
from todokit.lifecycle import Project
from todokit.mcp.schemas import arguments_for

Call = Callable[[Project, argparse.Namespace], dict[str, object]]


@dataclass(frozen=True, slots=True)
class Tool:
    """One tool: its command's name, the schema of its result and its call.

    Attributes:
        name: The tool's name, which is the CLI command's.
        schema: The shipped schema of the result, e.g. ``"edit.v1"``.
        call: Runs the library function with the parsed arguments and
            returns the result document.
        read_only: Whether it leaves every file as it was.
    """

    name: str
    schema: str
    call: Call
    read_only: bool = False


def _list(project: Project, args: argparse.Namespace) -> dict[str, object]:
    """Read the tasks, as ``todokit list --json`` does: no lock, bytes that are not UTF-8 kept."""
    tasks = todokit.list_tasks(project)
    return list_json(tasks.path, tasks.document)


def _add(project: Project, args: argparse.Namespace) -> dict[str, object]:
    """Add a task (``todokit add``); naming both ``section`` and ``under`` is a UsageError."""
    result = todokit.add(
        project,
        args.text,
        section=args.section,
        under=args.under,
        status=args.status,
        dry_run=is_dry_run(args),
    )
    return edit_json(result, args)


def _done(project: Project, args: argparse.Namespace) -> dict[str, object]:
    """Mark a task done; with ``check`` the project's checks run first and a failure refuses it."""
    result = todokit.done(project, args.ref, check=args.check, dry_run=is_dry_run(args))
    return edit_json(result, args)


def _reopen(project: Project, args: argparse.Namespace) -> dict[str, object]:
    """Mark a task open again, whatever its status was."""
    return edit_json(todokit.reopen(project, args.ref, dry_run=is_dry_run(args)), args)


def _mark(project: Project, args: argparse.Namespace) -> dict[str, object]:
    """Set a task's status; a one-character marker is written as given."""
    result = todokit.mark(project, args.ref, args.status, dry_run=is_dry_run(args))
    return edit_json(result, args)


def _remove(project: Project, args: argparse.Namespace) -> dict[str, object]:
    """Remove a task with its subtree; the document describes the task as it was."""
    return edit_json(todokit.remove(project, args.ref, dry_run=is_dry_run(args)), args)


def _start(project: Project, args: argparse.Namespace) -> dict[str, object]:
    """Start ``task`` as ``todokit start`` does, with the scope options the CLI's flags give."""
    options = scope_options(args, project.config)
    result = todokit.start(
        project, args.task, today=args.today, options=options, dry_run=is_dry_run(args)
    )
    return start_json(project, result, args)


def _scope(project: Project, args: argparse.Namespace) -> dict[str, object]:
    """Scope the list for ``task``, with the scope options the CLI's flags would give."""
    options = scope_options(args, project.config)
    result = todokit.scope(project, args.task, options=options, dry_run=is_dry_run(args))
    return scope_json(result, args)


def _sort(project: Project, args: argparse.Namespace) -> dict[str, object]:
    """Sort every list; as with ``todokit sort --json``, the result holds no scores."""
    options = scope_options(args, project.config)
    result = todokit.sort(project, args.task, options=options, dry_run=is_dry_run(args))
    return change_json(result.change, args)


def _keep(project: Project, args: argparse.Namespace) -> dict[str, object]:
    """Bring parked tasks back; the ``parking.v1`` document lists the tasks moved."""
    result = todokit.keep(project, args.refs, dry_run=is_dry_run(args))
    return parking_json(result, args, parked=False)


def _park(project: Project, args: argparse.Namespace) -> dict[str, object]:
    """Park tasks out of scope; the ``parking.v1`` document lists the tasks moved."""
    result = todokit.park(project, args.refs, dry_run=is_dry_run(args))
    return parking_json(result, args, parked=True)


def _check(project: Project, args: argparse.Namespace) -> dict[str, object]:
    """Run the completion checks; a failing check is ``passed: false``, not a tool error."""
    return check_json(todokit.check(project))


def _history(project: Project, args: argparse.Namespace) -> dict[str, object]:
    """List the archives from ``since`` to ``until``, without writing anything."""
    return history_json(project, todokit.history(project, args.since, args.until))


TOOLS: tuple[Tool, ...] = (
    Tool("list", "list.v1", _list, read_only=True),
    Tool("add", "edit.v1", _add),
    Tool("done", "edit.v1", _done),
    Tool("reopen", "edit.v1", _reopen),
    Tool("mark", "edit.v1", _mark),
    Tool("remove", "edit.v1", _remove),
    Tool("start", "start.v1", _start),
    Tool("scope", "scope.v1", _scope),
    Tool("sort", "write.v1", _sort),
    Tool("keep", "parking.v1", _keep),
    Tool("park", "parking.v1", _park),
    Tool("check", "check.v1", _check),
    Tool("history", "history.v1", _history, read_only=True),
)
"""Every tool, in the order the server lists them."""

TOOL_NAMES = tuple(tool.name for tool in TOOLS)
"""The tools' names, which are CLI command names."""

_BY_NAME: Mapping[str, Tool] = {tool.name: tool for tool in TOOLS}


def tool_named(name: str) -> Tool:
    """Return the tool called ``name``.

    Raises:
        UsageError: No tool has that name (exit code 2).
    """
    tool = _BY_NAME.get(name)
    if tool is None:
        raise UsageError(f"no tool named {name!r}; the tools: {', '.join(TOOL_NAMES)}")
    return tool


def run(name: str, arguments: dict[str, Any], server: argparse.Namespace) -> dict[str, object]:
    """Run one tool call, as ``todokit NAME ... --json`` would, and return its document.

    The ``server`` options (``root``, ``file``, ``lock_timeout``) apply to every
    call as the CLI applies them.

    Raises:
        TodokitError: What the command would have reported, with its exit
            code: a bad argument is a :class:`~todokit.errors.UsageError`.
    """
    tool = tool_named(name)
    args = arguments_for(name, arguments, server)
    return tool.call(open_project(args), args)
