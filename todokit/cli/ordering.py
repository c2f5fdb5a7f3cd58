"""``todokit sort`` and ``todokit scope``, and the scoring options they share with ``start``.

Examples:
    >>> import argparse
    >>> args = argparse.Namespace(threshold=0.4, scorer=None, keep_priority="high")
    >>> scope_options(args, None).keep_priority
    1
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from todokit.cli.context import (
    change_json,
    diff_field,
    is_dry_run,
    open_project,
    report_change,
)
from todokit.cli.output import Output
from todokit.lifecycle.arrangement import Arrangement, ScopeOptions
from todokit.lifecycle.ordering import scope_todo, sort_todo
from todokit.lifecycle.serialize import task_json

if TYPE_CHECKING:
    from todokit.files.config import Config


def scope_options(args: argparse.Namespace, config: Config | None) -> ScopeOptions:
    """Combine ``--threshold``, ``--scorer`` and ``--keep-priority`` with the configuration."""
    from todokit.files.config import Config  # noqa: PLC0415 - lazy
    from todokit.lifecycle.plugins import load_scorer  # noqa: PLC0415 - lazy
    from todokit.ranking.priority import parse_level  # noqa: PLC0415 - lazy

    base = ScopeOptions.from_config(config or Config())
    threshold = getattr(args, "threshold", None)
    keep = getattr(args, "keep_priority", None)
    scorer_name = getattr(args, "scorer", None)
    return ScopeOptions(
        load_scorer(scorer_name) if scorer_name else base.scorer,
        base.threshold if threshold is None else threshold,
        base.keep_priority if keep is None else int(parse_level(keep)),
    )


def arrangement_json(arrangement: Arrangement) -> dict[str, object]:
    """Return the ``in_scope`` / ``out_of_scope`` lists with each task's score."""
    scores = arrangement.scores
    return {
        "in_scope": [
            task_json(task, score=scores.get(task.id, 0.0)) for task in arrangement.in_scope
        ],
        "out_of_scope": [
            task_json(task, score=scores.get(task.id, 0.0)) for task in arrangement.out_of_scope
        ],
    }


def print_explain(output: Output, arrangement: Arrangement) -> None:
    """Print one line per task: score, where it went, priority, text and matched terms."""
    from todokit.lifecycle.arrangement import explain_lines  # noqa: PLC0415
    from todokit.ranking.priority import Level  # noqa: PLC0415

    labels = [level.label for level in Level]
    for line in explain_lines(arrangement, labels):
        output.line(line)


def run_sort(args: argparse.Namespace, output: Output) -> int:
    """Sort every list of the todo file."""
    project = open_project(args)
    options = scope_options(args, project.config)
    result = sort_todo(project, args.task, options=options, dry_run=is_dry_run(args))
    report_change(args, output, result.change)
    if output.json:
        output.data(change_json(result.change, args))
    elif not args.diff:
        verb = "would be reordered" if is_dry_run(args) else "reordered"
        output.line(
            f"{project.todo.path.name}: {verb}" if result.change.changed else "already sorted"
        )
    return 0


def run_scope(args: argparse.Namespace, output: Output) -> int:
    """Park unrelated tasks out of scope and sort."""
    project = open_project(args)
    result = scope_todo(
        project, args.task, options=scope_options(args, project.config), dry_run=is_dry_run(args)
    )
    report_change(args, output, result.change)
    if output.json:
        output.data(
            {
                "file": str(result.change.path),
                "changed": result.change.changed,
                **arrangement_json(result.arrangement),
                **diff_field(args, result.change),
            }
        )
        return 0
    if args.explain:
        print_explain(output, result.arrangement)
    elif not args.diff:
        arrangement = result.arrangement
        output.line(
            f"{len(arrangement.in_scope)} in scope, {len(arrangement.out_of_scope)} out of scope"
        )
    return 0
