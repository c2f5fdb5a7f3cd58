"""Hook events of an agent's task tools: mirror them into the todo file.

Examples:
    >>> from todokit.agent.events import HookEvent
    >>> todos = {"todos": [{"content": "a", "status": "pending", "activeForm": "a"}]}
    >>> event = HookEvent(event_name="PostToolUse", tool_name="TodoWrite", tool_input=todos)
    >>> [todo.content for todo in agent_todos(event)]
    ['a']
"""

from __future__ import annotations

from todokit.agent.events import HookEvent
from todokit.agent.todowrite import AgentTodo, todo_from_task_tool, todos_from_todowrite
from todokit.document import Document, parse
from todokit.files.lock import hold_lock
from todokit.hooks.mirror import merge_todos
from todokit.hooks.state import HookState
from todokit.lifecycle.project import Project
from todokit.lifecycle.transaction import (
    clean_leftovers,
    prepare_directory,
    read_document,
    write_text,
)


def agent_todos(event: HookEvent) -> list[AgentTodo]:
    """Return the agent tasks an event describes (TodoWrite lists all of them)."""
    if event.tool_name == "TodoWrite":
        return todos_from_todowrite(event.tool_input)
    if event.event_name in ("TaskCreated", "TaskCompleted"):
        todo = todo_from_task_tool(event.event_name, event.raw, None)
    else:
        todo = todo_from_task_tool(event.tool_name or "", event.tool_input, event.tool_response)
    return [todo] if todo is not None else []


def mirror_event(project: Project, event: HookEvent) -> Document | None:
    """Merge the event's agent tasks into the todo file under the lock.

    Returns:
        The new document, or None when the event carried no tasks.
    """
    todos = agent_todos(event)
    if not todos:
        return None
    todo = project.todo
    prepare_directory(todo)
    with hold_lock(todo.lock_path, project.config.lock_timeout):
        clean_leftovers(todo)
        state = HookState.load(todo.claude_dir)
        doc = read_document(todo) or parse("")
        merged = merge_todos(doc, todos, state.task_ids)
        if merged.render() != doc.render():
            write_text(todo, merged.render())
        state.save(todo.claude_dir)
        return merged
