"""JSON Schemas (draft 2020-12) of every ``--json`` output, one file per shape.

Versioned by name (``list.v1.json``): a version only ever gains optional
fields; a breaking change gets a new version.

The schemas name each other by ``https://todokit.readthedocs.io/schemas/…``
``$id``\\ s, which no validation here ever fetches: :func:`validate` resolves
every reference from the files shipped in this package and refuses any other.
Validation needs ``jsonschema``, which todokit itself does not:
``pip install 'todokit[schemas]'``.

Examples:
    >>> load("list.v1")["title"]
    'todokit list --json'
    >>> validate({"file": ".claude/todo.md", "changed": True, "written": False}, "write.v1")
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

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
    "install-mcp.v1",
    "install-git.v1",
    "merge.v1",
    "export-todowrite.v1",
    "hook-output.v1",
    "error.v1",
)
"""The names of the shipped schemas."""

MISSING_JSONSCHEMA = (
    "validating against todokit's schemas needs the jsonschema package:"
    " pip install 'todokit[schemas]'"
)
"""The message of the error :func:`validate` raises when ``jsonschema`` is not installed."""


def load(name: str) -> dict[str, Any]:
    """Return the schema called ``name``, read from the package (never the network).

    Args:
        name: One of :data:`SCHEMAS`, e.g. ``"start.v1"``.

    Returns:
        The schema as a new dict.

    Raises:
        KeyError: No schema has that name.

    Examples:
        >>> load("write.v1")["required"]
        ['file', 'changed', 'written']
    """
    if name not in SCHEMAS:
        raise KeyError(name)
    text = resources.files(__name__).joinpath(f"{name}.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


schema = load
"""The former name of :func:`load`."""


def validate(instance: object, name: str) -> None:
    """Check a ``--json`` payload against the shipped schema called ``name``.

    References between the schemas resolve from a local registry of the
    shipped files; a reference to anything else fails instead of being
    fetched.

    Args:
        instance: The decoded JSON, e.g. ``json.loads(stdout)``.
        name: One of :data:`SCHEMAS`, such as ``"list.v1"``.

    Raises:
        KeyError: No schema has that name.
        ModuleNotFoundError: ``jsonschema`` is not installed (the message
            says how to install it).
        jsonschema.ValidationError: The payload does not match; the error
            names the first place it fails.

    Complexity: the schemas are read and compiled once per process.

    Examples:
        >>> validate({"passed": "yes", "checks": []}, "check.v1")
        Traceback (most recent call last):
        ...
        jsonschema.exceptions.ValidationError: 'yes' is not of type 'boolean'
        ...
    """
    _validator(name).validate(instance)


@cache
def _validator(name: str) -> Validator:
    """Build (once) the validator of one schema, with every shipped schema in its registry."""
    target = load(name)
    try:
        from jsonschema import Draft202012Validator  # noqa: PLC0415 - an optional extra
        from referencing import Registry, Resource  # noqa: PLC0415
        from referencing.exceptions import NoSuchResource  # noqa: PLC0415
    except ImportError as error:
        raise ModuleNotFoundError(MISSING_JSONSCHEMA, name="jsonschema") from error

    def offline(uri: str) -> Resource[Any]:
        """Refuse every schema that is not shipped: validation never reaches the network."""
        raise NoSuchResource(ref=uri)  # type: ignore[call-arg]

    shipped = [load(n) for n in SCHEMAS]
    registry: Registry[Any] = Registry(retrieve=offline).with_resources(  # type: ignore[call-arg]
        (s["$id"], Resource.from_contents(s)) for s in shipped
    )
    return Draft202012Validator(
        target, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )
