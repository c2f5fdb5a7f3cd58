"""todokit as a Claude Code plugin: the manifest, the hooks and the skill in one directory.

``todokit install --plugin DIR`` writes three files:

- ``.claude-plugin/plugin.json``: the manifest (``name`` is ``todokit``);
- ``hooks/hooks.json``: the handlers and timeouts ``todokit install`` puts in
  ``.claude/settings.json``, each running :data:`PLUGIN_COMMAND`, except that
  the Stop handler gets Claude Code's default 600 seconds: a plugin serves
  every project, so it cannot size the timeout to one project's checks;
- ``skills/todokit/SKILL.md``: the skill (:mod:`todokit.agent.skill`).

A plugin cannot install a Python package, so each handler first looks for
the ``todokit`` command: when it is missing, the hook says so in one line on
stderr and exits 1, which the agent reports without blocking anything.

DIR is todokit's own: installing again rewrites the three files, and
uninstalling deletes them and every directory that left empty. A directory
that holds another plugin's manifest is refused.

Examples:
    >>> sorted(plugin_files())
    ['.claude-plugin/plugin.json', 'hooks/hooks.json', 'skills/todokit/SKILL.md']
"""

from __future__ import annotations

import json
from pathlib import Path

from todokit.agent.filechange import FileChange
from todokit.agent.jsonfile import JsonStyle, read_optional, render_json_object
from todokit.agent.settings import hooks_object
from todokit.agent.skill import SKILL_TEXT
from todokit.agent.stop_timeout import CLAUDE_DEFAULT_TIMEOUT
from todokit.errors import InvalidInputError

PLUGIN_NAME = "todokit"
"""The plugin's name, as ``/plugin install todokit@…`` spells it."""

PLUGIN_COMMAND = (
    "command -v todokit >/dev/null 2>&1 && exec todokit hook; "
    "echo 'todokit: the todokit command is not installed: pip install todokit"
    " (or pipx install todokit, or uv tool install todokit)' >&2; exit 1"
)
"""The command each plugin handler runs: ``todokit hook``, or one line saying it is missing."""

_DESCRIPTION = (
    "Keeps the project's markdown task list (.claude/todo.md): starts each task with a"
    " fresh, sorted list, mirrors the agent's own tasks into it, and can keep the agent"
    " working until the project's checks pass. Needs the todokit command"
    " (pip install todokit)."
)


def plugin_files(version: str | None = None) -> dict[str, bytes]:
    """Return the plugin's files by path, relative to the plugin directory.

    Args:
        version: The manifest's ``version`` (default: todokit's own).

    Returns:
        The three files' contents.

    Examples:
        >>> json.loads(plugin_files("1.2.3")[".claude-plugin/plugin.json"])["version"]
        '1.2.3'
    """
    from todokit._version import __version__  # noqa: PLC0415

    manifest = {
        "name": PLUGIN_NAME,
        "version": version or __version__,
        "description": _DESCRIPTION,
        "license": "MIT",
        "keywords": ["todo", "tasks", "hooks", "markdown"],
    }
    hooks = {
        "description": "todokit: the task list as context, mirrored agent tasks, the Stop gate",
        "hooks": hooks_object(
            "claude", command=PLUGIN_COMMAND, stop_timeout=CLAUDE_DEFAULT_TIMEOUT
        ),
    }
    style = JsonStyle()
    return {
        ".claude-plugin/plugin.json": render_json_object(manifest, style).encode("utf-8"),
        "hooks/hooks.json": render_json_object(hooks, style).encode("utf-8"),
        "skills/todokit/SKILL.md": SKILL_TEXT.encode("utf-8"),
    }


def plan_plugin(directory: Path) -> list[FileChange]:
    """Work out writing the plugin into ``directory`` (created when missing): a change per file.

    Raises:
        InvalidInputError: The directory holds another plugin's manifest,
            or a file cannot be read.

    Examples:
        >>> import tempfile
        >>> [change.action for change in plan_plugin(Path(tempfile.mkdtemp()))]
        ['create', 'create', 'create']
    """
    _refuse_other_plugin(directory)
    return [
        FileChange(directory / name, read_optional(directory / name), data)
        for name, data in plugin_files().items()
    ]


def plan_remove_plugin(directory: Path) -> list[FileChange]:
    """Work out deleting the plugin's files from ``directory``, without deleting.

    One change per file, none for a file that is missing; directories left
    empty go too, ``directory`` itself included.

    Raises:
        InvalidInputError: The directory holds another plugin's manifest, or
            a file cannot be read.
    """
    _refuse_other_plugin(directory)
    changes = []
    for name in plugin_files():
        path = directory / name
        parents = [directory / parent for parent in Path(name).parents if parent != Path()]
        changes.append(FileChange(path, read_optional(path), None, (*parents, directory)))
    return changes


def _refuse_other_plugin(directory: Path) -> None:
    """Refuse a directory whose manifest names another plugin (or is not a manifest)."""
    raw = read_optional(directory / ".claude-plugin" / "plugin.json")
    if raw is None:
        return
    try:
        name = json.loads(raw).get("name")
    except (ValueError, AttributeError):
        name = None
    if name != PLUGIN_NAME:
        raise InvalidInputError(
            f"{directory} holds another plugin (its plugin.json does not name todokit);"
            " left unchanged"
        )
