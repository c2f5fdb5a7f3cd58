"""Hook events of an agent's task tools: mirror them into the todo file.

Claude Code numbers tasks from 1 in every task list, so remembered ids are
kept per scope (:func:`task_scope`): the session's, or the shared list named
by ``CLAUDE_CODE_TASK_LIST_ID``.

``TaskCreated`` fires *before* the task exists, and another hook may still
roll the creation back. The task is added at once (``PostToolUse`` may never
report it) but remembered as provisional until an event shows it exists:
``PostToolUse`` of ``TaskCreate`` or ``TaskUpdate``, or ``TaskCompleted``. A
provisional task that todokit added, and that is still open, unchanged and
without subtasks, is removed again when the creation turns out rolled back:

* ``PostToolUseFailure`` of ``TaskCreate`` reports the failed call, with its
  subject;
* a later creation reuses the task's id for another subject.

Examples:
    >>> from todokit.agent.events import HookEvent
    >>> todos = {"todos": [{"content": "a", "status": "pending", "activeForm": "a"}]}
    >>> event = HookEvent(event_name="PostToolUse", tool_name="TodoWrite", tool_input=todos)
    >>> [todo.content for todo in agent_todos(event)]
    ['a']
    >>> task_scope(HookEvent(event_name="TaskCreated", session_id="s1"), {})
    'session:s1'
"""

from __future__ import annotations

from collections.abc import Mapping

from todokit.agent.events import HookEvent
from todokit.document import Document, Item, Status, parse
from todokit.document.outline import name_key
from todokit.files.lock import hold_lock
from todokit.hooks.state import HookState
from todokit.lifecycle.project import Project
from todokit.lifecycle.reading import read_document
from todokit.lifecycle.transaction import clean_leftovers, prepare_directory, write_text
from todokit.mirror.merge import agent_key, merge
from todokit.mirror.todowrite import AgentTodo, todo_from_task_tool, todos_from_todowrite

LIST_VARIABLE = "CLAUDE_CODE_TASK_LIST_ID"
"""Names a task list that several sessions share."""

FAILURE = "PostToolUseFailure"
_CREATIONS = frozenset({"TaskCreated", "TaskCreate"})
_CONFIRMATIONS = frozenset({"TaskCreate", "TaskUpdate", "TaskCompleted"})


def agent_todos(event: HookEvent) -> list[AgentTodo]:
    """Return the agent tasks an event describes (TodoWrite lists all of them)."""
    if event.tool_name == "TodoWrite":
        return todos_from_todowrite(event.tool_input)
    if event.event_name in ("TaskCreated", "TaskCompleted"):
        todo = todo_from_task_tool(event.event_name, event.raw, None)
    else:
        todo = todo_from_task_tool(event.tool_name or "", event.tool_input, event.tool_response)
    return [todo] if todo is not None else []


def task_scope(event: HookEvent, environ: Mapping[str, str]) -> str:
    """Return the scope the event's task ids belong to: a shared list, else the session."""
    shared = environ.get(LIST_VARIABLE, "").strip()
    return f"list:{shared}" if shared else f"session:{event.session_id or ''}"


def mirror_event(
    project: Project, event: HookEvent, environ: Mapping[str, str] | None = None
) -> Document | None:
    """Merge the event's agent tasks into the todo file under the lock; return the new document.

    The event is a task tool's ``PostToolUse`` (or ``PostToolUseFailure`` of
    ``TaskCreate``), ``TaskCreated`` or ``TaskCompleted``; ``environ`` may name
    the task list (``CLAUDE_CODE_TASK_LIST_ID``). None when it carried no tasks.
    """
    failed = event.event_name == FAILURE
    todos = [] if failed else agent_todos(event)
    subject = event.tool_input.get("subject") if failed else None
    if not todos and not isinstance(subject, str):
        return None
    kind = event.event_name if event.event_name in ("TaskCreated", "TaskCompleted") else None
    kind = kind or event.tool_name or ""
    todo = project.todo
    prepare_directory(todo)
    with hold_lock(todo.lock_path, project.config.lock_timeout):
        clean_leftovers(todo)
        state = HookState.load(todo.claude_dir)
        scope = task_scope(event, {} if environ is None else environ)
        ids, provisional = state.scope_ids(scope), state.scope_provisional(scope)
        original = read_document(todo) or parse("")
        if isinstance(subject, str):
            doc = _roll_back(original, subject, ids, provisional)
        else:
            doc = _track(original, kind, todos, ids, provisional)
        if doc is not original:
            write_text(todo, doc.render())
        state.save(todo.claude_dir)
        return doc


def _track(
    doc: Document,
    kind: str,
    todos: list[AgentTodo],
    ids: dict[str, str],
    provisional: dict[str, str],
) -> Document:
    """Merge the tasks, keeping the provisional marks of creations up to date."""
    task_id = todos[0].task_id
    if kind in _CREATIONS and task_id is not None and task_id in ids:
        doc = _reused(doc, task_id, todos[0].content, ids, provisional)
    known = task_id in ids
    merged = merge(doc, todos, ids)
    if task_id is not None and kind == "TaskCreated" and not known:
        provisional[task_id] = "added" if agent_key(todos[0]) in merged.added else "matched"
    elif task_id is not None and kind in _CONFIRMATIONS:
        provisional.pop(task_id, None)
    return merged.document


def _reused(
    doc: Document, task_id: str, subject: str, ids: dict[str, str], provisional: dict[str, str]
) -> Document:
    """A creation names a known id: another subject means the old task is not this one.

    A provisional old task was rolled back (remove it when todokit added it);
    a confirmed one belongs to an earlier list with the same numbers (keep it).
    """
    task = next((t for t in doc.tasks if t.id == ids[task_id]), None)
    if task is not None and name_key(task.source_text) == name_key(subject):
        return doc  # the same task, reported again
    del ids[task_id]
    if provisional.pop(task_id, None) == "added" and task is not None:
        return _remove_if_untouched(doc, task)
    return doc


def _roll_back(
    doc: Document, subject: str, ids: dict[str, str], provisional: dict[str, str]
) -> Document:
    """A TaskCreate failed: forget the newest provisional task with its subject."""
    by_id = {task.id: task for task in doc.tasks}
    for agent_id in reversed(list(provisional)):
        task = by_id.get(ids.get(agent_id, ""))
        if task is not None and name_key(task.source_text) == name_key(subject):
            ids.pop(agent_id)
            if provisional.pop(agent_id) == "added":
                return _remove_if_untouched(doc, task)
            return doc
    return doc


def _remove_if_untouched(doc: Document, task: Item) -> Document:
    """Remove a task todokit added, unless it was worked on since (status, subtasks).

    A task whose text changed has another id, so it is never found here.
    """
    from todokit.document.edits import remove  # noqa: PLC0415 - only for a rollback

    if task.status != Status.OPEN or task.children:
        return doc
    return remove(doc, task)
