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
from todokit.cli.output import Colored, Output, json_text
from todokit.document import Document
from todokit.document.outline import parked_flags
from todokit.lifecycle import listing
from todokit.lifecycle.serialize import task_json


def outline_rows(doc: Document) -> Iterator[tuple[str | Colored, ...]]:
    """Yield the pieces of each line of ``todokit list``: headings, then coloured boxes."""
    section: tuple[str, ...] = ()
    for task in doc.tasks:
        path = task.heading_path
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


_CHUNK = 1024  # tasks per call of the JSON encoder


def list_json(path: Path, doc: Document) -> dict[str, object]:
    """Return the ``list.v1`` document of the todo file at ``path``, read as ``doc``."""
    flags = parked_flags(doc)
    tasks = [task_json(task, parked=flags[task.number]) for task in doc.tasks]
    return {"file": str(path), "tasks": tasks}


def list_json_text(path: Path, doc: Document, *, indent: bool) -> Iterator[str]:
    """Yield the text of :func:`list_json`'s document in pieces, as ``json_text`` writes it.

    A thousand tasks at a time become objects and then text, so the whole
    document never stands in memory, neither as objects nor as text.

    Examples:
        >>> from todokit.document import parse
        >>> doc = parse("- [ ] a\\n- [x] b\\n")
        >>> "".join(list_json_text(Path("t.md"), doc, indent=False)) == json_text(
        ...     list_json(Path("t.md"), doc))
        True
    """
    head = json_text({"file": str(path), "tasks": []}, indent=indent)
    if not doc.tasks:
        yield head
        return
    opening, closing = head.rsplit("[]", 1)
    yield opening + "["
    flags = parked_flags(doc)
    tasks = doc.tasks
    for first in range(0, len(tasks), _CHUNK):
        chunk = [task_json(t, parked=flags[t.number]) for t in tasks[first : first + _CHUNK]]
        body = json_text(chunk, indent=indent)[1:-1]  # the objects, without the brackets
        if indent:  # one level deeper than a list of its own, its last line break dropped
            body = body.replace("\n", "\n  ")[:-3]
        yield body if first == 0 else "," + body
    yield ("\n  ]" if indent else "]") + closing


def run_list(args: argparse.Namespace, output: Output) -> int:
    """List the tasks of the project's todo file."""
    tasks = listing.list_tasks(open_project(args))
    doc = tasks.document
    if output.json:
        output.data_pieces(list_json_text(tasks.path, doc, indent=output.indent))
        return 0
    if not tasks.exists:
        output.line(f"no todo file yet at {tasks.path} (todokit start or todokit add creates it)")
        return 0
    for row in outline_rows(doc):
        output.line(*row)
    if not doc.tasks:
        output.line("no tasks")
    return 0
