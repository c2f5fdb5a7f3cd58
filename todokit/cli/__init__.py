"""The ``todokit`` command line: parse arguments, call the library, report.

:func:`main` is the console entry point. It maps every :class:`~todokit.errors.TodokitError`
to one line on stderr and its documented exit code; tracebacks appear only with ``--debug``.

Examples:
    >>> main(["--version"])  # doctest: +SKIP
    todokit 0.1.0
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

    from todokit.cli.output import Output


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``todokit`` with ``argv`` (default: ``sys.argv[1:]``) and return the exit code.

    The cyclic garbage collector is paused for the run, and resumed after it,
    here and nowhere in the library: a run is short, and the document model
    makes no reference cycles, so reference counting frees each document the
    run is done with all the same (see :mod:`todokit.document.data`).
    A hook gains nothing measurable (2-5 ms of collections), a list of 12,000
    tasks little; on one of 120,000 tasks the collections cost ``list`` and
    ``sort`` 10-13% of their time, a share that grows with the list.

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


EXIT_BROKEN_PIPE = 141
"""The exit code when stdout's reader went away: 128 + SIGPIPE, as a shell reports it."""


def _run(arguments: list[str]) -> int:
    """Run a command line; a stdout whose reader went away ends the run quietly with 141."""
    try:
        return _dispatch(arguments)
    except BrokenPipeError:
        return _pipe_closed()


def _dispatch(arguments: list[str]) -> int:
    """Parse and run a command line; a bare ``todokit hook`` skips the parser and the output layer.

    A usage error exits 2 (1 for ``hook``) and, with ``--json``, prints its ``error.v1``
    document.
    """
    if arguments == ["hook"]:
        # Claude Code runs this on every prompt: skip the parser and output layer.
        from todokit.cli.terminal import error_line  # noqa: PLC0415
        from todokit.hooks.process import run_hook_process  # noqa: PLC0415

        return run_hook_process(lambda message: sys.stderr.write(error_line(message)))
    from todokit.cli.output import Output  # noqa: PLC0415
    from todokit.cli.parser import UsageExit, build_parser  # noqa: PLC0415

    try:
        args = build_parser().parse_args(arguments)
    except UsageExit as stop:  # argparse reported it on stderr already
        # A hook's usage error exits 1: exit 2 on UserPromptSubmit erases the prompt.
        code = 1 if _command(arguments) == "hook" else stop.exit_code
        if "--json" in arguments:
            output = Output(json=True, quiet=False, color=False, indent=sys.stdout.isatty())
            output.error_data(stop.message, code)
        return code
    except SystemExit as stop:  # --help, --version
        return int(stop.code or 0)
    return _execute(args, Output.for_args(args))


def _command(arguments: list[str]) -> str | None:
    """The command named on a command line: its first argument that is not an option."""
    return next((argument for argument in arguments if not argument.startswith("-")), None)


def _execute(args: argparse.Namespace, output: Output) -> int:
    """Run the parsed command's handler, turning every error into one message and an exit code.

    A TodokitError gives its own code, Ctrl-C 130, any other exception 1; with ``--debug`` they
    are raised instead. A closed stdout is left to :func:`_run`.
    """
    from importlib import import_module  # noqa: PLC0415

    from todokit.cli.commands import COMMANDS  # noqa: PLC0415
    from todokit.errors import TodokitError  # noqa: PLC0415

    debug = bool(getattr(args, "debug", False))
    command = next(c for c in COMMANDS if c.name == args.command)
    module, function = command.handler.split(":")
    try:
        handler = getattr(import_module(f"todokit.cli.{module}"), function)
        code = int(handler(args, output))
        sys.stdout.flush()  # a reader that went away is noticed here, not at exit
    except BrokenPipeError:
        raise
    except TodokitError as error:
        if debug:
            raise
        from todokit.cli.output import error_parts  # noqa: PLC0415

        output.error(str(error))
        message, candidates = error_parts(error)
        output.error_data(message, error.exit_code, candidates)
        return error.exit_code
    except KeyboardInterrupt:
        output.error("interrupted")
        output.error_data("interrupted", 130)
        return 130
    except Exception as error:  # a bug: say so in one line, never a traceback without --debug
        if debug:
            raise
        message = f"internal error: {type(error).__name__}: {error} (run with --debug for details)"
        output.error(message)
        output.error_data(message, 1)
        return 1
    return code


def _pipe_closed() -> int:
    """Stop quietly after stdout's reader went away (``todokit list | head -2``).

    Stdout is pointed at ``/dev/null`` so that the interpreter's last flush of
    what is still buffered has nowhere to fail and prints no second error.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # stdout has no descriptor (tests replace it)
        pass
    return EXIT_BROKEN_PIPE
