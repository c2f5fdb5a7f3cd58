"""Starting a new task: rotate the old list, carry its unfinished work, arrange it.

Examples:
    >>> import tempfile
    >>> from pathlib import Path
    >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
    >>> first = start(project, "Fix login", today="2026-11-24")
    >>> (first.created, first.archived)
    (True, None)
    >>> second = start(project, "Write docs", today="2026-11-24")
    >>> second.archived.name
    'todo-2026-11-24.old'
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from todokit._record import field, record
from todokit.arrange.carry import carry_forward
from todokit.arrange.header import header_lines, template_lines
from todokit.arrange.homes import home_of
from todokit.document import Document, Item, parse
from todokit.document.codec import encode
from todokit.files.archives import archive_name, list_archives, prune
from todokit.files.dates import parse_day
from todokit.files.lock import hold_lock
from todokit.files.rotation import rotate
from todokit.files.text import valid_text
from todokit.lifecycle.arrangement import Arrangement, ScopeOptions, arrange
from todokit.lifecycle.memory_file import load_homes, save_homes
from todokit.lifecycle.project import Project
from todokit.lifecycle.transaction import (
    Change,
    clean_leftovers,
    prepare_directory,
    read_document,
    write_text,
)
from todokit.prompt import task_summary


@record
class StartResult:
    """The outcome of :func:`start`.

    Attributes:
        change: The new todo file's text (``before`` is the archived text).
        archived: The archive the old list went to, None when there was none.
        created: Whether the list was made from the template (no old list).
        carried: How many unfinished tasks came over from the old list.
        arrangement: Scores and scope of every task for the task at hand.
    """

    change: Change
    archived: Path | None
    created: bool
    carried: int
    arrangement: Arrangement = field(default_factory=Arrangement)

    @property
    def document(self) -> Document:
        """The new list (the arranged document itself when a task arranged it)."""
        arranged = self.arrangement.document
        return arranged if arranged is not None else parse(self.change.after)

    @property
    def in_scope(self) -> tuple[Item, ...]:
        """Unfinished tasks of the new list that are in scope."""
        return self.arrangement.in_scope

    @property
    def out_of_scope(self) -> tuple[Item, ...]:
        """Tasks parked as out of scope."""
        return self.arrangement.out_of_scope


def next_archive(claude_dir: Path, day: date) -> Path:
    """Return the archive name a rotation on ``day`` would take now."""
    taken = [archive.sequence for archive in list_archives(claude_dir, since=day, until=day)]
    return claude_dir / archive_name(day, max(taken, default=0) + 1)


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
        old: The old list.
        task: The task at hand, or None.
        day: The day work starts.
        archive: The file name of the archive the old list went to.
        template: The configured template (None: the default).

    Returns:
        The new text and the number of unfinished tasks carried.

    Examples:
        >>> from datetime import date
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
    from todokit.document.scanned import front_matter_end  # noqa: PLC0415

    return front_matter_end([doc.content(i) for i in range(min(len(doc.lines), 256))])


def start(
    project: Project,
    task: str | None = None,
    *,
    today: str | date | None = None,
    options: ScopeOptions | None = None,
    dry_run: bool = False,
    before_writing: Callable[[StartResult], None] | None = None,
) -> StartResult:
    """Start work on ``task``: rotate the todo file, carry and arrange its open work.

    All under one lock: (1) an existing todo file is archived byte-identically
    as ``todo-<day>.old`` (``.2.old`` … on the same day); (2) the new file gets a
    header naming the task (its one-line summary), the day and the archive,
    then the unfinished items (see :mod:`todokit.arrange.carry`), parked ones
    back home first; (3) with a task, items are sorted and unrelated ones
    parked as out of scope; (4) archives beyond the ``keep`` setting are
    pruned, never the one just made. Without an old file, a new one is made
    from the template. Everything that can fail on content, and
    ``before_writing``, runs before the first file changes.

    Args:
        project: The project.
        task: The task at hand (a prompt or a line), or None.
        today: The day that names the archive (default: today's local date).
        options: How to score and scope (defaults from the configuration).
        dry_run: Compute everything, change nothing.
        before_writing: Called with the result under the lock, before any file
            changes (a hook records its session there); if it raises, nothing changes.

    Returns:
        What was (or would be) done.

    Raises:
        UsageError: ``today`` is not a date.
        LockTimeoutError: Another process holds the lock.
        InvalidInputError: The old file is unreadable or not UTF-8 (nothing changes).
    """
    day = parse_day(today)
    todo = project.todo
    scope = options or ScopeOptions.from_config(project.config)
    if dry_run:
        old = read_document(todo)
        planned = next_archive(todo.claude_dir, day) if old is not None else None
        return _compose(project, task, day, old, planned, scope=scope, written=False)
    prepare_directory(todo)
    with hold_lock(todo.lock_path, project.config.lock_timeout):
        clean_leftovers(todo)
        old = read_document(todo)
        planned = next_archive(todo.claude_dir, day) if old is not None else None
        result = _compose(project, task, day, old, planned, scope=scope, written=True)
        encode(
            valid_text(result.change.after)
        )  # what cannot be written fails now, not after a rotation
        if before_writing is not None:
            before_writing(result)
        save_homes(todo, result.arrangement.homes)
        if old is not None:
            archived = rotate(todo.path, todo.claude_dir, day, remove_source=False)
            if archived != planned:  # another program took the name: name the real archive
                result = _compose(project, task, day, old, archived, scope=scope, written=True)
        write_text(todo, result.change.after)
        if project.config.keep is not None and result.archived is not None:
            prune(todo.claude_dir, keep=project.config.keep, today=day, protect={result.archived})
    return result


def _compose(
    project: Project,
    task: str | None,
    day: date,
    old: Document | None,
    archived: Path | None,
    *,
    scope: ScopeOptions,
    written: bool,
) -> StartResult:
    todo = project.todo
    summary = task_summary(task) if task else None
    if old is None:
        text, carried = fresh_text(project, summary, day), 0
    else:
        name = archived.name if archived else ""
        home = home_of(old, load_homes(todo))
        text, carried = carried_text(home, summary, day, name, project.config.template)
    arrangement = Arrangement()
    if task:
        text, arrangement = arrange(parse(text), task, scope, sort=True)
    before = old.render() if old is not None else None
    change = Change(todo.path, before, text, written=written)
    return StartResult(change, archived, old is None, carried, arrangement)
