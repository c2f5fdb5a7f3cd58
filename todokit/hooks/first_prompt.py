"""The first prompt of a session that asks for work: start its task, once.

A prompt that asks for no work ("continue", "yes", "/clear") starts nothing
and changes no file (:func:`todokit.prompt.task_from_prompt`); the session
counts as started only when a prompt that asks for work arrives.

Examples:
    >>> import tempfile
    >>> from pathlib import Path
    >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
    >>> start_session(project, "s1", "continue")[0] is None
    True
    >>> doc, state = start_session(project, "s1", "Fix the login timeout. Soon.")
    >>> state.sessions["s1"]["task"]
    'Fix the login timeout.'
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from todokit.errors import TodokitError
from todokit.files.dates import parse_day
from todokit.files.lock import hold_lock
from todokit.hooks.state import HookState
from todokit.lifecycle.project import Project
from todokit.lifecycle.starting import StartResult, start
from todokit.lifecycle.transaction import prepare_directory

if TYPE_CHECKING:
    from todokit.arrange.arrangement import Arrangement

TASK_LIMIT = 4000
"""Most characters of a prompt that relevance scoring reads."""


def start_session(
    project: Project, session: str, prompt: str
) -> tuple[Arrangement | None, HookState]:
    """Run ``start`` for a session's first prompt that asks for work, and remember the session.

    The session is recorded before any file changes, under the same lock as
    the start, so two hooks of one session racing each other start the task
    once, and a state file that cannot be written stops the start instead of
    letting every later prompt start again. Returns the new list's arrangement
    (None when the prompt asks for no work or another hook of the session
    started first) and the hook state.
    """
    from todokit.prompt import task_from_prompt  # noqa: PLC0415 - lazy

    todo = project.todo
    summary = task_from_prompt(prompt)
    state = HookState.load(todo.claude_dir)
    if summary is None or state.started(session):
        return None, state
    prepare_directory(todo)
    with hold_lock(todo.lock_path, project.config.lock_timeout):
        state = HookState.load(todo.claude_dir)
        if state.started(session):
            return None, state

        recorded = []

        def record(result: StartResult) -> None:
            """Save the session in the hook state just before ``start`` writes.

            A state file that cannot be saved raises here, so nothing is started.
            """
            state.remember_session(session, summary, parse_day(None).isoformat())
            state.save(todo.claude_dir)
            recorded.append(True)

        try:
            result = start(project, prompt[:TASK_LIMIT], before_writing=record)
        except BaseException:
            if recorded:  # the start failed after the session was recorded: forget it again
                state.sessions.pop(session, None)
                with contextlib.suppress(TodokitError, OSError):
                    state.save(todo.claude_dir)
            raise
    return result.arrangement, state
