r"""The task list as context for the agent: in scope first, then what was parked and why.

After a start the agent sees every task in scope, then every parked task as
its index and text (the most borderline first: those that came closest to the
task), then one line on how to move a task. todokit proposes; the agent, which
knows its task better than any word matching, decides.

Examples:
    >>> from todokit.document import parse
    >>> doc = parse("- [/] Fix login ⏫\n- [x] Old\n\n## Out of scope\n\n- [ ] Dark mode\n")
    >>> text = task_context(doc, ".claude/todo.md", "fix login", {doc.tasks[2].id: 0.0})
    >>> print(text.split(". ", 1)[0])
    Task list .claude/todo.md: 1 unfinished task in scope for 'fix login'; 1 parked out of scope
    >>> print(text.split("\n", 1)[1])
    - [/] 1 Fix login ⏫ (high)
    Parked as unrelated to the task, the closest first:
    - 3 Dark mode
    todokit keep INDEX brings a parked task back into scope; todokit park INDEX parks one.
"""

from __future__ import annotations

from collections.abc import Mapping

from todokit.agent.output import CONTEXT_CAP, ContextEntry, format_task_context
from todokit.document import Document, Item
from todokit.document.outline import parked_flags

MOVE_LINE = "todokit keep INDEX brings a parked task back into scope; todokit park INDEX parks one."
PARKED_TITLE = "Parked as unrelated to the task, the closest first:"
PARKED_SHARE = 0.4
"""Share of the cap the parked tasks may take when both lists are long."""


def task_context(
    doc: Document,
    shown_path: str,
    task: str | None,
    parked_scores: Mapping[str, float] | None = None,
    cap: int = CONTEXT_CAP - 500,
) -> str:
    """Return the context text: plain facts, the in-scope tasks, then (after a start) the parked.

    ``shown_path`` is the todo file's path as the agent should see it. With
    ``parked_scores`` (a start just parked those tasks) every parked task is
    listed, the closest first. The text stays within ``cap`` characters.
    """
    unfinished = [t for t in doc.tasks if t.status is not None and not t.status.finished]
    flags = parked_flags(doc)
    parked = [t for t in unfinished if flags[t.number]]
    in_scope = [t for t in unfinished if not flags[t.number]]
    noun = "task" if len(in_scope) == 1 else "tasks"
    header = f"Task list {shown_path}: {len(in_scope)} unfinished {noun} in scope"
    if task:
        header += f" for {' '.join(task.split())[:120]!r}"
    if parked:
        header += f"; {len(parked)} parked out of scope"
    header += (
        ". The todokit CLI reads and updates it (todokit list, add, done REF, mark REF STATUS)."
    )
    listing = parked_scores is not None and bool(parked)
    room = cap - int(cap * PARKED_SHARE) if listing else cap
    text = format_task_context([_entry(t) for t in in_scope], header=header, cap=room)
    if not listing:
        return text
    return text + "\n" + _parked_lines(parked, parked_scores or {}, cap - len(text) - 1)


def _entry(item: Item) -> ContextEntry:
    """One in-scope task as the agent sees it."""
    from todokit.ranking.priority import parse_priority  # noqa: PLC0415 - lazy

    priority = parse_priority(item.source_text)
    label = priority.label if priority is not None else ""
    status = item.status.value if item.status is not None else "other"
    return ContextEntry(item.index, status, item.source_text, label, item.index.count("."))


def _parked_lines(parked: list[Item], scores: Mapping[str, float], room: int) -> str:
    """The parked tasks, closest to the task first, then how to move one; within ``room``."""
    ordered = sorted(parked, key=lambda item: -scores.get(item.id, 0.0))  # stable: list order
    lines = [PARKED_TITLE]
    used = len(PARKED_TITLE) + 1 + len(MOVE_LINE)
    shown = 0
    for item in ordered:
        line = f"- {item.index} {' '.join(item.text.split())[:160]}"
        note = len(f"… and {len(ordered) - shown} more parked (todokit list)") + 1
        if used + len(line) + 1 + note > room and shown < len(ordered) - 1:
            break
        if used + len(line) + 1 > room:
            break
        lines.append(line)
        used += len(line) + 1
        shown += 1
    if shown < len(ordered):
        lines.append(f"… and {len(ordered) - shown} more parked (todokit list)")
    lines.append(MOVE_LINE)
    return "\n".join(lines)
