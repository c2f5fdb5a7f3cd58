r"""JSON values read strictly and written exactly.

:func:`loads_strict` reads JSON the way a strict reader does, so that
whatever todokit writes back is JSON again: ``NaN`` and ``Infinity`` are
refused (they are not JSON), and so is an object that names the same key
twice. Numbers keep their value exactly: a fraction or an exponent reads as a
:class:`~decimal.Decimal` (``1e400`` stays ``1E+400``, never ``Infinity``),
and so does an integer too long for :class:`int`. :func:`dump_value` writes
such values back, indented or on one line.

Examples:
    >>> value = loads_strict('{"t": 1e400, "n": 1.50}', "x.json")
    >>> value, dump_value(value, indent=None)
    ({'t': Decimal('1E+400'), 'n': Decimal('1.50')}, '{"t": 1E+400, "n": 1.50}')
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any, NoReturn

from todokit.errors import InvalidInputError

_LONGEST_INT = 4000  # digits; int() refuses more than 4300 by default


class _Refused(ValueError):
    """A construct JSON does not allow, found while decoding."""


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Build an object from its members, refusing a key named twice."""
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Refused(f"names the key {key!r} twice in one object")
            seen.add(key)
    return obj


def _constant(name: str) -> NoReturn:
    """Refuse ``NaN``, ``Infinity`` and ``-Infinity``, which Python accepts but JSON does not."""
    raise _Refused(f"holds {name}, which is not a JSON number")


def _integer(text: str) -> int | Decimal:
    """Read an integer exactly; one too long for :class:`int` becomes a Decimal."""
    return int(text) if len(text) <= _LONGEST_INT else Decimal(text)


def loads_strict(text: str, name: str) -> object:
    """Decode JSON text (without a byte-order mark) strictly; see the module notes.

    ``name`` is the file's name for the error message.

    Raises:
        InvalidInputError: The text is not JSON, holds ``NaN``/``Infinity``,
            names a key twice in one object, or is nested too deeply.

    Examples:
        >>> loads_strict('{"t": 1e400}', "x.json")
        {'t': Decimal('1E+400')}
        >>> loads_strict("[NaN]", "x.json")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        todokit.errors.InvalidInputError: x.json holds NaN, which is not a JSON number; ...
    """
    try:
        return json.loads(
            text,
            object_pairs_hook=_pairs,
            parse_float=Decimal,
            parse_int=_integer,
            parse_constant=_constant,
        )
    except _Refused as refused:
        raise InvalidInputError(f"{name} {refused}; left unchanged") from None
    except json.JSONDecodeError:
        raise InvalidInputError(f"{name} is not valid JSON; left unchanged") from None
    except RecursionError:
        raise InvalidInputError(f"{name} is nested too deeply to edit; left unchanged") from None


def dump_value(
    value: object,
    *,
    indent: str | None,
    newline: str = "\n",
    base: str = "",
    separators: tuple[str, str] = (", ", ": "),
) -> str:
    r"""Write one JSON value: indented over several lines, or on one line.

    Args:
        value: Objects, arrays, strings, numbers (:class:`~decimal.Decimal`
            included), booleans and ``None``.
        indent: One level of indentation; ``None`` writes it all on one line.
        newline: The line break between lines.
        base: The indentation of the line the value starts on.
        separators: The item separator (on one line) and the key
            separator, as in :func:`json.dumps`.

    Returns:
        The JSON text; non-ASCII characters are written as they are.

    Raises:
        ValueError: A float that is not finite, or a value JSON cannot hold.

    Examples:
        >>> dump_value({"a": [1, Decimal("2.50")]}, indent=None, separators=(",", ":"))
        '{"a":[1,2.50]}'
        >>> print(dump_value({"a": []}, indent="  "))
        {
          "a": []
        }
    """
    items: list[tuple[str | None, object]]
    if isinstance(value, dict):
        items = [(json.dumps(k, ensure_ascii=False), v) for k, v in value.items()]
        open_, close = "{", "}"
    elif isinstance(value, list):
        items = [(None, v) for v in value]
        open_, close = "[", "]"
    else:
        return _scalar(value)
    if not items:
        return open_ + close
    item_sep, key_sep = separators
    inner = None if indent is None else base + indent
    parts = []
    for key, item in items:
        text = dump_value(
            item, indent=indent, newline=newline, base=inner or "", separators=separators
        )
        parts.append(text if key is None else key + key_sep + text)
    if inner is None:
        return open_ + item_sep.join(parts) + close
    lines = ("," + newline + inner).join(parts)
    return open_ + newline + inner + lines + newline + base + close


def _scalar(value: object) -> str:
    """Write a string, number, boolean or null as JSON."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: only an escape can carry it
            return json.dumps(value)
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} is not a JSON number")
        return str(value)
    return json.dumps(value, allow_nan=False)
