"""The short header todokit writes at the top of a todo file it starts.

The header names the task at hand, the day, and the archive the unfinished
work came from. It sits between two HTML comments so that the next ``start``
can find and replace it, and it contains no heading, so it never becomes the
"section" of the items below it.

Examples:
    >>> lines = header_lines("Fix login", "2026-11-24", "todo-2026-11-23.old", "\\n")
    >>> print("".join(lines), end="")
    <!-- todokit:header -->
    **Task:** Fix login
    Started 2026-11-24, unfinished items carried over from `todo-2026-11-23.old`.
    <!-- /todokit:header -->
    <BLANKLINE>
"""

from __future__ import annotations

from collections.abc import Sequence

from todokit.document import Document

HEADER_OPEN = "<!-- todokit:header -->"
HEADER_CLOSE = "<!-- /todokit:header -->"
TASK_PREFIX = "**Task:** "
DEFAULT_TEMPLATE = "## Tasks\n"


def header_lines(task: str | None, day: str, archive: str | None, newline: str) -> list[str]:
    """Return the lines of a header, each ending with ``newline``, then a blank line.

    ``day`` is the ISO date the work started; ``archive`` names the archive the
    items came from (None: a new list).
    """
    origin = f"unfinished items carried over from `{archive}`." if archive else "a new task list."
    lines = [HEADER_OPEN]
    if task:
        lines.append(f"{TASK_PREFIX}{' '.join(task.split())}")
    lines += [f"Started {day}, {origin}", HEADER_CLOSE, ""]
    return [line + newline for line in lines]


def find_header(doc: Document, start: int = 0) -> tuple[int, int] | None:
    """Find a header written by :func:`header_lines` at line ``start`` or after blank lines.

    ``start`` is the line after any front matter.

    Returns the ``(first, end)`` line indexes of the header and the blank lines
    after it, or None when the document has no such header there.
    """
    lines = doc.lines
    first = start
    while first < len(lines) and not lines[first].strip():
        first += 1
    if first >= len(lines) or doc.content(first).strip() != HEADER_OPEN:
        return None
    for close in range(first + 1, min(len(lines), first + 12)):
        if lines[close].strip() == HEADER_CLOSE:
            end = close + 1
            while end < len(lines) and not lines[end].strip():
                end += 1
            return first, end
    return None


def header_span(doc: Document) -> tuple[int, int] | None:
    """Return ``(first, end)`` of the header after any front matter, or None.

    Examples:
        >>> from todokit.document import parse
        >>> header_span(parse("".join(header_lines("x", "2026-11-24", None, "\\n")) + "- [ ] a\\n"))
        (0, 5)
    """
    from todokit.document.scanned import front_matter_end  # noqa: PLC0415

    contents = [doc.content(i) for i in range(min(len(doc.lines), 256))]
    return find_header(doc, front_matter_end(contents))


def retitle(doc: Document, task: str) -> Document:
    """Return ``doc`` with its header naming ``task`` (``doc`` itself without a header).

    Only the ``**Task:**`` line changes; a header without one gets one.

    Examples:
        >>> from todokit.document import parse
        >>> doc = parse("".join(header_lines("Old task", "2026-11-24", None, "\\n")))
        >>> retitle(doc, "New task").lines[1]
        '**Task:** New task\\n'
    """
    from todokit.document.edits import Edit, apply_edits  # noqa: PLC0415

    span = header_span(doc)
    if span is None:
        return doc
    first, end = span
    line = f"{TASK_PREFIX}{' '.join(task.split())}{doc.newline}"
    for index in range(first + 1, end):
        if doc.content(index).startswith(TASK_PREFIX):
            if doc.lines[index] == line:
                return doc
            return apply_edits(doc, [Edit(index, index + 1, (line,))])
    return apply_edits(doc, [Edit(first + 1, first + 1, (line,))])


def template_lines(template: str | None, task: str | None, day: str, newline: str) -> list[str]:
    """Return the body of a brand-new todo file.

    ``{task}`` and ``{date}`` (the ISO ``day``) in the template are replaced (a
    None template is :data:`DEFAULT_TEMPLATE`); line endings follow ``newline``.
    """
    text = DEFAULT_TEMPLATE if template is None else template
    text = text.replace("{task}", task or "").replace("{date}", day)
    return [line + newline for line in text.splitlines()]


def join(parts: Sequence[Sequence[str]]) -> str:
    """Concatenate groups of lines into text."""
    return "".join("".join(part) for part in parts)
