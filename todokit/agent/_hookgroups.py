"""Finding, adding and removing todokit's handlers in an agent's ``"hooks"`` object."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any, TypeGuard

from todokit.agent.agents import Agent, agent_named
from todokit.agent.filechange import FileChange
from todokit.agent.jsonedit import JsonDocument
from todokit.agent.jsonfile import read_optional
from todokit.errors import InvalidInputError

DEFAULT_COMMAND = "todokit hook"
"""The command line an agent runs for each todokit hook."""


def new_group(agent: Agent, matcher: str | None, command: str, timeout: int) -> dict[str, Any]:
    """Return a new group holding todokit's one handler."""
    handler: dict[str, Any] = {"type": "command", "command": command, "timeout": timeout}
    if agent.handler_name:
        handler = {"name": agent.handler_name, **handler}
    created: dict[str, Any] = {} if matcher is None else {"matcher": matcher}
    created["hooks"] = [handler]
    return created


def is_number(value: object) -> TypeGuard[int | Decimal]:
    """Whether a JSON value is a number (booleans are not)."""
    return isinstance(value, int | Decimal) and not isinstance(value, bool)


def matcher_of(group: dict[str, Any]) -> str | None:
    """Return a group's matcher; absent, empty and ``*`` all match everything."""
    found = group.get("matcher")
    return None if found in (None, "", "*") else str(found)


def is_ours(handler: object, command: str) -> bool:
    """Whether a handler is a command handler running ``command``."""
    return (
        isinstance(handler, dict)
        and handler.get("command") == command
        and handler.get("type", "command") == "command"
    )


def handler_list(group: object, matcher: str | None) -> list[Any] | None:
    """Return the handler list of a group with ``matcher``, or ``None``."""
    if not isinstance(group, dict) or matcher_of(group) != matcher:
        return None
    handlers = group.get("hooks")
    return handlers if isinstance(handlers, list) else None


def find_handler(groups: list[Any], matcher: str | None, command: str) -> dict[str, Any] | None:
    """Return the handler running ``command`` in a group with ``matcher``, if any."""
    for group in groups:
        for handler in handler_list(group, matcher) or ():
            if is_ours(handler, command):
                return handler  # type: ignore[no-any-return]
    return None


def without(group: object, matcher: str | None, command: str) -> list[Any] | None:
    """The handlers a group keeps once todokit's go; ``None`` when it holds none of them."""
    handlers = handler_list(group, matcher)
    if handlers is None or not any(is_ours(h, command) for h in handlers):
        return None
    return [h for h in handlers if not is_ours(h, command)]


def keep_only(group: object, matcher: str | None, remaining: list[Any] | None) -> None:
    """Leave a group with only the handlers in ``remaining`` (``None``: all of them)."""
    handlers = handler_list(group, matcher)
    if remaining is not None and handlers is not None:
        handlers[:] = remaining


def add_handler(hooks: dict[str, Any], event: str, wanted: dict[str, Any], path: Path) -> None:
    """Add the new group ``wanted`` to an event, or update the handler it already has.

    A handler running the same command in a group with the same matcher is
    kept, with ``type`` set to ``command`` and a larger ``timeout`` of its own.
    """
    groups = hooks.setdefault(event, [])
    if not isinstance(groups, list):
        raise InvalidInputError(f"{path}: 'hooks.{event}' is not a list; left unchanged")
    handler = wanted["hooks"][0]
    existing = find_handler(groups, matcher_of(wanted), handler["command"])
    if existing is None:
        groups.append(wanted)
        return
    if existing.get("type") != "command":
        existing["type"] = "command"
    current = existing.get("timeout")
    if not is_number(current) or current < handler["timeout"]:
        existing["timeout"] = handler["timeout"]


def remove_handlers(hooks: dict[str, Any], event: str, matcher: str | None, command: str) -> bool:
    """Remove todokit's handlers from an event's groups with ``matcher``.

    A group, and then the event, goes only when this emptied it. Returns
    whether a handler was removed.
    """
    groups = hooks.get(event)
    if not isinstance(groups, list):
        return False
    kept, removed = [], False
    for entry in groups:
        remaining = without(entry, matcher, command)
        removed = removed or remaining is not None
        if remaining is None or remaining:
            keep_only(entry, matcher, remaining)
            kept.append(entry)
    if len(kept) != len(groups):
        groups[:] = kept
        if not groups:
            del hooks[event]
    return removed


def hooks_of(settings: dict[str, Any], path: Path) -> dict[str, Any] | None:
    """Return ``settings["hooks"]`` (``None`` when absent); reject a non-object."""
    if "hooks" not in settings:
        return None
    hooks = settings["hooks"]
    if not isinstance(hooks, dict):
        raise InvalidInputError(f"{path}: 'hooks' is not a JSON object; left unchanged")
    return hooks


def load(path: Path, agent: Agent) -> tuple[bytes | None, JsonDocument]:
    """Read a settings file (missing: empty) for editing."""
    raw = read_optional(path)
    if raw is None:
        return None, JsonDocument("", str(path))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInputError(f"{path} is not UTF-8 text; left unchanged") from None
    return raw, JsonDocument(text, str(path), comments=agent.comments)


def change(path: Path, before: bytes | None, doc: JsonDocument) -> FileChange:
    """Return the change that writes the edited document (none when it is unchanged)."""
    if not doc.changed():
        return FileChange(path, before, before)
    return FileChange(path, before, doc.render().encode("utf-8"))


def plan_uninstall(
    settings_path: Path, *, agent: str = "claude", command: str = DEFAULT_COMMAND
) -> FileChange:
    r"""Work out the settings file with todokit's handlers removed, without writing it.

    Args:
        settings_path: The settings file; a missing file stays missing.
        agent: ``claude``, ``codex`` or ``gemini``.
        command: The command line todokit's handlers run.

    Returns:
        The change (none when nothing of todokit's is there).

    Raises:
        InvalidInputError: The file is not a JSON object, its ``"hooks"`` is
            not an object, or it cannot be read.
        UsageError: ``agent`` is not a known agent.

    Examples:
        >>> import tempfile
        >>> path = Path(tempfile.mkdtemp()) / "settings.json"
        >>> _ = path.write_text('{"hooks": {"Stop": [{"hooks": [{"type": "command", '
        ...     '"command": "todokit hook"}]}]}, "model": "opus"}\n')
        >>> change = plan_uninstall(path)
        >>> change.action, change.after
        ('update', b'{"model": "opus"}\n')
    """
    spec = agent_named(agent)
    before, doc = load(settings_path, spec)
    hooks = hooks_of(doc.value, settings_path) or {}
    removed = False
    for event, matcher in spec.events:
        removed = remove_handlers(hooks, event, matcher, command) or removed
    if removed and not hooks:
        del doc.value["hooks"]
    return change(settings_path, before, doc)
