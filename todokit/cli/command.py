"""What one ``todokit`` subcommand is: the record each entry of the command table holds.

Examples:
    >>> from todokit.cli import arguments
    >>> command = Command("list", "List the tasks", ("todokit list",), False, arguments.none, "x:y")
    >>> command.writes, command.aliases
    (False, ())
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass

Arguments = Callable[[argparse.ArgumentParser], None]
"""A function that adds a command's own arguments to its parser."""


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
