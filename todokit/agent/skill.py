"""The Claude Code skill that teaches an agent to keep the task list with todokit.

:func:`write_skill` writes ``.claude/skills/todokit/SKILL.md``;
:func:`remove_skill` deletes it again, but only while it still holds the text
todokit shipped: a file the user edited is theirs and is never overwritten or
deleted.

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

import contextlib
from pathlib import Path

from todokit.agent.jsonfile import read_optional, write_creating_parents
from todokit.errors import InvalidInputError

_DESCRIPTION = (
    "Read and update this project's task list (.claude/todo.md) with the todokit CLI."
    " Use it when planning work, choosing what to do next, adding follow-up tasks,"
    " marking tasks done, or when asked what is left to do."
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
- `todokit start "fix the login timeout"` begins work on a new task: the old
  list is kept as `.claude/todo-YYYY-MM-DD.old`, unfinished tasks carry over,
  sorted by relevance to the new task.
- `todokit scope "fix the login timeout"` moves tasks unrelated to that task
  into the "## Out of scope" section, without deleting any.
- `todokit sort` orders the tasks by priority and relevance.
- `todokit check` runs the project's completion checks.

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


def skill_path(claude_dir: Path) -> Path:
    """Return where the skill lives inside a ``.claude`` directory.

    Args:
        claude_dir: The project's ``.claude`` directory.

    Returns:
        ``claude_dir / "skills" / "todokit" / "SKILL.md"``.

    Examples:
        >>> skill_path(Path(".claude")).as_posix()
        '.claude/skills/todokit/SKILL.md'
    """
    return claude_dir / "skills" / "todokit" / "SKILL.md"


def skill_is_current(claude_dir: Path) -> bool:
    """Tell whether the skill file holds exactly the text todokit ships.

    Args:
        claude_dir: The project's ``.claude`` directory.

    Returns:
        True when :func:`write_skill` would write nothing and
        :func:`remove_skill` would delete the file.

    Raises:
        InvalidInputError: The file exists but cannot be read.

    Examples:
        >>> import tempfile
        >>> skill_is_current(Path(tempfile.mkdtemp()))
        False
    """
    return read_optional(skill_path(claude_dir)) == SKILL_TEXT.encode("utf-8")


def write_skill(claude_dir: Path, *, force: bool = False) -> Path:
    r"""Write todokit's ``SKILL.md`` (see :data:`SKILL_TEXT`).

    Writes nothing when the file already holds the shipped text.

    Args:
        claude_dir: The project's ``.claude`` directory; missing directories
            are created.
        force: Replace a ``SKILL.md`` whose text differs from the shipped one.

    Returns:
        The path of the skill file.

    Raises:
        InvalidInputError: The file holds other text and ``force`` is false
            (it is left unchanged), or it cannot be read or written.

    Examples:
        >>> import tempfile
        >>> path = write_skill(Path(tempfile.mkdtemp()))
        >>> path.read_text(encoding="utf-8").startswith("---\nname: todokit\n")
        True
    """
    path = skill_path(claude_dir)
    current = read_optional(path)
    shipped = SKILL_TEXT.encode("utf-8")
    if current == shipped:
        return path
    if current is not None and not force:
        raise InvalidInputError(
            f"{path} holds text of your own; left unchanged (replace it with --force)"
        )
    write_creating_parents(path, shipped)
    return path


def remove_skill(claude_dir: Path) -> bool:
    """Delete todokit's ``SKILL.md`` if it still holds the shipped text.

    The emptied ``skills/todokit`` directory goes too; a directory holding
    anything else stays.

    Args:
        claude_dir: The project's ``.claude`` directory.

    Returns:
        Whether the file was deleted: ``False`` when it is missing or was
        edited (an edited file is kept).

    Raises:
        InvalidInputError: The file cannot be read or deleted.

    Examples:
        >>> import tempfile
        >>> remove_skill(Path(tempfile.mkdtemp()))
        False
    """
    path = skill_path(claude_dir)
    if read_optional(path) != SKILL_TEXT.encode("utf-8"):
        return False
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise InvalidInputError(f"cannot delete {path}: {exc.strerror or exc}") from exc
    with contextlib.suppress(OSError):
        path.parent.rmdir()
    return True
