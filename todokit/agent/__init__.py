"""Building blocks of todokit's integration with coding agents (Claude Code, Codex CLI, Gemini CLI).

- :mod:`~todokit.agent.agents`: where each agent's hooks live and which
  events todokit handles (:data:`AGENTS`, :func:`agent_named`).
- :mod:`~todokit.agent.events`: reading a hook's stdin (:func:`parse_hook_event`),
  every agent's events onto one shape.
- :mod:`~todokit.agent.output`: the JSON answers a hook prints and the task
  list shown to the agent (:func:`additional_context`, :func:`stop_block`,
  :func:`format_task_context`).
- :mod:`~todokit.agent.todowrite` and :mod:`~todokit.agent.plans`: the agent
  task tools' payloads (TodoWrite, TaskCreate, TaskUpdate, TaskCreated,
  TaskCompleted; Codex CLI's update_plan, Gemini CLI's write_todos).
- :mod:`~todokit.agent.settings`, :mod:`~todokit.agent.skill` and
  :mod:`~todokit.agent.plugin`: installing the hooks into an agent's settings
  file (edited in place, :mod:`~todokit.agent.jsonedit`), the ``todokit``
  skill, and the Claude Code plugin.
- :mod:`~todokit.agent.checks`: completion checks run before the agent stops.

Examples:
    >>> from todokit.agent import parse_hook_event, todokit_status
    >>> parse_hook_event('{"hook_event_name": "SessionStart", "source": "compact"}').source
    'compact'
    >>> todokit_status("completed")
    'done'
"""

from typing import TYPE_CHECKING

from todokit._lazy import attach

if TYPE_CHECKING:
    from todokit.agent.agents import AGENTS, Agent, agent_named
    from todokit.agent.checks import CheckReport, CheckResult, run_checks
    from todokit.agent.events import HookEvent, parse_hook_event
    from todokit.agent.output import (
        CONTEXT_CAP,
        STOP_REASON_CAP,
        ContextEntry,
        additional_context,
        cap_lines,
        format_task_context,
        stop_block,
    )
    from todokit.agent.plugin import plugin_files
    from todokit.agent.settings import (
        DEFAULT_COMMAND,
        HOOK_EVENTS,
        TASK_TOOLS_MATCHER,
        hooks_object,
        install_hooks,
        plan_install,
        plan_uninstall,
        uninstall_hooks,
    )
    from todokit.agent.skill import SKILL_TEXT, remove_skill, skill_path, write_skill
    from todokit.agent.todowrite import (
        AGENT_STATUSES,
        AgentTodo,
        export_todowrite,
        todo_from_task_tool,
        todokit_status,
        todos_from_todowrite,
        todowrite_status,
    )


__getattr__, __dir__ = attach(
    __name__,
    {
        "AGENTS": "todokit.agent.agents",
        "Agent": "todokit.agent.agents",
        "agent_named": "todokit.agent.agents",
        "plugin_files": "todokit.agent.plugin",
        "hooks_object": "todokit.agent.settings",
        "plan_install": "todokit.agent.settings",
        "plan_uninstall": "todokit.agent.settings",
        "CheckReport": "todokit.agent.checks",
        "CheckResult": "todokit.agent.checks",
        "run_checks": "todokit.agent.checks",
        "HookEvent": "todokit.agent.events",
        "parse_hook_event": "todokit.agent.events",
        "CONTEXT_CAP": "todokit.agent.output",
        "STOP_REASON_CAP": "todokit.agent.output",
        "ContextEntry": "todokit.agent.output",
        "additional_context": "todokit.agent.output",
        "cap_lines": "todokit.agent.output",
        "format_task_context": "todokit.agent.output",
        "stop_block": "todokit.agent.output",
        "DEFAULT_COMMAND": "todokit.agent.settings",
        "HOOK_EVENTS": "todokit.agent.settings",
        "TASK_TOOLS_MATCHER": "todokit.agent.settings",
        "install_hooks": "todokit.agent.settings",
        "uninstall_hooks": "todokit.agent.settings",
        "SKILL_TEXT": "todokit.agent.skill",
        "remove_skill": "todokit.agent.skill",
        "skill_path": "todokit.agent.skill",
        "write_skill": "todokit.agent.skill",
        "AGENT_STATUSES": "todokit.agent.todowrite",
        "AgentTodo": "todokit.agent.todowrite",
        "export_todowrite": "todokit.agent.todowrite",
        "todo_from_task_tool": "todokit.agent.todowrite",
        "todokit_status": "todokit.agent.todowrite",
        "todos_from_todowrite": "todokit.agent.todowrite",
        "todowrite_status": "todokit.agent.todowrite",
    },
)

__all__ = [
    "AGENTS",
    "AGENT_STATUSES",
    "CONTEXT_CAP",
    "DEFAULT_COMMAND",
    "HOOK_EVENTS",
    "SKILL_TEXT",
    "STOP_REASON_CAP",
    "TASK_TOOLS_MATCHER",
    "Agent",
    "AgentTodo",
    "CheckReport",
    "CheckResult",
    "ContextEntry",
    "HookEvent",
    "additional_context",
    "agent_named",
    "cap_lines",
    "export_todowrite",
    "format_task_context",
    "hooks_object",
    "install_hooks",
    "parse_hook_event",
    "plan_install",
    "plan_uninstall",
    "plugin_files",
    "remove_skill",
    "run_checks",
    "skill_path",
    "stop_block",
    "todo_from_task_tool",
    "todokit_status",
    "todos_from_todowrite",
    "todowrite_status",
    "uninstall_hooks",
    "write_skill",
]
