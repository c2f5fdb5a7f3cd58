"""``todokit list``: the tasks, as an indented outline or as JSON.

Examples:
    >>> from todokit.document import parse
    >>> outline(parse("## Now\\n- [ ] a\\n  - [x] b\\n\\n## Out of scope\\n### Now\\n- [ ] c\\n"))
    ['## Now', '1    [ ] a', '  1.1  [x] b', '## Out of scope > Now', '2    [ ] c']
"""

from __future__ import annotations

import argparse

from todokit.cli.context import open_project
from todokit.cli.output import Output
from todokit.document import Document
from todokit.document.outline import parked_flags
from todokit.lifecycle.serialize import section_path, task_json
from todokit.lifecycle.transaction import read_document


def outline(doc: Document, output: Output | None = None) -> list[str]:
    """Return the human-readable lines for ``doc``'s tasks, with section headings."""
    lines: list[str] = []
    section: tuple[str, ...] = ()
    for task in doc.tasks:
        path = section_path(task)
        if path != section and path:
            lines.append("## " + " > ".join(path))
        section = path
        depth = task.index.count(".")
        box = f"[{task.marker}]"
        if output is not None and task.status is not None:
            box = output.status(task.status.value, box)
        lines.append(f"{'  ' * depth}{task.index:<4} {box} {task.text}")
    return lines


def run_list(args: argparse.Namespace, output: Output) -> int:
    """List the tasks of the project's todo file."""
    project = open_project(args)
    doc = read_document(project.todo, strict=False) or Document(())
    if output.json:
        flags = parked_flags(doc)
        tasks = [task_json(task, parked=flags[task.number]) for task in doc.tasks]
        output.data({"file": str(project.todo.path), "tasks": tasks})
        return 0
    if not project.todo.exists():
        output.line(
            f"no todo file yet at {project.todo.path} (todokit start or todokit add creates it)"
        )
        return 0
    for line in outline(doc, output):
        output.line(line)
    if not doc.tasks:
        output.line("no tasks")
    return 0
