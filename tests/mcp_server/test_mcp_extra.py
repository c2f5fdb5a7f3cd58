"""The SDK is an optional extra: without it ``todokit mcp`` says what to install, and
no other command ever imports it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import todokit
from todokit.cli.commands import COMMANDS

REPO_ROOT = Path(todokit.__file__).resolve().parents[1]

# Runs main() with the SDK made unimportable (None in sys.modules stops its import).
WITHOUT_SDK = (
    "import sys\n"
    "sys.modules['mcp'] = None\n"
    "from todokit.cli import main\n"
    "raise SystemExit(main(sys.argv[1:]))\n"
)

# Runs every given command line in one process, then names any SDK module it imported.
EVERY_COMMAND = (
    "import json, sys\n"
    "from todokit.cli import main\n"
    "for argv in json.loads(sys.argv[1]):\n"
    "    main(argv)\n"
    "loaded = [m for m in sys.modules if m.split('.')[0] in ('mcp', 'mcp_types')"
    " or m.startswith('todokit.mcp.server')]\n"
    "sys.stderr.write('LOADED ' + json.dumps(loaded) + '\\n')\n"
)


def python(project: Path, code: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "TODOKIT_ROOT"}
    env.update(PYTHONPATH=str(REPO_ROOT), NO_COLOR="1")
    return subprocess.run(
        [sys.executable, "-c", code, *arguments],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def test_without_the_sdk_mcp_says_in_one_line_what_to_install_and_exits_2(project):
    result = python(project, WITHOUT_SDK, "mcp")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        "todokit: todokit mcp needs the MCP Python SDK: pip install 'todokit[mcp]'\n"
    )
    as_json = python(project, WITHOUT_SDK, "mcp", "--json")
    assert as_json.returncode == 2
    assert json.loads(as_json.stdout)["error"]["exit_code"] == 2


def test_without_the_sdk_every_other_command_works(project):
    result = python(project, WITHOUT_SDK, "add", "Write tests")
    assert result.returncode == 0, result.stderr
    assert python(project, WITHOUT_SDK, "install", "--mcp").returncode == 0
    assert (project / ".mcp.json").exists()


def test_no_other_command_imports_the_sdk(project):
    runs = [
        ["add", "Fix login"],
        ["list"],
        ["list", "--json"],
        ["start", "Fix login", "--json"],
        ["done", "1"],
        ["reopen", "1"],
        ["mark", "1", "in_progress"],
        ["sort"],
        ["scope", "login"],
        ["park", "1"],
        ["keep", "1"],
        ["history"],
        ["check"],
        ["rotate"],
        ["prune", "--keep", "5"],
        ["export"],
        ["install"],
        ["install", "--mcp"],
        ["install", "--mcp", "--uninstall"],
        ["merge", ".claude/todo.md", ".claude/todo.md", ".claude/todo.md"],
        ["remove", "1"],
        ["hook"],
        ["--help"],
    ]
    covered = {argv[0] for argv in runs}
    assert covered >= {c.name for c in COMMANDS} - {"mcp", "import"}
    result = python(project, EVERY_COMMAND, json.dumps(runs))
    assert "LOADED []" in result.stderr, result.stderr
