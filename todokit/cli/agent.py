"""``todokit hook | export | import | check``: the agent integration commands.

``todokit install`` has a module of its own, :mod:`todokit.cli.install`.

Examples:
    >>> callable(run_hook)
    True
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from todokit.cli.context import change_json, is_dry_run, open_project, report_change
from todokit.cli.output import Output

if TYPE_CHECKING:
    from todokit.checks.report import CheckReport
    from todokit.files.config import CheckSpec


def run_hook(args: argparse.Namespace, output: Output) -> int:
    """Answer one hook event from stdin; never exit 2 (that would erase a prompt).

    With ``--json``, an event that needs no answer prints ``{}`` and a failure
    an ``error.v1`` document, so stdout is always one JSON document.
    """
    import io  # noqa: PLC0415 - lazy

    from todokit.hooks.process import answer_hook  # noqa: PLC0415 - lazy
    from todokit.hooks.where import HookOptions  # noqa: PLC0415

    debug = bool(getattr(args, "debug", False))
    options = HookOptions(args.root, args.file, args.lock_timeout, bool(args.quiet))
    answer = io.BytesIO()
    reported: list[str] = []

    def report(message: str) -> None:
        """Print a failure's reason on stderr, keeping the last for the ``--json`` error's text."""
        reported.append(message)
        output.error(message)

    code = answer_hook(sys.stdin.buffer, answer, report, os.environ, debug=debug, options=options)
    if answer.getvalue():
        sys.stdout.buffer.write(answer.getvalue())
        sys.stdout.buffer.flush()
    elif code:
        output.error_data(reported[-1] if reported else "the hook failed", code)
    elif output.json:
        output.data({})
    return code


def run_export(args: argparse.Namespace, output: Output) -> int:
    """Print the tasks as a TodoWrite payload."""
    from todokit.lifecycle import interop  # noqa: PLC0415

    output.data(interop.export(open_project(args)))
    return 0


def run_import(args: argparse.Namespace, output: Output) -> int:
    """Merge a TodoWrite payload into the todo file."""
    from todokit.lifecycle import interop  # noqa: PLC0415

    project = open_project(args)
    payload = interop.read_payload(args.source, project, sys.stdin)
    change = interop.import_tasks(project, payload, dry_run=is_dry_run(args))
    report_change(args, output, change)
    if output.json:
        output.data(change_json(change, args))
    elif not args.diff:
        output.line("imported" if change.changed else "nothing new to import")
    return 0


def check_json(report: CheckReport) -> dict[str, object]:
    """Return the ``check.v1`` document of a run of the completion checks."""
    rows = [
        {
            "name": r.name,
            "command": r.command,
            "passed": r.passed,
            "returncode": r.returncode,
            "timed_out": r.timed_out,
            "duration": round(r.duration, 3),
            "output_tail": r.tail(),
        }
        for r in report.results
    ]
    return {"passed": report.passed, "checks": rows}


def run_check(args: argparse.Namespace, output: Output) -> int:
    """Run the completion checks; exit 1 when one fails."""
    from todokit.agent.stop_timeout import stop_timeout_warning  # noqa: PLC0415
    from todokit.lifecycle import interop  # noqa: PLC0415

    project = open_project(args)
    progress = sys.stderr.isatty() and not output.json and not output.quiet

    def announce(spec: CheckSpec) -> None:
        """Say which check starts (on a terminal's stderr, without ``--json`` or ``--quiet``)."""
        output.progress(f"running {spec.name}…")

    if project.config.checks:
        warning = stop_timeout_warning(project.config, project.root, os.environ)
        if warning is not None:
            output.error(f"warning: {warning}")
    report = interop.check(project, on_start=announce if progress else None)
    if not report.results and not output.json:
        output.line("no checks configured (add checks = [...] to .claude/todokit.toml)")
    elif output.json:
        output.data(check_json(report))
    else:
        output.line(report.summary() if report.passed else report.details())
    return 0 if report.passed else 1
