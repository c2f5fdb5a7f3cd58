"""The CLI reference page, generated from the parser so it can never go stale.

``docs/cli.md`` holds the output of :func:`render_reference` between two
markers; a test fails when they differ. Regenerate with
``python -m todokit.cli.reference docs/cli.md``.

Examples:
    >>> "## todokit start" in render_reference()
    True
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

START = "<!-- cli-reference:start -->"
END = "<!-- cli-reference:end -->"
WIDTH = 88


def _formatter(prog: str) -> argparse.HelpFormatter:
    """Format at a fixed width, line breaks of descriptions kept, whatever the terminal's width."""
    return argparse.RawDescriptionHelpFormatter(prog, width=WIDTH)


def render_reference() -> str:
    """Return the Markdown of every command's ``--help``, in the order of ``todokit --help``."""
    from todokit.cli.parser import build_parser  # noqa: PLC0415 - keeps this module light

    parser = build_parser()
    parser.formatter_class = _formatter
    parts = ["## todokit", "", "```text", parser.format_help().rstrip(), "```", ""]
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    seen: set[int] = set()
    for name, sub in commands.choices.items():
        if id(sub) in seen:
            continue
        seen.add(id(sub))
        sub.formatter_class = _formatter
        parts += [f"## todokit {name}", "", "```text", sub.format_help().rstrip(), "```", ""]
    return "\n".join(parts)


def update_page(path: Path) -> bool:
    """Rewrite the generated part of ``path``; return whether it changed.

    Raises:
        ValueError: The page lacks the start and end markers.
    """
    text = path.read_text(encoding="utf-8")
    head, start, rest = text.partition(START)
    _old, end, tail = rest.partition(END)
    if not start or not end:
        raise ValueError(f"{path} needs {START} and {END} markers")
    new = f"{head}{START}\n{render_reference()}\n{END}{tail}"
    if new == text:
        return False
    path.write_text(new, encoding="utf-8")
    return True


if __name__ == "__main__":
    changed = update_page(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/cli.md"))
    sys.stdout.write("updated\n" if changed else "up to date\n")
