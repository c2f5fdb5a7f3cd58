"""The hook's memory: started sessions, which agent task is which, failing Stop checks.

A small JSON file beside the todo file (``.claude/todokit-state.json``),
written atomically under the todo file's lock. A missing or damaged state file
is treated as empty, and so is any part of it of an unexpected type: at worst
a session starts once more, or an agent task is matched by its subject again.

Agent task ids are remembered per *scope*: Claude Code numbers tasks from 1 in
every task list, so an id means something only within its list — the
session's own (``session:<id>``), or the shared list named by
``CLAUDE_CODE_TASK_LIST_ID`` (``list:<id>``).

Examples:
    >>> state = HookState.from_json('{"sessions": {"s1": {"task": "x"}, "s2": {"task": 5}}}')
    >>> (state.started("s1"), state.started("s3"), state.sessions["s2"])
    (True, False, {})
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

STATE_NAME = "todokit-state.json"
VERSION = 2
MAX_SESSIONS = 200
MAX_SCOPES = 20
MAX_TASK_IDS = 2000

_SESSION_FIELDS = ("task", "started")


@dataclass(slots=True)
class HookState:
    """What the hooks remember between events.

    Attributes:
        sessions: Session id to ``{"task": …, "started": "YYYY-MM-DD"}``.
        task_ids: Scope to {agent task key: todokit task id}.
        provisional: Scope to {agent task id: ``"added"`` or ``"matched"``}
            for tasks seen only in ``TaskCreated``, which fires before the task
            exists (another hook may still roll the creation back).
        stops: Session id to ``{"failed": [check names], "blocks": n}``, the
            checks that failed when the Stop hook last blocked.
    """

    sessions: dict[str, dict[str, str]] = field(default_factory=dict)
    task_ids: dict[str, dict[str, str]] = field(default_factory=dict)
    provisional: dict[str, dict[str, str]] = field(default_factory=dict)
    stops: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def from_json(cls, text: str) -> HookState:
        """Read a state from JSON; whatever is malformed is left out, never an error."""
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        sessions = {
            key: {name: value[name] for name in _SESSION_FIELDS if isinstance(value.get(name), str)}
            for key, value in _table(data.get("sessions")).items()
        }
        stops = {}
        for key, value in _table(data.get("stops")).items():
            failed, blocks = value.get("failed"), value.get("blocks")
            if isinstance(failed, list) and all(isinstance(name, str) for name in failed):
                count = blocks if isinstance(blocks, int) and not isinstance(blocks, bool) else 1
                stops[key] = {"failed": failed, "blocks": count}
        return cls(
            sessions,
            _scoped(data.get("task_ids")),
            _scoped(data.get("provisional")),
            stops,
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
        _trim(self.sessions, MAX_SESSIONS)

    def scope_ids(self, scope: str) -> dict[str, str]:
        """Return the agent-key to todokit-id map of ``scope`` (created empty, kept recent).

        Examples:
            >>> state = HookState()
            >>> state.scope_ids("session:a")["1"] = "0123abcd"
            >>> state.scope_ids("session:b")
            {}
        """
        return _scope(self.task_ids, scope)

    def scope_provisional(self, scope: str) -> dict[str, str]:
        """Return the provisional agent task ids of ``scope`` (created empty)."""
        return _scope(self.provisional, scope)

    def to_json(self) -> str:
        """Return the state as JSON text (empty scopes left out, each map trimmed)."""
        for table in (self.task_ids, self.provisional):
            for scope in [key for key, ids in table.items() if not ids]:
                del table[scope]
            for ids in table.values():
                _trim(ids, MAX_TASK_IDS)
        _trim(self.stops, MAX_SESSIONS)
        payload = {
            "version": VERSION,
            "sessions": self.sessions,
            "task_ids": self.task_ids,
            "provisional": self.provisional,
            "stops": self.stops,
        }
        return json.dumps(payload, indent=1) + "\n"

    def save(self, claude_dir: Path) -> None:
        """Write the state file atomically (call with the todo file's lock held)."""
        from todokit.files.atomic import atomic_write_bytes  # noqa: PLC0415 - lazy

        atomic_write_bytes(claude_dir / STATE_NAME, self.to_json().encode("utf-8"))


def _table(value: object) -> dict[str, dict[str, Any]]:
    """The entries of a JSON object whose values are objects (nothing else is kept)."""
    if not isinstance(value, dict):
        return {}
    return {key: entry for key, entry in value.items() if isinstance(entry, dict)}


def _scoped(value: object) -> dict[str, dict[str, str]]:
    """A scope-to-map table with string values only.

    Other shapes are dropped, among them state version 1's single map, whose ids
    crossed sessions.
    """
    return {
        scope: {key: text for key, text in ids.items() if isinstance(text, str)}
        for scope, ids in _table(value).items()
    }


def _scope(table: dict[str, dict[str, str]], scope: str) -> dict[str, str]:
    """Return ``table[scope]``, moved to the end as the most recent; the oldest go."""
    ids = table.pop(scope, {})
    table[scope] = ids
    _trim(table, MAX_SCOPES)
    return ids


def _trim(table: dict[str, Any], limit: int) -> None:
    """Drop the oldest entries of ``table`` beyond ``limit``."""
    while len(table) > limit:
        table.pop(next(iter(table)))
