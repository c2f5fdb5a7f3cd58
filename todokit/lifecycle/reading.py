"""Reading the todo file: only a regular file, only up to the size limit, as text or parsed.

Examples:
    >>> import tempfile
    >>> from pathlib import Path
    >>> todo = TodoFile(Path(tempfile.mkdtemp()) / "todo.md")
    >>> (read_todo_text(todo), read_document(todo))
    (None, None)
"""

from __future__ import annotations

from todokit.document import Document, parse
from todokit.document.codec import check_utf8, decode
from todokit.files.confine import project_of
from todokit.files.project import TodoFile
from todokit.files.reading import Limit, read_optional


def size_limit(todo: TodoFile) -> Limit:
    """Return the most bytes to read of ``todo``: its own limit, else the project's setting.

    The configuration is read only when a file is larger than the smallest
    limit it may set (see :func:`~todokit.files.reading.read_bytes_checked`),
    so reading an ordinary todo file never needs it.
    """
    if todo.max_size is not None:
        return todo.max_size

    def configured() -> int:
        """Read ``max_file_size`` from the configuration of the project the file is in."""
        from todokit.files.config import load_config  # noqa: PLC0415 - big files only

        root = todo.root or project_of(todo.path) or todo.path.parent
        return load_config(root).max_file_size

    return configured


def read_document(todo: TodoFile, *, strict: bool = True) -> Document | None:
    """Read and parse the todo file, or return None when it does not exist.

    Only a regular file is read, and only up to the ``max_file_size`` setting
    (64 MiB by default).

    Args:
        todo: The todo file to read; no lock is taken.
        strict: Refuse bytes that are not UTF-8 (editing commands); when
            False they are kept as lone surrogates (reading commands).

    Returns:
        The parsed document, or None when there is no file (or a link to none).

    Raises:
        NotRegularFileError: The todo file is a directory, a FIFO, a device or a socket.
        FileTooLargeError: It is larger than the size limit.
        InvalidInputError: It cannot be read or (strict) is not UTF-8.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> todo = TodoFile(Path(tempfile.mkdtemp()) / "todo.md")
        >>> read_document(todo) is None
        True
        >>> _ = todo.path.write_bytes(b"- [ ] caf\\xe9\\n")
        >>> read_document(todo, strict=False).tasks[0].text
        'caf\\udce9'
    """
    text = read_todo_text(todo, strict=strict)
    return None if text is None else parse(text)


def read_todo_text(todo: TodoFile, *, strict: bool = True) -> str | None:
    """Read the todo file's text as :func:`read_document` does, without parsing it.

    For a caller that needs the text after it is done with the document (a
    start keeps the old text for its change, not the old document, which is
    several times its size).

    Raises:
        NotRegularFileError: The todo file is a directory, a FIFO, a device or a socket.
        FileTooLargeError: It is larger than the size limit.
        InvalidInputError: It cannot be read or (strict) is not UTF-8.
    """
    # A link to a file not made yet (rotation removed it) is no file: the next write makes it.
    data = read_optional(todo.path, size_limit(todo), setting="max_file_size")
    if data is None:
        return None
    return check_utf8(data, todo.path) if strict else decode(data)


__all__ = ["read_document", "read_todo_text", "size_limit"]
