"""The lifecycle of a project's todo file: everything the CLI does, as functions.

Every CLI command is a thin call into one of these (see ``docs/cli.md``).

Examples:
    >>> import tempfile
    >>> from pathlib import Path
    >>> from todokit.lifecycle import Project, start
    >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
    >>> start(project, "Fix login", today="2026-11-24").created
    True
"""

from typing import TYPE_CHECKING

from todokit._lazy import attach

if TYPE_CHECKING:
    from todokit.lifecycle.archives import ArchiveInfo, history, prune_archives, rotate_todo
    from todokit.lifecycle.arrangement import Arrangement, ScopeOptions, arrange
    from todokit.lifecycle.decisions import Decision
    from todokit.lifecycle.interop import export_todowrite, import_todowrite, run_project_checks
    from todokit.lifecycle.merging import FileMerge, merge_files
    from todokit.lifecycle.operations import EditResult, add, complete, mark, remove, reopen
    from todokit.lifecycle.ordering import OrderResult, keep, park, scope_todo, sort_todo
    from todokit.lifecycle.project import Project
    from todokit.lifecycle.refs import resolve
    from todokit.lifecycle.starting import StartResult, start
    from todokit.lifecycle.transaction import Change, modify, read_document


__getattr__, __dir__ = attach(
    __name__,
    {
        "ArchiveInfo": "todokit.lifecycle.archives",
        "history": "todokit.lifecycle.archives",
        "prune_archives": "todokit.lifecycle.archives",
        "rotate_todo": "todokit.lifecycle.archives",
        "Arrangement": "todokit.lifecycle.arrangement",
        "Decision": "todokit.lifecycle.decisions",
        "ScopeOptions": "todokit.lifecycle.arrangement",
        "arrange": "todokit.lifecycle.arrangement",
        "EditResult": "todokit.lifecycle.operations",
        "add": "todokit.lifecycle.operations",
        "complete": "todokit.lifecycle.operations",
        "mark": "todokit.lifecycle.operations",
        "remove": "todokit.lifecycle.operations",
        "reopen": "todokit.lifecycle.operations",
        "Project": "todokit.lifecycle.project",
        "resolve": "todokit.lifecycle.refs",
        "StartResult": "todokit.lifecycle.starting",
        "start": "todokit.lifecycle.starting",
        "Change": "todokit.lifecycle.transaction",
        "modify": "todokit.lifecycle.transaction",
        "read_document": "todokit.lifecycle.transaction",
        "OrderResult": "todokit.lifecycle.ordering",
        "keep": "todokit.lifecycle.ordering",
        "park": "todokit.lifecycle.ordering",
        "scope_todo": "todokit.lifecycle.ordering",
        "sort_todo": "todokit.lifecycle.ordering",
        "export_todowrite": "todokit.lifecycle.interop",
        "import_todowrite": "todokit.lifecycle.interop",
        "run_project_checks": "todokit.lifecycle.interop",
        "FileMerge": "todokit.lifecycle.merging",
        "merge_files": "todokit.lifecycle.merging",
    },
)

__all__ = [
    "ArchiveInfo",
    "Arrangement",
    "Change",
    "Decision",
    "EditResult",
    "FileMerge",
    "OrderResult",
    "Project",
    "ScopeOptions",
    "StartResult",
    "add",
    "arrange",
    "complete",
    "export_todowrite",
    "history",
    "import_todowrite",
    "keep",
    "mark",
    "merge_files",
    "modify",
    "park",
    "prune_archives",
    "read_document",
    "remove",
    "reopen",
    "resolve",
    "rotate_todo",
    "run_project_checks",
    "scope_todo",
    "sort_todo",
    "start",
]
