"""The lossless document model: parse a Markdown task list, edit it, render it.

This package has no I/O and imports mistune only when a task's plain text
needs its inline parser.

Examples:
    >>> from todokit.document import parse
    >>> doc = parse("- [ ] Write tests\\n")
    >>> doc.tasks[0].status.value
    'open'
"""

from todokit.document.item import Item
from todokit.document.model import Document, parse
from todokit.document.scanned import Heading
from todokit.document.status import Status

__all__ = ["Document", "Heading", "Item", "Status", "parse"]
