"""The task list as context for the agent: compact, in-scope, most important first.

Examples:
    >>> from todokit.document import parse
    >>> doc = parse("- [/] Fix login ⏫\\n- [x] Old\\n\\n## Out of scope\\n\\n- [ ] Dark mode\\n")
    >>> print(task_context(doc, ".claude/todo.md", "fix login"))  # doctest: +ELLIPSIS
    Task list .claude/todo.md: 1 unfinished task in scope for 'fix login'; 1 parked ...
    - [/] 1 Fix login ⏫ (high)
"""

from __future__ import annotations

from todokit.agent.output import CONTEXT_CAP, ContextEntry, format_task_context
from todokit.document import Document, Item


def _parked_flags(items: list[Item]) -> list[bool]:
    """Whether each item sits in an "Out of scope" section (at any heading level)."""
    from todokit.document.insert import OUT_OF_SCOPE  # noqa: PLC0415 - the light module
    from todokit.lifecycle.serialize import section_path  # noqa: PLC0415

    def parked(item: Item) -> bool:
        return any(" ".join(text.split()).casefold() == OUT_OF_SCOPE for text in section_path(item))

    return [parked(item) for item in items]


def task_context(
    doc: Document, shown_path: str, task: str | None, cap: int = CONTEXT_CAP - 500
) -> str:
    """Return the context text: a header of plain facts, then the in-scope tasks.

    Args:
        doc: The todo document.
        shown_path: The todo file's path as the agent should see it.
        task: The task at hand, when known.
        cap: The most characters to return.

    Returns:
        The context, within ``cap`` characters.
    """
    from todokit.ranking.priority import parse_priority  # noqa: PLC0415 - lazy

    unfinished = [t for t in doc.tasks if t.status is not None and not t.status.finished]
    flags = _parked_flags(unfinished)
    parked = [t for t, flag in zip(unfinished, flags, strict=True) if flag]
    in_scope = [t for t, flag in zip(unfinished, flags, strict=True) if not flag]
    noun = "task" if len(in_scope) == 1 else "tasks"
    header = f"Task list {shown_path}: {len(in_scope)} unfinished {noun} in scope"
    if task:
        header += f" for {' '.join(task.split())[:120]!r}"
    if parked:
        header += f"; {len(parked)} parked out of scope"
    header += (
        ". The todokit CLI reads and updates it (todokit list, add, done REF, mark REF STATUS)."
    )
    entries = []
    for item in in_scope:
        priority = parse_priority(item.source_text)
        label = priority.label if priority is not None else ""
        status = item.status.value if item.status is not None else "other"
        depth = item.index.count(".")
        entries.append(ContextEntry(item.index, status, item.source_text, label, depth))
    return format_task_context(entries, header=header, cap=cap)
