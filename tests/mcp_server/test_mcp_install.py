"""``todokit install --mcp``: the server entry merged into ``.mcp.json``, and removed exactly."""

from __future__ import annotations

import json

import pytest

from todokit.errors import InvalidInputError
from todokit.mcp.install import (
    ENTRY,
    install_server,
    is_todokit_entry,
    plan_server,
    uninstall_server,
)

OTHERS = '{\r\n    "mcpServers": {\r\n        "db": {\r\n            "command": "db-mcp"\r\n        }\r\n    },\r\n    "x": 1\r\n}'


def test_install_creates_the_file_and_uninstall_removes_it(project, cli):
    assert cli("install", "--mcp").code == 0
    path = project / ".mcp.json"
    assert json.loads(path.read_text()) == {"mcpServers": {"todokit": ENTRY}}
    again = cli("install", "--mcp")
    assert "already up to date" in again.out
    assert cli("install", "--mcp", "--uninstall").code == 0
    assert not path.exists()
    assert "already up to date" in cli("install", "--mcp", "--uninstall").out


def test_install_merges_in_the_file_s_own_style(project):
    path = project / ".mcp.json"
    path.write_bytes(OTHERS.encode())
    assert install_server(path) is True
    text = path.read_bytes().decode()
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    assert '\r\n        "todokit": {\r\n            "command": "todokit",' in text
    assert not text.endswith("\n")
    data = json.loads(text)
    assert list(data) == ["mcpServers", "x"]
    assert list(data["mcpServers"]) == ["db", "todokit"]
    assert uninstall_server(path) is True
    assert path.read_bytes().decode() == OTHERS


def test_an_entry_of_the_user_is_never_replaced_nor_removed(project):
    path = project / ".mcp.json"
    theirs = '{"mcpServers": {"todokit": {"command": "my-fork"}}}\n'
    path.write_text(theirs)
    with pytest.raises(InvalidInputError, match="runs something else; left unchanged"):
        install_server(path)
    assert uninstall_server(path) is False
    assert path.read_text() == theirs
    custom = '{"mcpServers": {"todokit": {"command": "/opt/bin/todokit", "args": ["mcp"]}}}'
    path.write_text(custom)
    assert install_server(path) is False
    assert uninstall_server(path) is True
    assert not path.exists()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[1]", "does not hold a JSON object"),
        ("{", "is not valid JSON"),
        ('{"mcpServers": []}', "'mcpServers' is not a JSON object"),
    ],
)
def test_files_it_cannot_merge_are_left_as_they_are(project, cli, text, message):
    path = project / ".mcp.json"
    path.write_text(text)
    with pytest.raises(InvalidInputError, match=message):
        plan_server(path, uninstall=False)
    result = cli("install", "--mcp")
    assert result.code == 4
    assert message in result.err
    assert path.read_text() == text


def test_a_file_that_is_not_utf8_is_left_as_it_is(project):
    path = project / ".mcp.json"
    path.write_bytes(b'{"a": "\xff"}')
    with pytest.raises(InvalidInputError, match="not UTF-8"):
        install_server(path)


def test_dry_run_diff_and_json(project, cli, validate):
    path = project / ".mcp.json"
    dry = json.loads(cli("install", "--mcp", "--dry-run", "--json").out)
    validate("install-mcp.v1", dry)
    assert dry == {"file": str(path), "server": "todokit", "changed": True, "dry_run": True}
    assert not path.exists()
    assert (
        cli("install", "--mcp", "--dry-run").out == f"would add the todokit MCP server to {path}\n"
    )
    diff = cli("install", "--mcp", "--diff").out
    assert diff.startswith("--- /dev/null\n+++ b/.mcp.json\n")
    assert '+      "command": "todokit",\n' in diff
    assert json.loads(cli("install", "--mcp", "--diff", "--json").out)["diff"] == diff
    done = json.loads(cli("install", "--mcp", "--json").out)
    validate("install-mcp.v1", done)
    assert done == {"file": str(path), "server": "todokit", "changed": True}
    removal = cli("install", "--mcp", "--uninstall", "--dry-run").out
    assert removal == f"would remove the todokit MCP server from {path}\n"
    assert "(nothing to do)" in cli("install", "--mcp", "--dry-run").out
    assert plan_server(path, uninstall=False).diff() == ""


def test_settings_names_another_file_such_as_gemini_s(project, cli):
    gemini = project / ".gemini" / "settings.json"
    gemini.parent.mkdir()
    gemini.write_text('{\n  "general": {"vimMode": true}\n}\n')
    assert cli("install", "--mcp", "--settings", ".gemini/settings.json").code == 0
    assert json.loads(gemini.read_text())["mcpServers"] == {"todokit": ENTRY}
    assert cli("install", "--mcp", "--uninstall", "--settings", str(gemini)).code == 0
    assert json.loads(gemini.read_text()) == {"general": {"vimMode": True}}
    assert not (project / ".mcp.json").exists()
    for wrong in (["--local"], ["--agent", "codex"], ["--plugin", "plug"]):
        refused = cli("install", "--mcp", *wrong)
        assert refused.code == 2
        assert "config.toml" in refused.err
    assert cli("install", "--mcp", "--agent", "gemini").code == 0
    assert json.loads(gemini.read_text())["mcpServers"] == {"todokit": ENTRY}


def test_which_entries_are_todokit_s():
    assert is_todokit_entry(ENTRY)
    assert not is_todokit_entry({"command": "todokit", "args": ["hook"]})
    assert not is_todokit_entry({"command": "todokit", "args": "mcp"})
    assert not is_todokit_entry("todokit mcp")


def test_dry_runs_of_the_functions_write_nothing(project):
    path = project / ".mcp.json"
    assert install_server(path, dry_run=True) is True
    assert not path.exists()
    install_server(path)
    assert uninstall_server(path, dry_run=True) is True
    assert path.exists()


def test_only_the_bytes_of_the_entry_change(project):
    path = project / ".mcp.json"
    original = '{"mcpServers": {"db": {"command": "db-mcp", "timeout": 1e400}},  "x" : [1,2]}'
    path.write_text(original)
    install_server(path)
    assert path.read_text().startswith(
        '{"mcpServers": {"db": {"command": "db-mcp", "timeout": 1e400},'
    )
    assert path.read_text().endswith('"x" : [1,2]}')
    uninstall_server(path)
    assert path.read_text() == original
