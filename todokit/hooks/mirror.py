"""Mirroring an agent's own task list into the todo file, never deleting.

Each agent task is matched to a todokit task by a remembered id, else by its
text (case-insensitive). A match gets the agent's status; an unmatched task is
added; ``deleted`` becomes cancelled; nothing is ever removed.

Examples:
    >>> from todokit.agent.todowrite import todos_from_todowrite
    >>> from todokit.document import parse
    >>> doc = parse("- [ ] Fix login\\n")
    >>> todos = todos_from_todowrite({"todos": [
    ...     {"content": "fix login", "status": "completed", "activeForm": "Fixing"},
    ...     {"content": "Add tests", "status": "pending", "activeForm": "Adding"}]})
    >>> print(merge_todos(doc, todos, {}).render(), end="")
    - [x] Fix login
    - [ ] Add tests
"""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence

from todokit.agent.todowrite import AgentTodo, todokit_status
from todokit.arrange.placement import new_task_edit
from todokit.document import Document, Item, Status
from todokit.document.edits import apply_edits, status_edit


def _find(doc: Document, todo: AgentTodo, ids: MutableMapping[str, str]) -> Item | None:
    if todo.task_id and todo.task_id in ids:
        wanted = ids[todo.task_id]
        for task in doc.tasks:
            if task.id == wanted:
                return task
    text = " ".join(todo.content.split()).casefold()
    if not text:
        return None
    for task in doc.tasks:
        if task.text.casefold() == text or " ".join(task.source_text.split()).casefold() == text:
            return task
    return None


def merge_todos(
    doc: Document, todos: Sequence[AgentTodo], ids: MutableMapping[str, str]
) -> Document:
    """Return ``doc`` with the agent's tasks mirrored into it.

    Args:
        doc: The todo document.
        todos: The agent's tasks, in its order.
        ids: Agent task id to todokit id; updated with new matches.

    Returns:
        The new document (``doc`` itself when nothing changed).

    Complexity: O(k x n) for k agent tasks and n todo tasks (k is small).
    """
    for todo in todos:
        task = _find(doc, todo, ids)
        status = Status(todokit_status(todo.status)) if todo.status else None
        if task is None:
            if status is None or status == Status.CANCELLED or not todo.content.strip():
                continue
            edit = new_task_edit(doc, " ".join(todo.content.split()), status)
            doc = apply_edits(doc, [edit])
            task = next(
                t for t in doc.tasks if edit.start <= t.start < edit.start + len(edit.lines)
            )
        elif status is not None and task.status != status:
            doc = apply_edits(doc, [status_edit(doc, task, status)])
            task = doc.items[task.number]
        if todo.task_id:
            ids[todo.task_id] = task.id
    return doc
