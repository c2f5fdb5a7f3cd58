"""Cases of the page's "Settings files" (``install``) and "Checks" rows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from guarantees_run import Case, Run, fifo, link

from todokit.agent.jsonspans import blank_comments
from todokit.agent.jsontext import loads_strict

SETTINGS = "repo/.claude/settings.json"
GEMINI = "repo/.gemini/settings.json"
TOML = "repo/.claude/todokit.toml"


def install(text: bytes, *options: str, name: str = SETTINGS, **fields: object) -> Case:
    """A case running ``todokit install OPTIONS`` over a settings file holding ``text``."""
    return Case(("install", *options), {name: text}, **fields)


def keeps(name: str, *pieces: bytes) -> Callable[[Path, Run], None]:
    """A check: the settings file still holds each of ``pieces`` and is valid JSON(C) again."""

    def check(sandbox: Path, result: Run) -> None:
        data = (sandbox / name).read_bytes()
        assert all(piece in data for piece in pieces), data[:300]
        loads_strict(blank_comments(data.decode("utf-8")), name)  # raises unless JSON

    return check


def checks(run: str, timeout: str = "") -> dict[str, bytes | None]:
    """The files of a project with one completion check."""
    limit = f"timeout = {timeout}\n" if timeout else ""
    return {TOML: f'[[checks]]\nname = "c"\nrun = "{run}"\n{limit}'.encode()}


COMMENTED = b'// mine\n{\n  /* kept */ "model": "x" // why\n}\n'
CASES: dict[str, Case] = {
    "settings-none": Case(("install",), check=keeps(SETTINGS, b'"command": "todokit hook"')),
    "settings-empty": install(b"", check=keeps(SETTINGS, b"todokit hook")),
    "settings-invalid": install(b'{"hooks": {'),
    "settings-trailing-text": install(b'{"a": 1}\njunk'),
    "settings-1e400": install(b'{"a": 1e400}', check=keeps(SETTINGS, b'{"a": 1e400,')),
    "settings-long-integer": install(
        b'{"n": ' + b"9" * 5_000 + b"}", check=keeps(SETTINGS, b"9" * 5_000)
    ),
    "settings-nan": install(b'{"a": NaN}'),
    "settings-infinity": install(b'{"a": -Infinity}'),
    "settings-duplicate-key": install(b'{"a": 1, "a": 2}'),
    "settings-comments-claude": install(b'// mine\n{"a": 1}'),
    "settings-comments-gemini": install(
        COMMENTED,
        "--agent",
        "gemini",
        name=GEMINI,
        check=keeps(GEMINI, b"// mine", b'"model": "x", // why', b"/* kept */"),
    ),
    "settings-not-object": install(b"[]"),
    "settings-hooks-type": install(b'{"hooks": 5}'),
    "settings-event-type": install(b'{"hooks": {"Stop": 5}}'),
    "settings-deep": install(b"[" * 100_000 + b"]" * 100_000),
    "settings-not-utf8": install(b'{"a": "\xff"}'),
    "settings-larger-timeout": install(
        b'{"hooks": {"SessionStart": [{"hooks": [{"type": "command", "command": "todokit hook",'
        b' "timeout": 99}]}]}}',
        check=keeps(SETTINGS, b'"timeout": 99'),
    ),
    "settings-fifo": Case(("install",), setup=fifo(SETTINGS), process=True),
    "settings-dev-zero": Case(("install",), setup=link(SETTINGS, "/dev/zero"), process=True),
    "settings-link-outside": Case(
        ("install",), {"out/s.json": b"{}"}, setup=link(SETTINGS, "../../out/s.json")
    ),
    "settings-mcp-other-server": install(
        b'{"mcpServers": {"todokit": {"command": "mine"}}}', "--mcp", name="repo/.mcp.json"
    ),
    "check-none": Case(("check",)),
    "check-pass": Case(("check",), checks("true"), process=True),
    "check-fail": Case(("check",), checks("echo 2 failed; exit 3"), process=True),
    "check-not-found": Case(("check",), checks("no-such-command-xyz"), process=True),
    "check-timeout": Case(("check",), checks("sleep 60", "1"), process=True),
    "check-setsid": Case(("check",), checks("setsid sleep 60; exit 1", "1"), process=True),
    "check-daemon": Case(("check",), checks("sleep 60 & echo started", "30"), process=True),
    "check-huge-output": Case(("check",), checks("yes | head -c 10000000; exit 1"), process=True),
    "check-control-output": Case(
        ("check",), checks("printf '\\\\033]0;pwn\\\\007 bad\\\\n'; exit 1"), process=True
    ),
}
