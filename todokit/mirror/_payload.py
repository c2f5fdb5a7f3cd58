"""What every agent task payload has in common: the task value and its fields.

Claude Code and its hook events spell the same field several ways (``taskId``,
``task_id`` or ``id``; ``activeForm`` or ``active_form``); the readers here
accept every spelling, so the payload modules need not.

Examples:
    >>> first_id({"task_id": 4}), normal_agent_status(" Completed ", "todo")
    ('4', 'completed')
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from todokit.errors import InvalidInputError

AGENT_STATUSES = ("pending", "in_progress", "completed", "deleted")
"""The statuses Claude Code's task tools use."""

SUBJECT_KEYS = ("task_subject", "subject", "content", "title")
"""The spellings of a task's text, most specific first."""

FORM_KEYS = ("activeForm", "active_form")
"""The spellings of a task's present-continuous wording."""

_ID_KEYS = ("taskId", "task_id", "id")


@dataclass(frozen=True, slots=True)
class AgentTodo:
    """One task as an agent's task tool describes it.

    Attributes:
        content: The task's text. Empty for a ``TaskUpdate`` that does not
            change the subject.
        status: ``pending``, ``in_progress``, ``completed`` or ``deleted``.
            Empty for a ``TaskUpdate`` that does not change the status.
        active_form: The present-continuous wording shown while in progress.
        task_id: Claude Code's id for the task, when known.
        priority: ``high``, ``medium`` or ``low`` (older TodoWrite only).

    Examples:
        >>> AgentTodo("Fix login", "pending", None, "3", None).task_id
        '3'
    """

    content: str
    status: str
    active_form: str | None
    task_id: str | None
    priority: str | None


def normal_agent_status(value: object, what: str) -> str:
    """Return an agent task status as one of :data:`AGENT_STATUSES`, case and spaces ignored.

    ``what`` names the payload in the error message, e.g. ``"TodoWrite todo #2"``.

    Raises:
        InvalidInputError: The value is not one of them.

    Examples:
        >>> normal_agent_status("IN_PROGRESS", "todo")
        'in_progress'
    """
    status = value.strip().lower() if isinstance(value, str) else ""
    if status not in AGENT_STATUSES:
        expected = ", ".join(AGENT_STATUSES)
        raise InvalidInputError(f"{what} has status {value!r}; expected one of {expected}")
    return status


def first_text(item: Mapping[str, Any], keys: Sequence[str]) -> str | None:
    """Return the first non-blank string among ``item[key]`` for ``keys``, stripped, or None.

    ``keys`` are the field's spellings, in order of preference.

    Examples:
        >>> first_text({"subject": " ", "title": "Fix it "}, SUBJECT_KEYS)
        'Fix it'
    """
    for key in keys:
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def first_id(item: Mapping[str, Any]) -> str | None:
    """Return a task id under any of its spellings, as a string (integers converted), or None.

    Examples:
        >>> first_id({"taskId": "7"}), first_id({"id": True})
        ('7', None)
    """
    for key in _ID_KEYS:
        value = item.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None
