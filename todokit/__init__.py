"""todokit: lossless lifecycle management for Markdown task lists.

The library behind the ``todokit`` command. The core is pure (parse, edit,
render, rank); the file layer adds atomic writes, locking and archives; the
lifecycle functions combine them into what the CLI and agent hooks run:
every CLI command is one call to a function exported here, of the same
name (``todokit list`` is :func:`list_tasks` and ``todokit import`` is
:func:`import_tasks`, since ``list`` and ``import`` are Python's own), but
``todokit mcp``, whose server needs an optional extra. The
pure operations (:func:`sort_document`, :func:`scope_document`,
:func:`park_document`, :func:`set_status`, …) take a :class:`Document` and
return a new one, for tooling that works without files. Names are
imported on first use (PEP 562 ``__getattr__``), so ``import todokit`` itself
is cheap: every CLI process imports this package, and importing the lifecycle
with it cost a later prompt about 25 ms.

Examples:
    >>> import todokit
    >>> doc = todokit.parse("- [ ] Write the docs\\n- [x] Ship\\n")
    >>> [(task.text, task.status.value) for task in doc.tasks]
    [('Write the docs', 'open'), ('Ship', 'done')]
    >>> doc.render() == "- [ ] Write the docs\\n- [x] Ship\\n"
    True
"""

from typing import TYPE_CHECKING

from todokit._exports import lazy_exports

if TYPE_CHECKING:
    from todokit._version import __version__
    from todokit.agent.installing import Installation, install, install_git
    from todokit.arrange.sort import sort_document
    from todokit.document import Document, Heading, Item, Status, parse
    from todokit.document.edits import set_status
    from todokit.document.insert import insert_task
    from todokit.errors import (
        ChecksFailedError,
        ConfigError,
        InvalidInputError,
        LockTimeoutError,
        TaskNotFoundError,
        TodokitError,
        UsageError,
    )
    from todokit.hooks.process import hook
    from todokit.lifecycle import (
        Change,
        EditResult,
        Project,
        ScopeOptions,
        StartResult,
        TaskList,
        add,
        check,
        complete,
        done,
        export,
        export_todowrite,
        history,
        import_tasks,
        import_todowrite,
        keep,
        keep_document,
        list_tasks,
        mark,
        merge,
        merge_files,
        park,
        park_document,
        prune,
        prune_archives,
        remove,
        reopen,
        resolve,
        rotate,
        rotate_todo,
        run_project_checks,
        scope,
        scope_document,
        scope_todo,
        sort,
        sort_todo,
        start,
    )
    from todokit.mcp.install import install_mcp
    from todokit.merging import MergeResult, merge_lists
    from todokit.prompt import task_from_prompt

_SOURCES = (  # where __getattr__ looks for a name, in this order
    "todokit._version",
    "todokit.errors",
    "todokit.document",
    "todokit.lifecycle",
    "todokit.merging",
    "todokit.prompt",
    "todokit.document.edits",  # after lifecycle: its remove is not todokit.remove
    "todokit.document.insert",
    "todokit.arrange.sort",
    "todokit.hooks.process",
    "todokit.agent.installing",
    "todokit.mcp.install",
)

__all__ = [
    "Change",
    "ChecksFailedError",
    "ConfigError",
    "Document",
    "EditResult",
    "Heading",
    "Installation",
    "InvalidInputError",
    "Item",
    "LockTimeoutError",
    "MergeResult",
    "Project",
    "ScopeOptions",
    "StartResult",
    "Status",
    "TaskList",
    "TaskNotFoundError",
    "TodokitError",
    "UsageError",
    "__version__",
    "add",
    "check",
    "complete",
    "done",
    "export",
    "export_todowrite",
    "history",
    "hook",
    "import_tasks",
    "import_todowrite",
    "insert_task",
    "install",
    "install_git",
    "install_mcp",
    "keep",
    "keep_document",
    "list_tasks",
    "mark",
    "merge",
    "merge_files",
    "merge_lists",
    "park",
    "park_document",
    "parse",
    "prune",
    "prune_archives",
    "remove",
    "reopen",
    "resolve",
    "rotate",
    "rotate_todo",
    "run_project_checks",
    "scope",
    "scope_document",
    "scope_todo",
    "set_status",
    "sort",
    "sort_document",
    "sort_todo",
    "start",
    "task_from_prompt",
]


__getattr__, __dir__ = lazy_exports(__name__, _SOURCES)
