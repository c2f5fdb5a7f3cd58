"""Names of code in task text (files, identifiers, versions), and the links they make.

A file name (``buffer_manager.py``), a code identifier (``DEFAULT_FILE_STORAGE``,
``StatusItemController``) or a version (``3.9``) names one thing: two tasks of
a list that write the same one are about the same code, as two tasks that
share a ticket id are about the same piece of work. A test file names what it
tests: ``tests/test_buffer_manager.py`` and ``App.test.tsx`` name
``buffer_manager`` and ``app.tsx``.

Examples:
    >>> sorted(code_names("tests/test_buffer_manager.py for StatusItemController"))
    ['buffer_manager', 'statusitemcontroller']
    >>> sorted(code_names("Drop Python 3.9 from the CI matrix"))
    ['v3.9']
    >>> code_names("Fix the login form, e.g. the labels")
    frozenset()
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from todokit.ranking.tickets import ticket_ids

MAX_HOLDERS = 5
"""Most tasks a name may appear in and still link them; more, and it is a label of the list."""
MAX_TICKET_HOLDERS = 50
"""Most tasks a ticket id may appear in and still link them (a milestone lists many)."""

# A file name: an optional directory path, a name, a dot and an extension of
# letters (two to five, so "e.g." and "v1.0" are none).
_FILE = re.compile(
    r"(?<![\w.])(?:[\w-]+/)*([A-Za-z_][\w-]*?(?:\.[\w-]+)*?)\.([A-Za-z]\w{1,4})(?!\w|\.\w)"
)
_SNAKE = re.compile(r"(?<![\w.])[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?!\w)")
# camelCase with two letters or more before its first hump (not "iPhone"), or
# CamelCase of three parts or more (not a brand such as "GitHub" or "JavaScript").
_CAMEL = re.compile(
    r"(?<![\w.])(?:[a-z]{2,}[A-Z][a-z0-9]+|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+){2,})[A-Za-z0-9]*(?!\w)"
)
_VERSION = re.compile(r"(?<![\w.])v?(\d+\.\d+(?:\.\d+)*)(?![\w.]*\w)")
# The affixes of a test file's name around the name of what it tests.
_TEST_AFFIX = re.compile(r"^tests?_|(?:_tests?|_spec|\.test|\.spec|test|spec)$")


def _tested(name: str) -> str:
    """Lower-case ``name`` without a test file's affix: ``test_hub_agent`` → ``hub_agent``."""
    name = name.lower()
    return _TEST_AFFIX.sub("", name) or name


def code_names(text: str) -> frozenset[str]:
    """Return the names of code a text writes: files, identifiers and versions, lower-cased.

    A file counts by its name without directory; a compound name (with ``_``,
    ``-`` or camel humps) counts without its extension, so ``buffer_manager.py``
    and ``buffer_manager`` are one name, and a single word keeps it
    (``config.py`` and ``config.json`` are two files). A version is written
    ``v`` and its digits (``Python 3.9`` gives ``v3.9``).

    Complexity: O(len(text)).

    Examples:
        >>> sorted(code_names("Wire into App.tsx; App.test.tsx covers it"))
        ['app.tsx']
        >>> sorted(code_names("Move DEFAULT_FILE_STORAGE to STORAGES in 5.1"))
        ['default_file_storage', 'v5.1']
    """
    found: set[str] = set()
    for name, extension in _FILE.findall(text):
        base = _tested(name)
        compound = "_" in base or "-" in base or _CAMEL.fullmatch(name) is not None
        found.add(base if compound else f"{base}.{extension.lower()}")
    found.update(_tested(word) for word in _SNAKE.findall(text))
    found.update(_tested(word) for word in _CAMEL.findall(text))
    found.update("v" + digits for digits in _VERSION.findall(text))
    return frozenset(found)


def linked(texts: Sequence[str]) -> dict[int, list[int]]:
    """Return, for each text sharing a ticket id or name, the sorted indexes of the others.

    A text that shares none has no entry. A ticket id written by more than
    :data:`MAX_TICKET_HOLDERS` texts, or a code name by more than
    :data:`MAX_HOLDERS`, links nothing: it labels the list rather than one
    piece of work.

    Complexity: O(total ids and names written + links made); memory, the same.

    Examples:
        >>> linked(["T-1: engine", "MS1: T-1..T-2", "T-2: map", "docs"])
        {0: [1], 1: [0, 2], 2: [1]}
        >>> linked(["Implement hub_agent.py", "tests/test_hub_agent.py", "docs"])
        {0: [1], 1: [0]}
    """
    holders: dict[tuple[bool, str], list[int]] = {}
    for index, text in enumerate(texts):
        keys = {(True, ticket) for ticket in ticket_ids(text)}
        keys.update((False, name) for name in code_names(text))
        for key in keys:
            holders.setdefault(key, []).append(index)
    links: dict[int, set[int]] = {}
    for (is_ticket, _), indexes in holders.items():
        if 1 < len(indexes) <= (MAX_TICKET_HOLDERS if is_ticket else MAX_HOLDERS):
            for index in indexes:
                links.setdefault(index, set()).update(other for other in indexes if other != index)
    return {index: sorted(links[index]) for index in sorted(links)}


__all__ = ["MAX_HOLDERS", "code_names", "linked"]
