"""JSON Schemas (draft 2020-12) of every ``--json`` output, one file per shape.

Versioned by name (``list.v1.json``): a version only ever gains optional
fields; a breaking change gets a new version.

Examples:
    >>> schema("list.v1")["title"]
    'todokit list --json'
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

SCHEMAS = (
    "task.v1",
    "list.v1",
    "start.v1",
    "scope.v1",
    "parking.v1",
    "edit.v1",
    "write.v1",
    "rotate.v1",
    "history.v1",
    "prune.v1",
    "check.v1",
    "install.v1",
    "export-todowrite.v1",
    "hook-output.v1",
    "error.v1",
)
"""The names of the shipped schemas."""


def schema(name: str) -> dict[str, Any]:
    """Return the schema called ``name`` (e.g. ``"start.v1"``).

    Raises:
        KeyError: No schema has that name.
    """
    if name not in SCHEMAS:
        raise KeyError(name)
    text = resources.files(__name__).joinpath(f"{name}.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
