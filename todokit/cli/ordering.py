"""``todokit sort``, ``scope``, ``keep`` and ``park``, and the options they share with ``start``.

Examples:
    >>> import argparse
    >>> args = argparse.Namespace(threshold=0.4, scorer=None, keep_priority="high")
    >>> scope_options(args, None).keep_priority
    1
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from todokit.arrange.arrangement import Arrangement, ScopeOptions
from todokit.cli.context import (
    change_json,
    diff_field,
    is_dry_run,
    open_project,
    report_change,
)
from todokit.cli.output import Output
from todokit.lifecycle import ordering
from todokit.lifecycle.ordering import OrderResult
from todokit.lifecycle.serialize import task_json

if TYPE_CHECKING:
    from todokit.document import Item
    from todokit.files.config import Config


def scope_options(args: argparse.Namespace, config: Config | None) -> ScopeOptions:
    """Combine ``--threshold``, ``--scorer`` and ``--keep-priority`` with the configuration."""
    from todokit.lifecycle.plugins import scope_options as combine  # noqa: PLC0415 - lazy

    return combine(
        config,
        scorer=getattr(args, "scorer", None),
        threshold=getattr(args, "threshold", None),
        keep_priority=getattr(args, "keep_priority", None),
    )


def arrangement_json(arrangement: Arrangement) -> dict[str, object]:
    """Return the ``in_scope`` / ``out_of_scope`` lists with each task's score and place."""
    scores = arrangement.scores
    parked = {"parked", "out of scope"}
    return {
        "in_scope": [
            task_json(d.task, score=scores.get(d.task.id, 0.0), parked=False)
            for d in arrangement.decisions
            if d.outcome in ("in scope", "moved back")
        ],
        "out_of_scope": [
            task_json(d.task, score=scores.get(d.task.id, 0.0), parked=d.outcome in parked)
            for d in arrangement.decisions
            if d.outcome not in ("in scope", "moved back")
        ],
    }


def explain_lines(arrangement: Arrangement, labels: Sequence[str]) -> list[str]:
    """Return one line per decision: score, outcome, priority, matched terms, text.

    Examples:
        >>> from todokit.arrange.arrangement import arrange
        >>> from todokit.document import parse
        >>> _, arranged = arrange(parse("- [ ] fix login\\n- [ ] dark mode\\n"), "login")
        >>> explain_lines(arranged, ["highest", "high", "medium", "none", "low", "lowest"])[1]
        ' 0.00  parked                   none     dark mode  [-]'
    """
    from todokit.ranking.stemming import stem  # noqa: PLC0415 - lazy

    # The scorer matches word stems ("minut"); show the task's own words ("minutes").
    spelled = {stem(word): word for word in re.findall(r"[a-z0-9]+", arrangement.task.lower())}
    lines = []
    for d in arrangement.decisions:
        terms = ", ".join(dict.fromkeys(spelled.get(term, term) for term in d.matched)) or "-"
        lines.append(
            f"{d.score:5.2f}  {d.outcome:<24} {labels[d.priority]:<8} {d.task.text}  [{terms}]"
        )
    return lines


def print_explain(output: Output, arrangement: Arrangement) -> None:
    """Print one line per task: score, where it went, priority, text and matched terms."""
    from todokit.ranking.priority import Level  # noqa: PLC0415

    labels = [level.label for level in Level]
    for line in explain_lines(arrangement, labels):
        output.line(line)


def scope_json(result: OrderResult, args: argparse.Namespace) -> dict[str, object]:
    """Return the ``scope.v1`` document of a ``scope`` run (``--diff`` adds the diff)."""
    return {
        "file": str(result.change.path),
        "changed": result.change.changed,
        **arrangement_json(result.arrangement),
        **diff_field(args, result.change),
    }


def parking_json(
    result: OrderResult, args: argparse.Namespace, *, parked: bool
) -> dict[str, object]:
    """Return the ``parking.v1`` document of ``keep`` (``parked=False``) or ``park``."""
    arrangement = result.arrangement
    return {
        **change_json(result.change, args),
        "moved": [task_json(task, parked=parked) for task in moved_tasks(arrangement)],
        **arrangement_json(arrangement),
    }


def moved_tasks(arrangement: Arrangement) -> list[Item]:
    """Return the tasks that ``keep`` brought back or ``park`` parked."""
    return [d.task for d in arrangement.decisions if d.outcome in ("moved back", "parked")]


def run_sort(args: argparse.Namespace, output: Output) -> int:
    """Sort every list of the todo file."""
    project = open_project(args)
    options = scope_options(args, project.config)
    result = ordering.sort(project, args.task, options=options, dry_run=is_dry_run(args))
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
    """Park unrelated tasks out of scope, bring related ones back."""
    project = open_project(args)
    result = ordering.scope(
        project, args.task, options=scope_options(args, project.config), dry_run=is_dry_run(args)
    )
    report_change(args, output, result.change)
    if output.json:
        output.data(scope_json(result, args))
        return 0
    if args.explain:
        print_explain(output, result.arrangement)
    elif not args.diff:
        arrangement = result.arrangement
        output.line(
            f"{len(arrangement.in_scope)} in scope, {len(arrangement.out_of_scope)} out of scope"
        )
    return 0


def _run_parking(args: argparse.Namespace, output: Output, verb: str) -> int:
    """Run ``keep`` or ``park`` and report what moved."""
    project = open_project(args)
    operation = ordering.keep if verb == "keep" else ordering.park
    result = operation(project, args.refs, dry_run=is_dry_run(args))
    report_change(args, output, result.change)
    moved = moved_tasks(result.arrangement)
    if output.json:
        output.data(parking_json(result, args, parked=verb == "park"))
        return 0
    if not args.diff:
        would = "would be " if is_dry_run(args) else ""
        where = "back in scope" if verb == "keep" else "parked out of scope"
        for task in moved:
            output.line(f"{task.index} {task.text}: {would}{where}")
        if not moved:
            output.line("nothing moved")
    return 0


def run_keep(args: argparse.Namespace, output: Output) -> int:
    """Bring parked tasks back into scope."""
    return _run_parking(args, output, "keep")


def run_park(args: argparse.Namespace, output: Output) -> int:
    """Park tasks out of scope."""
    return _run_parking(args, output, "park")
