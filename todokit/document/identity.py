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
from collections.abc import Iterable, Sequence

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
    return folded_hash((text,))


def folded_hash(pieces: Sequence[str]) -> str:
    """Return :func:`content_hash` of ``"".join(pieces)``, without building that text.

    Whitespace is folded piece by piece, so a whole document's hash needs
    memory for one line at a time, not for all of its words at once.

    Args:
        pieces: Consecutive parts of one text, each but the last ending in
            whitespace (lines with their endings, say), so that no word spans two.

    Returns:
        ``ID_LENGTH`` lower-case hex digits.

    Examples:
        >>> folded_hash(["Ship \\n", "  it"]) == content_hash("Ship it")
        True
    """
    try:
        return _digest(pieces, "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate no byte stands for, as JSON "\ud83d" gives
        return _digest(pieces, "surrogatepass")


def _digest(pieces: Sequence[str], errors: str) -> str:
    """The hash of the pieces' words joined by single spaces, encoded with ``errors``."""
    digest = blake2b(digest_size=8)
    space = b""
    for piece in pieces:
        folded = " ".join(piece.split())
        if folded:
            digest.update(space + folded.encode("utf-8", errors))
            space = b" "
    return digest.hexdigest()[:ID_LENGTH]


def assign_ids(texts: Iterable[str]) -> list[str]:
    """Give every item a unique id derived from its content.

    Args:
        texts: The source text of every item of a document (see
            :attr:`~todokit.document.item.Item.source_text`), in document order.

    Returns:
        The ids, in the same order.

    Complexity: O(total length of the texts), which is at most the length of
    the document: an item holds only the text before an item opened on its line.

    Examples:
        >>> assign_ids(["a", "b", " a "])[2] == assign_ids(["a"])[0] + "-2"
        True
    """
    seen: dict[str, int] = {}
    ids: list[str] = []
    for text in texts:
        stem = content_hash(text)
        count = seen.get(stem, 0) + 1
        seen[stem] = count
        ids.append(stem if count == 1 else f"{stem}-{count}")
    return ids


def assign_indexes(tasks: Iterable[tuple[int, int]]) -> dict[int, str]:
    """Number tasks by their position among sibling tasks (``1``, ``1.2`` …).

    A task's parent here is its nearest enclosing *task*, so plain items that
    merely group tasks do not add a level.

    Args:
        tasks: ``(item number, item number of the nearest enclosing task or -1)``
            of every task of a document, in document order.

    Returns:
        A map from item number to index path.

    Complexity: O(total length of the index paths): a task nested ``k`` tasks
    deep sits on a line of its own indented by at least ``k`` columns, so this
    grows with the document, not with the square of its nesting.

    Examples:
        >>> assign_indexes([(0, -1), (1, 0), (3, -1)])
        {0: '1', 1: '1.1', 3: '2'}
    """
    indexes: dict[int, str] = {}
    counters: dict[int, int] = {}
    for number, parent in tasks:
        counters[parent] = counters.get(parent, 0) + 1
        prefix = "" if parent < 0 else indexes[parent] + "."
        indexes[number] = f"{prefix}{counters[parent]}"
    return indexes
