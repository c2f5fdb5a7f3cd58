"""How a new task line is written: like its neighbour, with the same indent and bullet.

A numbered neighbour gives the next number; a new list under an item starts at 1.

Examples:
    >>> from todokit.document import parse
    >>> doc = parse("  3) [ ] a\\n")
    >>> task_line(marker_prefix(doc, doc.items[0]), "b", Status.OPEN, "\\n")
    '  4) [ ] b\\n'
"""

from __future__ import annotations

import re

from todokit.document.item import Item
from todokit.document.lines import raw_index_of_column
from todokit.document.model import Document
from todokit.document.status import Status

_ORDERED = re.compile(r"(\d{1,9})([.)])")


def marker_prefix(doc: Document, sibling: Item, *, restart: bool = False) -> str:
    """The indent and marker after ``sibling``'s, or (restart) the first of a new list like it."""
    content = doc.content(sibling.start)
    prefix = content[: raw_index_of_column(content, sibling.marker_column)]
    rest = content[len(prefix) :]
    ordered = _ORDERED.match(rest)
    if ordered:
        # A new list must start at 1: only then can it follow its parent's text.
        number = 1 if restart else int(ordered.group(1)) + 1
        return f"{prefix}{number}{ordered.group(2)} "
    return f"{prefix}{rest[0]} "


def task_line(prefix: str, text: str, status: Status, newline: str) -> str:
    """The whole line of a task: ``prefix`` (indent and marker), checkbox, text and ending."""
    return f"{prefix}[{status.marker}] {text}{newline}"
