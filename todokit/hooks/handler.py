"""Answering Claude Code hook events (``todokit hook``).

* ``UserPromptSubmit``: the first prompt of a session that asks for work is
  the task at hand — ``start`` runs with it (rotate, carry, sort, scope) and
  the session is remembered; a prompt that asks for none ("continue", "yes",
  "/clear") changes nothing. Every prompt gets the list as context; after a
  start it also names every parked task, the closest first.
* ``SessionStart``: the list as context, so it survives compaction and ``/clear``.
* ``PostToolUse`` of ``TodoWrite`` / ``TaskCreate`` / ``TaskUpdate``, and the
  ``TaskCreated`` / ``TaskCompleted`` events: the agent's tasks are mirrored;
  ``PostToolUseFailure`` of ``TaskCreate`` undoes a creation that was rolled back.
* ``Stop``: with ``stop_gate = true``, failing completion checks block the stop.

The project is ``CLAUDE_PROJECT_DIR``'s, else the one around the event's
``cwd`` (see :mod:`todokit.hooks.where`).

Later prompts only read files, without the lock, so they stay fast.

Examples:
    >>> from todokit.agent.events import HookEvent
    >>> handle_event(HookEvent(event_name="Notification"), {})
    ''
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from todokit.agent.events import HookEvent
from todokit.agent.output import additional_context
from todokit.hooks.context import task_context
from todokit.hooks.state import HookState
from todokit.hooks.where import HookOptions, hook_project
from todokit.lifecycle.project import Project, shown
from todokit.lifecycle.reading import read_document

if TYPE_CHECKING:
    from todokit.arrange.arrangement import Arrangement

TASK_EVENTS = frozenset({"TaskCreated", "TaskCompleted"})
TASK_TOOLS = frozenset({"TodoWrite", "TaskCreate", "TaskUpdate"})


def project_for(
    event: HookEvent, environ: Mapping[str, str], options: HookOptions | None = None
) -> Project:
    """Return the project of the event: ``CLAUDE_PROJECT_DIR`` first, then its ``cwd``.

    See :func:`~todokit.hooks.where.hook_project`: explicit options win, a
    directory in no project is an error, and the lock wait is capped.
    """
    return hook_project(event, environ, options)


def _context(
    project: Project, event: HookEvent, task: str | None, arranged: Arrangement | None = None
) -> str:
    """The additional context for ``event``: the list this hook arranged, else the file as it is.

    Bytes that are not UTF-8 are kept rather than refused; with no todo file the answer is
    empty.
    """
    doc = arranged.document if arranged is not None else None
    if doc is None:  # not just written by this hook: read it
        doc = read_document(project.todo, strict=False)
    if doc is None:
        return ""
    scores = arranged.scores if arranged is not None else None
    return additional_context(
        event.event_name, task_context(doc, shown(project.todo.path, project), task, scores)
    )


def handle_event(
    event: HookEvent, environ: Mapping[str, str], options: HookOptions | None = None
) -> str:
    """Handle one hook event and return what to print on stdout.

    Args:
        event: The event read from stdin (see :func:`~todokit.agent.parse_hook_event`).
        environ: The hook's environment: ``CLAUDE_PROJECT_DIR`` names the
            project, else the event's ``cwd`` does.
        options: The ``--root``, ``--file`` and ``--lock-timeout`` that
            ``todokit hook`` was given.

    Returns:
        The JSON answer for the agent, or ``''`` when there is nothing to say.

    Raises:
        TodokitError: Something the user should hear about (the CLI prints it
            on stderr and exits 1, never 2).

    Examples:
        >>> import json, tempfile
        >>> from pathlib import Path
        >>> root = Path(tempfile.mkdtemp())
        >>> (root / ".claude").mkdir()
        >>> _ = (root / ".claude" / "todo.md").write_text("- [ ] Fix login\\n")
        >>> answer = handle_event(HookEvent(event_name="SessionStart", cwd=str(root)), {})
        >>> context = json.loads(answer)["hookSpecificOutput"]["additionalContext"]
        >>> context.splitlines()[-1]
        '- [ ] 1 Fix login'
    """
    name = event.event_name
    if name == "UserPromptSubmit":
        return _prompt(project_for(event, environ, options), event)
    if name == "SessionStart":
        project = project_for(event, environ, options)
        session = HookState.load(project.todo.claude_dir).sessions.get(event.session_id or "", {})
        return _context(project, event, session.get("task"))
    if (
        (name == "PostToolUse" and event.tool_name in TASK_TOOLS)
        or (name == "PostToolUseFailure" and event.tool_name == "TaskCreate")
        or name in TASK_EVENTS
    ):
        from todokit.hooks.agent_tasks import mirror_event  # noqa: PLC0415 - lazy

        mirror_event(project_for(event, environ, options), event, environ)
        return ""
    if name == "Stop":
        from todokit.hooks.stop import stop_answer  # noqa: PLC0415 - lazy

        return stop_answer(project_for(event, environ, options), event, environ)
    return ""


def _prompt(project: Project, event: HookEvent) -> str:
    """Answer a prompt: the first of a session that asks for work starts it (:func:`start_session`).

    Every prompt gets the list as context, under the session's task; a prompt without a session
    id never starts one.
    """
    session = event.session_id or ""
    prompt = event.prompt or ""
    arranged = None
    state = HookState.load(project.todo.claude_dir)
    if session and not state.started(session) and prompt.strip():
        from todokit.hooks.first_prompt import start_session  # noqa: PLC0415 - only once per session

        arranged, state = start_session(project, session, prompt)
    task = state.sessions.get(session, {}).get("task")
    return _context(project, event, task, arranged)
