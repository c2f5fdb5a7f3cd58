"""The argument parser of the ``todokit`` command (built once per run, cheaply).

Every subcommand accepts the common options after its name; each has help
text with an example. Handlers live in sibling modules and are imported only
when their command runs, so ``todokit hook`` never pays for ``todokit check``.

Examples:
    >>> args = build_parser().parse_args(["add", "Fix login", "--section", "API", "--json"])
    >>> (args.command, args.text, args.section, args.json)
    ('add', 'Fix login', 'API', True)
"""

from __future__ import annotations

import argparse

from todokit.cli.commands import COMMANDS, Command


def _common(parser: argparse.ArgumentParser, command: Command) -> None:
    group = parser.add_argument_group("common options")
    group.add_argument(
        "--root", metavar="DIR", help="project root (default: $TODOKIT_ROOT, else search up)"
    )
    group.add_argument(
        "--file", metavar="PATH", help="the todo file itself, instead of .claude/todo.md"
    )
    group.add_argument(
        "--json", action="store_true", help="print JSON (see docs/cli.md for the schemas)"
    )
    group.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
    group.add_argument(
        "--lock-timeout",
        type=float,
        metavar="SECONDS",
        help="wait this long for the lock (default 10)",
    )
    group.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks"
    )
    if command.writes:
        group.add_argument(
            "--dry-run", action="store_true", help="change nothing, report what would change"
        )
        group.add_argument(
            "--diff", action="store_true", help="print a unified diff of the change, write nothing"
        )


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for ``todokit [--version] [--debug] COMMAND ...``."""
    from todokit import __version__  # noqa: PLC0415 - the package is already imported

    parser = argparse.ArgumentParser(
        prog="todokit",
        description="Keep a project's markdown task list (.claude/todo.md): "
        "start, carry, rank, check.",
        epilog="Example:\n  todokit start 'Fix the login timeout'\n  todokit list\n\n"
        "Exit codes: 0 ok, 1 failed (no such task, checks failed), 2 usage,\n"
        "3 lock timeout, 4 invalid input.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"todokit {__version__}")
    parser.add_argument(
        "--debug", action="store_true", default=False, help="show tracebacks on errors"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        sub = commands.add_parser(
            command.name,
            aliases=list(command.aliases),
            help=command.summary,
            description=command.summary,
            epilog="Example:\n  " + "\n  ".join(command.examples),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        command.arguments(sub)
        _common(sub, command)
        sub.set_defaults(command=command.name)
    return parser
