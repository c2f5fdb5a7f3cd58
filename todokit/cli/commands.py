"""The table of ``todokit`` subcommands: names, help, arguments and handlers.

Each entry is a :class:`~todokit.cli.command.Command`. Handlers are named as
``"module:function"`` strings and imported only when their command runs, which
keeps start-up lean.

Examples:
    >>> [command.name for command in COMMANDS][:3]
    ['list', 'start', 'add']
"""

from __future__ import annotations

from todokit.cli import arguments
from todokit.cli.command import Command

__all__ = ["COMMANDS", "Command"]

COMMANDS: tuple[Command, ...] = (
    Command(
        "list",
        "List the tasks",
        ("todokit list", "todokit list --json"),
        False,
        arguments.none,
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
        arguments.start,
        "lifecycle:run_start",
    ),
    Command(
        "add",
        "Add a task",
        ("todokit add 'Write tests' --section Backend", "todokit add 'Edge case' --under 2"),
        True,
        arguments.add_task,
        "edits:run_add",
    ),
    Command(
        "done",
        "Mark a task done",
        ("todokit done 2.1", "todokit done 'login' --check"),
        True,
        arguments.done,
        "edits:run_done",
    ),
    Command(
        "reopen",
        "Mark a task open again",
        ("todokit reopen 2.1",),
        True,
        arguments.ref,
        "edits:run_reopen",
    ),
    Command(
        "mark",
        "Set a task's status",
        ("todokit mark 3 in_progress",),
        True,
        arguments.mark,
        "edits:run_mark",
    ),
    Command(
        "remove",
        "Remove a task and its subtasks",
        ("todokit remove 'obsolete idea'",),
        True,
        arguments.ref,
        "edits:run_remove",
    ),
    Command(
        "sort",
        "Sort every list by status, priority, relevance and due date",
        ("todokit sort", "todokit sort --task 'login' --diff"),
        True,
        arguments.sort,
        "ordering:run_sort",
    ),
    Command(
        "scope",
        "Park tasks unrelated to TASK as out of scope; bring relevant ones back",
        ("todokit scope 'Fix login' --explain",),
        True,
        arguments.scope,
        "ordering:run_scope",
    ),
    Command(
        "keep",
        "Bring parked tasks back into scope, each to where it came from",
        ("todokit keep 7", "todokit keep 'session banner' 9 --diff"),
        True,
        arguments.refs,
        "ordering:run_keep",
    ),
    Command(
        "park",
        "Park tasks out of scope, grouped by their former section",
        ("todokit park 3", "todokit park 'dark mode' --json"),
        True,
        arguments.refs,
        "ordering:run_park",
    ),
    Command(
        "rotate",
        "Archive todo.md as .claude/todo-<date>.old, nothing else",
        ("todokit rotate",),
        True,
        arguments.rotate,
        "lifecycle:run_rotate",
    ),
    Command(
        "history",
        "List the archives with their task counts",
        ("todokit history --since 2026-11-01",),
        False,
        arguments.dates,
        "lifecycle:run_history",
    ),
    Command(
        "prune",
        "Remove old archives (never todo.md)",
        ("todokit prune --keep 10", "todokit prune --older-than 3m --dry-run"),
        True,
        arguments.prune,
        "lifecycle:run_prune",
    ),
    Command(
        "check",
        "Run the project's completion checks",
        ("todokit check",),
        False,
        arguments.none,
        "agent:run_check",
    ),
    Command(
        "hook",
        "Answer a Claude Code hook event read from stdin",
        ("echo '{...}' | todokit hook",),
        False,
        arguments.none,
        "agent:run_hook",
    ),
    Command(
        "install",
        "Install todokit's hooks and skill for Claude Code, Codex CLI or Gemini CLI",
        (
            "todokit install",
            "todokit install --agent codex",
            "todokit install --plugin plugins/todokit",
            "todokit install --agent gemini --uninstall",
        ),
        True,
        arguments.install,
        "install:run_install",
        ("install-hook",),
    ),
    Command(
        "merge",
        "Merge two versions of a task list task by task (a git merge driver)",
        ("todokit merge %O %A %B %P", "todokit merge base.md ours.md theirs.md --diff"),
        True,
        arguments.merge,
        "merging:run_merge",
    ),
    Command(
        "export",
        "Print the tasks in another tool's format",
        ("todokit export --format todowrite",),
        False,
        arguments.output_format,
        "agent:run_export",
    ),
    Command(
        "import",
        "Merge tasks from another tool's format",
        ("todokit import --format todowrite todos.json",),
        True,
        arguments.import_source,
        "agent:run_import",
    ),
    Command(
        "mcp",
        "Serve these commands as MCP tools over stdio (needs todokit[mcp])",
        ("todokit mcp", "todokit mcp --root ~/work/app"),
        False,
        arguments.none,
        "serve:run_mcp",
    ),
)
