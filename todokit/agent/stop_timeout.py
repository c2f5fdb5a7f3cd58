"""How long the Stop hook may run: the handler's timeout and the hook's own budget.

Claude Code kills a hook at its handler's ``timeout`` and discards its output,
so a Stop gate whose checks outlast the timeout would let the agent stop while
they fail. Two numbers keep that from happening:

* the Stop handler's timeout, which ``todokit install`` writes: the configured
  checks' time limits added up, plus :data:`STOP_MARGIN` seconds
  (:func:`needed_stop_timeout`);
* the hook's budget, a little below the timeout it runs under
  (:func:`hook_budget`). When the checks have not finished by then, the hook
  blocks the stop saying so, rather than being killed in silence.

The hook learns its timeout from the settings files that Claude Code reads
(:func:`installed_stop_timeout`); ``todokit check`` warns when the checks have
outgrown it (:func:`stop_timeout_warning`).

Examples:
    >>> from todokit.files.config import CheckSpec, Config
    >>> config = Config(stop_gate=True, checks=(CheckSpec("tests", "pytest", 120.0),))
    >>> needed_stop_timeout(config)
    135
    >>> hook_budget(135)
    125.0
"""

from __future__ import annotations

import json
import math
import shlex
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from todokit.errors import InvalidInputError

if TYPE_CHECKING:
    from todokit.files.config import Config

STOP_MARGIN = 15
"""Seconds the Stop handler's timeout adds to the checks' time limits."""

HANDLER_TIMEOUT = 10
"""The timeout ``install`` gives every other handler, and the Stop handler's least."""

CLAUDE_DEFAULT_TIMEOUT = 600
"""Seconds Claude Code allows a command hook that names no ``timeout``."""


def needed_stop_timeout(config: Config) -> int:
    """Return the timeout, in seconds, ``install`` writes for the Stop handler.

    With ``stop_gate`` on, it is the sum of the checks' time limits (a check
    without ``timeout`` counts :data:`~todokit.checks.run.DEFAULT_TIMEOUT`) plus
    :data:`STOP_MARGIN`, rounded up; never less than :data:`HANDLER_TIMEOUT`.
    """
    if not config.stop_gate or not config.checks:
        return HANDLER_TIMEOUT
    from todokit.checks.run import check_limit  # noqa: PLC0415 - lazy

    total = sum(check_limit(spec) for spec in config.checks)
    return max(HANDLER_TIMEOUT, math.ceil(total + STOP_MARGIN))


def hook_budget(timeout: float) -> float:
    """Return the seconds the Stop hook gives its checks under a handler ``timeout``.

    It keeps back a tenth of the timeout, at least 2 and at most 10 seconds, for
    starting, reading the settings and answering.

    Examples:
        >>> hook_budget(10), hook_budget(600)
        (8.0, 590.0)
    """
    return float(timeout) - min(10.0, max(2.0, timeout / 10))


def installed_stop_timeout(root: Path, environ: Mapping[str, str]) -> tuple[float, Path] | None:
    """Find the timeout of todokit's Stop handler in the files Claude Code reads.

    Looks at ``$CLAUDE_PLUGIN_ROOT/hooks/hooks.json``, the project's
    ``.claude/settings.local.json`` and ``.claude/settings.json`` and the
    user's ``~/.claude/settings.json``. A handler counts when its command runs
    ``todokit … hook``; one without ``timeout`` has Claude Code's default. Files
    that are missing or not valid JSON are skipped. Returns the shortest such
    timeout and its file, or ``None`` when no file has a todokit Stop handler.
    """
    found = [(timeout, path) for path in _settings_files(root, environ) for timeout in _read(path)]
    return min(found, key=lambda pair: pair[0]) if found else None


def stop_timeout_warning(config: Config, root: Path, environ: Mapping[str, str]) -> str | None:
    """Return a warning when the checks may outlast the installed Stop handler.

    The warning is one line naming the settings file and the timeout ``install``
    would write now; ``None`` when the gate is off, no handler was found, or its
    timeout is long enough.
    """
    needed = needed_stop_timeout(config)
    installed = installed_stop_timeout(root, environ)
    if needed == HANDLER_TIMEOUT or installed is None:
        return None
    timeout, path = installed
    if hook_budget(timeout) >= needed - STOP_MARGIN:
        return None
    return (
        f"the checks may take up to {needed - STOP_MARGIN} s, but the Stop hook in {path} "
        f"times out after {timeout:g} s; run `todokit install` to raise it to {needed} s"
    )


def _settings_files(root: Path, environ: Mapping[str, str]) -> Iterator[Path]:
    """The files that may hold todokit's Stop handler, the plugin's first."""
    if environ.get("CLAUDE_PLUGIN_ROOT"):
        yield Path(environ["CLAUDE_PLUGIN_ROOT"]) / "hooks" / "hooks.json"
    yield root / ".claude" / "settings.local.json"
    yield root / ".claude" / "settings.json"
    if environ.get("HOME"):
        yield Path(environ["HOME"]) / ".claude" / "settings.json"


def _read(path: Path) -> list[float]:
    """The timeouts of todokit's Stop handlers in one settings file (none when unreadable).

    Only a regular file of at most 4 MiB is read: a FIFO used to hang the Stop
    hook, and a link to ``/dev/zero`` to fill its memory.
    """
    from todokit.files.reading import SMALL_FILE_LIMIT, read_optional  # noqa: PLC0415

    try:
        data = json.loads(read_optional(path, SMALL_FILE_LIMIT) or b"null")
    except (InvalidInputError, ValueError, RecursionError):
        return []
    hooks = data.get("hooks") if isinstance(data, dict) else None
    groups = hooks.get("Stop") if isinstance(hooks, dict) else None
    found: list[float] = []
    for group in groups if isinstance(groups, list) else []:
        handlers = group.get("hooks") if isinstance(group, dict) else None
        found.extend(
            _timeout_of(handler)
            for handler in (handlers if isinstance(handlers, list) else [])
            if isinstance(handler, dict) and _is_todokit_hook(handler.get("command"))
        )
    return found


def _timeout_of(handler: dict[str, Any]) -> float:
    """A handler's timeout in seconds; Claude Code's default when absent or unusable."""
    value = handler.get("timeout")
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 < value < math.inf:
        return float(value)
    return float(CLAUDE_DEFAULT_TIMEOUT)


def _is_todokit_hook(command: object) -> bool:
    """Whether a handler's command line runs ``todokit hook`` (any path to todokit)."""
    if not isinstance(command, str):
        return False
    try:
        words = shlex.split(command)
    except ValueError:
        return False
    for index, word in enumerate(words):
        if Path(word).name.startswith("todokit") and "hook" in words[index + 1 :]:
            return True
    return False
