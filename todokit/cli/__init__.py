"""The ``todokit`` command line: parse arguments, call the library, report.

:func:`main` is the console entry point. It maps every :class:`~todokit.errors.TodokitError`
to one line on stderr and its documented exit code; tracebacks appear only with ``--debug``.

Examples:
    >>> main(["--version"])  # doctest: +SKIP
    todokit 0.1.0
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``todokit`` with ``argv`` (default: ``sys.argv[1:]``) and return the exit code.

    The cyclic garbage collector is paused for the run (and resumed after it):
    a run is short, what it leaves (a document and its items refer to each
    other) is freed when the process ends, and collecting on the way cost
    about 5% of a hook's time.

    Args:
        argv: The arguments after the program name.

    Returns:
        0 ok, 1 the operation failed, 2 usage, 3 lock timeout, 4 invalid input.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(list(sys.argv[1:] if argv is None else argv))
    finally:
        if collecting:
            gc.enable()


def _run(arguments: list[str]) -> int:
    if arguments == ["hook"]:
        # Claude Code runs this on every prompt: skip the parser and output layer.
        from todokit.hooks.process import run_hook_process  # noqa: PLC0415

        return run_hook_process()
    from importlib import import_module  # noqa: PLC0415

    from todokit.cli.commands import COMMANDS  # noqa: PLC0415
    from todokit.cli.output import Output  # noqa: PLC0415
    from todokit.cli.parser import build_parser  # noqa: PLC0415
    from todokit.errors import TodokitError  # noqa: PLC0415

    try:
        args = build_parser().parse_args(arguments)
    except SystemExit as stop:
        return int(stop.code or 0)
    debug = bool(getattr(args, "debug", False))
    output = Output.for_args(args)
    command = next(c for c in COMMANDS if c.name == args.command)
    module, function = command.handler.split(":")
    try:
        handler = getattr(import_module(f"todokit.cli.{module}"), function)
        return int(handler(args, output))
    except TodokitError as error:
        if debug:
            raise
        output.error(str(error))
        return error.exit_code
    except KeyboardInterrupt:
        output.error("interrupted")
        return 130
    except Exception as error:  # a bug: say so in one line, never a traceback without --debug
        if debug:
            raise
        output.error(
            f"internal error: {type(error).__name__}: {error} (run with --debug for details)"
        )
        return 1
