"""Building blocks of todokit's integration with coding agents (Claude Code, Codex CLI, Gemini CLI).

- :mod:`~todokit.agent.agents`: where each agent's hooks live and which
  events todokit handles (:data:`AGENTS`, :func:`agent_named`).
- :mod:`~todokit.agent.events`: reading a hook's stdin (:func:`parse_hook_event`),
  every agent's events onto one shape.
- :mod:`~todokit.agent.output`: the JSON answers a hook prints and the task
  list shown to the agent (:func:`additional_context`, :func:`stop_block`,
  :func:`format_task_context`).
- :mod:`~todokit.mirror.todowrite` and :mod:`~todokit.mirror.plans`: the agent
  task tools' payloads (TodoWrite, TaskCreate, TaskUpdate, TaskCreated,
  TaskCompleted; Codex CLI's update_plan, Gemini CLI's write_todos).
- :mod:`~todokit.agent.settings`, :mod:`~todokit.agent.skill` and
  :mod:`~todokit.agent.plugin`: installing the hooks into an agent's settings
  file (edited in place, :mod:`~todokit.agent.jsonedit`), the ``todokit``
  skill, and the Claude Code plugin.
- :mod:`~todokit.checks.run`: completion checks run before the agent stops.

The names are imported on first use (PEP 562 ``__getattr__``): a hook needs
only the events and the output, and importing the installer with them cost a
later prompt about 12 ms.

Examples:
    >>> from todokit.agent import parse_hook_event, todokit_status
    >>> parse_hook_event('{"hook_event_name": "SessionStart", "source": "compact"}').source
    'compact'
    >>> todokit_status("completed")
    'done'
"""

from typing import TYPE_CHECKING

from todokit._exports import lazy_exports

if TYPE_CHECKING:
    from todokit.agent.agents import AGENTS, Agent, agent_named
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
    from todokit.checks.run import CheckReport, CheckResult, run_checks
    from todokit.mirror.todowrite import (
        AGENT_STATUSES,
        AgentTodo,
        export_todowrite,
        todo_from_task_tool,
        todokit_status,
        todos_from_todowrite,
        todowrite_status,
    )

_SOURCES = (  # where __getattr__ looks for a name, in this order
    "todokit.agent.agents",
    "todokit.checks.run",
    "todokit.agent.events",
    "todokit.agent.output",
    "todokit.agent.plugin",
    "todokit.agent.settings",
    "todokit.agent.skill",
    "todokit.mirror.todowrite",
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


__getattr__, __dir__ = lazy_exports(__name__, _SOURCES)
