r"""Editing a JSON object file in place: change what must change, keep every other byte.

:class:`JsonDocument` reads a file's text into :attr:`JsonDocument.value`,
a plain ``dict``/``list`` tree to change with the usual methods, and
:meth:`JsonDocument.render` writes the result back by splicing: a member
that did not change keeps its original text (spacing, number spelling, key
order, comments), a removed member takes its separator with it, and a new
member is written in the style of its neighbours, indented like them, or on
one line in a container that is on one line. Only a container whose kept
members were reordered is written anew, in the file's style.

Examples:
    >>> doc = JsonDocument('{"keep":  1e400,\n "drop": [1]}', "f.json")
    >>> del doc.value["drop"]; doc.value["new"] = {"a": 1}
    >>> print(doc.render())
    {"keep":  1e400,
     "new": {
      "a": 1
     }}
"""

from __future__ import annotations

from typing import Any

from todokit.agent._jsontrack import (
    TrackedArray,
    TrackedObject,
    pair_members,
    same,
    track_object,
)
from todokit.agent.jsonfile import (
    BOM,
    JsonStyle,
    dump_value,
    loads_strict,
    render_json_object,
    style_of,
)
from todokit.agent.jsonspans import Member, Span, blank_comments, scan
from todokit.errors import InvalidInputError


class JsonDocument:
    """A JSON object file's text and the value to edit (see the module notes).

    Args:
        text: The file's text (a byte-order mark is kept); blank text is an
            empty object.
        name: The file's name for error messages.
        comments: Allow ``//`` and ``/* */`` comments (kept where they are).

    Raises:
        InvalidInputError: The text is not strict JSON (see
            :func:`~todokit.agent.jsonfile.loads_strict`) or not an object.

    Examples:
        >>> doc = JsonDocument('{"a": 1}', "f.json")
        >>> doc.value["a"] = 2
        >>> doc.render(), doc.changed()
        ('{"a": 2}', True)
    """

    def __init__(self, text: str, name: str, *, comments: bool = False) -> None:
        """Read ``text`` (see the class notes)."""
        self.text = text
        self.style: JsonStyle = style_of(text)
        self._body = text.removeprefix(BOM)
        readable = blank_comments(self._body) if comments else self._body
        self._span: Span | None = None
        if not readable.strip():
            self.value: dict[str, Any] = {}
            return
        decoded = loads_strict(readable, name)
        if not isinstance(decoded, dict):
            raise InvalidInputError(f"{name} does not hold a JSON object; left unchanged")
        try:
            self._span = scan(readable)
            self.value = track_object(decoded, self._span)
        except RecursionError:
            message = f"{name} is nested too deeply to edit; left unchanged"
            raise InvalidInputError(message) from None

    def render(self) -> str:
        """Return the file's new text: the original, spliced where the value changed.

        Raises:
            InvalidInputError: The value is nested too deeply to write.
        """
        if self._span is None:
            return self.text if not self.value else render_json_object(self.value, self.style)
        span = self._span
        try:
            middle = self._emit(self.value, span, "")
        except RecursionError:
            raise InvalidInputError("the new JSON is nested too deeply to write") from None
        bom = BOM if self.style.bom else ""
        return bom + self._body[: span.start] + middle + self._body[span.end :]

    def changed(self) -> bool:
        """Whether :meth:`render` differs from the original text."""
        return self.render() != self.text

    def _emit(self, value: object, span: Span | None, indent: str | None, colon: str = ": ") -> str:
        """Write ``value``, which replaces the original at ``span`` (``None``: a new value).

        ``indent`` is the indentation of the line the value starts on, or
        ``None`` inside a container written on one line (then ``colon`` is
        that container's key separator).
        """
        if isinstance(value, TrackedObject | TrackedArray) and value.span is span:
            if same(value.old, value):
                return self._body[span.start : span.end]
            spliced = self._splice(value, span, indent, colon)
            if spliced is not None:
                return spliced
        elif (
            span is not None
            and span.kind == ""
            and not isinstance(value, dict | list)
            and same(loads_strict(self._body[span.start : span.end], "value"), value)
        ):
            return self._body[span.start : span.end]
        if indent is None:
            return _one_line(value, colon)
        return dump_value(value, indent=self.style.indent, newline=self.style.newline, base=indent)

    def _layout(
        self, span: Span, indent: str | None, colon: str
    ) -> tuple[str | None, str, str, str, str]:
        """Work out how a changed container lays out its members.

        Returns the members' indentation (``None``: all on one line), the text
        before the first member, the text before the closing bracket, what
        stays after the last original member when others follow it (a
        comment on its line), and the key separator.
        """
        body, members = self._body, span.members
        last = members[-1] if members else None
        if last is not None and last.key is not None:
            colon = body[last.key_end : last.colon_end]
            colon = ": " if "\n" in colon else colon
        if last is None:
            inside = body[span.start + 1 : span.end - 1].strip()  # comments only
            if indent is None:  # in a container on one line: stay on one line
                return None, inside + " " if inside else "", "", "", colon
            # An empty container opens up, one member a line.
            return (indent + self.style.indent, inside, self.style.newline + indent, "", colon)
        opening, tail = (
            body[members[0].lead : members[0].start],
            body[last.value.end : span.end - 1],
        )
        if not any("\n" in body[m.lead : m.start] for m in members):
            return None, opening, tail, "", colon  # a container on one line stays on one line
        trailing, tail = _split_tail(tail)
        return _indent_of(body, last), opening, tail, trailing, colon

    def _splice(
        self, value: TrackedObject | TrackedArray, span: Span, indent: str | None, colon: str
    ) -> str | None:
        """Rebuild a changed container from its kept members' text and new members.

        ``indent`` and ``colon`` are those of :meth:`_emit`. Returns ``None``
        when kept members were reordered (the caller writes the container anew).
        """
        pairs = pair_members(value, span)
        if pairs is None:
            return None
        body, members, last = self._body, span.members, span.members[-1] if span.members else None
        open_, close = span.kind, "}" if span.kind == "{" else "]"
        if not pairs:
            return open_ + close
        inner, opening, tail, trailing, colon = self._layout(span, indent, colon)
        between = _spacing(body, span, colon) if inner is None else self.style.newline + inner
        opening = opening + between if not members and inner is not None else opening
        pieces = []
        for number, (item, member) in enumerate(pairs):
            text = opening if number == 0 else between
            more = "," if number < len(pairs) - 1 else ""
            if member is not None:
                if number and member is not members[0]:
                    text = body[member.lead : member.start]
                text += body[member.start : member.colon_end]
                text += self._emit(item, member.value, inner, colon)
                if member is last:  # the comma goes before a comment that ends its line
                    text += more + trailing if more else ""
                else:
                    text += body[member.value.end : member.stop] + more if more else ""
            else:
                key, new = item if span.kind == "{" else (None, item)
                text += "" if key is None else _one_line(key, colon) + colon
                text += self._emit(new, None, inner, colon) + more
            pieces.append(text)
        return open_ + "".join(pieces) + tail + close


def _spacing(body: str, span: Span, colon: str) -> str:
    """Return the text between members of a container on one line."""
    members = span.members
    if len(members) > 1:
        return body[members[-1].lead : members[-1].start]
    return " " if colon.endswith(" ") else ""


def _split_tail(tail: str) -> tuple[str, str]:
    """Split the text after a container's last member at its last line break.

    What precedes the break (a comment on the member's line) stays with the
    member; the break and the closing bracket's indentation end the container.
    """
    cut = tail.rfind("\n")
    if cut > 0 and tail[cut - 1] == "\r":
        cut -= 1
    cut = max(cut, 0)
    return tail[:cut].rstrip(), tail[cut:]


def _indent_of(body: str, member: Member) -> str:
    """Return the indentation of the line a member starts on."""
    line = body[: member.start].rsplit("\n", 1)[-1]
    return line[: len(line) - len(line.lstrip(" \t"))]


def _one_line(value: object, colon: str) -> str:
    """Write a value on one line, spaced like the container whose key separator is ``colon``."""
    spaced = colon.endswith(" ")
    return dump_value(value, indent=None, separators=(", " if spaced else ",", colon))
