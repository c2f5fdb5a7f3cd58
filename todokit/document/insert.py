"""Adding a task where a reader would look for it, written like its neighbours.

Same indentation, same bullet (or the next number), same line ending; nothing else changes.
"""

from __future__ import annotations

from todokit.document.edits import Edit, apply_edits
from todokit.document.item import Item
from todokit.document.lines import raw_index_of_column
from todokit.document.model import Document
from todokit.document.outline import live_end, name_key, out_of_scope_spans, parked_flags
from todokit.document.status import Status
from todokit.document.task_lines import marker_prefix, task_line
from todokit.errors import UsageError

__all__ = ["find_section", "insert_task", "insertion_edit"]


def _clean(text: str, what: str = "a task's text") -> str:
    """Return ``text`` stripped; a UsageError names ``what`` when it is empty or several lines."""
    cleaned = text.strip()
    if not cleaned or "\n" in cleaned or "\r" in cleaned:
        raise UsageError(f"{what} must be one non-empty line")
    return cleaned


def find_section(doc: Document, name: str) -> int:
    """Return the index of the heading whose text is ``name`` (case-insensitive), or -1.

    Args:
        doc: The document whose headings are searched.
        name: A section's name; case and runs of white space do not count.

    Returns:
        The heading's index in ``doc.headings``, the first of several; -1 for none.

    Examples:
        >>> from todokit.document import parse
        >>> find_section(parse("# A\\n## Out of Scope\\n"), "out of scope")
        1
    """
    wanted = name_key(name)
    for number, heading in enumerate(doc.headings):
        if name_key(heading.text) == wanted:
            return number
    return -1


def insertion_edit(
    doc: Document,
    text: str,
    *,
    under: Item | None = None,
    section: str | None = None,
    status: Status = Status.OPEN,
) -> Edit:
    """Return the edit that adds one task where :func:`insert_task` puts it, unapplied.

    Args:
        doc: The document the task joins; it is not changed.
        text: The task's text (one line; Markdown allowed).
        under: The item to add it as the last child of, or None.
        section: The name of the section to add it to, or None.
        status: The new task's status, open by default.

    Returns:
        The edit for :func:`~todokit.document.edits.apply_edits`: the task line and any blank lines.

    Examples:
        >>> from todokit.document import parse
        >>> insertion_edit(parse("- [ ] a\\n"), "b")
        Edit(start=1, end=1, lines=('- [ ] b\\n',))
    """
    text, newline = _clean(text), doc.newline
    if under is not None:
        children = under.children
        if children:
            # Right after the last child, not at the end of ``under``: a numbered
            # item placed after a later paragraph would become paragraph text.
            last = children[-1]
            line = task_line(marker_prefix(doc, last), text, status, newline)
            return Edit(last.end, last.end, (line,))
        content = doc.content(under.start)
        bullet = marker_prefix(doc, under, restart=True)
        indent = content[: raw_index_of_column(content, under.marker_column)]
        prefix = indent + " " * (under.content_column - under.marker_column) + bullet[len(indent) :]
        return Edit(under.end, under.end, (task_line(prefix, text, status, newline),))
    if section is not None:
        return _section_edit(doc, text, section, status)
    parked = parked_flags(doc)
    live = [task for task in doc.tasks if task.depth == 0 and not parked[task.number]]
    if live:
        last = live[-1]
        return Edit(
            last.end, last.end, (task_line(marker_prefix(doc, last), text, status, newline),)
        )
    spans = out_of_scope_spans(doc)
    if spans:  # only parked tasks: the new one goes above the first "Out of scope" heading
        return _above_edit(doc, spans[0][0], task_line("- ", text, status, newline))
    return _append_edit(doc, [task_line("- ", text, status, newline)])


def _above_edit(doc: Document, heading: int, line: str) -> Edit:
    """Append ``line`` to the part above line ``heading``, keeping a blank line before it."""
    edit = _append_edit(Document(doc.lines[:heading]), [line])  # a prefix keeps line numbers
    return Edit(edit.start, edit.end, (*edit.lines, line[len(line.rstrip("\r\n")) :]))


def _section_edit(doc: Document, text: str, section: str, status: Status) -> Edit:
    """The edit adding a task to the list of ``section``, which is made when missing."""
    newline = doc.newline
    section = _clean(section, "a section's name")  # a line break would end the heading early
    number = find_section(doc, section)
    if number < 0:
        heading_lines = [f"## {section}{newline}", newline]
        return _append_edit(
            doc, [*heading_lines, task_line("- ", text, status, newline)], separate=True
        )
    heading = doc.headings[number]
    # The section's own list: before its first subsection (or the next heading).
    end = doc.headings[number + 1].line if number + 1 < len(doc.headings) else len(doc.lines)
    tops = [t for t in doc.items if t.depth == 0 and heading.end <= t.start < end]
    if tops:
        last = tops[-1]
        return Edit(
            last.end, last.end, (task_line(marker_prefix(doc, last), text, status, newline),)
        )
    position = heading.end
    lines = [newline, task_line("- ", text, status, newline)]
    if position < len(doc.lines) and not doc.lines[position].strip():
        position += 1
        lines = lines[1:]
    if position < len(doc.lines) and doc.lines[position].strip():
        lines.append(newline)
    return Edit(position, position, tuple(lines))


def _append_edit(doc: Document, lines: list[str], *, separate: bool = False) -> Edit:
    """Append ``lines``: a task joins a list that ends the document, else a blank line comes first.

    ``separate`` asks for the blank line in any case (a new section's heading).
    """
    end = len(doc.lines)
    joins_list = bool(doc.items) and doc.items[-1].end == end and not separate
    if end and doc.lines[-1].strip() and not joins_list:
        lines.insert(0, doc.newline)
    return Edit(end, end, tuple(lines))


def insert_verified(
    doc: Document, edit: Edit, status: Status = Status.OPEN, *, placed: bool = False
) -> Document:
    """Apply an insertion of one task, unless it would change what other lines mean.

    A new item can take the lines after it for its own (an indented code block
    after a numbered list): then the task ends the list as a list of its own,
    or is refused when its place was asked for (``placed``: under a task).

    Raises:
        UsageError: The edit does not insert exactly one task line.
        InvalidInputError: ``placed``, and the place would change other tasks;
            or no place at all leaves the other tasks as they are.
    """
    added = apply_edits(doc, [edit])
    new = [t for t in added.tasks if edit.start <= t.start < edit.start + len(edit.lines)]
    others = [t.raw for t in added.tasks if t not in new]
    if len(new) == 1 and others == [t.raw for t in doc.tasks]:
        return added
    if placed:
        from todokit.errors import InvalidInputError  # noqa: PLC0415 - only this case

        raise InvalidInputError("a task there would change the tasks after it; add it elsewhere")
    lines = [line for line in edit.lines if line.strip()]
    if len(lines) != 1:
        raise UsageError("an insertion must add one task line")
    text = lines[0].strip()
    text = text[text.index("]") + 1 :].strip() if "]" in text else text
    end = live_end(doc, len(doc.lines))
    tail = [doc.newline, task_line("- ", _clean(text), status, doc.newline)]
    if end and not doc.lines[end - 1].endswith(("\n", "\r")):
        tail.insert(0, doc.newline)
    if end < len(doc.lines):
        tail.append(doc.newline)
    appended = apply_edits(doc, [Edit(end, end, tuple(tail))])
    if len(appended.tasks) == len(doc.tasks) + 1 and [t.raw for t in appended.tasks[:-1]] == [
        t.raw for t in doc.tasks
    ]:
        return appended
    from todokit.errors import InvalidInputError  # noqa: PLC0415 - only this case

    raise InvalidInputError("no task can be added to this list without changing others")


def insert_task(
    doc: Document,
    text: str,
    *,
    under: Item | None = None,
    section: str | None = None,
    status: Status = Status.OPEN,
) -> Document:
    """Return a copy of ``doc`` with a new task.

    Args:
        doc: The document the task joins; it is not changed.
        text: The task's text (one line; Markdown allowed).
        under: Add it as the last child of this item.
        section: Add it at the end of the first list under the heading with
            this text (case-insensitive); a missing section is created at the end.
        status: The new task's status.

    Returns:
        The edited document. Without ``under`` or ``section`` the task goes after the
        last top-level task outside every "Out of scope" section (whatever headings
        stand below it), else right above the first such section, else at the end.

    Raises:
        UsageError: When ``text`` is empty or spans several lines.

    Examples:
        >>> from todokit.document import parse
        >>> insert_task(parse("## Now\\n\\n* [ ] a\\n"), "b").render()
        '## Now\\n\\n* [ ] a\\n* [ ] b\\n'
    """
    return insert_verified(
        doc,
        insertion_edit(doc, text, under=under, section=section, status=status),
        status,
        placed=under is not None,
    )
