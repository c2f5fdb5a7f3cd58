"""The list tools of Codex CLI and Gemini CLI, read as the TodoWrite list they amount to.

Like Claude Code's ``TodoWrite``, both tools send the agent's whole list on
every call, so todokit mirrors them the same way:

- Codex CLI's ``update_plan``: ``{"explanation"?: str, "plan": [{"step": str,
  "status": "pending" | "in_progress" | "completed"}]}``.
- Gemini CLI's ``write_todos``: ``{"todos": [{"description": str, "status":
  "pending" | "in_progress" | "completed" | "cancelled" | "blocked"}]}``.
  ``cancelled`` reads as ``deleted`` (todokit: cancelled); ``blocked`` reads
  as ``pending``, since todokit has no blocked state and the task is not
  finished.

Examples:
    >>> todowrite_input("update_plan", {"plan": [{"step": "Fix login", "status": "completed"}]})
    {'todos': [{'content': 'Fix login', 'status': 'completed'}]}
    >>> todowrite_input("write_todos", {"todos": [{"description": "Docs", "status": "blocked"}]})
    {'todos': [{'content': 'Docs', 'status': 'pending'}]}
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from todokit.errors import InvalidInputError
from todokit.mirror._payload import first_text, normal_agent_status

PLAN_TOOLS = frozenset({"update_plan", "write_todos"})
"""The tools whose calls are read as a TodoWrite list."""

# tool -> (list key, text key, what one item is called)
_SHAPES = {
    "update_plan": ("plan", "step", "step"),
    "write_todos": ("todos", "description", "todo"),
}
_GEMINI_STATUSES = {"cancelled": "deleted", "blocked": "pending"}


def todowrite_input(tool_name: str, tool_input: Mapping[str, Any]) -> dict[str, Any]:
    """Return the TodoWrite input equivalent to a call of ``update_plan`` or ``write_todos``.

    The result is ``{"todos": [{"content", "status"}]}`` in the tool's order,
    with statuses normalised to ``pending``, ``in_progress``, ``completed`` or
    ``deleted``.

    Raises:
        InvalidInputError: The input has no list of items, an item is not an
            object, has no text, or has an unknown status; ``tool_name`` is
            not a plan tool.

    Complexity: O(number of items).

    Examples:
        >>> todowrite_input("update_plan", {"plan": "x"})
        Traceback (most recent call last):
        ...
        todokit.errors.InvalidInputError: update_plan input has no 'plan' list
    """
    if tool_name not in _SHAPES:
        raise InvalidInputError(f"{tool_name} is not a plan tool")
    list_key, text_key, noun = _SHAPES[tool_name]
    items = tool_input.get(list_key)
    if not isinstance(items, list):
        raise InvalidInputError(f"{tool_name} input has no {list_key!r} list")
    todos = []
    for number, item in enumerate(items, start=1):
        what = f"{tool_name} {noun} #{number}"
        if not isinstance(item, Mapping):
            raise InvalidInputError(f"{what} is not an object")
        content = first_text(item, (text_key,))
        if content is None:
            raise InvalidInputError(f"{what} has no {text_key!r} text")
        status = item.get("status")
        if tool_name == "write_todos" and isinstance(status, str):
            status = _GEMINI_STATUSES.get(status.strip().lower(), status)
        todos.append({"content": content, "status": normal_agent_status(status, what)})
    return {"todos": todos}
