r"""todokit: lossless lifecycle management for Markdown task lists.

The library behind the ``todokit`` command. The core is pure (parse, edit,
render, rank); the file layer adds atomic writes, locking and archives; the
lifecycle functions combine them into what the CLI and agent hooks run.

Example:
    >>> import todokit
    >>> doc = todokit.parse("- [ ] Write the docs\\n- [x] Ship\\n")
    >>> [(task.text, task.status.value) for task in doc.tasks]
    [('Write the docs', 'open'), ('Ship', 'done')]
    >>> doc.render() == "- [ ] Write the docs\\n- [x] Ship\\n"
    True
"""

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

__version__ = "0.1.0"

__all__ = [
    "ChecksFailedError",
    "ConfigError",
    "Document",
    "Heading",
    "InvalidInputError",
    "Item",
    "LockTimeoutError",
    "Status",
    "TaskNotFoundError",
    "TodokitError",
    "UsageError",
    "__version__",
    "parse",
]
