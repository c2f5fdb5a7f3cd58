"""Reading the JSON object a coding agent writes to a hook's standard input.

Every hook event carries ``hook_event_name``, ``session_id``,
``transcript_path`` and ``cwd``; each event adds its own fields
(``prompt`` for UserPromptSubmit, ``source`` for SessionStart, ``tool_name``,
``tool_input`` and ``tool_response`` for PostToolUse, ``stop_hook_active`` for
Stop). Agents add fields over time, so unknown fields are kept in
:attr:`HookEvent.raw` and never rejected, and a field of an unexpected type
reads as absent: a hook must not fail because the payload grew.

Three agents are understood, and each event is read onto the fields Claude
Code's shape uses, so the rest of todokit handles one shape:

- **Claude Code**: as is.
- **Codex CLI**: the same event names and fields (plus ``turn_id`` and
  ``model``); its ``update_plan`` tool reads as a ``TodoWrite`` call.
- **Gemini CLI**: ``BeforeAgent`` reads as UserPromptSubmit (it carries
  ``prompt``), ``AfterTool`` as PostToolUse, ``AfterAgent`` as Stop (it
  carries ``stop_hook_active``) and ``PreCompress`` as PreCompact; its
  ``write_todos`` tool reads as a ``TodoWrite`` call
  (:mod:`todokit.mirror.plans`).

The names the agent sent stay in :attr:`HookEvent.agent_event` and
:attr:`HookEvent.agent_tool`.

Examples:
    >>> event = parse_hook_event('{"hook_event_name": "UserPromptSubmit", "prompt": "fix login"}')
    >>> (event.event_name, event.prompt, event.stop_hook_active)
    ('UserPromptSubmit', 'fix login', False)
    >>> gemini = parse_hook_event('{"hook_event_name": "BeforeAgent", "prompt": "fix login"}')
    >>> (gemini.event_name, gemini.agent_event, gemini.prompt)
    ('UserPromptSubmit', 'BeforeAgent', 'fix login')
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from todokit.errors import InvalidInputError

_BOM = "\ufeff"

GEMINI_EVENTS = {
    "BeforeAgent": "UserPromptSubmit",
    "AfterTool": "PostToolUse",
    "AfterAgent": "Stop",
    "PreCompress": "PreCompact",
}
"""Gemini CLI's event names and the Claude Code events they are read as."""


@dataclass(frozen=True, slots=True)
class HookEvent:
    """One hook invocation, as read from the hook's stdin.

    Optional text fields are ``None`` when the event does not carry them (or
    carries a value that is not a string).

    Attributes:
        event_name: The event, by its Claude Code name, e.g.
            ``"UserPromptSubmit"`` (also for Gemini CLI's ``BeforeAgent``).
        session_id: The Claude Code session the event belongs to.
        cwd: The working directory of the session at the time of the event;
            it follows ``cd`` and worktrees, unlike ``CLAUDE_PROJECT_DIR``.
        prompt: The user's prompt (UserPromptSubmit).
        source: ``startup``, ``resume``, ``clear``, ``compact`` or ``fork``
            (SessionStart).
        tool_name: The tool that ran (PostToolUse), e.g. ``"TodoWrite"``;
            Codex CLI's ``update_plan`` and Gemini CLI's ``write_todos``
            read as ``"TodoWrite"``.
        tool_input: The tool's arguments; empty when absent. For a plan
            tool, the TodoWrite input it amounts to.
        tool_response: The tool's result, any JSON value; ``None`` when absent.
        stop_hook_active: Whether a Stop hook already kept the agent working
            in this turn (Stop).
        transcript_path: The session's JSONL transcript.
        agent_id: Set when the event comes from a subagent.
        raw: The whole decoded object, unknown fields included.
        agent_event: ``hook_event_name`` as the agent sent it.
        agent_tool: ``tool_name`` as the agent sent it.

    Examples:
        >>> HookEvent(event_name="Stop").tool_input
        {}
    """

    event_name: str
    session_id: str | None = None
    cwd: str | None = None
    prompt: str | None = None
    source: str | None = None
    tool_name: str | None = None
    tool_input: dict[str, Any] = field(default_factory=dict)
    tool_response: Any = None
    stop_hook_active: bool = False
    transcript_path: str | None = None
    agent_id: str | None = None
    raw: dict[str, Any] = field(default_factory=dict)
    agent_event: str = ""
    agent_tool: str | None = None


def parse_hook_event(data: str | bytes) -> HookEvent:
    """Parse a hook's stdin into a :class:`HookEvent`.

    Args:
        data: The exact stdin text or bytes (UTF-8, UTF-16 or UTF-32; a
            byte-order mark is accepted).

    Returns:
        The event. Missing optional fields take their defaults and unknown
        fields stay in :attr:`HookEvent.raw`.

    Raises:
        InvalidInputError: The input is empty, not JSON, not a JSON object,
            has no string ``hook_event_name``, or is a plan tool call of the
            wrong shape. The message is one line. No other exception escapes.

    Complexity: O(len(data)).

    Examples:
        >>> event = parse_hook_event(b'{"hook_event_name": "Stop", "stop_hook_active": true}')
        >>> event.stop_hook_active
        True
        >>> parse_hook_event("[]")
        Traceback (most recent call last):
        ...
        todokit.errors.InvalidInputError: hook input is a JSON array, not an object
    """
    obj = _decode(data)
    if not isinstance(obj, dict):
        raise InvalidInputError(f"hook input is a JSON {_json_type(obj)}, not an object")
    name = obj.get("hook_event_name")
    if not isinstance(name, str) or not name.strip():
        raise InvalidInputError("hook input has no 'hook_event_name' string")
    tool_name = agent_tool = _text(obj, "tool_name")
    tool_input = obj.get("tool_input")
    tool_input = tool_input if isinstance(tool_input, dict) else {}
    if tool_name in ("update_plan", "write_todos"):
        from todokit.mirror.plans import todowrite_input  # noqa: PLC0415 - plan tools only

        tool_name, tool_input = "TodoWrite", todowrite_input(tool_name, tool_input)
    return HookEvent(
        event_name=GEMINI_EVENTS.get(name, name),
        session_id=_text(obj, "session_id"),
        cwd=_text(obj, "cwd"),
        prompt=_text(obj, "prompt"),
        source=_text(obj, "source"),
        tool_name=tool_name,
        tool_input=tool_input,
        tool_response=obj.get("tool_response"),
        stop_hook_active=obj.get("stop_hook_active") is True,
        transcript_path=_text(obj, "transcript_path"),
        agent_id=_text(obj, "agent_id"),
        raw=obj,
        agent_event=name,
        agent_tool=agent_tool,
    )


def _decode(data: str | bytes) -> object:
    """Decode JSON text, turning every failure into one InvalidInputError line."""
    if isinstance(data, str):
        data = data.removeprefix(_BOM)
    if not data.strip():
        raise InvalidInputError("hook input is empty; expected a JSON object on stdin")
    try:
        return json.loads(data)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            f"hook input is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except UnicodeDecodeError:
        raise InvalidInputError("hook input is not UTF-8, UTF-16 or UTF-32 text") from None
    except RecursionError:
        # A pathologically nested document exhausts the decoder's stack.
        raise InvalidInputError("hook input is nested too deeply to read") from None
    except ValueError:  # an integer of more digits than Python converts (4,300)
        raise InvalidInputError("hook input holds a number too long to read") from None


def _text(obj: dict[str, Any], key: str) -> str | None:
    """Return ``obj[key]`` when it is a string, else ``None``."""
    value = obj.get(key)
    return value if isinstance(value, str) else None


def _json_type(value: object) -> str:
    """Name the JSON type of a decoded value, for error messages."""
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool):
        return "boolean"
    if value is None:
        return "null"
    return "number"
