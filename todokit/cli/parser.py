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
import sys
from typing import NoReturn

from todokit.cli.arguments import seconds
from todokit.cli.command import Command
from todokit.cli.commands import COMMANDS
from todokit.cli.terminal import clip, for_terminal
from todokit.errors import EXIT_USAGE


class UsageExit(SystemExit):
    """A usage error, already reported on stderr the way argparse does; exit code 2.

    Attributes:
        message: What argparse said was wrong (arguments cut to a few hundred characters).
        exit_code: Always :data:`~todokit.errors.EXIT_USAGE`.
    """

    exit_code = EXIT_USAGE

    def __init__(self, message: str) -> None:
        """Create the exit for ``message``."""
        super().__init__(EXIT_USAGE)
        self.message = message


class _Parser(argparse.ArgumentParser):
    """An argparse parser whose usage errors are cut and escaped like every other error."""

    def error(self, message: str) -> NoReturn:
        """Print the usage and the error on stderr, then raise :class:`UsageExit`."""
        message = clip(message)
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {for_terminal(message)}\n")
        raise UsageExit(message)


def _common(parser: argparse.ArgumentParser, command: Command) -> None:
    """Add the options every command takes, and ``--dry-run`` and ``--diff`` to one that writes.

    ``--debug`` defaults to ``SUPPRESS`` here, so one given before the command is not reset
    by the command's parser.
    """
    group = parser.add_argument_group("common options")
    group.add_argument(
        "--root", metavar="DIR", help="project root (default: $TODOKIT_ROOT, else search up)"
    )
    group.add_argument(
        "--file", metavar="PATH", help="the todo file itself, instead of .claude/todo.md"
    )
    group.add_argument(
        "--json",
        action="store_true",
        help="print one JSON document (compact off a terminal; see docs/cli.md for the schemas)",
    )
    group.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
    group.add_argument(
        "--lock-timeout",
        type=seconds,
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
            "--diff",
            action="store_true",
            help="print a unified diff of the change, write nothing (with --json: its diff field)",
        )


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for ``todokit [--version] [--debug] COMMAND ...``."""
    from todokit import __version__  # noqa: PLC0415 - the package is already imported

    parser = _Parser(
        prog="todokit",
        description="Keep a project's markdown task list (.claude/todo.md): "
        "start, carry, rank, check.",
        epilog="Example:\n  todokit start 'Fix the login timeout'\n  todokit list\n\n"
        "Exit codes: 0 ok, 1 failed (no such task, checks failed), 2 usage,\n"
        "3 lock timeout, 4 invalid input, 141 stdout closed early (todokit list | head).",
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
