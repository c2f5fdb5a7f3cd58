"""The first prompt of a session: start the task it describes, once.

Examples:
    >>> task_title("Fix the login timeout.\\n\\nIt happens after 5 minutes.")
    'Fix the login timeout.'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from todokit.files.dates import parse_day
from todokit.files.lock import hold_lock
from todokit.hooks.state import HookState
from todokit.lifecycle.project import Project
from todokit.lifecycle.starting import start

if TYPE_CHECKING:
    from todokit.document import Document

TITLE_LIMIT = 200
TASK_LIMIT = 4000


def task_title(prompt: str) -> str:
    """Return the first line of a prompt, shortened, as the task's title."""
    first = next((line.strip() for line in prompt.splitlines() if line.strip()), "")
    return first if len(first) <= TITLE_LIMIT else first[: TITLE_LIMIT - 1] + "…"


def start_session(project: Project, session: str, prompt: str) -> tuple[Document | None, HookState]:
    """Run ``start`` for a session's first prompt and remember the session.

    Both happen under one lock, so two hooks of the same session racing each
    other start the task once.

    Returns:
        The new list (None when another hook of the session started it
        first) and the hook state as it now is.
    """
    todo = project.todo
    todo.claude_dir.mkdir(parents=True, exist_ok=True)
    with hold_lock(todo.lock_path, project.config.lock_timeout):
        state = HookState.load(todo.claude_dir)
        if state.started(session):
            return None, state
        title = task_title(prompt)
        result = start(project, prompt[:TASK_LIMIT], today=None)
        state.remember_session(session, title, parse_day(None).isoformat())
        state.save(todo.claude_dir)
    return result.document, state
