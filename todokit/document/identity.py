"""Stable ids and index paths for the items of a document.

An id is a short hash of what a task says (its text after the checkbox,
whitespace folded), so it survives moves and status changes. Identical texts
get ``-2``, ``-3`` … in document order, keeping ids unique. Index paths
(``2.1``) number tasks among their sibling tasks, as ``todokit list`` shows them.

Examples:
    >>> from todokit.document import parse
    >>> doc = parse("- [ ] a\\n  - [ ] b\\n- [ ] a\\n")
    >>> [t.index for t in doc.tasks]
    ['1', '1.1', '2']
    >>> doc.tasks[2].id == doc.tasks[0].id + "-2"
    True
"""

from __future__ import annotations

try:
    # The same function as hashlib.blake2b, without hashlib's OpenSSL start-up cost.
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - an interpreter built without it
    from hashlib import blake2b
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from todokit.document.item import Item

ID_LENGTH = 8


def content_hash(text: str) -> str:
    """Return the id stem of a task whose text after the checkbox is ``text``.

    Args:
        text: The task's source text.

    Returns:
        ``ID_LENGTH`` lower-case hex digits.

    Examples:
        >>> content_hash("Ship  it") == content_hash(" Ship it ")
        True
    """
    folded = " ".join(text.split())
    try:
        data = folded.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate no byte stands for, as JSON "\ud83d" gives
        data = folded.encode("utf-8", "surrogatepass")
    digest = blake2b(data, digest_size=8)
    return digest.hexdigest()[:ID_LENGTH]


def assign_ids(items: Sequence[Item]) -> dict[int, str]:
    """Give every item a unique id derived from its content.

    Args:
        items: All items of a document, in document order.

    Returns:
        A map from item number to id.

    Complexity: O(total text length).
    """
    seen: dict[str, int] = {}
    ids: dict[int, str] = {}
    for item in items:
        stem = content_hash(item.source_text)
        count = seen.get(stem, 0) + 1
        seen[stem] = count
        ids[item.number] = stem if count == 1 else f"{stem}-{count}"
    return ids


def assign_indexes(tasks: Sequence[Item]) -> dict[int, str]:
    """Number tasks by their position among sibling tasks (``1``, ``1.2`` …).

    A task's parent here is its nearest enclosing *task*, so plain items that
    merely group tasks do not add a level.

    Args:
        tasks: All tasks of a document, in document order.

    Returns:
        A map from item number to index path.

    Complexity: O(number of tasks x nesting).
    """
    indexes: dict[int, str] = {}
    counters: dict[int, int] = {}
    for task in tasks:
        parent = task.task_parent
        key = -1 if parent is None else parent.number
        counters[key] = counters.get(key, 0) + 1
        prefix = "" if parent is None else indexes[parent.number] + "."
        indexes[task.number] = f"{prefix}{counters[key]}"
    return indexes
