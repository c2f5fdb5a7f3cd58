"""The lifecycle of a project's todo file: everything the CLI does, as functions.

Every CLI command is a thin call into one of these (see ``docs/cli.md``).

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

from importlib import import_module
from typing import TYPE_CHECKING

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

_SOURCES = (  # where __getattr__ looks for a name, in this order
    "todokit.lifecycle.archives",
    "todokit.lifecycle.arrangement",
    "todokit.lifecycle.decisions",
    "todokit.lifecycle.interop",
    "todokit.lifecycle.merging",
    "todokit.lifecycle.operations",
    "todokit.lifecycle.ordering",
    "todokit.lifecycle.project",
    "todokit.lifecycle.refs",
    "todokit.lifecycle.starting",
    "todokit.lifecycle.transaction",
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


def __getattr__(name: str) -> object:
    """Import a public name on first use (PEP 562), from the first of ``_SOURCES`` that has it."""
    if name in __all__:
        for source in _SOURCES:
            module = import_module(source)
            if hasattr(module, name):
                value = globals()[name] = getattr(module, name)
                return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    """List the public names with what is loaded already (PEP 562)."""
    return sorted({*globals(), *__all__})
