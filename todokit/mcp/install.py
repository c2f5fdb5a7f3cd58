r"""Adding the todokit server to a project's ``.mcp.json``, and removing exactly it.

Claude Code reads a project's MCP servers from ``.mcp.json`` at its root:
``{"mcpServers": {name: {"command", "args", "env"}}}``. The file is merged
the way ``todokit install`` merges ``settings.json``: other servers and keys
and every byte of them stay as they are (the file is edited in place, see
:class:`~todokit.agent.jsonedit.JsonDocument`); it is written atomically and
only when its content changes. An entry named ``todokit`` that runs something other
than ``todokit mcp`` is the user's: install refuses to replace it and
uninstall leaves it. Gemini CLI's ``settings.json`` has the same
``mcpServers`` object, so the same functions serve it. :func:`install_mcp`
is ``todokit install --mcp``: it finds the file for an agent and writes it.

Examples:
    >>> import tempfile
    >>> from pathlib import Path
    >>> path = Path(tempfile.mkdtemp()) / ".mcp.json"
    >>> plan_server(path, uninstall=False).after.decode()
    '{\n  "mcpServers": {\n    "todokit": {\n      "command": "todokit",\n      "args": [\n        "mcp"\n      ],\n      "env": {}\n    }\n  }\n}\n'
    >>> install_server(path), install_server(path), uninstall_server(path), path.exists()
    (True, False, True, False)
"""  # noqa: E501

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from todokit.agent.filechange import FileChange
from todokit.agent.jsonedit import JsonDocument
from todokit.agent.jsonfile import read_optional
from todokit.errors import InvalidInputError, UsageError
from todokit.mcp import SERVER_NAME

if TYPE_CHECKING:
    from todokit.lifecycle.project import Project

MCP_JSON = ".mcp.json"
"""Claude Code's project MCP file, relative to the project root."""

ENTRY: dict[str, Any] = {"command": "todokit", "args": ["mcp"], "env": {}}
"""The server entry install writes: Claude Code starts ``todokit mcp`` in the project."""


def is_todokit_entry(entry: object) -> bool:
    """Whether an ``mcpServers`` entry runs ``todokit mcp`` (any path to the command).

    Examples:
        >>> is_todokit_entry({"command": "/venv/bin/todokit", "args": ["mcp", "--root", "."]})
        True
        >>> is_todokit_entry({"command": "npx", "args": ["other"]})
        False
    """
    if not isinstance(entry, dict):
        return False
    args = entry.get("args")
    command = Path(str(entry.get("command", ""))).stem
    return command == "todokit" and isinstance(args, list) and args[:1] == ["mcp"]


def plan_server(path: Path, *, uninstall: bool) -> FileChange:
    """Work out an MCP file (e.g. ``<root>/.mcp.json``) with the server added (removed), unwritten.

    Uninstalling the only thing in the file deletes the file.

    Raises:
        InvalidInputError: The file is not UTF-8 JSON holding an object, its
            ``mcpServers`` is not an object, or (install) an entry named
            ``todokit`` runs something else; nothing is changed then.
    """
    before = read_optional(path)
    doc = _document(path, before)
    servers = doc.value.get("mcpServers")
    if servers is not None and not isinstance(servers, dict):
        raise InvalidInputError(f"{path}: 'mcpServers' is not a JSON object; left unchanged")
    existing = None if servers is None else servers.get(SERVER_NAME)
    if uninstall:
        if servers is None or not is_todokit_entry(existing):
            return FileChange(path, before, before)
        del servers[SERVER_NAME]
        if not servers:
            del doc.value["mcpServers"]
        if not doc.value:
            return FileChange(path, before, None)
    elif existing is None:
        if servers is None:
            servers = doc.value["mcpServers"] = {}
        servers[SERVER_NAME] = dict(ENTRY)
    elif not is_todokit_entry(existing):
        raise InvalidInputError(
            f"{path}: the MCP server {SERVER_NAME!r} there runs something else; left unchanged"
        )
    after = doc.render().encode("utf-8") if doc.changed() else before
    return FileChange(path, before, after)


def install_server(path: Path, *, dry_run: bool = False) -> bool:
    """Add ``todokit mcp`` to an MCP file as the server ``todokit``; say if the file changed.

    A missing file is created with its parent directories; ``dry_run`` writes
    nothing.

    Raises:
        InvalidInputError: See :func:`plan_server`; or the file cannot be written.
    """
    change = plan_server(path, uninstall=False)
    return change.changed if dry_run else change.apply()


def uninstall_server(path: Path, *, dry_run: bool = False) -> bool:
    """Remove the ``todokit`` server that :func:`install_server` added, and nothing else.

    Says whether the file changed (``dry_run`` writes nothing). A missing file
    stays missing; one that held only the server is deleted.

    Raises:
        InvalidInputError: See :func:`plan_server`; or the file cannot be written.
    """
    change = plan_server(path, uninstall=True)
    return change.changed if dry_run else change.apply()


def _document(path: Path, data: bytes | None) -> JsonDocument:
    """Read the file for editing (no file: an empty object)."""
    if data is None:
        return JsonDocument("", str(path))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInputError(f"{path} is not UTF-8 text; left unchanged") from None
    return JsonDocument(text, str(path))


MCP_TARGETS = (
    "--mcp edits .mcp.json (or, with --agent gemini, .gemini/settings.json);"
    " drop --local and --plugin, and see docs/mcp.md for Codex CLI's config.toml"
)
"""Why an MCP entry cannot go where it was asked to (Codex keeps its servers in TOML)."""


def install_mcp(
    project: Project,
    *,
    agent: str = "claude",
    settings: str | None = None,
    uninstall: bool = False,
    dry_run: bool = False,
) -> FileChange:
    """Add todokit's MCP server to the project's ``.mcp.json`` (or remove it).

    Args:
        project: The project whose root holds the file.
        agent: ``claude`` (``.mcp.json``) or ``gemini`` (``.gemini/settings.json``).
        settings: Another file of the same shape, relative to the root or absolute.
        uninstall: Remove the server's entry instead.
        dry_run: Work the change out, write nothing.

    Returns:
        The change to the file, written unless ``dry_run``.

    Raises:
        UsageError: ``agent`` is ``codex``, which keeps its servers in TOML.
        InvalidInputError: The file is not a JSON object; it was left as it was.

    Examples:
        >>> import json, tempfile
        >>> from todokit.lifecycle import Project
        >>> change = install_mcp(Project.open(root=Path(tempfile.mkdtemp()), environ={}))
        >>> change.path.name, change.action
        ('.mcp.json', 'create')
        >>> json.loads(change.path.read_text())["mcpServers"]["todokit"]["args"]
        ['mcp']
    """
    if agent == "codex":
        raise UsageError(MCP_TARGETS)
    default = Path(".gemini", "settings.json") if agent == "gemini" else Path(MCP_JSON)
    target = Path(settings) if settings else default
    change = plan_server(
        target if target.is_absolute() else project.root / target, uninstall=uninstall
    )
    if not dry_run:
        change.apply()
    return change
