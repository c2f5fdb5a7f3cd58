"""The skill that teaches a coding agent to keep the task list with todokit.

One ``SKILL.md`` (the open agent-skills format: YAML front matter with
``name`` and ``description``, then markdown) serves every agent:
:func:`write_skill` writes it under ``.claude/skills/todokit/`` for Claude
Code, ``.agents/skills/todokit/`` for Codex CLI, ``.gemini/skills/todokit/``
for Gemini CLI, or into a plugin. :func:`remove_skill` deletes it again, but
only while it still holds the text todokit shipped: a file the user edited is
theirs and is never overwritten or deleted.

Examples:
    >>> import tempfile
    >>> from pathlib import Path
    >>> claude_dir = Path(tempfile.mkdtemp()) / ".claude"
    >>> write_skill(claude_dir).relative_to(claude_dir).as_posix()
    'skills/todokit/SKILL.md'
    >>> remove_skill(claude_dir), remove_skill(claude_dir)
    (True, False)
"""

from __future__ import annotations

from pathlib import Path

from todokit.agent.filechange import FileChange
from todokit.agent.jsonfile import read_optional
from todokit.errors import InvalidInputError

_DESCRIPTION = (
    "Read and update this project's task list (.claude/todo.md) with the todokit CLI."
    " Use it when starting a new piece of work, planning, choosing what to do next,"
    " adding follow-up tasks, marking tasks done, or when asked what is left to do."
)

SKILL_TEXT = f"""\
---
name: todokit
description: {_DESCRIPTION}
---

# Keeping the task list with todokit

The project's tasks live in `.claude/todo.md`, a markdown task list that
todokit keeps sorted by priority and relevance. Change it through the
`todokit` commands below rather than rewriting the file: they lock the file,
change only the lines concerned, and keep everything else byte for byte.

## Starting a task

- When you begin a new piece of work in the middle of a session, run
  `todokit start "<one-line task>"` yourself. The old list is kept as
  `.claude/todo-YYYY-MM-DD.old`, unfinished tasks carry over, sorted by
  relevance to the new task, and unrelated ones are parked under
  "## Out of scope". Nothing is deleted.
- When a task starts (your `todokit start`, or the first prompt of a
  session), review todokit's proposal: which tasks are in scope, which were
  parked, and why (`--explain` on `todokit start` or `todokit scope` shows
  each task's score and fate). Correct it:
  - `todokit keep REF...` brings parked tasks back into scope, to the
    section they came from;
  - `todokit park REF...` parks tasks that do not belong to the task.

## Reading

- `todokit list` shows the open tasks, most important first, each with its
  index (`1`, `2.1`, …).
- `todokit list --json` gives the same as JSON, for exact fields.

## Changing

- `todokit add "Write tests for the parser"` adds a task.
  `--section "Backlog"` puts it under that heading; `--under REF` makes it a
  subtask of REF.
- `todokit done REF` marks a task done; `todokit reopen REF` opens it again.
  `todokit mark REF in_progress` shows that you are working on it.
- `todokit scope "fix the login timeout"` parks the tasks unrelated to that
  task in "## Out of scope", without deleting any.
- `todokit sort` orders the tasks by priority and relevance.
- `todokit check` runs the project's completion checks.

Every command that writes takes `--json` (a result to read), `--dry-run`
(change nothing) and `--diff` (show the change, write nothing).

REF is a task's index such as `2.1`, its id, or a fragment of its text that
matches exactly one task.

## Exit codes

- 0: done.
- 1: the command failed: no task matches REF (candidates are listed), or a
  check failed.
- 2: wrong usage: an unknown option or a bad value.
- 3: another process held the task list's lock for too long; run it again.
- 4: a file could not be read or written as needed, or its content is invalid.

Mark a task done as soon as it is finished and verified, and add follow-up
work as new tasks instead of keeping it in mind.
"""
"""The SKILL.md todokit ships: YAML front matter, then the instructions."""


def skill_path(base: Path) -> Path:
    """Return where the skill lives under a directory that holds ``skills/``.

    Args:
        base: ``.claude`` for Claude Code, ``.agents`` for Codex CLI,
            ``.gemini`` for Gemini CLI, or a plugin's directory.

    Returns:
        ``base / "skills" / "todokit" / "SKILL.md"``.

    Examples:
        >>> skill_path(Path(".claude")).as_posix()
        '.claude/skills/todokit/SKILL.md'
    """
    return base / "skills" / "todokit" / "SKILL.md"


def skill_is_current(base: Path) -> bool:
    """Tell whether the skill file under ``base`` holds exactly the text todokit ships.

    Then :func:`write_skill` would write nothing and :func:`remove_skill`
    would delete the file.

    Raises:
        InvalidInputError: The file exists but cannot be read.

    Examples:
        >>> import tempfile
        >>> skill_is_current(Path(tempfile.mkdtemp()))
        False
    """
    return read_optional(skill_path(base)) == SKILL_TEXT.encode("utf-8")


def plan_skill(base: Path, *, force: bool = False) -> FileChange:
    """Work out writing todokit's ``SKILL.md`` (see :data:`SKILL_TEXT`), without writing.

    With ``force``, a ``SKILL.md`` whose text differs from the shipped one is
    replaced.

    Raises:
        InvalidInputError: The file holds other text and ``force`` is false,
            or it cannot be read.

    Examples:
        >>> import tempfile
        >>> plan_skill(Path(tempfile.mkdtemp())).action
        'create'
    """
    path = skill_path(base)
    current = read_optional(path)
    shipped = SKILL_TEXT.encode("utf-8")
    if current is not None and current != shipped and not force:
        raise InvalidInputError(
            f"{path} holds text of your own; left unchanged (replace it with --force)"
        )
    return FileChange(path, current, shipped)


def plan_remove_skill(base: Path, *, prune_base: bool = False) -> FileChange:
    """Work out deleting todokit's ``SKILL.md``, only while it holds the shipped text.

    The emptied ``skills/todokit`` directory goes too, and then ``skills/``
    if that left it empty, and with ``prune_base`` ``base`` itself (for
    ``.agents``, which holds nothing but skills); a directory holding anything
    else stays. A missing or edited file (an edited file is the user's) is left.

    Raises:
        InvalidInputError: The file cannot be read.

    Examples:
        >>> import tempfile
        >>> plan_remove_skill(Path(tempfile.mkdtemp())).action
        'keep'
    """
    path = skill_path(base)
    current = read_optional(path)
    if current != SKILL_TEXT.encode("utf-8"):
        return FileChange(path, current, current)
    prune = (path.parent, path.parent.parent, *((base,) if prune_base else ()))
    return FileChange(path, current, None, prune)


def write_skill(base: Path, *, force: bool = False) -> Path:
    r"""Write todokit's ``SKILL.md`` unless it already holds the shipped text.

    Args:
        base: The directory that holds ``skills/`` (see :func:`skill_path`);
            missing directories are created.
        force: Replace a ``SKILL.md`` whose text differs from the shipped one.

    Returns:
        The path of the skill file.

    Raises:
        InvalidInputError: As :func:`plan_skill`, or the file cannot be written.

    Examples:
        >>> import tempfile
        >>> path = write_skill(Path(tempfile.mkdtemp()))
        >>> path.read_text(encoding="utf-8").startswith("---\nname: todokit\n")
        True
    """
    change = plan_skill(base, force=force)
    change.apply()
    return change.path


def remove_skill(base: Path) -> bool:
    """Delete todokit's ``SKILL.md`` if unedited (see :func:`plan_remove_skill`).

    Args:
        base: The directory that holds ``skills/`` (see :func:`skill_path`);
            ``base`` itself stays even when that leaves it empty.

    Returns:
        Whether the file was deleted.

    Raises:
        InvalidInputError: The file cannot be read or deleted.

    Examples:
        >>> import tempfile
        >>> remove_skill(Path(tempfile.mkdtemp()))
        False
    """
    return plan_remove_skill(base).apply()
