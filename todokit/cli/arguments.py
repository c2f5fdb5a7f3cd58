"""The arguments of each ``todokit`` subcommand, one small function per shape.

Examples:
    >>> import argparse
    >>> parser = argparse.ArgumentParser()
    >>> add_task(parser)
    >>> parser.parse_args(["Fix login", "--under", "2"]).under
    '2'
"""

from __future__ import annotations

import argparse
import math


def seconds(text: str) -> float:
    """Read a finite number of seconds (``--lock-timeout``); argparse reports a ValueError.

    Examples:
        >>> seconds("2.5"), seconds("-1")
        (2.5, -1.0)
    """
    value = float(text)
    if not math.isfinite(value):  # nan reached the lock as an internal error
        raise ValueError(text)
    return value


def threshold(text: str) -> float:
    """Read a relevance threshold from 0 to 1 (``--threshold``), as the configuration must be.

    Examples:
        >>> threshold("0.3")
        0.3
    """
    value = float(text)
    if not 0 <= value <= 1:  # nan fails too
        raise ValueError(text)
    return value


def none(parser: argparse.ArgumentParser) -> None:
    """Add no arguments."""


def ref(parser: argparse.ArgumentParser) -> None:
    """Add the REF argument naming one task."""
    parser.add_argument(
        "ref", metavar="REF", help="index path (2.1), task id, or a unique text fragment"
    )


def scoring(parser: argparse.ArgumentParser) -> None:
    """Add the options that tune relevance scoring and scoping."""
    parser.add_argument(
        "--threshold", type=threshold, help="relevance below this is out of scope (0..1)"
    )
    parser.add_argument("--scorer", metavar="MODULE:FUNCTION", help="a custom relevance scorer")
    parser.add_argument(
        "--keep-priority", metavar="LEVEL", help="keep items at or above this priority in scope"
    )
    parser.add_argument(
        "--explain", action="store_true", help="show each item's score, terms and fate"
    )


def start(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``todokit start``."""
    parser.add_argument("task", nargs="?", metavar="TASK", help="the task at hand")
    parser.add_argument(
        "--today", metavar="DATE", help="the day naming the archive (default: today)"
    )
    scoring(parser)


def add_task(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``todokit add``."""
    parser.add_argument("text", metavar="TEXT", help="the task, one line of markdown")
    parser.add_argument(
        "--section", metavar="S", help="add it under this heading (created if missing)"
    )
    parser.add_argument("--under", metavar="REF", help="add it as a child of this task")
    parser.add_argument("--status", default="open", help="its status (default: open)")


def done(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``todokit done``."""
    ref(parser)
    parser.add_argument("--check", action="store_true", help="only if the project's checks pass")


def mark(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``todokit mark``."""
    ref(parser)
    parser.add_argument(
        "status", metavar="STATUS", help="open, in_progress, done, cancelled, deferred, or a marker"
    )


def sort(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``todokit sort``."""
    parser.add_argument("--task", metavar="TASK", help="also order by relevance to this task")
    parser.add_argument("--scorer", metavar="MODULE:FUNCTION", help="a custom relevance scorer")


def refs(parser: argparse.ArgumentParser) -> None:
    """Add the REF... arguments of ``keep`` and ``park``."""
    parser.add_argument(
        "refs", nargs="+", metavar="REF", help="tasks: index path (2.1), id or unique text fragment"
    )


def scope(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``todokit scope``."""
    parser.add_argument("task", metavar="TASK", help="the task at hand")
    scoring(parser)


def dates(parser: argparse.ArgumentParser) -> None:
    """Add ``--since`` and ``--until`` for ``todokit history``."""
    parser.add_argument("--since", metavar="DATE", help="only archives from this day on")
    parser.add_argument("--until", metavar="DATE", help="only archives up to this day")


def prune(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``todokit prune``."""
    how = parser.add_mutually_exclusive_group(required=True)
    how.add_argument("--keep", type=int, metavar="N", help="keep the newest N archives")
    how.add_argument(
        "--older-than", metavar="SPAN", help="remove archives older than SPAN (30d, 6w, 3m, 1y)"
    )
    parser.add_argument("--today", metavar="DATE", help="the day spans count back from")


def rotate(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``todokit rotate``."""
    parser.add_argument(
        "--today", metavar="DATE", help="the day naming the archive (default: today)"
    )


def install(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``todokit install``."""
    parser.add_argument(
        "--agent",
        choices=("claude", "codex", "gemini"),
        default="claude",
        help="the agent: claude (Claude Code, default), codex (Codex CLI), gemini (Gemini CLI)",
    )
    parser.add_argument(
        "--plugin", metavar="DIR", help="write todokit as a Claude Code plugin into DIR instead"
    )
    parser.add_argument(
        "--settings",
        metavar="PATH",
        help="settings file (default: .claude/settings.json, .codex/hooks.json, "
        ".gemini/settings.json)",
    )
    parser.add_argument(
        "--local", action="store_true", help="use .claude/settings.local.json (Claude Code)"
    )
    parser.add_argument(
        "--uninstall", action="store_true", help="remove exactly what install added"
    )
    parser.add_argument(
        "--force", action="store_true", help="replace a SKILL.md that holds text of your own"
    )
    parser.add_argument(
        "--mcp",
        action="store_true",
        help="add the todokit MCP server to .mcp.json instead (--settings names another file)",
    )
    parser.add_argument(
        "--git",
        action="store_true",
        help="instead: the task-wise git merge driver (.gitattributes and git config)",
    )


def merge(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``todokit merge`` (git's ``%O %A %B %P``)."""
    parser.add_argument("base", metavar="BASE", help="the common ancestor (git's %%O)")
    parser.add_argument(
        "ours", metavar="OURS", help="our version, overwritten with the result (%%A)"
    )
    parser.add_argument("theirs", metavar="THEIRS", help="their version (%%B)")
    parser.add_argument(
        "path", nargs="?", metavar="PATH", help="the path being merged, for messages (%%P)"
    )
    parser.add_argument(
        "--marker-size",
        type=int,
        default=7,
        metavar="N",
        help="length of the conflict markers (git's %%L, default 7)",
    )


def output_format(parser: argparse.ArgumentParser) -> None:
    """Add ``--format`` for ``export`` and ``import``."""
    parser.add_argument("--format", default="todowrite", choices=["todowrite"], help="the format")


def import_source(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``todokit import``."""
    output_format(parser)
    parser.add_argument(
        "source", nargs="?", default="-", metavar="FILE", help="a JSON file, or - for stdin"
    )
