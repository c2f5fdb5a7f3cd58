"""``todokit list``: the tasks, as an indented outline or as JSON.

Examples:
    >>> from todokit.document import parse
    >>> outline(parse("## Now\\n- [ ] a\\n  - [x] b\\n\\n## Out of scope\\n### Now\\n- [ ] c\\n"))
    ['## Now', '1    [ ] a', '  1.1  [x] b', '## Out of scope > Now', '2    [ ] c']
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

from todokit.cli.context import open_project
from todokit.cli.output import Colored, Output
from todokit.document import Document
from todokit.document.outline import parked_flags
from todokit.lifecycle import listing
from todokit.lifecycle.serialize import section_path, task_json


def outline_rows(doc: Document) -> Iterator[tuple[str | Colored, ...]]:
    """Yield the pieces of each line of ``todokit list``: headings, then coloured boxes."""
    section: tuple[str, ...] = ()
    for task in doc.tasks:
        path = section_path(task)
        if path != section and path:
            yield ("## " + " > ".join(path),)
        section = path
        depth = task.index.count(".")
        box = f"[{task.marker}]"
        status = task.status.value if task.status is not None else ""
        yield (f"{'  ' * depth}{task.index:<4} ", Colored(box, status), f" {task.text}")


def outline(doc: Document) -> list[str]:
    """Return the plain text lines of ``todokit list`` for ``doc``'s tasks."""
    return [
        "".join(part if isinstance(part, str) else part.text for part in row)
        for row in outline_rows(doc)
    ]


def list_json(path: Path, doc: Document) -> dict[str, object]:
    """Return the ``list.v1`` document of the todo file at ``path``, read as ``doc``."""
    flags = parked_flags(doc)
    tasks = [task_json(task, parked=flags[task.number]) for task in doc.tasks]
    return {"file": str(path), "tasks": tasks}


def run_list(args: argparse.Namespace, output: Output) -> int:
    """List the tasks of the project's todo file."""
    tasks = listing.list_tasks(open_project(args))
    doc = tasks.document
    if output.json:
        output.data(list_json(tasks.path, doc))
        return 0
    if not tasks.exists:
        output.line(f"no todo file yet at {tasks.path} (todokit start or todokit add creates it)")
        return 0
    for row in outline_rows(doc):
        output.line(*row)
    if not doc.tasks:
        output.line("no tasks")
    return 0
