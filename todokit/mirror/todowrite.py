"""Reading and writing the task payloads of Claude Code's task tools.

Claude Code has two families of task tools. ``TodoWrite`` sends the whole list
each time: ``{"todos": [{"content", "status", "activeForm"}]}`` (older builds:
``{"content", "status", "priority", "id"}``). ``TaskCreate`` and
``TaskUpdate`` change one task at a time, and the ``TaskCreated`` and
``TaskCompleted`` hook events report one task each
(:func:`~todokit.mirror.tasktools.todo_from_task_tool`, re-exported here).
These pure functions turn all of them into :class:`AgentTodo` values and back;
nothing here touches a file.

Status mapping (todokit → agent):

===============  ===============  ==========================================
todokit          agent            why
===============  ===============  ==========================================
``open``         ``pending``
``in_progress``  ``in_progress``
``done``         ``completed``
``cancelled``    ``completed``    finished for good: the agent must not pick
                                  it up again, and the tools have no
                                  cancelled state
``deferred``     ``pending``      still to do, later
``other``        ``pending``      an unknown marker is not a finished task
===============  ===============  ==========================================

The reverse: ``pending`` → ``open``, ``in_progress`` → ``in_progress``,
``completed`` → ``done``, ``deleted`` → ``cancelled``.

Examples:
    >>> [todo] = todos_from_todowrite({"todos": [{"content": "Fix login", "status": "pending",
    ...                                           "activeForm": "Fixing login"}]})
    >>> todo.content, todo.status, todo.active_form
    ('Fix login', 'pending', 'Fixing login')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from todokit.errors import InvalidInputError
from todokit.mirror._payload import (
    AGENT_STATUSES,
    FORM_KEYS,
    AgentTodo,
    first_id,
    first_text,
    normal_agent_status,
)
from todokit.mirror.tasktools import todo_from_task_tool

__all__ = [
    "AGENT_STATUSES",
    "AgentTodo",
    "export_todowrite",
    "todo_from_task_tool",
    "todokit_status",
    "todos_from_todowrite",
    "todowrite_status",
]

_TO_AGENT = {
    "open": "pending",
    "in_progress": "in_progress",
    "done": "completed",
    "cancelled": "completed",
    "deferred": "pending",
    "other": "pending",
}
_TO_TODOKIT = {
    "pending": "open",
    "in_progress": "in_progress",
    "completed": "done",
    "deleted": "cancelled",
}


def todos_from_todowrite(payload: Mapping[str, Any] | Sequence[Any]) -> list[AgentTodo]:
    """Read the todos of a TodoWrite call.

    Args:
        payload: The tool input ``{"todos": [...]}``, the tool response
            ``{"oldTodos": [...], "newTodos": [...]}`` (the new list is read),
            or a bare list of todos. Each todo has ``content`` and ``status``,
            and optionally ``activeForm``/``active_form``, ``id`` and
            ``priority``.

    Returns:
        The todos in their given order.

    Raises:
        InvalidInputError: The payload or a todo has the wrong shape, a todo
            has no text, or a status is not one of :data:`AGENT_STATUSES`.

    Complexity: O(number of todos).

    Examples:
        >>> [t.status for t in todos_from_todowrite([{"content": "a", "status": "completed"}])]
        ['completed']
    """
    items: object = payload
    if isinstance(payload, Mapping):
        items = payload.get("todos", payload.get("newTodos"))
    if isinstance(items, str | bytes) or not isinstance(items, Sequence):
        raise InvalidInputError("TodoWrite payload has no 'todos' list")
    todos = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, Mapping):
            raise InvalidInputError(f"TodoWrite todo #{number} is not an object")
        content = first_text(item, ("content",))
        if not content:
            raise InvalidInputError(f"TodoWrite todo #{number} has no 'content' text")
        status = normal_agent_status(item.get("status"), f"TodoWrite todo #{number}")
        todos.append(
            AgentTodo(
                content=content,
                status=status,
                active_form=first_text(item, FORM_KEYS),
                task_id=first_id(item),
                priority=first_text(item, ("priority",)),
            )
        )
    return todos


def todowrite_status(status: str) -> str:
    """Map a todokit status to the agent's (see the table in the module docs).

    Args:
        status: ``open``, ``in_progress``, ``done``, ``cancelled``,
            ``deferred`` or ``other``.

    Returns:
        ``pending``, ``in_progress`` or ``completed``.

    Raises:
        InvalidInputError: ``status`` is not a todokit status.

    Examples:
        >>> todowrite_status("cancelled")
        'completed'
    """
    try:
        return _TO_AGENT[status]
    except KeyError:
        raise InvalidInputError(f"unknown todokit status {status!r}") from None


def todokit_status(agent_status: str) -> str:
    """Map an agent task status to todokit's.

    Args:
        agent_status: ``pending``, ``in_progress``, ``completed`` or
            ``deleted`` (case and surrounding spaces ignored).

    Returns:
        ``open``, ``in_progress``, ``done`` or ``cancelled``.

    Raises:
        InvalidInputError: The status is none of those.

    Examples:
        >>> todokit_status("deleted")
        'cancelled'
    """
    return _TO_TODOKIT[normal_agent_status(agent_status, "agent task")]


def export_todowrite(entries: Iterable[tuple[str, str]]) -> dict[str, list[dict[str, str]]]:
    """Build a TodoWrite payload from todokit tasks.

    ``activeForm`` is the task text itself: a present-continuous wording
    ("Fixing login" from "Fix login") cannot be derived reliably from free text.

    Args:
        entries: ``(text, todokit status)`` pairs in the order to show.

    Returns:
        ``{"todos": [{"content", "status", "activeForm"}, ...]}``.

    Raises:
        InvalidInputError: A status is not a todokit status.

    Examples:
        >>> export_todowrite([("Fix login", "done")])
        {'todos': [{'content': 'Fix login', 'status': 'completed', 'activeForm': 'Fix login'}]}
    """
    todos = [
        {"content": text, "status": todowrite_status(status), "activeForm": text}
        for text, status in entries
    ]
    return {"todos": todos}
