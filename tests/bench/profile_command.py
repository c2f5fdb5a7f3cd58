"""Where one todokit command's CPU time goes: a cProfile of it, in a few aggregate lines.

Run, in the project to measure: ``python tests/bench/profile_command.py [--top N]
[--stdin FILE] -- COMMAND [ARGS...]``, e.g. ``... -- sort`` or
``... --stdin event.json -- hook``. The command runs once in this process, as
``todokit.cli.main`` would run it, under ``cProfile`` (wall-clock: run it on a quiet
machine, and more than once; the profiler itself inflates Python-level calls). It
prints the total; the time spent importing and, mostly inside the imports, building
dataclasses and compiling regular expressions; the time in ``fsync``; then the todokit
functions with the largest cumulative time.

Example:
    >>> "cProfile" in __doc__
    True
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
from pathlib import Path

AGGREGATES = {
    "imports": ("<frozen importlib._bootstrap>", "_find_and_load"),
    "  building dataclasses": ("dataclasses.py", "_process_class"),
    "  compiling regular expressions": ("re/_compiler.py", "compile"),
    "fsync (files and directories)": ("~", "<built-in method posix.fsync>"),
}


def profile(arguments: list[str], stdin: Path | None) -> pstats.Stats:
    """Run ``todokit`` with ``arguments`` under the profiler; return its statistics."""

    def command() -> None:
        from todokit.cli import main

        main(arguments)

    profiler = cProfile.Profile()
    saved = [os.dup(fd) for fd in (0, 1, 2)]
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(os.open(stdin, os.O_RDONLY) if stdin else null, 0)
    os.dup2(null, 1)  # the command's output is not what is measured
    os.dup2(null, 2)
    try:
        profiler.runcall(command)
    except SystemExit:
        pass
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        for fd, original in enumerate(saved):
            os.dup2(original, fd)
    return pstats.Stats(profiler)


def report(stats: pstats.Stats, top: int) -> None:
    """Print the total, the aggregates and the ``top`` todokit functions by cumulative time."""
    entries = stats.stats  # type: ignore[attr-defined]
    total = max(entry[3] for entry in entries.values())
    print(f"total {total * 1000:.1f} ms (under the profiler)")
    for label, (file_part, name) in AGGREGATES.items():
        # pstats counts a recursive function's cumulative time once, at its outermost call.
        found = [e[3] for (f, _, n), e in entries.items() if n == name and file_part in f]
        print(f"  {label:<32} {max(found, default=0) * 1000:7.1f} ms")
    ours = [
        (entry[3], entry[1], f"{Path(file).parent.name}/{Path(file).name}:{line} {name}")
        for (file, line, name), entry in entries.items()
        if "/todokit/" in file and name not in {"<module>", "command"}
    ]
    for cumulative, calls, where in sorted(ours, reverse=True)[:top]:
        print(f"  {cumulative * 1000:7.1f} ms {calls:>6} calls  {where}")


def main() -> None:
    """Parse the options, profile the command and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--stdin", type=Path, help="a file to give the command as stdin")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    options = parser.parse_args()
    arguments = options.command[1:] if options.command[:1] == ["--"] else options.command
    report(profile(arguments, options.stdin), options.top)


if __name__ == "__main__":
    main()
