"""Installing todokit into an agent: its hooks and skill, or a plugin; git's merge driver.

Every file is worked out first and written only when all of them can be, so a
refusal (a settings file that is not JSON, a skill the user edited) leaves
everything as it was; a dry run works out the same changes and writes
nothing. These functions return what changed; they print nothing.

Examples:
    >>> import tempfile
    >>> from pathlib import Path
    >>> from todokit.lifecycle import Project
    >>> project = Project.open(root=Path(tempfile.mkdtemp()), environ={})
    >>> done = install(project, dry_run=True)
    >>> [(change.path.name, change.action) for change in done.changes]
    [('settings.json', 'create'), ('SKILL.md', 'create')]
    >>> done.written
    False
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from todokit.agent.agents import agent_named
from todokit.errors import UsageError

if TYPE_CHECKING:
    from todokit.agent.filechange import FileChange
    from todokit.agent.gitdriver import GitPlan
    from todokit.lifecycle.project import Project


@dataclass(frozen=True, slots=True)
class Installation:
    """What :func:`install` changed, or would change.

    Attributes:
        agent: The agent installed for (``claude``, ``codex`` or ``gemini``).
        plugin: The plugin directory, when a plugin was written instead.
        uninstall: Whether it removed rather than installed.
        changes: Every file's change; the last two are the settings file (a
            plugin's ``hooks.json``) and the skill.
        written: Whether the changes were written (False in a dry run).

    Examples:
        >>> import tempfile
        >>> from todokit.lifecycle import Project
        >>> done = install(Project.open(root=Path(tempfile.mkdtemp()), environ={}), dry_run=True)
        >>> done.agent, done.settings.path.name, done.settings.action, done.plugin
        ('claude', 'settings.json', 'create', None)
    """

    agent: str
    plugin: Path | None
    uninstall: bool
    changes: tuple[FileChange, ...]
    written: bool

    @property
    def settings(self) -> FileChange:
        """The settings file's change (a plugin's ``hooks.json``)."""
        return self.changes[-2]

    @property
    def skill(self) -> FileChange:
        """The skill's change."""
        return self.changes[-1]


def settings_target(settings: str | None, *, local: bool, agent: str = "claude") -> Path:
    """Return the settings file :func:`install` edits, relative to the project root.

    Examples:
        >>> settings_target(None, local=True, agent="claude").as_posix()
        '.claude/settings.local.json'
        >>> settings_target(None, local=False, agent="gemini").as_posix()
        '.gemini/settings.json'
    """
    if settings:
        return Path(settings)
    if local:
        return Path(".claude") / "settings.local.json"
    return Path(agent_named(agent).settings)


def install(
    project: Project | None,
    *,
    agent: str = "claude",
    settings: str | None = None,
    local: bool = False,
    plugin: str | Path | None = None,
    uninstall: bool = False,
    force: bool = False,
    dry_run: bool = False,
) -> Installation:
    """Install (or remove) todokit's hooks and skill for an agent, or write a plugin.

    Args:
        project: The project to install into (unused for a plugin; None: the
            project found from the working directory).
        agent: ``claude``, ``codex`` or ``gemini``.
        settings: Another settings file, relative to the project root or absolute.
        local: Claude Code's ``.claude/settings.local.json`` instead.
        plugin: Write a Claude Code plugin into this directory instead.
        uninstall: Remove what an install adds, keeping everything else.
        force: Replace a skill the user edited.
        dry_run: Work the changes out, write nothing.

    Returns:
        Every file's change and whether it was written.

    Raises:
        UsageError: An unknown agent, ``local`` for another agent than Claude
            Code, or ``plugin`` with ``agent``, ``settings`` or ``local``.
        InvalidInputError: A settings file that is not JSON, or a skill the
            user edited (without ``force``); nothing was written.

    Examples:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> install(None, plugin=folder / "todokit", dry_run=True).settings.shown()[-10:]
        'hooks.json'
    """
    if plugin is not None:
        changes = _plugin_changes(Path(plugin), agent, settings, local, uninstall=uninstall)
    else:
        changes = _agent_changes(project, agent, settings, local, uninstall=uninstall, force=force)
    if not dry_run:
        for change in changes:
            change.apply()
    directory = Path(plugin) if plugin is not None else None
    return Installation(agent, directory, uninstall, tuple(changes), not dry_run)


def _agent_changes(
    project: Project | None,
    agent: str,
    settings: str | None,
    local: bool,
    *,
    uninstall: bool,
    force: bool,
) -> list[FileChange]:
    """Plan the settings file and the skill of ``agent``."""
    from todokit.agent.settings import plan_install, plan_uninstall  # noqa: PLC0415
    from todokit.agent.skill import plan_remove_skill, plan_skill  # noqa: PLC0415
    from todokit.agent.stop_timeout import needed_stop_timeout  # noqa: PLC0415
    from todokit.lifecycle.project import Project  # noqa: PLC0415

    named = agent_named(agent)
    if local and named.name != "claude":
        raise UsageError("--local is for Claude Code's settings.local.json; drop it or --agent")
    project = project or Project.open()
    target = settings_target(settings, local=local, agent=named.name)
    file = target if target.is_absolute() else project.root / target
    skills = project.root / Path(named.skills).parent
    if uninstall:
        skill = plan_remove_skill(skills, prune_base=skills != file.parent)
        return [plan_uninstall(file, agent=named.name), skill]
    # The Stop handler gets the time the configured checks need (the Stop gate).
    stop_timeout = needed_stop_timeout(project.config)
    hooks = plan_install(file, agent=named.name, stop_timeout=stop_timeout)
    return [hooks, plan_skill(skills, force=force)]


def _plugin_changes(
    directory: Path, agent: str, settings: str | None, local: bool, *, uninstall: bool
) -> list[FileChange]:
    """Plan the plugin directory."""
    from todokit.agent.plugin import plan_plugin, plan_remove_plugin  # noqa: PLC0415

    if agent != "claude" or settings or local:
        raise UsageError("--plugin writes a Claude Code plugin: drop --agent, --settings, --local")
    return plan_remove_plugin(directory) if uninstall else plan_plugin(directory)


def install_git(project: Project, *, uninstall: bool = False, dry_run: bool = False) -> GitPlan:
    """Install (or remove) the git merge driver: ``.gitattributes`` lines and git config.

    Args:
        project: The project (inside a git work tree).
        uninstall: Remove the lines and the configuration instead.
        dry_run: Work the change out, write nothing.

    Returns:
        The plan, applied unless ``dry_run``.

    Raises:
        TodokitError: git cannot run, or the project is no git work tree.

    Examples:
        >>> import subprocess, tempfile
        >>> from todokit.lifecycle import Project
        >>> root = Path(tempfile.mkdtemp())
        >>> _ = subprocess.run(["git", "init", "-q", str(root)], check=True)
        >>> plan = install_git(Project.open(root=root, environ={}), dry_run=True)
        >>> plan.lines, plan.attributes.exists()
        (('.claude/todo.md merge=todokit',), False)
    """
    from todokit.agent.gitdriver import plan_git  # noqa: PLC0415 - lazy

    todo_files = [project.root / ".claude" / "todo.md", project.todo.path]
    plan = plan_git(project.root, todo_files, uninstall=uninstall)
    if not dry_run:
        plan.apply()
    return plan


__all__ = ["Installation", "install", "install_git", "settings_target"]
