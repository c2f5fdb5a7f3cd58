"""The lifecycle of a project's todo file: everything the CLI does, as functions.

Every CLI command is a thin call into one of these (see ``docs/cli.md``).

Example:
    >>> import tempfile
    >>> from pathlib import Path
    >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
    >>> start(project, "Fix login", today="2026-11-24").created
    True
"""

from todokit.lifecycle.archives import ArchiveInfo, history, prune_archives, rotate_todo
from todokit.lifecycle.arrange import Arrangement, Decision, ScopeOptions, arrange
from todokit.lifecycle.operations import EditResult, add, complete, mark, remove, reopen
from todokit.lifecycle.project import Project
from todokit.lifecycle.refs import resolve
from todokit.lifecycle.start import StartResult, start
from todokit.lifecycle.transaction import Change, modify, read_document

__all__ = [
    "ArchiveInfo",
    "Arrangement",
    "Change",
    "Decision",
    "EditResult",
    "Project",
    "ScopeOptions",
    "StartResult",
    "add",
    "arrange",
    "complete",
    "history",
    "mark",
    "modify",
    "prune_archives",
    "read_document",
    "remove",
    "reopen",
    "resolve",
    "rotate_todo",
    "start",
]
