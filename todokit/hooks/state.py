"""The hook's memory: which sessions already started, which agent task is which.

A small JSON file beside the todo file (``.claude/todokit-state.json``),
written atomically under the todo file's lock. A missing or damaged state file
is treated as empty: at worst a session starts once more.

Examples:
    >>> state = HookState.from_json('{"sessions": {"s1": {"task": "x"}}}')
    >>> (state.started("s1"), state.started("s2"))
    (True, False)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from todokit._record import field, record

STATE_NAME = "todokit-state.json"
MAX_SESSIONS = 200
MAX_TASK_IDS = 2000


@record(frozen=False)
class HookState:
    """Started sessions and the agent-task-id to todokit-id map."""

    sessions: dict[str, dict[str, Any]] = field(default_factory=dict)
    task_ids: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_json(cls, text: str) -> HookState:
        """Read a state from JSON; anything malformed yields an empty state."""
        try:
            data = json.loads(text)
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()
        sessions = data.get("sessions")
        task_ids = data.get("task_ids")
        return cls(
            {k: v for k, v in sessions.items() if isinstance(v, dict)}
            if isinstance(sessions, dict)
            else {},
            {k: v for k, v in task_ids.items() if isinstance(v, str)}
            if isinstance(task_ids, dict)
            else {},
        )

    @classmethod
    def load(cls, claude_dir: Path) -> HookState:
        """Read the state file of a project (empty when missing or not valid JSON).

        Raises:
            InvalidInputError: The state file is not a regular file, is larger
                than 4 MiB, or cannot be read.
        """
        from todokit.files.reading import read_optional  # noqa: PLC0415 - lazy

        data = read_optional(claude_dir / STATE_NAME)
        return cls() if data is None else cls.from_json(data.decode("utf-8", "replace"))

    def started(self, session_id: str) -> bool:
        """Whether ``session_id`` already started its task."""
        return session_id in self.sessions

    def remember_session(self, session_id: str, task: str, day: str) -> None:
        """Record that ``session_id`` started ``task`` on ``day``; the oldest sessions go."""
        self.sessions[session_id] = {"task": task[:200], "started": day}
        while len(self.sessions) > MAX_SESSIONS:
            self.sessions.pop(next(iter(self.sessions)))

    def remember_task(self, agent_id: str, todokit_id: str) -> None:
        """Map an agent task id to a todokit task id."""
        self.task_ids[agent_id] = todokit_id
        while len(self.task_ids) > MAX_TASK_IDS:
            self.task_ids.pop(next(iter(self.task_ids)))

    def to_json(self) -> str:
        """Return the state as JSON text."""
        return (
            json.dumps(
                {"version": 1, "sessions": self.sessions, "task_ids": self.task_ids}, indent=1
            )
            + "\n"
        )

    def save(self, claude_dir: Path) -> None:
        """Write the state file atomically (call with the todo file's lock held)."""
        from todokit.files.atomic import atomic_write_bytes  # noqa: PLC0415 - lazy

        atomic_write_bytes(claude_dir / STATE_NAME, self.to_json().encode("utf-8"))
