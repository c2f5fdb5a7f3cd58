r"""Installing todokit's hooks into a Claude Code ``settings.json``.

The file is merged, never replaced: other keys, other events and other
handlers stay as they are, in their order. The file's indentation (two or
four spaces, or tabs), line endings, byte-order mark and final newline are
kept, and it is written atomically, only when its content changes. Installing
twice is the same as installing once; uninstalling removes exactly the
handlers whose command is todokit's, then any group, event or ``"hooks"``
object that this left empty.

Examples:
    >>> import tempfile
    >>> from pathlib import Path
    >>> settings = Path(tempfile.mkdtemp()) / ".claude" / "settings.json"
    >>> install_hooks(settings), install_hooks(settings)
    (True, False)
    >>> uninstall_hooks(settings), settings.read_text()
    (True, '{}\n')
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from todokit.agent.jsonfile import (
    JsonStyle,
    parse_json_object,
    read_optional,
    render_json_object,
    write_creating_parents,
)
from todokit.errors import InvalidInputError

DEFAULT_COMMAND = "todokit hook"
"""The command line Claude Code runs for each todokit hook."""

TASK_TOOLS_MATCHER = "TodoWrite|TaskCreate|TaskUpdate"
"""The PostToolUse matcher: the agent task tools whose calls todokit mirrors."""

HOOK_EVENTS: tuple[tuple[str, str | None], ...] = (
    ("SessionStart", None),
    ("UserPromptSubmit", None),
    ("PostToolUse", TASK_TOOLS_MATCHER),
    ("TaskCreated", None),
    ("TaskCompleted", None),
    ("Stop", None),
)
"""The events todokit handles, each with its matcher (``None``: every occurrence)."""


def install_hooks(
    settings_path: Path, *, command: str = DEFAULT_COMMAND, timeout: int = 10, dry_run: bool = False
) -> bool:
    """Add todokit's hook handlers to a Claude Code settings file.

    Each event of :data:`HOOK_EVENTS` gets a group
    ``{"matcher"?: …, "hooks": [{"type": "command", "command": command,
    "timeout": timeout}]}`` unless a group with the same matcher already holds
    a handler with this command; such a handler gets the given timeout.

    Args:
        settings_path: E.g. ``.claude/settings.json``; it and its parent
            directories are created when missing.
        command: The command line each handler runs.
        timeout: Seconds Claude Code lets each handler run.
        dry_run: Write nothing; only say whether the file would change.

    Returns:
        Whether the file changed (would change, in a dry run).

    Raises:
        InvalidInputError: The file exists but is not a JSON object (it is
            left untouched), its ``"hooks"`` is not an object, or it cannot
            be read or written.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> path = Path(tempfile.mkdtemp()) / "settings.json"
        >>> install_hooks(path, timeout=5)
        True
        >>> json.loads(path.read_text())["hooks"]["Stop"]
        [{'hooks': [{'type': 'command', 'command': 'todokit hook', 'timeout': 5}]}]
    """
    settings, style = _load(settings_path)
    before = json.dumps(settings)
    hooks = _hooks_of(settings, settings_path)
    if hooks is None:
        hooks = settings["hooks"] = {}
    handler = {"type": "command", "command": command, "timeout": timeout}
    for event, matcher in HOOK_EVENTS:
        groups = hooks.setdefault(event, [])
        if not isinstance(groups, list):
            raise InvalidInputError(f"{settings_path}: 'hooks.{event}' is not a list")
        existing = _find_handler(groups, matcher, command)
        if existing is not None:
            existing.update(type="command", timeout=timeout)
            continue
        group: dict[str, Any] = {} if matcher is None else {"matcher": matcher}
        group["hooks"] = [dict(handler)]
        groups.append(group)
    changed = json.dumps(settings) != before
    if not dry_run:
        _save(settings_path, settings, style, changed=changed)
    return changed


def uninstall_hooks(
    settings_path: Path, *, command: str = DEFAULT_COMMAND, dry_run: bool = False
) -> bool:
    """Remove todokit's hook handlers from a Claude Code settings file.

    Every handler whose ``command`` equals ``command`` goes, under any event.
    A group, an event list or the ``"hooks"`` object is removed only when this
    emptied it; ones that were already empty stay.

    Args:
        settings_path: The settings file; a missing file stays missing.
        command: The command line todokit's handlers run.
        dry_run: Write nothing; only say whether the file would change.

    Returns:
        Whether the file changed (would change, in a dry run).

    Raises:
        InvalidInputError: The file is not a JSON object, its ``"hooks"`` is
            not an object, or it cannot be read or written.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> uninstall_hooks(Path(tempfile.mkdtemp()) / "settings.json")
        False
    """
    settings, style = _load(settings_path)
    hooks = _hooks_of(settings, settings_path)
    if hooks is None:
        return False
    changed = False
    for event in list(hooks):
        groups = hooks[event]
        if not isinstance(groups, list):
            continue
        kept: list[Any] = []
        for group in groups:
            remaining = _remove_handlers(group, command)
            changed = changed or remaining is not None
            if remaining != []:
                kept.append(group)
        if len(kept) != len(groups):
            groups[:] = kept
            if not groups:
                del hooks[event]
    if changed and not hooks:
        del settings["hooks"]
    if not dry_run:
        _save(settings_path, settings, style, changed=changed)
    return changed


def _find_handler(groups: list[Any], matcher: str | None, command: str) -> dict[str, Any] | None:
    """Return the handler running ``command`` in a group with ``matcher``, if any."""
    for group in groups:
        if not isinstance(group, dict) or _matcher(group) != matcher:
            continue
        handlers = group.get("hooks")
        for handler in handlers if isinstance(handlers, list) else []:
            if isinstance(handler, dict) and handler.get("command") == command:
                return handler
    return None


def _matcher(group: dict[str, Any]) -> str | None:
    """Return a group's matcher; absent, empty and ``*`` all match everything."""
    matcher = group.get("matcher")
    return None if matcher in (None, "", "*") else str(matcher)


def _remove_handlers(group: object, command: str) -> list[Any] | None:
    """Remove ``command``'s handlers from a group.

    Returns the group's remaining handlers, or ``None`` when none was removed.
    """
    if not isinstance(group, dict) or not isinstance(group.get("hooks"), list):
        return None
    handlers: list[Any] = group["hooks"]
    kept = [h for h in handlers if not (isinstance(h, dict) and h.get("command") == command)]
    if len(kept) == len(handlers):
        return None
    handlers[:] = kept
    return handlers


def _hooks_of(settings: dict[str, Any], path: Path) -> dict[str, Any] | None:
    """Return ``settings["hooks"]`` (``None`` when absent); reject a non-object."""
    hooks = settings.get("hooks")
    if hooks is None and "hooks" not in settings:
        return None
    if not isinstance(hooks, dict):
        raise InvalidInputError(f"{path}: 'hooks' is not a JSON object; left unchanged")
    return hooks


def _load(path: Path) -> tuple[dict[str, Any], JsonStyle]:
    """Read a settings file (missing: empty) and its style."""
    raw = read_optional(path)
    if raw is None:
        return {}, JsonStyle()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInputError(f"{path} is not UTF-8 text; left unchanged") from None
    return parse_json_object(text, str(path))


def _save(path: Path, settings: dict[str, Any], style: JsonStyle, *, changed: bool) -> bool:
    """Write ``settings`` in the file's own style when ``changed``; return ``changed``."""
    if changed:
        write_creating_parents(path, render_json_object(settings, style).encode("utf-8"))
    return changed
