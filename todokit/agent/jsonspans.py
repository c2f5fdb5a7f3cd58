r"""Where each value of a JSON text lies, so an edit can splice instead of rewrite.

:func:`scan` walks JSON text that is already known to be valid and returns a
tree of :class:`Span` records: the offsets of every value, and for objects
and arrays, of every member with the text around it (the indentation before
it, the separator after it). :mod:`todokit.agent.jsonedit` uses them to
change one member and keep every other byte of the file.

:func:`blank_comments` turns ``//`` and ``/* */`` comments into spaces of the
same length (line breaks kept), for files whose reader allows comments: the
offsets found in the blanked text are those of the original.

Examples:
    >>> span = scan('{"a": [1, 2], "b": {}}')
    >>> [(member.key, member.value.kind) for member in span.members]
    [('a', '['), ('b', '{')]
    >>> blank_comments('{"a": 1 // one\n}')
    '{"a": 1       \n}'
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

_SPACE = re.compile(r"[ \t\n\r]*")
_STRING = re.compile(r'"(?:[^"\\\x00-\x1f]|\\.)*"')
_SCALAR = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null")
_COMMENT_OR_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|//[^\n]*|/\*.*?\*/', re.DOTALL)
_NOT_A_BREAK = re.compile(r"[^\r\n]")


@dataclass(frozen=True, slots=True)
class Member:
    """One member of an object (with a key) or one element of an array.

    Attributes:
        lead: Where the text before it starts: just after the ``{``, ``[``
            or ``,`` that precedes it.
        start: Where the member itself starts: its key, or the element.
        key: The member's key; ``None`` for an array element.
        key_end: Where the key ends (``start`` for an array element).
        colon_end: Where the value starts (after the key and the colon);
            equal to ``start`` for an array element.
        value: The member's value.
        stop: Where the ``,`` or closing bracket that follows it is.

    Examples:
        >>> member = scan('{"a" : 1 }').members[0]
        >>> (member.lead, member.start, member.key_end, member.colon_end, member.stop)
        (1, 1, 4, 7, 9)
    """

    lead: int
    start: int
    key: str | None
    key_end: int
    colon_end: int
    value: Span
    stop: int


@dataclass(frozen=True, slots=True)
class Span:
    """One JSON value in a text.

    Attributes:
        start: Offset of its first character.
        end: Offset just past its last character.
        kind: ``"{"`` for an object, ``"["`` for an array, ``""`` otherwise.
        members: The members of an object or array, in text order.

    Examples:
        >>> scan(" 42 ")
        Span(start=1, end=3, kind='', members=())
    """

    start: int
    end: int
    kind: str
    members: tuple[Member, ...] = ()


def scan(text: str) -> Span:
    """Return the span tree of the single JSON value in ``text``, comments already blanked.

    Raises:
        ValueError: The text is not valid JSON after all.
        RecursionError: The value is nested deeper than the interpreter's
            recursion limit allows.

    Complexity: O(len(text)).

    Examples:
        >>> scan('[true, "x"]').members[1].value
        Span(start=7, end=10, kind='', members=())
    """
    span, _ = _value(text, _skip(text, 0))
    return span


def _skip(text: str, pos: int) -> int:
    """Return the offset of the next character that is not JSON whitespace."""
    match = _SPACE.match(text, pos)
    return match.end() if match else pos


def _value(text: str, pos: int) -> tuple[Span, int]:
    """Scan the value that starts at ``pos``; return it and the offset after it."""
    char = text[pos : pos + 1]
    if char == '"':
        end = _string_end(text, pos)
        return Span(pos, end, ""), end
    if char in ("{", "["):
        return _container(text, pos, char)
    match = _SCALAR.match(text, pos)
    if match is None:
        raise ValueError(f"no JSON value at offset {pos}")
    return Span(pos, match.end(), ""), match.end()


def _string_end(text: str, pos: int) -> int:
    """Return the offset just past the string that starts at ``pos``."""
    match = _STRING.match(text, pos)
    if match is None:
        raise ValueError(f"no JSON string at offset {pos}")
    return match.end()


def _container(text: str, pos: int, kind: str) -> tuple[Span, int]:
    """Scan an object or array whose opening bracket is at ``pos``."""
    close = "}" if kind == "{" else "]"
    members: list[Member] = []
    lead = pos + 1
    at = _skip(text, lead)
    if text[at : at + 1] == close:
        return Span(pos, at + 1, kind), at + 1
    while True:
        start, key, key_end, colon_end = at, None, at, at
        if kind == "{":
            key_end = _string_end(text, at)
            key = json.loads(text[at:key_end])
            colon_end = _skip(text, _skip(text, key_end) + 1)
        value, after = _value(text, colon_end)
        stop = _skip(text, after)
        members.append(Member(lead, start, key, key_end, colon_end, value, stop))
        if text[stop : stop + 1] == close:
            return Span(pos, stop + 1, kind, tuple(members)), stop + 1
        if text[stop : stop + 1] != ",":
            raise ValueError(f"expected ',' or {close!r} at offset {stop}")
        lead = stop + 1
        at = _skip(text, lead)


def blank_comments(text: str) -> str:
    """Replace ``//`` and ``/* */`` comments with spaces, keeping line breaks and offsets.

    Strings are left as they are. An unclosed ``/*`` is kept, so the text
    stays invalid.

    Examples:
        >>> blank_comments('{"url": "http://x"} /* a\\nb */')
        '{"url": "http://x"}     \\n    '
    """
    if "/" not in text:
        return text

    def blank(match: re.Match[str]) -> str:
        """Keep a string as it is; turn a comment into spaces, its line breaks kept."""
        found = match.group(0)
        return found if found.startswith('"') else _NOT_A_BREAK.sub(" ", found)

    return _COMMENT_OR_STRING.sub(blank, text)
