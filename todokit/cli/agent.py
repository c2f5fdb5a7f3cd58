"""``todokit hook | export | import | check``: the agent integration commands.

``todokit install`` has a module of its own, :mod:`todokit.cli.install`.

Examples:
    >>> callable(run_hook)
    True
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from todokit.cli.context import change_json, is_dry_run, open_project, report_change
from todokit.cli.output import Output
from todokit.errors import InvalidInputError

if TYPE_CHECKING:
    from todokit.agent.check_report import CheckReport
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
    from todokit.lifecycle.interop import export_todowrite  # noqa: PLC0415

    output.data(export_todowrite(open_project(args)))
    return 0


def run_import(args: argparse.Namespace, output: Output) -> int:
    """Merge a TodoWrite payload into the todo file."""
    from todokit.files.reading import read_bytes_checked  # noqa: PLC0415
    from todokit.lifecycle.interop import import_todowrite  # noqa: PLC0415
    from todokit.lifecycle.transaction import size_limit  # noqa: PLC0415

    project = open_project(args)
    try:
        text = (
            sys.stdin.read()
            if args.source == "-"
            else read_bytes_checked(
                Path(args.source), size_limit(project.todo), setting="max_file_size"
            ).decode("utf-8")
        )
        payload = json.loads(text)
    except InvalidInputError:
        raise
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidInputError(f"cannot read {args.source}: {error}") from None
    except json.JSONDecodeError as error:
        raise InvalidInputError(f"{args.source}: not JSON ({error})") from None
    except ValueError:  # an integer of more digits than Python converts (4,300)
        raise InvalidInputError(f"{args.source}: holds a number too long to read") from None
    except RecursionError:
        raise InvalidInputError(f"{args.source}: JSON nested too deeply to read") from None
    change = import_todowrite(project, payload, dry_run=is_dry_run(args))
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
    from todokit.lifecycle.interop import run_project_checks  # noqa: PLC0415

    project = open_project(args)
    if not project.config.checks:
        if output.json:
            output.data({"passed": True, "checks": []})
        else:
            output.line("no checks configured (add checks = [...] to .claude/todokit.toml)")
        return 0
    progress = sys.stderr.isatty() and not output.json and not output.quiet

    def announce(spec: CheckSpec) -> None:
        output.progress(f"running {spec.name}…")

    warning = stop_timeout_warning(project.config, project.root, os.environ)
    if warning is not None:
        output.error(f"warning: {warning}")
    report = run_project_checks(project, on_start=announce if progress else None)
    if output.json:
        output.data(check_json(report))
    else:
        output.line(report.summary() if report.passed else report.details())
    return 0 if report.passed else 1
