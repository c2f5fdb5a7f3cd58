"""The table of ``todokit`` subcommands: names, help, arguments and handlers.

Handlers are named as ``"module:function"`` strings and imported only when
their command runs, which keeps start-up lean.

Example:
    >>> [command.name for command in COMMANDS][:3]
    ['list', 'start', 'add']
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass

Arguments = Callable[[argparse.ArgumentParser], None]


@dataclass(frozen=True, slots=True)
class Command:
    """One subcommand.

    Attributes:
        name: What the user types.
        summary: One line of help.
        examples: Example command lines shown in ``--help``.
        writes: Whether it changes files (then it gets ``--dry-run`` and ``--diff``).
        arguments: Adds its own arguments to its parser.
        handler: ``"module:function"`` of the function that runs it.
        aliases: Other names for it.
    """

    name: str
    summary: str
    examples: tuple[str, ...]
    writes: bool
    arguments: Arguments
    handler: str
    aliases: tuple[str, ...] = ()


def _none(parser: argparse.ArgumentParser) -> None:
    """Add no arguments."""


def _ref(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "ref", metavar="REF", help="index path (2.1), task id, or a unique text fragment"
    )


def _scoring(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--threshold", type=float, help="relevance below this is out of scope (0..1)"
    )
    parser.add_argument("--scorer", metavar="MODULE:FUNCTION", help="a custom relevance scorer")
    parser.add_argument(
        "--keep-priority", metavar="LEVEL", help="keep items at or above this priority in scope"
    )
    parser.add_argument(
        "--explain", action="store_true", help="show each item's score, terms and fate"
    )


def _start(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("task", nargs="?", metavar="TASK", help="the task at hand")
    parser.add_argument(
        "--today", metavar="DATE", help="the day naming the archive (default: today)"
    )
    _scoring(parser)


def _add(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", metavar="TEXT", help="the task, one line of markdown")
    parser.add_argument(
        "--section", metavar="S", help="add it under this heading (created if missing)"
    )
    parser.add_argument("--under", metavar="REF", help="add it as a child of this task")
    parser.add_argument("--status", default="open", help="its status (default: open)")


def _done(parser: argparse.ArgumentParser) -> None:
    _ref(parser)
    parser.add_argument("--check", action="store_true", help="only if the project's checks pass")


def _mark(parser: argparse.ArgumentParser) -> None:
    _ref(parser)
    parser.add_argument(
        "status", metavar="STATUS", help="open, in_progress, done, cancelled, deferred, or a marker"
    )


def _sort(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--task", metavar="TASK", help="also order by relevance to this task")
    parser.add_argument("--scorer", metavar="MODULE:FUNCTION", help="a custom relevance scorer")


def _scope(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("task", metavar="TASK", help="the task at hand")
    _scoring(parser)


def _dates(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", metavar="DATE", help="only archives from this day on")
    parser.add_argument("--until", metavar="DATE", help="only archives up to this day")


def _prune(parser: argparse.ArgumentParser) -> None:
    how = parser.add_mutually_exclusive_group(required=True)
    how.add_argument("--keep", type=int, metavar="N", help="keep the newest N archives")
    how.add_argument(
        "--older-than", metavar="SPAN", help="remove archives older than SPAN (30d, 6w, 3m, 1y)"
    )
    parser.add_argument("--today", metavar="DATE", help="the day spans count back from")


def _rotate(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--today", metavar="DATE", help="the day naming the archive (default: today)"
    )


def _install(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--settings", metavar="PATH", help="settings file (default: .claude/settings.json)"
    )
    parser.add_argument("--local", action="store_true", help="use .claude/settings.local.json")
    parser.add_argument(
        "--uninstall", action="store_true", help="remove exactly what install added"
    )


def _format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", default="todowrite", choices=["todowrite"], help="the format")


def _import(parser: argparse.ArgumentParser) -> None:
    _format(parser)
    parser.add_argument(
        "source", nargs="?", default="-", metavar="FILE", help="a JSON file, or - for stdin"
    )


COMMANDS: tuple[Command, ...] = (
    Command(
        "list",
        "List the tasks",
        ("todokit list", "todokit list --json"),
        False,
        _none,
        "listing:run_list",
    ),
    Command(
        "start",
        "Start a task: archive the list, carry unfinished work, sort and scope it",
        (
            "todokit start 'Fix the login timeout'",
            "todokit start 'Add CSV export' --json --explain",
        ),
        True,
        _start,
        "lifecycle:run_start",
    ),
    Command(
        "add",
        "Add a task",
        ("todokit add 'Write tests' --section Backend", "todokit add 'Edge case' --under 2"),
        True,
        _add,
        "edits:run_add",
    ),
    Command(
        "done",
        "Mark a task done",
        ("todokit done 2.1", "todokit done 'login' --check"),
        True,
        _done,
        "edits:run_done",
    ),
    Command(
        "reopen", "Mark a task open again", ("todokit reopen 2.1",), True, _ref, "edits:run_reopen"
    ),
    Command(
        "mark",
        "Set a task's status",
        ("todokit mark 3 in_progress",),
        True,
        _mark,
        "edits:run_mark",
    ),
    Command(
        "remove",
        "Remove a task and its subtasks",
        ("todokit remove 'obsolete idea'",),
        True,
        _ref,
        "edits:run_remove",
    ),
    Command(
        "sort",
        "Sort every list by status, priority, relevance and due date",
        ("todokit sort", "todokit sort --task 'login' --diff"),
        True,
        _sort,
        "ordering:run_sort",
    ),
    Command(
        "scope",
        "Park tasks unrelated to TASK as out of scope; bring relevant ones back",
        ("todokit scope 'Fix login' --explain",),
        True,
        _scope,
        "ordering:run_scope",
    ),
    Command(
        "rotate",
        "Archive todo.md as .claude/todo-<date>.old, nothing else",
        ("todokit rotate",),
        True,
        _rotate,
        "lifecycle:run_rotate",
    ),
    Command(
        "history",
        "List the archives with their task counts",
        ("todokit history --since 2026-11-01",),
        False,
        _dates,
        "lifecycle:run_history",
    ),
    Command(
        "prune",
        "Remove old archives (never todo.md)",
        ("todokit prune --keep 10", "todokit prune --older-than 3m --dry-run"),
        True,
        _prune,
        "lifecycle:run_prune",
    ),
    Command(
        "check",
        "Run the project's completion checks",
        ("todokit check",),
        False,
        _none,
        "agent:run_check",
    ),
    Command(
        "hook",
        "Answer a Claude Code hook event read from stdin",
        ("echo '{...}' | todokit hook",),
        False,
        _none,
        "agent:run_hook",
    ),
    Command(
        "install",
        "Install todokit's Claude Code hooks and skill",
        ("todokit install", "todokit install --uninstall"),
        True,
        _install,
        "agent:run_install",
        ("install-hook",),
    ),
    Command(
        "export",
        "Print the tasks in another tool's format",
        ("todokit export --format todowrite",),
        False,
        _format,
        "agent:run_export",
    ),
    Command(
        "import",
        "Merge tasks from another tool's format",
        ("todokit import --format todowrite todos.json",),
        True,
        _import,
        "agent:run_import",
    ),
)
