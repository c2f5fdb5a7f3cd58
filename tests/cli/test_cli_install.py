"""``todokit install`` in-process: every agent, the plugin, and the ways to only look."""

from __future__ import annotations

import json

import pytest

FILES = {
    "claude": (".claude/settings.json", ".claude/skills/todokit/SKILL.md"),
    "codex": (".codex/hooks.json", ".agents/skills/todokit/SKILL.md"),
    "gemini": (".gemini/settings.json", ".gemini/skills/todokit/SKILL.md"),
}


@pytest.mark.parametrize("agent", list(FILES))
def test_each_agent_installs_its_files(cli, project, validate, agent):
    settings, skill = FILES[agent]
    result = cli("install", "--agent", agent, "--json")
    assert result.code == 0, result.err
    payload = result.json()
    validate("install.v1", payload)
    assert payload["agent"] == agent
    assert payload["settings"] == str(project / settings)
    assert payload["skill"] == str(project / skill)
    assert payload["changed"] is payload["skill_changed"] is payload["written"] is True
    assert [f["action"] for f in payload["files"]] == ["create", "create"]
    again = cli("install", "--agent", agent, "--json").json()
    assert again["changed"] is again["skill_changed"] is False
    assert cli("install", "--agent", agent, "--uninstall").code == 0
    assert not (project / skill).exists()


def test_dry_run_and_diff_write_nothing(cli, project, validate):
    dry = cli("install", "--dry-run")
    assert dry.code == 0
    assert dry.out.startswith("Would install todokit for Claude Code:\n")
    assert "  .claude/settings.json: create\n" in dry.out
    as_json = cli("install", "--dry-run", "--json").json()
    validate("install.v1", as_json)
    assert as_json["written"] is False
    diff = cli("install", "--diff")
    assert diff.out.startswith("--- /dev/null\n+++ b/.claude/settings.json\n")
    both = cli("install", "--diff", "--json").json()
    validate("install.v1", both)
    assert both["diff"].startswith("--- /dev/null")
    assert not (project / ".claude").exists()


def test_human_output_and_agent_notes(cli, project):
    codex = cli("install", "--agent", "codex")
    assert codex.out.startswith("Installed todokit for Codex CLI:\n")
    assert "/hooks" in codex.out
    gemini = cli("install", "--agent", "gemini")
    assert "trust" in gemini.out
    removed = cli("install", "--agent", "codex", "--uninstall")
    assert removed.out.startswith("Removed todokit from Codex CLI:\n")
    assert "approve the hooks" not in removed.out
    assert "  .agents/skills/todokit/SKILL.md: deleted\n" in removed.out


def test_settings_path_and_local_file(cli, project, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("shared") / "settings.json"
    assert cli("install", "--settings", str(elsewhere)).code == 0
    assert "todokit hook" in elsewhere.read_text()
    assert cli("install", "--local").code == 0
    assert (project / ".claude" / "settings.local.json").exists()


def test_an_edited_skill_needs_force(cli, project):
    skill = project / ".claude" / "skills" / "todokit" / "SKILL.md"
    skill.parent.mkdir(parents=True)
    skill.write_text("mine\n")
    refused = cli("install")
    assert refused.code == 4
    assert "replace it with --force" in refused.err
    assert not (project / ".claude" / "settings.json").exists()  # nothing written
    assert cli("install", "--force").code == 0
    assert skill.read_text().startswith("---\nname: todokit\n")


def test_plugin_install_and_uninstall(cli, project, validate):
    result = cli("install", "--plugin", "plug", "--json")
    payload = result.json()
    validate("install.v1", payload)
    assert payload["plugin"] == "plug"
    assert payload["settings"] == "plug/hooks/hooks.json"
    hooks = json.loads((project / "plug" / "hooks" / "hooks.json").read_text())
    assert set(hooks["hooks"]) >= {"SessionStart", "Stop"}
    text = cli("install", "--plugin", "plug", "--uninstall").out
    assert text.startswith("Removed the todokit plugin from plug:\n")
    assert not (project / "plug").exists()
    assert cli("install", "--plugin", "plug", "--settings", "x.json").code == 2
