"""Building the answers a hook prints, and the task list it shows the agent.

Claude Code reads a hook's stdout as JSON when its first character is ``{``.
Context over 10,000 characters is not shown in full (the agent sees a short
preview), so context is capped at :data:`CONTEXT_CAP` characters, cut at a
line boundary with a note saying how much was left out. Context is written as
plain facts, never as instructions.

The strings returned here may hold any Unicode character unescaped: write them
to stdout as UTF-8.

Examples:
    >>> import json
    >>> json.loads(stop_block("2 of 3 checks failed"))
    {'decision': 'block', 'reason': '2 of 3 checks failed'}
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from todokit.errors import UsageError

CONTEXT_CAP = 8000
"""Most characters of context a hook hands to the agent."""

STOP_REASON_CAP = 4000
"""Most characters of a Stop hook's blocking reason (its tail is kept)."""

_ENTRY_TEXT_CAP = 200
_ELLIPSIS = "…"
_MARKERS = {"open": " ", "in_progress": "/", "done": "x", "cancelled": "-", "deferred": ">"}


@dataclass(frozen=True, slots=True)
class ContextEntry:
    """One task as shown to the agent.

    Attributes:
        index: The task's outline index, e.g. ``"2.1"``.
        status: A todokit status (``open``, ``in_progress``, ``done``,
            ``cancelled``, ``deferred``, ``other``) or a one-character marker.
        text: The task's text (line breaks are shown as spaces).
        priority_label: ``"high"``, ``"P0"``, …; empty for no priority.
        depth: Nesting depth, 0 for a top-level task.

    Examples:
        >>> ContextEntry("1", "open", "Fix session expiry", "high", 0).depth
        0
    """

    index: str
    status: str
    text: str
    priority_label: str
    depth: int


def additional_context(event_name: str, text: str) -> str:
    """Return the JSON answer that adds ``text`` to the agent's context.

    Args:
        event_name: The event answered, e.g. ``"UserPromptSubmit"``.
        text: Plain-fact context; cut to :data:`CONTEXT_CAP` characters at a
            line boundary when longer.

    Returns:
        ``{"hookSpecificOutput": {"hookEventName": …, "additionalContext": …}}``
        as a JSON string.

    Complexity: O(len(text)).

    Examples:
        >>> json.loads(additional_context("SessionStart", "2 open tasks."))["hookSpecificOutput"]
        {'hookEventName': 'SessionStart', 'additionalContext': '2 open tasks.'}
    """
    answer = {
        "hookSpecificOutput": {
            "hookEventName": event_name,
            "additionalContext": cap_lines(text, CONTEXT_CAP),
        }
    }
    return json.dumps(answer, ensure_ascii=False)


def stop_block(reason: str) -> str:
    """Return the JSON answer of a Stop hook that keeps the agent working.

    Args:
        reason: Why the agent must go on (shown to the agent). When longer
            than :data:`STOP_REASON_CAP` characters its tail is kept, since
            the end of a check's output usually names the failure.

    Returns:
        ``{"decision": "block", "reason": …}`` as a JSON string.

    Examples:
        >>> stop_block("tests failed")
        '{"decision": "block", "reason": "tests failed"}'
    """
    answer = {"decision": "block", "reason": cap_lines(reason, STOP_REASON_CAP, keep="tail")}
    return json.dumps(answer, ensure_ascii=False)


def cap_lines(text: str, cap: int, *, keep: str = "head") -> str:
    r"""Cut ``text`` to at most ``cap`` characters at line boundaries.

    Args:
        text: The text to cut, of any length and line ending.
        cap: The most characters of the result (at least 1).
        keep: ``"head"`` keeps the first lines, ``"tail"`` the last ones.

    Returns:
        ``text`` unchanged when it fits; otherwise whole lines plus a line
        saying how many lines were left out. A single line longer than the cap
        is cut inside with ``…``.

    Raises:
        UsageError: ``cap`` is below 1 or ``keep`` is not head or tail.

    Examples:
        >>> text = "\n".join(f"line {n}" for n in range(1, 11))
        >>> cap_lines(text, 40)
        'line 1\nline 2\n… 8 more lines left out'
        >>> cap_lines(text, 40, keep="tail")
        '… 9 earlier lines left out\nline 10'
        >>> cap_lines("x" * 50, 10)
        'xxxxxxxxx…'
    """
    if cap < 1 or keep not in {"head", "tail"}:
        raise UsageError(f"cannot cap text at {cap} characters keeping its {keep}")
    if len(text) <= cap:
        return text
    lines = text.split("\n")
    if keep == "tail":
        lines.reverse()
    noun = "more" if keep == "head" else "earlier"
    note_room = len(f"{_ELLIPSIS} {len(lines)} {noun} lines left out") + 1
    kept: list[str] = []
    used = 0
    for line in lines:
        if used + len(line) + 1 + note_room > cap:
            break
        kept.append(line)
        used += len(line) + 1
    if not kept:
        room = cap if len(lines) == 1 else max(cap - note_room, 1)
        kept.append(_cut_line(lines[0], room, keep))
    left = len(lines) - len(kept)
    note = f"{_ELLIPSIS} {left} {noun} line{'s' if left != 1 else ''} left out"
    parts = [*kept, note] if left else kept
    if keep == "tail":
        parts.reverse()
    return "\n".join(parts)[:cap]


def format_task_context(entries: Sequence[ContextEntry], *, header: str, cap: int) -> str:
    """Write tasks as a compact list of plain facts for the agent.

    Args:
        entries: The tasks, most important first; that order is kept.
        header: The first line, e.g.
            ``"todo.md (.claude/todo.md): 7 open tasks for 'fix login'."``
        cap: The most characters of the result.

    Returns:
        The header, then one line per task (``- [ ] 1 Fix session expiry
        (high)``, indented two spaces per depth) while they fit, then
        ``… and N more tasks (todokit list)`` when some did not.

    Raises:
        UsageError: ``cap`` is below 1.

    Complexity: O(total text length).

    Examples:
        >>> entries = [ContextEntry("1", "open", "Fix expiry", "high", 0),
        ...            ContextEntry("1.1", "in_progress", "Add test", "", 1),
        ...            ContextEntry("2", "open", "Update the changelog", "low", 0)]
        >>> print(format_task_context(entries, header="todo.md: 3 open tasks.", cap=500))
        todo.md: 3 open tasks.
        - [ ] 1 Fix expiry (high)
          - [/] 1.1 Add test
        - [ ] 2 Update the changelog (low)
        >>> print(format_task_context(entries, header="todo.md: 3 open tasks.", cap=90))
        todo.md: 3 open tasks.
        - [ ] 1 Fix expiry (high)
        … and 2 more tasks (todokit list)
    """
    if cap < 1:
        raise UsageError(f"cannot fit task context in {cap} characters")
    lines = [_entry_line(entry) for entry in entries]
    out = [cap_lines(header, cap)]
    used = len(out[0])
    for line in lines:
        if used + 1 + len(line) > cap:
            break
        out.append(line)
        used += 1 + len(line)
    else:
        return "\n".join(out)
    # Some tasks did not fit: drop shown tasks from the end until the note fits.
    while len(out) > 1 and used + 1 + len(_more_line(len(lines) - len(out) + 1)) > cap:
        used -= 1 + len(out.pop())
    more = _more_line(len(lines) - len(out) + 1)
    if used + 1 + len(more) <= cap:
        out.append(more)
    return "\n".join(out)


def _cut_line(line: str, room: int, keep: str) -> str:
    """Cut one line to ``room`` characters (at least 1), marking the cut with ``…``."""
    if keep == "head":
        return line[: room - 1] + _ELLIPSIS
    return _ELLIPSIS + line[len(line) - room + 1 :]


def _entry_line(entry: ContextEntry) -> str:
    """Render one task as ``- [m] index text (priority)``, indented by depth."""
    marker = _MARKERS.get(entry.status, entry.status if len(entry.status) == 1 else "?")
    text = " ".join(entry.text.split())
    if len(text) > _ENTRY_TEXT_CAP:
        text = text[: _ENTRY_TEXT_CAP - 1] + _ELLIPSIS
    label = f" ({entry.priority_label})" if entry.priority_label else ""
    index = f"{entry.index} " if entry.index else ""
    return f"{'  ' * max(entry.depth, 0)}- [{marker}] {index}{text}{label}"


def _more_line(count: int) -> str:
    """Say how many tasks were left out and where to see them."""
    return f"{_ELLIPSIS} and {count} more task{'s' if count != 1 else ''} (todokit list)"
