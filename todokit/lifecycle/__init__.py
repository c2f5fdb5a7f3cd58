"""The lifecycle of a project's todo file: everything the CLI does, as functions.

Every CLI command is one call to one of these, of the same name (see the
table in ``docs/api.md``); the former names stay as aliases of the same
functions (``complete`` is ``done``, ``sort_todo`` is ``sort``).

The names are imported on first use (PEP 562 ``__getattr__``): a hook imports
two of these modules, and importing all of them with it cost a later prompt
about 25 ms.

Examples:
    >>> import tempfile
    >>> from pathlib import Path
    >>> from todokit.lifecycle import Project, start
    >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
    >>> start(project, "Fix login", today="2026-11-24").created
    True
"""

from typing import TYPE_CHECKING

from todokit._exports import lazy_exports

if TYPE_CHECKING:
    from todokit.arrange.arrangement import Arrangement, ScopeOptions, arrange
    from todokit.arrange.decisions import Decision
    from todokit.lifecycle.archives import (
        ArchiveInfo,
        history,
        prune,
        prune_archives,
        rotate,
        rotate_todo,
    )
    from todokit.lifecycle.documents import keep_document, park_document, scope_document
    from todokit.lifecycle.interop import (
        check,
        export,
        export_todowrite,
        import_tasks,
        import_todowrite,
        run_project_checks,
    )
    from todokit.lifecycle.listing import TaskList, list_tasks
    from todokit.lifecycle.merging import FileMerge, merge, merge_files
    from todokit.lifecycle.operations import EditResult, add, complete, done, mark, remove, reopen
    from todokit.lifecycle.ordering import (
        OrderResult,
        keep,
        park,
        scope,
        scope_todo,
        sort,
        sort_todo,
    )
    from todokit.lifecycle.plugins import scope_options
    from todokit.lifecycle.project import Project
    from todokit.lifecycle.reading import read_document
    from todokit.lifecycle.refs import resolve
    from todokit.lifecycle.starting import StartResult, start
    from todokit.lifecycle.transaction import Change, modify

_SOURCES = (  # where __getattr__ looks for a name, in this order: cheap ones first
    "todokit.lifecycle.project",
    "todokit.lifecycle.transaction",
    "todokit.lifecycle.reading",
    "todokit.lifecycle.refs",
    "todokit.lifecycle.listing",
    "todokit.lifecycle.operations",
    "todokit.arrange.arrangement",
    "todokit.arrange.decisions",
    "todokit.lifecycle.documents",
    "todokit.lifecycle.ordering",
    "todokit.lifecycle.archives",  # before starting, whose own prune and rotate are the files'
    "todokit.lifecycle.starting",
    "todokit.lifecycle.interop",
    "todokit.lifecycle.merging",
    "todokit.lifecycle.plugins",
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
    "TaskList",
    "add",
    "arrange",
    "check",
    "complete",
    "done",
    "export",
    "export_todowrite",
    "history",
    "import_tasks",
    "import_todowrite",
    "keep",
    "keep_document",
    "list_tasks",
    "mark",
    "merge",
    "merge_files",
    "modify",
    "park",
    "park_document",
    "prune",
    "prune_archives",
    "read_document",
    "remove",
    "reopen",
    "resolve",
    "rotate",
    "rotate_todo",
    "run_project_checks",
    "scope",
    "scope_document",
    "scope_options",
    "scope_todo",
    "sort",
    "sort_todo",
    "start",
]


__getattr__, __dir__ = lazy_exports(__name__, _SOURCES)
