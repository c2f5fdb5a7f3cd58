"""One subcommand of ``todokit``, as :data:`~todokit.cli.commands.COMMANDS` lists it.

Examples:
    >>> from todokit.cli import arguments
    >>> Command("list", "List the tasks", ("todokit list",), False, arguments.none, "a:b").aliases
    ()
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from todokit._record import record

Arguments = Callable[[argparse.ArgumentParser], None]


@record
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
