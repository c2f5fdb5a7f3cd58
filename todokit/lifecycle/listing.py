"""Reading a project's tasks: what ``todokit list`` shows, as data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from todokit.document import Document, Item
from todokit.lifecycle.project import Project
from todokit.lifecycle.reading import read_document


@dataclass(frozen=True, slots=True)
class TaskList:
    """A project's todo file as read, with its tasks.

    Attributes:
        path: The todo file.
        document: Its parsed document (an empty one when there is no file).
        exists: Whether the file exists.

    Examples:
        >>> import tempfile
        >>> from todokit.lifecycle import add
        >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
        >>> _ = add(project, "Write the docs"), add(project, "Ship it", section="Out of scope")
        >>> listing = list_tasks(project)
        >>> [(task.index, task.text) for task in listing.tasks], listing.parked()
        ([('1', 'Write the docs'), ('2', 'Ship it')], [False, True])
    """

    path: Path
    document: Document
    exists: bool

    @property
    def tasks(self) -> tuple[Item, ...]:
        """The tasks, in file order, nested ones included."""
        return tuple(self.document.tasks)

    def parked(self) -> list[bool]:
        """Return, per task, whether it is parked in an "Out of scope" section.

        Complexity: O(items + headings) per call.
        """
        from todokit.document.outline import parked_flags  # noqa: PLC0415 - lazy

        flags = parked_flags(self.document)
        return [flags[task.number] for task in self.document.tasks]


def list_tasks(project: Project) -> TaskList:
    """Read the project's todo file and return its tasks (``todokit list``).

    A reading command: bytes that are not UTF-8 are kept (as lone
    surrogates) rather than refused, and no lock is taken, since every write
    replaces the file atomically.

    Args:
        project: The project whose todo file is read.

    Returns:
        The file's path, its document and whether it exists.

    Raises:
        NotRegularFileError: The todo file is a directory, a FIFO, a device or a socket.
        FileTooLargeError: It is larger than the ``max_file_size`` setting.
        InvalidInputError: It cannot be read.

    Complexity: one read and one parse, linear in the file's size.

    Examples:
        >>> import tempfile
        >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
        >>> listing = list_tasks(project)
        >>> (listing.exists, listing.tasks, listing.path.name)
        (False, (), 'todo.md')
    """
    doc = read_document(project.todo, strict=False)
    return TaskList(project.todo.path, doc or Document(()), doc is not None)


__all__ = ["TaskList", "list_tasks"]
