"""Validation of single configuration values.

Each validator turns one TOML value into the type :class:`~todokit.files.config.Config`
holds, or raises :class:`InvalidValueError` saying what was expected. TOML
booleans are never accepted as numbers.

Examples:
    >>> validate_key("keep", 3, "keep")
    3
    >>> try:
    ...     validate_key("keep", True, "keep")
    ... except InvalidValueError as exc:
    ...     print(exc)
    key 'keep' must be a non-negative integer, got True
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any, TypeGuard

from todokit.files.reading import MIN_MAX_FILE_SIZE
from todokit.levels import LABELS

FIELD_CHECKS = "checks"
_CHECK_KEYS = ("name", "run", "timeout")
_REPR_LIMIT = 60
_SIZE = re.compile(r"([0-9]{1,12})\s*([KMG]i?B|B)?", re.ASCII | re.IGNORECASE)
_UNITS = {"B": 1, "KB": 1000, "MB": 1000**2, "GB": 1000**3}
_UNITS.update({"KIB": 1024, "MIB": 1024**2, "GIB": 1024**3})


class InvalidValueError(ValueError):
    """A configuration value does not have the expected type or range."""


def _shown(value: object) -> str:
    """Return a short ``repr`` of a value for an error message."""
    try:
        text = repr(value)
    except (RecursionError, ValueError):  # nested too deeply, or an integer too long to show
        return f"a {type(value).__name__} too large to show"
    return text if len(text) <= _REPR_LIMIT else text[: _REPR_LIMIT - 3] + "..."


def _invalid(key: str, expected: str, value: object) -> InvalidValueError:
    """Build the standard message: key, expectation, actual value."""
    return InvalidValueError(f"key '{key}' must be {expected}, got {_shown(value)}")


def _is_number(value: object) -> TypeGuard[int | float]:
    """Return whether ``value`` is a finite int or float (bool excluded)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _keep(value: object, key: str) -> int:
    """Validate ``keep``: how many archives to keep, an integer of 0 or more."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _invalid(key, "a non-negative integer", value)
    return value


def _lock_timeout(value: object, key: str) -> float:
    """Validate ``lock_timeout``: seconds to wait for the lock, any finite number."""
    if not _is_number(value):
        raise _invalid(key, "a number of seconds (negative waits without limit)", value)
    return float(value)


def _text(value: object, key: str) -> str:
    """Validate a string setting (``template``), kept exactly as written."""
    if not isinstance(value, str):
        raise _invalid(key, "a string", value)
    return value


def _threshold(value: object, key: str) -> float:
    """Validate ``threshold``: a relevance score from 0 to 1."""
    if not _is_number(value) or not 0 <= value <= 1:
        raise _invalid(key, "a number from 0 to 1", value)
    return float(value)


def _priority(value: object, key: str) -> str:
    """Validate ``keep_priority``: a priority label, in any case; returned lower-case."""
    if not isinstance(value, str) or value.lower() not in LABELS:
        raise _invalid(key, "one of " + ", ".join(LABELS), value)
    return value.lower()


def _flag(value: object, key: str) -> bool:
    """Validate a TOML boolean (``stop_gate``); 0 and 1 are refused."""
    if not isinstance(value, bool):
        raise _invalid(key, "true or false", value)
    return value


def _check(value: object, key: str) -> dict[str, Any]:
    """Validate one ``[[checks]]`` table into keyword arguments of a check."""
    if not isinstance(value, dict):
        raise _invalid(key, "a table with 'name' and 'run'", value)
    for field in value:
        if field not in _CHECK_KEYS:
            raise InvalidValueError(
                f"unknown key '{key}.{field}'; expected one of: {', '.join(_CHECK_KEYS)}"
            )
    spec: dict[str, Any] = {}
    for field in ("name", "run"):
        if not isinstance(value.get(field), str) or not value[field].strip():
            raise _invalid(f"{key}.{field}", "a non-empty string", value.get(field))
        spec[field] = value[field]
    if "timeout" in value:
        if not _is_number(value["timeout"]) or value["timeout"] <= 0:
            raise _invalid(f"{key}.timeout", "a positive number of seconds", value["timeout"])
        spec["timeout"] = float(value["timeout"])
    return spec


def _checks(value: object, key: str) -> list[dict[str, Any]]:
    """Validate the ``[[checks]]`` array: each table valid, no two checks of one name."""
    if not isinstance(value, list):
        raise _invalid(key, "an array of tables ([[checks]])", value)
    specs = [_check(item, f"{key}[{index}]") for index, item in enumerate(value)]
    names = [spec["name"] for spec in specs]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise InvalidValueError(f"key '{key}' has duplicate check names: {', '.join(duplicates)}")
    return specs


def _size(value: object, key: str) -> int:
    """Validate a size: a number of bytes, or a string such as ``"64 MiB"`` or ``"100MB"``."""
    expected = "a size of at least 1 MiB: bytes, or a string such as '64 MiB' or '100 MB'"
    number = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and (match := _SIZE.fullmatch(value.strip())):
        number = int(match[1]) * _UNITS[(match[2] or "B").upper()]
    if number is None or number < MIN_MAX_FILE_SIZE:
        raise _invalid(key, expected, value)
    return number


_VALIDATORS: dict[str, Callable[[object, str], object]] = {
    "keep": _keep,
    "lock_timeout": _lock_timeout,
    "template": _text,
    "threshold": _threshold,
    "keep_priority": _priority,
    FIELD_CHECKS: _checks,
    "stop_gate": _flag,
    "max_file_size": _size,
}


def validate_key(field: str, value: object, key: str) -> object:
    """Validate the value of one configuration key.

    Args:
        field: The normalised field name (``-`` already turned into ``_``).
        value: The value as TOML parsed it.
        key: The key as the user wrote it, with any table prefix, for messages.

    Returns:
        The value converted for :class:`~todokit.files.config.Config`
        (checks as a list of keyword dictionaries).

    Raises:
        InvalidValueError: The key is unknown or its value invalid.

    Examples:
        >>> validate_key("keep_priority", "High", "keep-priority")
        'high'
    """
    validator = _VALIDATORS.get(field)
    if validator is None:
        raise InvalidValueError(f"unknown key '{key}'; expected one of: {', '.join(_VALIDATORS)}")
    return validator(value, key)
