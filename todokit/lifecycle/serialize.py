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

from todokit.document import Item


def task_json(
    task: Item, *, score: float | None = None, parked: bool | None = None
) -> dict[str, Any]:
    """Return the JSON object for one task.

    Args:
        task: A task of a document.
        score: Its relevance to the task at hand, when one was computed.
        parked: Whether it sits in "Out of scope", when the caller knows.

    Returns:
        ``{"id", "index", "line", "depth", "parent", "status", "marker",
        "checked", "text", "raw", "section", "priority", "due"}`` plus
        ``"score"`` and ``"parked"`` when given.
    """
    from todokit.ranking.dates import extract_due  # noqa: PLC0415 - keeps list's start-up lean
    from todokit.ranking.priority import effective_priority  # noqa: PLC0415

    parent, source = task.task_parent, task.source_text
    priority = effective_priority(source, tuple(reversed(task.heading_path)))
    due = extract_due(source)
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
    if parked is not None:
        data["parked"] = parked
    return data
