"""Settings files in their own style, and files todokit must refuse to touch."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from todokit.agent.settings import install_hooks, uninstall_hooks
from todokit.errors import InvalidInputError


def read(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("indent", "unit"), [(4, "    "), ("\t", "\t"), (2, "  ")])
def test_keeps_the_files_indentation(tmp_path: Path, indent: int | str, unit: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"model": "opus"}, indent=indent) + "\n", encoding="utf-8")
    install_hooks(path)
    text = path.read_text(encoding="utf-8")
    assert text == json.dumps(read(path), indent=unit, ensure_ascii=False) + "\n"
    assert f'\n{unit}"hooks": {{\n{unit}{unit}"SessionStart"' in text


def test_keeps_missing_final_newline_crlf_bom_and_unicode(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b'\xef\xbb\xbf{\r\n    "statusLine": "\xe2\x9c\x93 ok"\r\n}')
    install_hooks(path)
    data = path.read_bytes()
    assert data.startswith(b'\xef\xbb\xbf{\r\n    "statusLine": "\xe2\x9c\x93 ok",\r\n')
    assert data.endswith(b"}")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert uninstall_hooks(path) is True
    assert path.read_bytes() == b'\xef\xbb\xbf{\r\n    "statusLine": "\xe2\x9c\x93 ok"\r\n}'


def test_a_file_on_one_line_stays_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"model":"opus"}', encoding="utf-8")
    install_hooks(path)
    text = path.read_text(encoding="utf-8")
    assert "\n" not in text
    assert text.startswith('{"model":"opus","hooks":{"SessionStart":[{"hooks":[{"type":"command"')
    assert uninstall_hooks(path) is True
    assert path.read_text(encoding="utf-8") == '{"model":"opus"}'


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"hooks": {', "is not valid JSON; left unchanged"),
        ("[1, 2]", "does not hold a JSON object; left unchanged"),
        ('"settings"', "does not hold a JSON object; left unchanged"),
        ('{"hooks": []}', "'hooks' is not a JSON object; left unchanged"),
        ('{"hooks": null}', "'hooks' is not a JSON object; left unchanged"),
        ('{"hooks": {"Stop": {"hooks": []}}}', "'hooks.Stop' is not a list"),
    ],
)
def test_invalid_files_are_never_overwritten(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidInputError, match=message) as caught:
        install_hooks(path)
    assert str(path) in str(caught.value)
    assert path.read_text(encoding="utf-8") == content


def test_invalid_utf8_and_unreadable_paths(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b'{"model": "\xff"}')
    with pytest.raises(InvalidInputError, match="is not UTF-8 text"):
        install_hooks(path)
    with pytest.raises(InvalidInputError, match="cannot read"):
        install_hooks(tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="cannot read"):
        install_hooks(blocker / "settings.json")


def test_settings_that_are_no_regular_file_are_refused_without_reading(tmp_path: Path) -> None:
    # A FIFO used to hang install, and a link to /dev/zero to fill its memory.
    fifo = tmp_path / "settings.json"
    os.mkfifo(fifo)
    with pytest.raises(InvalidInputError, match="it is a named pipe"):
        install_hooks(fifo)
    device = tmp_path / "device.json"
    device.symlink_to("/dev/zero")
    with pytest.raises(InvalidInputError, match="it is a character device"):
        install_hooks(device)


def test_unwritable_directory_is_invalid_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(InvalidInputError, match="cannot create"):
        install_hooks(tmp_path / "new" / "settings.json")


def test_writes_through_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "shared-settings.json"
    real.write_text("{}\n", encoding="utf-8")
    link = tmp_path / "settings.json"
    link.symlink_to(real)
    install_hooks(link)
    assert link.is_symlink()
    assert "todokit hook" in real.read_text(encoding="utf-8")
