"""Reading the one-task tools and events: TaskCreate, TaskUpdate, TaskCreated, TaskCompleted.

TaskCreate's input has no id: Claude Code returns it in the tool response as
``{"task": {"id", "subject"}}``. The TaskCreated and TaskCompleted hook
events carry ``task_id``, ``task_subject`` and ``task_description`` at the top
level of the event object.

Examples:
    >>> todo_from_task_tool("TaskCompleted", {"task_id": "5", "task_subject": "Docs"}, None)
    AgentTodo(content='Docs', status='completed', active_form=None, task_id='5', priority=None)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from todokit.errors import InvalidInputError
from todokit.mirror._payload import (
    FORM_KEYS,
    SUBJECT_KEYS,
    AgentTodo,
    first_id,
    first_text,
    normal_agent_status,
)

_TOOLS = frozenset({"TaskCreate", "TaskUpdate", "TaskCreated", "TaskCompleted"})


def todo_from_task_tool(
    tool_name: str, tool_input: object, tool_response: object
) -> AgentTodo | None:
    """Read the one task a task tool call or task event is about.

    Args:
        tool_name: ``TaskCreate`` or ``TaskUpdate`` (PostToolUse), or the
            event name ``TaskCreated`` or ``TaskCompleted``.
        tool_input: The tool's input; for the two events, the whole event
            object (its task may also sit under a ``task`` key).
        tool_response: The tool's response; TaskCreate's carries the new
            id as ``{"task": {"id": …}}`` or ``{"id": …}``. Ignored otherwise.

    Returns:
        The task (``TaskCreated`` → pending, ``TaskCompleted`` → completed;
        an update leaves unchanged fields empty), or ``None`` for any other
        tool name or for an input that is not an object.

    Raises:
        InvalidInputError: The call names no task (no subject on creation,
            no id on update) or carries an unknown status.

    Examples:
        >>> todo = todo_from_task_tool("TaskCreate", {"subject": "Fix login"}, {"id": "7"})
        >>> todo.content, todo.status, todo.task_id
        ('Fix login', 'pending', '7')
        >>> todo_from_task_tool("TaskUpdate", {"taskId": "7", "status": "completed"}, None).status
        'completed'
    """
    if tool_name not in _TOOLS:
        return None
    if not isinstance(tool_input, Mapping):
        return None
    if tool_name == "TaskUpdate":
        return _from_update(tool_input)
    source: Mapping[str, Any] = tool_input
    if tool_name != "TaskCreate" and isinstance(tool_input.get("task"), Mapping):
        source = {**tool_input, **tool_input["task"]}
    content = first_text(source, SUBJECT_KEYS) or first_text(
        source, ("task_description", "description")
    )
    if not content:
        raise InvalidInputError(f"{tool_name} names no task subject")
    task_id = first_id(source)
    if tool_name == "TaskCreate":
        task_id = _response_id(tool_response) or task_id
    status = "completed" if tool_name == "TaskCompleted" else "pending"
    return AgentTodo(content, status, first_text(source, FORM_KEYS), task_id, None)


def _from_update(tool_input: Mapping[str, Any]) -> AgentTodo:
    """Read a TaskUpdate input; fields it does not change stay empty."""
    task_id = first_id(tool_input)
    if task_id is None:
        raise InvalidInputError("TaskUpdate names no task id")
    raw_status = tool_input.get("status")
    status = (
        "" if raw_status is None else normal_agent_status(raw_status, f"TaskUpdate of {task_id}")
    )
    content = first_text(tool_input, SUBJECT_KEYS) or ""
    return AgentTodo(content, status, first_text(tool_input, FORM_KEYS), task_id, None)


def _response_id(response: object) -> str | None:
    """Find the new task's id in TaskCreate's response."""
    if not isinstance(response, Mapping):
        return None
    task = response.get("task")
    if isinstance(task, Mapping):
        return first_id(task)
    return first_id(response)
