"""The input and output schemas of the MCP tools, derived from the CLI and the shipped schemas.

A tool's parameters are its command's arguments, read from the CLI's own
parser: a positional ``REF`` is the parameter ``ref``, an option
``--keep-priority`` the parameter ``keep_priority``, a flag a boolean. Options
that only shape terminal output or name the project (:data:`NOT_PARAMETERS`)
are no parameters: the server's own ``--root``, ``--file`` and
``--lock-timeout`` name the project for every call.

A tool's output schema is its command's ``--json`` schema, with the shipped
schemas it refers to copied into its ``$defs`` so that it resolves within
itself: MCP clients validate results and fetch nothing.

Examples:
    >>> schema = input_schema("mark")
    >>> schema["required"], sorted(schema["properties"])
    (['ref', 'status'], ['diff', 'dry_run', 'ref', 'status'])
    >>> output_schema("list.v1")["properties"]["tasks"]["items"]
    {'$ref': '#/$defs/task.v1'}
"""

from __future__ import annotations

import argparse
from functools import cache
from typing import Any

from todokit.cli.arguments import threshold
from todokit.errors import UsageError
from todokit.schemas import SCHEMAS, schema

NOT_PARAMETERS = frozenset({"help", "root", "file", "json", "quiet", "lock_timeout", "debug"})
"""Options of every command that are no tool parameter: the server's options and output's."""

HUMAN_ONLY = frozenset({"explain"})
"""Options that only format terminal output; results always carry what they show (scores)."""

_TYPES: dict[object, str] = {float: "number", int: "integer", threshold: "number"}
_BOUNDS: dict[object, dict[str, float]] = {threshold: {"minimum": 0, "maximum": 1}}


@cache
def command_parsers() -> dict[str, argparse.ArgumentParser]:
    """Return the CLI's parser of each subcommand, by name (aliases left out)."""
    from todokit.cli.parser import build_parser  # noqa: PLC0415 - only the server needs it

    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    parsers: dict[str, argparse.ArgumentParser] = {}
    for name, sub in commands.choices.items():
        if sub not in parsers.values():
            parsers[name] = sub
    return parsers


def parameters(command: str) -> list[argparse.Action]:
    """Return the arguments of ``command`` that are tool parameters, in the CLI's order."""
    skipped = NOT_PARAMETERS | HUMAN_ONLY
    return [a for a in command_parsers()[command]._actions if a.dest not in skipped]


def _property(action: argparse.Action) -> dict[str, Any]:
    """Return the JSON Schema of one argument's value."""
    if action.nargs == 0:  # store_true
        prop: dict[str, Any] = {"type": "boolean", "default": bool(action.default)}
    else:
        item: dict[str, Any] = {"type": _TYPES.get(action.type, "string")}
        item.update(_BOUNDS.get(action.type, {}))
        if action.choices is not None:
            item["enum"] = list(action.choices)
        prop = {"type": "array", "items": item, "minItems": 1} if action.nargs == "+" else item
        if action.default is not None:
            prop["default"] = action.default
    if action.help:
        prop["description"] = action.help
    return prop


def _required(action: argparse.Action) -> bool:
    """Whether the CLI requires the argument (a positional that is not optional)."""
    return action.required or (not action.option_strings and action.nargs not in ("?", "*"))


@cache
def input_schema(command: str) -> dict[str, Any]:
    """Return the input schema of the tool for ``command`` (built once; do not change it).

    It is a JSON Schema (2020-12) object with one property per parameter, and
    it refuses unknown parameters.
    """
    actions = parameters(command)
    return {
        "type": "object",
        "properties": {a.dest: _property(a) for a in actions},
        "required": [a.dest for a in actions if _required(a)],
        "additionalProperties": False,
    }


@cache
def output_schema(name: str) -> dict[str, Any]:
    """Return the shipped schema ``name``, its references to other shipped schemas inlined (once).

    A ``"task.v1.json"`` reference becomes ``"#/$defs/task.v1"``, with the
    referenced schema (without its ``$id`` and ``$schema``) under ``$defs``.
    """
    defs: dict[str, Any] = {}

    def inline(node: object) -> object:
        """Copy ``node``, each reference to a shipped schema pointing into ``defs``, filled once."""
        if isinstance(node, list):
            return [inline(item) for item in node]
        if not isinstance(node, dict):
            return node
        copy = {key: inline(value) for key, value in node.items()}
        target = str(copy.get("$ref", "")).removesuffix(".json")
        if target in SCHEMAS:
            if target not in defs:
                defs[target] = {}  # reserved first: a schema may refer to itself
                shipped = schema(target)
                body = {k: v for k, v in shipped.items() if k not in ("$id", "$schema")}
                defs[target] = inline(body)
            copy["$ref"] = f"#/$defs/{target}"
        return copy

    bundled: dict[str, Any] = inline(schema(name))  # type: ignore[assignment]
    if defs:
        bundled["$defs"] = {**bundled.get("$defs", {}), **defs}
    return bundled


def arguments_for(
    command: str, given: dict[str, Any], server: argparse.Namespace
) -> argparse.Namespace:
    """Check a tool call's arguments and return them as the CLI's parsed arguments.

    The namespace holds every argument of the command with its default,
    overridden by ``given``, plus the ``server``'s ``root``, ``file`` and
    ``lock_timeout``.

    Raises:
        UsageError: An argument is missing, unknown or of the wrong type
            (exit code 2, as for the CLI).
    """
    from jsonschema import Draft202012Validator  # noqa: PLC0415 - part of the mcp extra

    validator = Draft202012Validator(input_schema(command))
    problems = sorted(validator.iter_errors(given), key=lambda e: list(e.path))
    if problems:
        where = ".".join(str(p) for p in problems[0].path)
        raise UsageError(f"{command}: {where + ': ' if where else ''}{problems[0].message}")
    values = {a.dest: a.default for a in command_parsers()[command]._actions}
    values.update(vars(server))
    values.update(given)
    values.pop("help", None)
    return argparse.Namespace(**values)
