"""Mirroring an agent's own task list into the todo file, never deleting.

Each agent task is matched to a todokit task in this order:

1. by its remembered key — the agent's task id, or for a task without one
   (``TodoWrite``) its text — among the tasks this scope's events matched
   before;
2. else by its text (case and spacing ignored), among the *unfinished* tasks
   only: an unknown task never reopens finished work.

A match gets the agent's status; an unmatched task is added where new work
belongs; ``deleted`` becomes cancelled; nothing is removed. All of a payload's
tasks are applied in one pass and the document is parsed once, so a payload of
k tasks on a file of n lines costs O(n + k).

Examples:
    >>> from todokit.mirror.todowrite import todos_from_todowrite
    >>> from todokit.document import parse
    >>> doc = parse("- [ ] Fix login\\n")
    >>> todos = todos_from_todowrite({"todos": [
    ...     {"content": "fix login", "status": "completed", "activeForm": "Fixing"},
    ...     {"content": "Add tests", "status": "pending", "activeForm": "Adding"}]})
    >>> print(merge_todos(doc, todos, {}).render(), end="")
    - [x] Fix login
    - [ ] Add tests
"""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass

from todokit.document import Document, Item, Status, parse
from todokit.document.edits import Edit, apply_edits, status_edit
from todokit.document.outline import name_key
from todokit.mirror.todowrite import AgentTodo, todokit_status

TEXT_KEY = "text:"
"""The prefix of the key that remembers a task without an agent id by its text."""


def agent_key(todo: AgentTodo) -> str | None:
    """Return the key a task is remembered by: its agent id, else its text by name_key."""
    if todo.task_id:
        return todo.task_id
    text = name_key(todo.content)
    return TEXT_KEY + text if text else None


class _New:
    """A task this merge adds, with the status it ends up with."""

    __slots__ = ("status", "text")

    def __init__(self, text: str, status: Status) -> None:
        """Hold the text to write and the status the new task ends up with."""
        self.text, self.status = text, status


@dataclass(frozen=True, slots=True)
class Merged:
    """The result of :func:`merge`.

    Attributes:
        document: The new document (the given one when nothing changed).
        added: The keys (see :func:`agent_key`) of the tasks that were added.
    """

    document: Document
    added: frozenset[str]


class _Matcher:
    """The lookups of one merge: remembered keys, then unfinished tasks by text."""

    def __init__(self, doc: Document, ids: MutableMapping[str, str]) -> None:
        """Index the tasks of ``doc`` by id and by source text; by rendered text only on demand."""
        self.doc, self.ids = doc, ids
        self.by_id = {task.id: task for task in doc.tasks}
        self.by_source: dict[str, list[Item]] = {}
        for task in doc.tasks:
            self.by_source.setdefault(name_key(task.source_text), []).append(task)
        self.by_text: dict[str, list[Item]] | None = None  # rendered texts, built on demand
        self.status: dict[int, Status] = {}  # item number -> status set by this merge
        self.new: list[_New] = []
        self.new_by_text: dict[str, _New] = {}
        self.targets: dict[str, Item | _New] = {}

    def open_task(self, tasks: list[Item]) -> Item | None:
        """The first of ``tasks`` that is unfinished, counting this merge's changes."""
        for task in tasks:
            status = self.status.get(task.number, task.status)
            if status is not None and not status.finished:
                return task
        return None

    def rendered(self, text: str) -> list[Item]:
        """The tasks whose rendered text (markup removed) is ``text``."""
        if self.by_text is None:
            self.by_text = {}
            for task in self.doc.tasks:
                self.by_text.setdefault(name_key(task.text), []).append(task)
        return self.by_text.get(text, [])

    def find(self, key: str, text: str, status: Status | None) -> Item | _New | None:
        """The task ``key`` names: remembered, else an unfinished one with ``text``.

        A task without an agent id that the agent reports finished may also
        match a task with the same text and that same finished status: nothing
        changes, and no duplicate of finished work is added.
        """
        if key in self.targets:
            return self.targets[key]
        remembered = self.by_id.get(self.ids.get(key, ""))
        if remembered is not None or not text:
            return remembered
        found = self.open_task(self.by_source.get(text, [])) or self.open_task(self.rendered(text))
        new = self.new_by_text.get(text)
        if found is None and new is not None and not new.status.finished:
            return new
        if found is None and key.startswith(TEXT_KEY) and status is not None and status.finished:
            same = [*self.by_source.get(text, []), *self.rendered(text)]
            found = next((task for task in same if task.status == status), None)
        return found


def merge(doc: Document, todos: Sequence[AgentTodo], ids: MutableMapping[str, str]) -> Merged:
    """Mirror the agent's tasks into ``doc`` in one pass; return it with the keys added.

    A later mention of the same task in ``todos`` wins. ``ids`` maps agent task
    keys to todokit ids for the scope the tasks come from, and is updated with
    every match and addition.

    Complexity: O(n + k) for n lines and k agent tasks, plus one parse.
    """
    matcher = _Matcher(doc, ids)
    for todo in todos:
        key, text = agent_key(todo), name_key(todo.content)
        if key is None:
            continue
        status = Status(todokit_status(todo.status)) if todo.status else None
        target = matcher.find(key, text, status)
        if target is None:
            if status is None or status == Status.CANCELLED or not text:
                continue
            target = _New(" ".join(todo.content.split()), status)
            matcher.new.append(target)
            matcher.new_by_text.setdefault(text, target)
        elif isinstance(target, _New):
            target.status = status or target.status
        elif status is not None:
            matcher.status[target.number] = status
        matcher.targets[key] = target
    return _apply(doc, matcher, ids)


def merge_todos(
    doc: Document, todos: Sequence[AgentTodo], ids: MutableMapping[str, str]
) -> Document:
    """Return ``doc`` with the agent's tasks mirrored into it (see :func:`merge`)."""
    return merge(doc, todos, ids).document


def _apply(doc: Document, matcher: _Matcher, ids: MutableMapping[str, str]) -> Merged:
    """Make every status edit and the block of new tasks in one batch; remember the ids."""
    edits = [
        status_edit(doc, doc.items[number], status)
        for number, status in matcher.status.items()
        if doc.items[number].status != status
    ]
    position, block, offsets = _new_block(doc, matcher.new)
    if block:
        edits.append(Edit(position, position, tuple(block)))
    merged = apply_edits(doc, edits)
    starts = {task.start: task for task in merged.tasks} if edits else {}
    lines_added = len(block)
    added = set()
    for key, target in matcher.targets.items():
        if isinstance(target, _New):
            ids[key] = starts[position + offsets[id(target)]].id
            added.add(key)
        elif edits:
            moved = target.start + (lines_added if target.start >= position and block else 0)
            ids[key] = starts[moved].id
        else:
            ids[key] = target.id
    return Merged(merged, frozenset(added))


def _new_block(doc: Document, new: list[_New]) -> tuple[int, list[str], dict[int, int]]:
    """Return where the new tasks go, their lines, and each one's line offset in them.

    The first is placed as a single new task would be; each next one follows
    the previous, written like it (same indentation and bullet, the next number),
    and all of them end in the file's line ending.
    """
    if not new:
        return 0, [], {}
    from todokit.document.insert import insertion_edit  # noqa: PLC0415 - only to add tasks

    first = insertion_edit(doc, new[0].text, status=new[0].status)
    lines = list(first.lines)
    at = next(index for index, line in enumerate(lines) if line.strip())
    offsets = {id(new[0]): at}
    previous = lines[at]
    for number, task in enumerate(new[1:], start=1):
        previous = insertion_edit(parse(previous), task.text, status=task.status).lines[-1]
        lines.insert(at + number, previous)
        offsets[id(task)] = at + number
    if doc.lines:  # every new line ends as the file's lines do
        lines = [line.rstrip("\r\n") + doc.newline for line in lines]
    return first.start, lines, offsets
