"""Writing and removing the todokit Claude Code skill."""

from __future__ import annotations

from pathlib import Path

import pytest

from todokit.agent.skill import SKILL_TEXT, remove_skill, skill_path, write_skill
from todokit.errors import InvalidInputError


def test_write_creates_directories_and_the_shipped_text(tmp_path: Path) -> None:
    claude = tmp_path / ".claude"
    path = write_skill(claude)
    assert path == claude / "skills" / "todokit" / "SKILL.md"
    assert path.read_bytes() == SKILL_TEXT.encode("utf-8")


def test_write_again_does_not_rewrite(tmp_path: Path) -> None:
    path = write_skill(tmp_path)
    mtime = path.stat().st_mtime_ns
    assert write_skill(tmp_path) == path
    assert path.stat().st_mtime_ns == mtime


def test_front_matter_names_the_skill_and_says_when_to_use_it() -> None:
    head, front, body = SKILL_TEXT.split("---\n", 2)
    assert body.startswith("\n# Keeping the task list with todokit\n")
    assert head == ""
    fields = dict(line.split(": ", 1) for line in front.strip().split("\n"))
    assert fields["name"] == "todokit"
    assert fields["description"].startswith("Read and update")
    assert "Use it when" in fields["description"]
    assert len(fields["description"]) <= 1024
    yaml = pytest.importorskip("yaml")
    assert yaml.safe_load(front) == fields


def test_body_documents_the_cli() -> None:
    for command in (
        "todokit list",
        "todokit list --json",
        'todokit add "',
        "--section",
        "--under REF",
        "todokit done REF",
        "todokit reopen REF",
        'todokit start "<one-line task>"',
        'todokit scope "',
        "todokit keep REF...",
        "todokit park REF...",
        "--explain",
        "`--json`",
        "`--dry-run`",
        "`--diff`",
        "todokit sort",
        "todokit check",
    ):
        assert command in SKILL_TEXT, command
    for code in ("- 0:", "- 1:", "- 2:", "- 3:", "- 4:"):
        assert code in SKILL_TEXT


def test_edited_skill_is_kept_unless_forced(tmp_path: Path) -> None:
    path = skill_path(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text("my own notes\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="holds text of your own; left unchanged"):
        write_skill(tmp_path)
    assert path.read_text(encoding="utf-8") == "my own notes\n"
    assert remove_skill(tmp_path) is False
    assert path.exists()
    assert write_skill(tmp_path, force=True) == path
    assert path.read_text(encoding="utf-8") == SKILL_TEXT


def test_remove_deletes_file_and_the_directories_it_emptied(tmp_path: Path) -> None:
    claude = tmp_path / ".claude"
    path = write_skill(claude)
    assert remove_skill(claude) is True
    assert not path.exists()
    assert not (claude / "skills").exists()
    assert claude.is_dir()
    assert remove_skill(claude) is False


def test_remove_keeps_a_skills_directory_with_other_skills(tmp_path: Path) -> None:
    write_skill(tmp_path)
    other = tmp_path / "skills" / "other" / "SKILL.md"
    other.parent.mkdir()
    other.write_text("---\nname: other\n---\n", encoding="utf-8")
    assert remove_skill(tmp_path) is True
    assert not (tmp_path / "skills" / "todokit").exists()
    assert other.exists()


def test_remove_keeps_a_directory_with_other_files(tmp_path: Path) -> None:
    path = write_skill(tmp_path)
    extra = path.parent / "reference.md"
    extra.write_text("mine", encoding="utf-8")
    assert remove_skill(tmp_path) is True
    assert not path.exists()
    assert extra.read_text(encoding="utf-8") == "mine"


def test_unreadable_skill_path_is_invalid_input(tmp_path: Path) -> None:
    skill_path(tmp_path).mkdir(parents=True)
    with pytest.raises(InvalidInputError, match="cannot read"):
        write_skill(tmp_path)
    with pytest.raises(InvalidInputError, match="cannot read"):
        remove_skill(tmp_path)


def test_blocked_directory_is_invalid_input(tmp_path: Path) -> None:
    (tmp_path / "skills").write_text("a file, not a directory", encoding="utf-8")
    with pytest.raises(InvalidInputError):
        write_skill(tmp_path)


def test_failed_delete_is_invalid_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_skill(tmp_path)

    def refuse(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "unlink", refuse)
    with pytest.raises(InvalidInputError, match="cannot delete"):
        remove_skill(tmp_path)


def test_vanished_file_counts_as_not_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_skill(tmp_path)

    def gone(self: Path, missing_ok: bool = False) -> None:
        raise FileNotFoundError(2, "No such file or directory")

    monkeypatch.setattr(Path, "unlink", gone)
    assert remove_skill(tmp_path) is False


def test_directory_creation_failure_is_invalid_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(InvalidInputError, match="cannot create"):
        write_skill(tmp_path)
