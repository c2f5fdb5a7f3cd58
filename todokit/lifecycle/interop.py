"""Exchanging tasks with agents' own task tools, and running completion checks."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from todokit.document import Document, parse
from todokit.lifecycle.project import Project
from todokit.lifecycle.reading import read_document
from todokit.lifecycle.transaction import Change, modify

if TYPE_CHECKING:
    from todokit.checks.report import CheckReport, CheckResult
    from todokit.files.config import CheckSpec


def export(project: Project) -> dict[str, list[dict[str, str]]]:
    """Return the project's tasks as a TodoWrite payload ``{"todos": [...]}`` (``todokit export``).

    Statuses map to pending / in_progress / completed (cancelled counts as
    completed, deferred and other as pending); ``activeForm`` repeats the text.
    Formerly ``export_todowrite``, which stays as an alias.

    Args:
        project: The project whose tasks are exported; no todo file exports no tasks.

    Returns:
        The payload, ready for ``json.dumps``.

    Raises:
        InvalidInputError: The todo file cannot be read.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
        >>> _ = project.todo.claude_dir.mkdir()
        >>> _ = project.todo.path.write_text("- [x] Plan\\n- [/] Ship\\n")
        >>> export(project)["todos"][1]
        {'content': 'Ship', 'status': 'in_progress', 'activeForm': 'Ship'}
    """
    from todokit.mirror.todowrite import export_todowrite as build  # noqa: PLC0415 - lazy

    doc = read_document(project.todo, strict=False) or parse("")
    return build((task.text, task.status.value) for task in doc.tasks if task.status is not None)


def import_tasks(
    project: Project, payload: Mapping[str, Any] | Sequence[Any], *, dry_run: bool = False
) -> Change:
    """Merge a TodoWrite list (current or older shape) into the todo file (``todokit import``).

    Tasks are matched by text; matches take the incoming status, new tasks
    are added, and nothing already in the file is lost. ``import`` is a
    Python keyword, hence the name; formerly ``import_todowrite``, which
    stays as an alias.

    Args:
        project: The project (the todo file is created when there is none).
        payload: ``{"todos": [...]}`` or the bare list, decoded (see :func:`read_payload`).
        dry_run: Compute the change without writing the file.

    Returns:
        What happened to the file.

    Raises:
        InvalidInputError: The payload is not a TodoWrite list.
        LockTimeoutError: Another process held the lock too long.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
        >>> todos = [{"content": "Ship", "status": "in_progress", "activeForm": "Shipping"}]
        >>> print(import_tasks(project, {"todos": todos}).after, end="")
        - [/] Ship
    """
    from todokit.mirror.merge import merge_todos  # noqa: PLC0415 - lazy
    from todokit.mirror.todowrite import todos_from_todowrite  # noqa: PLC0415 - lazy

    todos = todos_from_todowrite(payload)

    def operation(doc: Document | None) -> tuple[str, None]:
        """Mirror the payload into the list under the lock (an empty one when there is no file).

        The id memory starts empty and is not kept: the payload's tasks match the file's
        unfinished tasks by text.
        """
        return merge_todos(doc or parse(""), todos, {}).render(), None

    change, _ = modify(
        project.todo, operation, lock_timeout=project.config.lock_timeout, dry_run=dry_run
    )
    return change


def read_payload(
    source: str,
    project: Project,
    stdin: TextIO | None = None,
) -> Any:  # noqa: ANN401 - a JSON document is any value
    """Read and decode the JSON document at ``source`` for :func:`import_tasks`.

    Args:
        source: A file's path, or ``-`` for ``stdin``.
        project: The project, whose ``max_file_size`` limits what a file may hold.
        stdin: Where ``-`` reads from (default ``sys.stdin``).

    Returns:
        The decoded JSON value.

    Raises:
        InvalidInputError: The file cannot be read, is too large, is not UTF-8
            or not JSON, or holds a number too long or nesting too deep to read.
    """
    import json  # noqa: PLC0415 - lazy
    import sys  # noqa: PLC0415

    from todokit.errors import InvalidInputError  # noqa: PLC0415
    from todokit.files.reading import read_bytes_checked  # noqa: PLC0415
    from todokit.lifecycle.reading import size_limit  # noqa: PLC0415

    try:
        text = (
            (stdin or sys.stdin).read()
            if source == "-"
            else read_bytes_checked(
                Path(source), size_limit(project.todo), setting="max_file_size"
            ).decode("utf-8")
        )
        return json.loads(text)
    except InvalidInputError:
        raise
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidInputError(f"cannot read {source}: {error}") from None
    except json.JSONDecodeError as error:
        raise InvalidInputError(f"{source}: not JSON ({error})") from None
    except ValueError:  # an integer of more digits than Python converts (4,300)
        raise InvalidInputError(f"{source}: holds a number too long to read") from None
    except RecursionError:
        raise InvalidInputError(f"{source}: JSON nested too deeply to read") from None


def check(
    project: Project,
    *,
    on_start: Callable[[CheckSpec], None] | None = None,
    on_end: Callable[[CheckResult], None] | None = None,
) -> CheckReport:
    """Run the project's configured completion checks, in order, from its root (``todokit check``).

    Formerly ``run_project_checks``, which stays as an alias.

    Args:
        project: The project; its ``checks`` setting lists the commands.
        on_start: Called with each check just before it starts.
        on_end: Called with each result as soon as it is known.

    Returns:
        One result per check (none when no check is configured, which passes).

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> check(Project.open(root=Path(tempfile.mkdtemp()), environ={})).passed
        True
    """
    from todokit.checks.run import run_checks  # noqa: PLC0415 - lazy

    return run_checks(project.root, project.config.checks, on_start=on_start, on_end=on_end)


export_todowrite = export
"""The former name of :func:`export`, the same function; kept for existing callers."""

import_todowrite = import_tasks
"""The former name of :func:`import_tasks`, the same function; kept for existing callers."""

run_project_checks = check
"""The former name of :func:`check`, the same function; kept for existing callers."""
