"""One version of a task list, cut into the pieces a merge works with.

Every line of a version is either a *skeleton* line, outside every task
(headings, prose, code, plain items, blank lines between lists), or belongs to
exactly one :class:`Task`: the lines from the task's first line up to the next
task's first line, ending at the end of the outermost task around it. So a
task's piece holds its checkbox line, its continuation lines and notes, and
whatever sits between its subtasks; its subtasks are pieces of their own.

Examples:
    >>> version = cut("# Plan\\n\\n- [ ] a\\n  note\\n  - [x] b\\n\\nEnd\\n")
    >>> version.skeleton
    ('# Plan\\n', '\\n', '\\n', 'End\\n')
    >>> [(task.lines, task.slot, task.parent) for task in version.tasks]
    [(('- [ ] a\\n', '  note\\n'), 2, -1), (('  - [x] b\\n',), 2, 0)]
"""

from __future__ import annotations

from dataclasses import dataclass

from todokit.document import Document, Item, parse
from todokit.document.identity import content_hash
from todokit.document.outline import name_key


@dataclass(frozen=True, slots=True)
class Task:
    """A task's own lines in one version, and what identifies it.

    Attributes:
        number: Its position among the tasks of its version.
        lines: Its own lines, endings included (subtasks excluded).
        slot: How many skeleton lines come before it.
        depth: The number of list items around it.
        parent: The number of the nearest task around it, or -1.
        subtree_end: The number of the first task after its subtasks.
        marker: Where its checkbox character is: (index in ``lines``, index in that line).
        text_key: A hash of its text after the checkbox, white space folded.
        section_key: A hash of the headings it sits under.
        context_key: ``text_key`` with those headings and the items it sits under.
    """

    number: int
    lines: tuple[str, ...]
    slot: int
    depth: int
    parent: int
    subtree_end: int
    marker: tuple[int, int]
    text_key: str
    section_key: str
    context_key: str

    @property
    def text(self) -> str:
        """Its lines joined."""
        return "".join(self.lines)


@dataclass(frozen=True, slots=True)
class Version:
    """A version of a list: its skeleton lines and its tasks, in document order."""

    skeleton: tuple[str, ...]
    tasks: tuple[Task, ...]

    def subtree_text(self, number: int) -> str:
        """Return the lines of task ``number`` and of every task inside it, joined."""
        end = self.tasks[number].subtree_end
        return "".join(task.text for task in self.tasks[number:end])


class _Keys:
    """The hashes of headings and of chains of enclosing items, each made once per document."""

    def __init__(self, doc: Document) -> None:
        """Start with empty caches: each hash is made when first asked for."""
        self.doc = doc
        self.sections: dict[int, str] = {}
        self.chains: dict[int, str] = {}

    def section(self, item: Item) -> str:
        """Return the hash of the headings ``item`` sits under."""
        number = item.section_number
        key = self.sections.get(number)
        if key is None:
            path = "\x00".join(name_key(heading) for heading in item.heading_path)
            key = self.sections[number] = content_hash(path)
        return key

    def chain(self, item: Item | None) -> str:
        """Return the hash of ``item``'s text and of every item around it."""
        if item is None:
            return ""
        key = self.chains.get(item.number)
        if key is None:
            key = content_hash(f"{self.chain(item.parent)}\x00{item.source_text}")
            self.chains[item.number] = key
        return key


def _subtree_ends(tasks: tuple[Item, ...]) -> list[int]:
    """Return, per task, the number of the first task that starts after its subtree."""
    ends = [len(tasks)] * len(tasks)
    open_tasks: list[int] = []
    for number, task in enumerate(tasks):
        while open_tasks and tasks[open_tasks[-1]].end <= task.start:
            ends[open_tasks.pop()] = number
        open_tasks.append(number)
    return ends


def cut(text: str) -> Version:
    """Cut a whole list (no byte order mark) into skeleton lines and task pieces.

    Joining the pieces in document order gives ``text`` back.

    Complexity: O(len(text)).
    """
    doc = parse(text)
    keys = _Keys(doc)
    lines, items = doc.lines, doc.tasks
    numbers = {item.number: index for index, item in enumerate(items)}
    ends = _subtree_ends(items)
    skeleton: list[str] = []
    tasks: list[Task] = []
    position = 0
    index = 0
    while index < len(items):
        root_end = items[index].end  # the first task outside every task is a root
        skeleton.extend(lines[position : items[index].start])
        while index < len(items) and items[index].start < root_end:
            item = items[index]
            following = index + 1 < len(items) and items[index + 1].start < root_end
            stop = items[index + 1].start if following else root_end
            line, column = item.marker_position or (item.start, 0)
            parent = item.task_parent
            text_key = content_hash(item.source_text)
            section_key = keys.section(item)
            context_key = content_hash(f"{section_key}\x00{keys.chain(item.parent)}\x00{text_key}")
            tasks.append(
                Task(
                    number=index,
                    lines=tuple(lines[item.start : stop]),
                    slot=len(skeleton),
                    depth=item.depth,
                    parent=-1 if parent is None else numbers[parent.number],
                    subtree_end=ends[index],
                    marker=(line - item.start, column),
                    text_key=text_key,
                    section_key=section_key,
                    context_key=context_key,
                )
            )
            index += 1
        position = root_end
    skeleton.extend(lines[position:])
    return Version(tuple(skeleton), tuple(tasks))
