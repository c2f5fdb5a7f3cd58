"""Bytes in, bytes out: how todokit turns a file into text and back.

Files are decoded as UTF-8 without newline translation. Bytes that are not
valid UTF-8 become lone surrogates (Python's ``surrogateescape``), which the
document keeps like any other character and :func:`encode` turns back into
the very same bytes. Commands that edit a file refuse such input instead (see
:func:`check_utf8`), because text they add would sit next to bytes whose
encoding nobody knows.

Examples:
    >>> data = b"- [ ] caf\\xe9\\r\\n"
    >>> encode(decode(data)) == data
    True
    >>> first_invalid_byte(data)
    9
"""

from __future__ import annotations

from pathlib import Path


def decode(data: bytes) -> str:
    """Decode file bytes losslessly (invalid bytes become lone surrogates).

    Args:
        data: The file's bytes, valid UTF-8 or not, with any byte order mark.

    Returns:
        Text that :func:`encode` turns back into ``data`` exactly.

    Examples:
        >>> decode(b"\\xef\\xbb\\xbfx")
        '\\ufeffx'
    """
    return data.decode("utf-8", "surrogateescape")


def encode(text: str) -> bytes:
    """Encode text produced by :func:`decode` (or any valid text) as UTF-8.

    Args:
        text: Text from :func:`decode`, or any text without lone surrogates.

    Returns:
        The bytes; lone surrogates from :func:`decode` become the original bytes.

    Raises:
        InvalidInputError: When ``text`` holds a surrogate that stands for no byte.

    Examples:
        >>> encode("✓")
        b'\\xe2\\x9c\\x93'
    """
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError as error:
        from todokit.errors import InvalidInputError  # noqa: PLC0415 - keeps the core import-light

        raise InvalidInputError(
            f"text cannot be encoded as UTF-8 at character {error.start}"
        ) from None


def first_invalid_byte(data: bytes) -> int | None:
    """Return the offset of the first byte that is not valid UTF-8, or None.

    Args:
        data: The bytes to check, typically a whole file.

    Returns:
        The byte offset, or None when ``data`` is valid UTF-8.

    Examples:
        >>> first_invalid_byte(b"ok") is None
        True
    """
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start
    return None


def check_utf8(data: bytes, path: Path | str) -> str:
    """Decode ``data`` strictly, or explain where it is not UTF-8.

    Args:
        data: The bytes of the file.
        path: The file's path, for the message.

    Returns:
        The decoded text, a byte order mark included as ``\\ufeff``.

    Raises:
        InvalidInputError: When ``data`` is not valid UTF-8.

    Examples:
        >>> check_utf8(b"- [ ] a", "todo.md")
        '- [ ] a'
    """
    offset = first_invalid_byte(data)
    if offset is None:
        return data.decode("utf-8")
    from todokit.errors import InvalidInputError  # noqa: PLC0415 - keeps the core import-light

    raise InvalidInputError(
        f"{path}: not valid UTF-8 (byte 0x{data[offset]:02x} at offset {offset}); "
        "todokit edits only UTF-8 files and has changed nothing"
    )
