r"""Reading and rewriting small JSON files in their own style.

A user's ``settings.json`` has its own look: two or four spaces or tabs, LF or
CRLF, a byte-order mark or not, a final newline or not. :func:`parse_json_object`
remembers that look in a :class:`JsonStyle` and :func:`render_json_object`
writes the object back in it, so a merge changes only what it must.

Examples:
    >>> obj, style = parse_json_object('{\n    "a": 1\n}', "settings.json")
    >>> render_json_object({**obj, "b": [2]}, style)
    '{\n    "a": 1,\n    "b": [\n        2\n    ]\n}'
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from todokit._record import record
from todokit.errors import InvalidInputError

_BOM = "\ufeff"
_INDENTED_LINE = re.compile(r"\n([ \t]+)\S")


@record
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


def parse_json_object(text: str, name: str) -> tuple[dict[str, Any], JsonStyle]:
    r"""Parse JSON text that must hold an object, and note its style.

    Args:
        text: The file's text; blank text reads as an empty object.
        name: The file's name for error messages.

    Returns:
        The object and the text's style (indentation defaults to two spaces
        when no line is indented).

    Raises:
        InvalidInputError: The text is not JSON or not a JSON object.

    Examples:
        >>> parse_json_object("\t", "x.json")
        ({}, JsonStyle(indent='  ', newline='\n', final_newline=True, bom=False))
    """
    bom = text.startswith(_BOM)
    text = text.removeprefix(_BOM)
    obj: object = {}
    if text.strip():
        try:
            obj = json.loads(text)
        except (json.JSONDecodeError, RecursionError):
            raise InvalidInputError(f"{name} is not valid JSON; left unchanged") from None
    if not isinstance(obj, dict):
        raise InvalidInputError(f"{name} does not hold a JSON object; left unchanged")
    match = _INDENTED_LINE.search(text)
    indent = "  " if match is None else ("\t" if "\t" in match.group(1) else match.group(1))
    final = text.endswith("\n") or not text.strip()
    return obj, JsonStyle(indent, "\r\n" if "\r\n" in text else "\n", final, bom)


def render_json_object(obj: dict[str, Any], style: JsonStyle) -> str:
    r"""Write ``obj`` as JSON text in ``style`` (non-ASCII characters unescaped).

    Args:
        obj: The object to write.
        style: The layout to follow.

    Returns:
        The text.

    Examples:
        >>> render_json_object({"a": "é"}, JsonStyle(indent="\t", final_newline=False))
        '{\n\t"a": "é"\n}'
    """
    # json.dumps escapes line breaks inside strings, so every "\n" is layout.
    text = json.dumps(obj, indent=style.indent, ensure_ascii=False)
    if style.final_newline:
        text += "\n"
    return (_BOM if style.bom else "") + text.replace("\n", style.newline)


def read_optional(path: Path) -> bytes | None:
    """Return a file's bytes, or ``None`` when it does not exist.

    Args:
        path: The file.

    Returns:
        Its content, or ``None``.

    Raises:
        InvalidInputError: It exists but cannot be read (a directory, no
            permission, …).

    Examples:
        >>> read_optional(Path("/nonexistent/settings.json")) is None
        True
    """
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise InvalidInputError(f"cannot read {path}: {exc.strerror or exc}") from exc


def write_creating_parents(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, creating missing parent directories.

    Args:
        path: The file to write (symlinks are written through).
        data: Its complete new content.

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
