"""The JSON shape of a task, shared by ``list``, ``start``, ``scope`` and the hooks.

The shape is a contract that agent tooling reads (see ``docs/cli.md`` and the
schemas in ``todokit/schemas``): fields are only ever added.

Examples:
    >>> from todokit.document import parse
    >>> data = task_json(parse("## Now\\n- [/] **P1** Ship\\n").tasks[0])
    >>> (data["index"], data["status"], data["text"], data["priority"]["label"])
    ('1', 'in_progress', 'P1 Ship', 'high')
"""

from __future__ import annotations

from typing import Any

from todokit.document import Document, Item

# The heading paths of the last few documents: computing them costs one pass
# over the headings, after which every item's path is a look-up. Keeping the
# document itself in the entry makes the id key safe from reuse.
_PATHS: dict[int, tuple[Document, list[tuple[str, ...]]]] = {}
_PATHS_KEPT = 4


def heading_paths(doc: Document) -> list[tuple[str, ...]]:
    """Return, per heading of ``doc``, the texts of it and the headings it sits under.

    Complexity: O(number of headings), once per document.
    """
    cached = _PATHS.get(id(doc))
    if cached is not None and cached[0] is doc:
        return cached[1]
    paths: list[tuple[str, ...]] = []
    stack: list[tuple[int, tuple[str, ...]]] = []
    for heading in doc.headings:
        while stack and stack[-1][0] >= heading.level:
            stack.pop()
        path = (*(stack[-1][1] if stack else ()), heading.text)
        stack.append((heading.level, path))
        paths.append(path)
    if len(_PATHS) >= _PATHS_KEPT:
        _PATHS.pop(next(iter(_PATHS)))
    _PATHS[id(doc)] = (doc, paths)
    return paths


def section_path(item: Item) -> tuple[str, ...]:
    """Return the texts of the headings above ``item``, outermost first.

    Examples:
        >>> from todokit.document import parse
        >>> section_path(parse("# A\\n## B\\n### C\\n## D\\n- [ ] x\\n").tasks[0])
        ('A', 'D')
    """
    number = item._scan.section  # the scan record knows the section index
    return heading_paths(item.document)[number] if number >= 0 else ()


def task_json(task: Item, *, score: float | None = None) -> dict[str, Any]:
    """Return the JSON object for one task.

    Args:
        task: A task of a document.
        score: Its relevance to the task at hand, when one was computed.

    Returns:
        ``{"id", "index", "line", "depth", "parent", "status", "marker",
        "checked", "text", "raw", "section", "priority", "due"}`` plus
        ``"score"`` when given.
    """
    from todokit.ranking.dates import extract_due  # noqa: PLC0415 - keeps list's start-up lean
    from todokit.ranking.priority import effective_priority  # noqa: PLC0415

    parent = task.task_parent
    priority = effective_priority(task.source_text, tuple(reversed(section_path(task))))
    due = extract_due(task.source_text)
    data: dict[str, Any] = {
        "id": task.id,
        "index": task.index,
        "line": task.line,
        "depth": task.depth,
        "parent": parent.id if parent is not None else None,
        "status": task.status.value if task.status else None,
        "marker": task.marker,
        "checked": task.checked,
        "text": task.text,
        "raw": task.raw,
        "section": task.section,
        "priority": {
            "rank": priority.rank,
            "label": priority.label,
            "source": priority.source,
        },
        "due": due.isoformat() if due else None,
    }
    if score is not None:
        data["score"] = round(score, 4)
    return data
