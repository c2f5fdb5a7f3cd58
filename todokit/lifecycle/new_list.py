"""What a start writes: the header, then the template or the carried work.

Examples:
    >>> from datetime import date
    >>> from todokit.document import parse
    >>> old = parse("- [ ] a\\n- [x] b\\n")
    >>> text, count = carried_text(old, "Fix it", date(2026, 11, 24), "t.old")
    >>> (text.splitlines()[1], count)
    ('**Task:** Fix it', 1)
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from todokit.arrange.carry import carry_forward
from todokit.arrange.header import header_lines, template_lines
from todokit.document import Document

if TYPE_CHECKING:
    from todokit.lifecycle.project import Project


def fresh_text(project: Project, task: str | None, day: date, newline: str = "\n") -> str:
    """Return the text of a brand-new todo file: header, then the template."""
    header = header_lines(task, day.isoformat(), None, newline)
    return "".join(header + template_lines(project.config.template, task, day.isoformat(), newline))


def carried_text(
    old: Document, task: str | None, day: date, archive: str, template: str | None = None
) -> tuple[str, int]:
    """Return the new list made from ``old``, and how many tasks it carries.

    The header goes after the byte order mark and the front matter, which stay
    first. When nothing at all is carried, the template follows the header.

    Args:
        old: The old list, as parsed before it was archived.
        task: The task at hand, or None.
        day: The day work starts.
        archive: The file name of the archive the old list went to.
        template: The configured template (None: the default).

    Returns:
        The new text and the number of unfinished tasks carried.

    Examples:
        >>> from datetime import date
        >>> from todokit.document import parse
        >>> old = parse("- [ ] a\\n- [x] b\\n")
        >>> text, count = carried_text(old, None, date(2026, 11, 24), "t.old")
        >>> (text.splitlines()[-1], count)
        ('- [ ] a', 1)
    """
    carried = carry_forward(old)
    new = carried.document
    lines = list(new.lines)
    bom = ""
    if lines and new.has_bom:
        bom, lines[0] = lines[0][0], lines[0][1:]
    start_at = _front_matter(new)
    newline = old.newline
    header = header_lines(task, day.isoformat(), archive, newline)
    body = lines[start_at:]
    while body and not body[0].strip():  # the header ends with the one blank line wanted
        body = body[1:]
    if not any(line.strip() for line in body):
        body = template_lines(template, task, day.isoformat(), newline)
    return bom + "".join(lines[:start_at] + header + body), carried.carried


def _front_matter(doc: Document) -> int:
    """Return how many leading lines the front matter takes (0 without one).

    Only the first 256 lines are scanned, so a huge list costs no more.
    """
    from todokit.document.scanned import front_matter_end  # noqa: PLC0415

    return front_matter_end([doc.content(i) for i in range(min(len(doc.lines), 256))])
