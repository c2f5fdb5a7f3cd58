"""What todokit writes is UTF-8: new text is made valid before it reaches a file.

A todo file is read with undecodable bytes kept as lone surrogates (see
:mod:`todokit.document.codec`), and those are written back as the very same
bytes. Text from users and agents can hold lone surrogates too: a
command-line argument with a byte that is not UTF-8 arrives as one, and so
does a JSON string holding ``"\\udcff"``. Written as they are, they became
bytes that are not UTF-8, after which every edit refused the file. A NUL
(``"\\u0000"`` in JSON an agent or an import sends) is valid UTF-8, but git and
editors take a file holding one for binary. The write
path (:func:`~todokit.lifecycle.transaction.write_text`, which every change
of a todo file goes through) therefore passes its text through
:func:`valid_text` first.

Examples:
    >>> valid_text("- [ ] ok\\n")
    '- [ ] ok\\n'
"""

from __future__ import annotations

import re

_UNWRITABLE = re.compile("[\\x00\\ud800-\\udfff]")
REPLACEMENT = "\ufffd"
"""What a lone surrogate or a NUL in new text becomes: U+FFFD REPLACEMENT CHARACTER."""


def valid_text(text: str, before: str | None = None) -> str:
    """Return ``text`` as todokit writes it: each lone surrogate or NUL of new text becomes U+FFFD.

    Text from users and agents (a command-line argument with a byte that is
    not UTF-8, a hook prompt holding ``"\\udcff"``) can hold lone surrogates,
    which would otherwise be written as bytes that are not UTF-8, after which
    every edit refuses the file; a NUL (an import holding ``"\\u0000"``) would
    make git take the file for binary. Only a byte that was already in the file
    may pass through as it is: a surrogate or a NUL is kept only on a line found as it is
    in ``before`` (the file as read, when it was read leniently). All of the
    write path goes through here; O(n), and a single ``isascii`` or
    ``encode`` for text without surrogates.

    Args:
        text: The new text about to be written.
        before: The file's text as read, or None for a new file.

    Returns:
        ``text``, or a copy with its new lone surrogates and NULs replaced.

    Examples:
        >>> valid_text("- [ ] bad\\udcffbyte\\n") == "- [ ] bad\\ufffdbyte\\n"
        True
        >>> valid_text("- [ ] old\\udcff\\n- [ ] new\\udcff\\n", "- [ ] old\\udcff\\n").encode(
        ...     "utf-8", "surrogateescape"
        ... )
        b'- [ ] old\\xff\\n- [ ] new\\xef\\xbf\\xbd\\n'
        >>> valid_text("- [ ] a\\x00b\\n") == "- [ ] a\\ufffdb\\n"
        True
    """
    if "\x00" not in text and (text.isascii() or _UNWRITABLE.search(text) is None):
        return text
    if before is None or _UNWRITABLE.search(before) is None:
        return _UNWRITABLE.sub(REPLACEMENT, text)
    kept = set(before.splitlines(keepends=True))
    lines = text.splitlines(keepends=True)
    return "".join(line if line in kept else _UNWRITABLE.sub(REPLACEMENT, line) for line in lines)


__all__ = ["REPLACEMENT", "valid_text"]
