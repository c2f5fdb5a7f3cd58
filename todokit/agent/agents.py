"""The coding agents todokit installs into: where their hooks live, and which events it handles.

Each :class:`Agent` names the settings file its hooks go into, the events
todokit handles with the matcher of each, the unit of a handler's
``timeout``, and where the agent looks for skills:

- **Claude Code**: ``.claude/settings.json``; the agent's task tools
  (TodoWrite, TaskCreate, TaskUpdate and the TaskCreated/TaskCompleted
  events) are mirrored, and a failed TaskCreate (PostToolUseFailure) undoes
  a rolled-back creation; timeouts in seconds.
- **Codex CLI**: ``.codex/hooks.json``, the same shapes as Claude Code; its
  ``update_plan`` tool is mirrored; timeouts in seconds; skills in
  ``.agents/skills``.
- **Gemini CLI**: ``.gemini/settings.json`` (comments allowed), with its own
  event names (``BeforeAgent`` for a prompt, ``AfterTool``, ``AfterAgent``
  where the others have ``Stop``); its ``write_todos`` tool is mirrored;
  timeouts in milliseconds, and each handler has a ``name``.

Examples:
    >>> [agent.name for agent in AGENTS.values()]
    ['claude', 'codex', 'gemini']
    >>> agent_named("gemini").stop_event, agent_named("gemini").timeout(10)
    ('AfterAgent', 10000)
"""

from __future__ import annotations

from dataclasses import dataclass

from todokit.errors import UsageError

Events = tuple[tuple[str, str | None], ...]


@dataclass(frozen=True, slots=True)
class Agent:
    """One coding agent's hook configuration.

    Attributes:
        name: ``claude``, ``codex`` or ``gemini``.
        title: The agent's name for people, e.g. ``"Codex CLI"``.
        settings: The settings file, relative to the project root.
        events: Each event todokit handles, with its matcher (``None``:
            every occurrence).
        stop_event: The event that ends the agent's turn (the Stop gate).
        skills: The skills directory, relative to the project root.
        milliseconds: Whether a handler's ``timeout`` is in milliseconds
            (else seconds).
        handler_name: A ``name`` to give each handler, for agents that show
            and trust hooks by name.
        comments: Whether the settings file may hold ``//`` and ``/* */``
            comments.

    Examples:
        >>> agent_named("codex").settings
        '.codex/hooks.json'
    """

    name: str
    title: str
    settings: str
    events: Events
    stop_event: str
    skills: str
    milliseconds: bool = False
    handler_name: str | None = None
    comments: bool = False

    def timeout(self, seconds: int) -> int:
        """Return a handler's ``timeout`` value for ``seconds``, in this agent's unit.

        Examples:
            >>> agent_named("claude").timeout(10)
            10
        """
        return seconds * 1000 if self.milliseconds else seconds


CLAUDE_TASK_TOOLS = "TodoWrite|TaskCreate|TaskUpdate"
"""Claude Code's PostToolUse matcher: the agent task tools todokit mirrors."""

AGENTS: dict[str, Agent] = {
    "claude": Agent(
        "claude",
        "Claude Code",
        ".claude/settings.json",
        (
            ("SessionStart", None),
            ("UserPromptSubmit", None),
            ("PostToolUse", CLAUDE_TASK_TOOLS),
            ("PostToolUseFailure", "TaskCreate"),
            ("TaskCreated", None),
            ("TaskCompleted", None),
            ("Stop", None),
        ),
        "Stop",
        ".claude/skills",
    ),
    "codex": Agent(
        "codex",
        "Codex CLI",
        ".codex/hooks.json",
        (
            ("SessionStart", None),
            ("UserPromptSubmit", None),
            ("PostToolUse", "update_plan"),
            ("Stop", None),
        ),
        "Stop",
        ".agents/skills",
    ),
    "gemini": Agent(
        "gemini",
        "Gemini CLI",
        ".gemini/settings.json",
        (
            ("SessionStart", None),
            ("BeforeAgent", None),
            ("AfterTool", "write_todos"),
            ("AfterAgent", None),
        ),
        "AfterAgent",
        ".gemini/skills",
        milliseconds=True,
        handler_name="todokit",
        comments=True,
    ),
}
"""Every supported agent by name; ``claude`` is the default."""


def agent_named(name: str) -> Agent:
    """Return the agent called ``name``.

    Args:
        name: ``claude``, ``codex`` or ``gemini`` (case-insensitive).

    Returns:
        The :class:`Agent` of that name, as listed in :data:`AGENTS`.

    Raises:
        UsageError: No agent has that name.

    Examples:
        >>> agent_named("Claude").title
        'Claude Code'
    """
    try:
        return AGENTS[name.strip().lower()]
    except KeyError:
        known = ", ".join(AGENTS)
        raise UsageError(f"unknown agent {name!r}; expected one of {known}") from None
