r"""The optional per-project configuration of todokit.

It lives in ``<root>/.claude/todokit.toml`` or, when that file does not
exist, in the ``[tool.todokit]`` table of ``<root>/pyproject.toml``. The
first file that exists wins entirely; nothing is merged. Keys may be spelled
with ``_`` or ``-`` (``lock_timeout`` or ``lock-timeout``).

Examples:
    >>> import tempfile
    >>> from pathlib import Path
    >>> root = Path(tempfile.mkdtemp())
    >>> _ = (root / "pyproject.toml").write_text("[tool.todokit]\nkeep = 5\n")
    >>> load_config(root).keep
    5
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from todokit.errors import ConfigError, InvalidInputError, shorten
from todokit.files.reading import DEFAULT_MAX_FILE_SIZE, SMALL_FILE_LIMIT, read_bytes_checked

if TYPE_CHECKING:
    from pathlib import Path

OWN_CONFIG = (".claude", "todokit.toml")
PYPROJECT = "pyproject.toml"


@dataclass(frozen=True, slots=True)
class CheckSpec:
    """A completion check: a shell command that must succeed.

    Attributes:
        name: A short unique label, e.g. ``"tests"``.
        run: The shell command line, run from the project root.
        timeout: Seconds before the check counts as failed; ``None`` for the
            default (:data:`~todokit.checks.run.DEFAULT_TIMEOUT`, 300 s).

    Examples:
        >>> CheckSpec("tests", "pytest -q", timeout=600)
        CheckSpec(name='tests', run='pytest -q', timeout=600)
    """

    name: str
    run: str
    timeout: float | None = None


@dataclass(frozen=True, slots=True)
class Config:
    """A project's todokit settings; every field has a default.

    Attributes:
        keep: Archives kept after each rotation; ``None`` keeps all.
        lock_timeout: Seconds to wait for the todo file's lock.
        template: The text of a brand-new todo file.
        threshold: Relevance threshold from 0 to 1; ``None`` for the default.
        keep_priority: Priority label kept in scope (``highest``, ``high``,
            ``medium``, ``none``, ``low`` or ``lowest``).
        checks: Completion checks, in the order given.
        stop_gate: Whether the Stop hook blocks the agent while a completion check fails.
        max_file_size: The most bytes todokit reads of a todo file or an
            archive (64 MiB unless configured; at least 1 MiB).
        source: The file the settings came from; ``None`` for the defaults.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> root = Path(tempfile.mkdtemp())
        >>> (root / ".claude").mkdir()
        >>> _ = (root / ".claude" / "todokit.toml").write_text("keep = 5\\n")
        >>> config = load_config(root)
        >>> (config.keep, config.lock_timeout, config.source.name)
        (5, 10.0, 'todokit.toml')
    """

    keep: int | None = None
    lock_timeout: float = 10.0
    template: str | None = None
    threshold: float | None = None
    keep_priority: str | None = None
    checks: tuple[CheckSpec, ...] = ()
    stop_gate: bool = False
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    source: Path | None = None


def _read_bytes(path: Path, where: str) -> bytes:
    """Read one settings file (a regular file of at most 4 MiB), naming it in the error."""
    try:
        return read_bytes_checked(path, SMALL_FILE_LIMIT)
    except InvalidInputError as exc:
        reason = str(exc).removeprefix(f"cannot read {shorten(str(path))}: ")
        raise ConfigError(f"{where}: cannot read it: {reason}") from exc


def _parse_toml(data: bytes, where: str) -> dict[str, Any]:
    """Parse one TOML file's bytes, naming the file in every error."""
    import tomllib  # noqa: PLC0415 - most projects have no config file to parse

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{where}: not valid UTF-8 ({exc.reason} at byte {exc.start})") from exc
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: invalid TOML: {shorten(str(exc))}") from exc
    except RecursionError:
        raise ConfigError(f"{where}: invalid TOML: arrays or tables nested too deeply") from None
    except ValueError as exc:  # an integer of more digits than Python converts
        detail = shorten(str(exc).split("; use ", 1)[0])
        raise ConfigError(f"{where}: invalid TOML: a number is too long ({detail})") from exc


def _build(table: dict[str, Any], where: str, prefix: str, source: Path) -> Config:
    """Validate a settings table and turn it into a :class:`Config`."""
    # Imported here: most projects have no settings to validate.
    from todokit.files.config_values import (  # noqa: PLC0415
        FIELD_CHECKS,
        InvalidValueError,
        validate_key,
    )

    values: dict[str, Any] = {}
    for raw_key, value in table.items():
        key = raw_key.replace("-", "_")
        shown = shorten(f"{prefix}{raw_key}", 100)
        if key in values:
            raise ConfigError(f"{where}: key '{shown}' is given twice")
        try:
            values[key] = validate_key(key, value, shown)
        except InvalidValueError as exc:
            raise ConfigError(f"{where}: {exc}") from exc
    if FIELD_CHECKS in values:
        values[FIELD_CHECKS] = tuple(CheckSpec(**check) for check in values[FIELD_CHECKS])
    return Config(**values, source=source)


def _may_name_todokit(data: bytes) -> bool:
    """Whether a ``pyproject.toml`` can hold a ``tool.todokit`` table at all.

    Most projects' pyproject.toml configure other tools only: a file that never
    spells "todokit" (nor a key with an escape, which could) is not parsed,
    which spares every hook TOML's import and parse.
    """
    return b"todokit" in data or b"\\u" in data or b"\\U" in data


def load_config(root: Path) -> Config:
    """Load the configuration of the project at ``root``.

    Args:
        root: The project root (see :func:`~todokit.files.project.find_root`).

    Returns:
        The settings, or ``Config()`` when neither file exists or
        ``pyproject.toml`` has no ``[tool.todokit]`` table.

    Raises:
        ConfigError: A file cannot be read or parsed, or holds an unknown key
            or a value of the wrong type; the message names the file, the key
            and what was expected. A pyproject.toml that never mentions
            todokit is not parsed, so its errors are not todokit's.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> load_config(Path(tempfile.mkdtemp()))
        Config(keep=None, lock_timeout=10.0, template=None, threshold=None, keep_priority=None, checks=(), stop_gate=False, max_file_size=67108864, source=None)
    """  # noqa: E501 - a doctest's expected output cannot be wrapped
    own = root.joinpath(*OWN_CONFIG)
    if own.exists():
        where = "/".join(OWN_CONFIG)
        return _build(_parse_toml(_read_bytes(own, where), where), where, "", own)
    pyproject = root / PYPROJECT
    if not pyproject.exists():
        return Config()
    data = _read_bytes(pyproject, PYPROJECT)
    if not _may_name_todokit(data):
        return Config()
    document = _parse_toml(data, PYPROJECT)
    tool = document.get("tool", {})
    table = tool.get("todokit") if isinstance(tool, dict) else None
    if table is None:
        return Config()
    if not isinstance(table, dict):
        shown = shorten(repr(table), 60)
        raise ConfigError(f"{PYPROJECT}: 'tool.todokit' must be a table, got {shown}")
    return _build(table, PYPROJECT, "tool.todokit.", pyproject)
