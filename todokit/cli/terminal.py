r"""Making text safe to show on a terminal: the one escaping rule of human output.

Task text, check output, file names and the arguments echoed in error messages
come from files and commands todokit does not control; printed raw, an escape
sequence could set the window title, write the clipboard (OSC 52), clear the
screen, or reorder what the reader sees (bidi overrides). :func:`for_terminal`
is applied by :class:`~todokit.cli.output.Output` to everything it prints as
text: every control character except line feed and tab (and the CR of a CRLF)
becomes a visible Python-style escape, ``\x1b`` for ESC, and every bidi
control or line/paragraph separator becomes ``\u202e`` and the like. ``--json``
output is not escaped this way: it keeps the exact text (see
:func:`~todokit.cli.output.json_text`).

Examples:
    >>> for_terminal("\x1b]0;pwned\x07 Fix login")
    '\\x1b]0;pwned\\x07 Fix login'
    >>> for_terminal("abc\u202edef"), for_terminal("tab\there\nnext")
    ('abc\\u202edef', 'tab\there\nnext')
"""

from __future__ import annotations

import re

_UNSAFE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # C0 but LF, TAB and CR; DEL; C1
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidi marks, embeddings, isolates
    "\u2028\u2029"  # line and paragraph separators
    "\ud800-\udfff]"  # lone surrogates: bytes that were not UTF-8
    "|\r(?!\n)"  # a CR that does not end a line
)

CLIP_LIMIT = 500
"""Most characters of one line of an error message (arguments are repeated in them)."""


def _escape(match: re.Match[str]) -> str:
    """Return the visible form of one unsafe character."""
    char = match.group()
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF:
        return "\ufffd"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def for_terminal(text: str) -> str:
    r"""Return ``text`` with every control and bidi character made visible.

    Line feeds and tabs stay (they shape the output and cannot hide text), and
    so does the CR of a CRLF line ending; every other C0 control, DEL and every
    C1 control becomes ``\xNN``; the bidi controls (U+061C, U+200E, U+200F,
    U+202A to U+202E, U+2066 to U+2069) and U+2028/U+2029 become ``\uNNNN``. Lone
    surrogates, which stand for bytes that were not UTF-8, become U+FFFD. A
    terminal shows the result as it is, with no effect of its own.

    Complexity: O(len(text)); text without unsafe characters is returned as is.

    Examples:
        >>> for_terminal("\x1b[2J\x9b31m\x08!")
        '\\x1b[2J\\x9b31m\\x08!'
        >>> for_terminal("a\r\nb\rc")
        'a\r\nb\\x0dc'
    """
    return _UNSAFE.sub(_escape, text)


def error_line(message: str) -> str:
    r"""Return the stderr line of an error: ``todokit:``, each line clipped, escaped, a newline.

    Examples:
        >>> error_line("cannot use /tmp/\x1b]0;x")
        'todokit: cannot use /tmp/\\x1b]0;x\n'
    """
    clipped = "\n".join(clip(line) for line in message.split("\n"))
    return f"todokit: {for_terminal(clipped)}\n"


def clip(text: str, limit: int = CLIP_LIMIT) -> str:
    """Return ``text`` cut to its first ``limit`` characters, saying how many were cut.

    Error messages repeat the user's arguments and task texts; a 100 KB
    argument should not come back in full.

    Examples:
        >>> clip("x" * 1000, 5)
        'xxxxx… (995 more characters)'
        >>> clip("short")
        'short'
    """
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text) - limit} more characters)"
