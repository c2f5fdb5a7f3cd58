r"""Reading and writing small JSON files in their own style, and never invalid JSON.

A user's ``settings.json`` has its own look: two or four spaces or tabs, LF or
CRLF, a byte-order mark or not, a final newline or not. :func:`parse_json_object`
remembers that look in a :class:`JsonStyle` and :func:`render_json_object`
writes an object in it (:mod:`todokit.agent.jsonedit` goes further and keeps
the original text of everything an edit leaves alone).

Reading is strict and numbers keep their exact value
(:mod:`todokit.agent.jsontext`), so whatever is written back is JSON again.

Examples:
    >>> obj, style = parse_json_object('{\n    "a": 1.50\n}', "settings.json")
    >>> render_json_object({**obj, "b": [2]}, style)
    '{\n    "a": 1.50,\n    "b": [\n        2\n    ]\n}'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from todokit.agent.jsontext import dump_value, loads_strict
from todokit.errors import InvalidInputError

__all__ = [
    "BOM",
    "JsonStyle",
    "dump_value",
    "loads_strict",
    "parse_json_object",
    "read_optional",
    "render_json_object",
    "style_of",
    "write_creating_parents",
]

BOM = "\ufeff"
"""The byte-order mark some editors put at the start of a UTF-8 file."""

_INDENTED_LINE = re.compile(r"\n([ \t]+)\S")


@dataclass(frozen=True, slots=True)
class JsonStyle:
    r"""How a JSON file is laid out.

    Attributes:
        indent: One level of indentation: spaces or a tab.
        newline: ``"\n"`` or ``"\r\n"``.
        final_newline: Whether the text ends with a line break.
        bom: Whether the text starts with a byte-order mark.

    Examples:
        >>> JsonStyle().indent
        '  '
    """

    indent: str = "  "
    newline: str = "\n"
    final_newline: bool = True
    bom: bool = False


def style_of(text: str) -> JsonStyle:
    r"""Return the layout of a JSON file's text, byte-order mark included.

    Indentation defaults to two spaces when no line is indented.

    Examples:
        >>> style_of("\ufeff{\r\n\t\"a\": 1\r\n}")
        JsonStyle(indent='\t', newline='\r\n', final_newline=False, bom=True)
    """
    bom = text.startswith(BOM)
    text = text.removeprefix(BOM)
    match = _INDENTED_LINE.search(text)
    indent = "  " if match is None else ("\t" if "\t" in match.group(1) else match.group(1))
    final = text.endswith("\n") or not text.strip()
    return JsonStyle(indent, "\r\n" if "\r\n" in text else "\n", final, bom)


def parse_json_object(text: str, name: str) -> tuple[dict[str, Any], JsonStyle]:
    r"""Parse JSON text that must hold an object (blank text is an empty one); note its style.

    ``name`` is the file's name for error messages.

    Raises:
        InvalidInputError: The text is not strict JSON (see
            :func:`~todokit.agent.jsontext.loads_strict`) or not a JSON object.

    Examples:
        >>> parse_json_object("\t", "x.json")
        ({}, JsonStyle(indent='  ', newline='\n', final_newline=True, bom=False))
    """
    body = text.removeprefix(BOM)
    obj = loads_strict(body, name) if body.strip() else {}
    if not isinstance(obj, dict):
        raise InvalidInputError(f"{name} does not hold a JSON object; left unchanged")
    return obj, style_of(text)


def render_json_object(obj: dict[str, Any], style: JsonStyle) -> str:
    r"""Write ``obj`` as JSON text in ``style`` (non-ASCII characters unescaped).

    Examples:
        >>> render_json_object({"a": "é"}, JsonStyle(indent="\t", final_newline=False))
        '{\n\t"a": "é"\n}'
    """
    text = dump_value(obj, indent=style.indent, newline=style.newline)
    if style.final_newline:
        text += style.newline
    return (BOM if style.bom else "") + text


def read_optional(path: Path) -> bytes | None:
    """Return a settings file's bytes, or ``None`` when it does not exist.

    Only a regular file of at most 4 MiB is read, as for the configuration: a
    repository's ``settings.json`` that is a FIFO hung ``install`` and the Stop
    hook, and one linked to ``/dev/zero`` grew them until memory ran out.

    Raises:
        InvalidInputError: It exists but cannot be read (a directory, a FIFO, a
            device, no permission, over 4 MiB, …).

    Examples:
        >>> read_optional(Path("/nonexistent/settings.json")) is None
        True
    """
    from todokit.files.reading import SMALL_FILE_LIMIT  # noqa: PLC0415 - kept off start-up
    from todokit.files.reading import read_optional as read_regular  # noqa: PLC0415

    return read_regular(path, SMALL_FILE_LIMIT)


def write_creating_parents(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, creating missing parent directories.

    A symlink is written through, not replaced.

    Raises:
        InvalidInputError: A directory cannot be created or the file cannot
            be written.

    Examples:
        >>> import tempfile
        >>> target = Path(tempfile.mkdtemp()) / "a" / "b.json"
        >>> write_creating_parents(target, b"{}")
        >>> target.read_bytes()
        b'{}'
    """
    from todokit.files.atomic import atomic_write_bytes  # noqa: PLC0415 - kept off start-up

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InvalidInputError(f"cannot create {path.parent}: {exc.strerror or exc}") from exc
    atomic_write_bytes(path, data)
