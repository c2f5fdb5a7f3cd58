"""The CLI reference page matches the parser."""

from __future__ import annotations

from pathlib import Path

import pytest

from todokit.cli.reference import END, START, render_reference, update_page

PAGE = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def test_docs_cli_page_is_up_to_date():
    text = PAGE.read_text(encoding="utf-8")
    generated = text.split(START, 1)[1].split(END, 1)[0]
    assert generated.strip() == render_reference().strip(), (
        "docs/cli.md is stale: run python -m todokit.cli.reference docs/cli.md"
    )


def test_every_command_is_documented():
    from todokit.cli.commands import COMMANDS

    reference = render_reference()
    for command in COMMANDS:
        assert f"## todokit {command.name}\n" in reference


def test_update_page_rewrites_only_the_generated_part(tmp_path):
    page = tmp_path / "cli.md"
    page.write_text(f"intro\n{START}\nold\n{END}\noutro\n")
    assert update_page(page) is True
    text = page.read_text()
    assert text.startswith("intro\n")
    assert text.endswith(f"{END}\noutro\n")
    assert update_page(page) is False
    page.write_text("no markers")
    with pytest.raises(ValueError, match="markers"):
        update_page(page)
