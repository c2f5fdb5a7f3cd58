"""todokit: lossless lifecycle management for Markdown task lists.

The library behind the ``todokit`` command. The core is pure (parse, edit,
render, rank); the file layer adds atomic writes, locking and archives; the
lifecycle functions combine them into what the CLI and agent hooks run:
every CLI command is one call to a function exported here. Names are
imported on first use, so ``import todokit`` itself is cheap.

Examples:
    >>> import todokit
    >>> doc = todokit.parse("- [ ] Write the docs\\n- [x] Ship\\n")
    >>> [(task.text, task.status.value) for task in doc.tasks]
    [('Write the docs', 'open'), ('Ship', 'done')]
    >>> doc.render() == "- [ ] Write the docs\\n- [x] Ship\\n"
    True
"""

from typing import TYPE_CHECKING

from todokit._lazy import attach

if TYPE_CHECKING:
    from todokit.document import Document, Heading, Item, Status, parse
    from todokit.errors import (
        ChecksFailedError,
        ConfigError,
        InvalidInputError,
        LockTimeoutError,
        TaskNotFoundError,
        TodokitError,
        UsageError,
    )
    from todokit.lifecycle import (
        Change,
        EditResult,
        Project,
        ScopeOptions,
        StartResult,
        add,
        complete,
        export_todowrite,
        history,
        import_todowrite,
        keep,
        mark,
        merge_files,
        park,
        prune_archives,
        remove,
        reopen,
        resolve,
        rotate_todo,
        run_project_checks,
        scope_todo,
        sort_todo,
        start,
    )
    from todokit.merging import MergeResult, merge_lists
    from todokit.prompt import task_from_prompt

__version__ = "0.1.0"


__getattr__, __dir__ = attach(
    __name__,
    {
        "Document": "todokit.document",
        "Heading": "todokit.document",
        "Item": "todokit.document",
        "Status": "todokit.document",
        "parse": "todokit.document",
        "ChecksFailedError": "todokit.errors",
        "ConfigError": "todokit.errors",
        "InvalidInputError": "todokit.errors",
        "LockTimeoutError": "todokit.errors",
        "TaskNotFoundError": "todokit.errors",
        "TodokitError": "todokit.errors",
        "UsageError": "todokit.errors",
        "Project": "todokit.lifecycle",
        "start": "todokit.lifecycle",
        "add": "todokit.lifecycle",
        "complete": "todokit.lifecycle",
        "reopen": "todokit.lifecycle",
        "mark": "todokit.lifecycle",
        "remove": "todokit.lifecycle",
        "sort_todo": "todokit.lifecycle",
        "scope_todo": "todokit.lifecycle",
        "rotate_todo": "todokit.lifecycle",
        "history": "todokit.lifecycle",
        "prune_archives": "todokit.lifecycle",
        "export_todowrite": "todokit.lifecycle",
        "import_todowrite": "todokit.lifecycle",
        "keep": "todokit.lifecycle",
        "park": "todokit.lifecycle",
        "task_from_prompt": "todokit.prompt",
        "merge_lists": "todokit.merging",
        "MergeResult": "todokit.merging",
        "merge_files": "todokit.lifecycle",
        "run_project_checks": "todokit.lifecycle",
        "resolve": "todokit.lifecycle",
        "ScopeOptions": "todokit.lifecycle",
        "StartResult": "todokit.lifecycle",
        "EditResult": "todokit.lifecycle",
        "Change": "todokit.lifecycle",
    },
)

__all__ = [
    "Change",
    "ChecksFailedError",
    "ConfigError",
    "Document",
    "EditResult",
    "Heading",
    "InvalidInputError",
    "Item",
    "LockTimeoutError",
    "MergeResult",
    "Project",
    "ScopeOptions",
    "StartResult",
    "Status",
    "TaskNotFoundError",
    "TodokitError",
    "UsageError",
    "__version__",
    "add",
    "complete",
    "export_todowrite",
    "history",
    "import_todowrite",
    "keep",
    "mark",
    "merge_files",
    "merge_lists",
    "park",
    "parse",
    "prune_archives",
    "remove",
    "reopen",
    "resolve",
    "rotate_todo",
    "run_project_checks",
    "scope_todo",
    "sort_todo",
    "start",
    "task_from_prompt",
]
