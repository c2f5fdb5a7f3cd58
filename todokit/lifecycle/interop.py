"""Exchanging tasks with agents' own task tools, and running completion checks.

Examples:
    >>> import tempfile
    >>> from pathlib import Path
    >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
    >>> todos = [{"content": "Ship", "status": "in_progress", "activeForm": "Shipping"}]
    >>> _ = import_todowrite(project, {"todos": todos})
    >>> export_todowrite(project)
    {'todos': [{'content': 'Ship', 'status': 'in_progress', 'activeForm': 'Ship'}]}
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from todokit.document import Document, parse
from todokit.lifecycle.project import Project
from todokit.lifecycle.transaction import Change, modify, read_document

if TYPE_CHECKING:
    from todokit.agent.check_report import CheckReport, CheckResult
    from todokit.files.config import CheckSpec


def export_todowrite(project: Project) -> dict[str, list[dict[str, str]]]:
    """Return the project's tasks as a TodoWrite payload ``{"todos": [...]}``.

    Statuses map to pending / in_progress / completed (cancelled counts as
    completed, deferred and other as pending); ``activeForm`` repeats the text.
    """
    from todokit.agent.todowrite import export_todowrite as build  # noqa: PLC0415 - lazy

    doc = read_document(project.todo, strict=False) or parse("")
    return build((task.text, task.status.value) for task in doc.tasks if task.status is not None)


def import_todowrite(
    project: Project, payload: Mapping[str, Any] | Sequence[Any], *, dry_run: bool = False
) -> Change:
    """Merge a TodoWrite list (current or older shape) into the todo file.

    Tasks are matched by text; matches take the incoming status, new tasks
    are added, and nothing already in the file is lost.

    Raises:
        InvalidInputError: The payload is not a TodoWrite list.
    """
    from todokit.agent.todowrite import todos_from_todowrite  # noqa: PLC0415 - lazy
    from todokit.hooks.mirror import merge_todos  # noqa: PLC0415 - lazy

    todos = todos_from_todowrite(payload)

    def operation(doc: Document | None) -> tuple[str, None]:
        return merge_todos(doc or parse(""), todos, {}).render(), None

    change, _ = modify(
        project.todo, operation, lock_timeout=project.config.lock_timeout, dry_run=dry_run
    )
    return change


def run_project_checks(
    project: Project,
    *,
    on_start: Callable[[CheckSpec], None] | None = None,
    on_end: Callable[[CheckResult], None] | None = None,
) -> CheckReport:
    """Run the project's configured completion checks, in order, from its root."""
    from todokit.agent.checks import run_checks  # noqa: PLC0415 - lazy

    return run_checks(project.root, project.config.checks, on_start=on_start, on_end=on_end)
