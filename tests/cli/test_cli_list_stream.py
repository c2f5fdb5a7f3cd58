"""``list --json`` is written in pieces that make the same text as the whole document."""

from __future__ import annotations

from pathlib import Path

import pytest

from todokit.cli.listing import list_json, list_json_text
from todokit.cli.output import json_text
from todokit.document import parse


@pytest.mark.parametrize("indent", [False, True])
@pytest.mark.parametrize("count", [0, 1, 1024, 2500])
def test_the_pieces_make_the_whole_document(count: int, indent: bool) -> None:
    text = "# Now\n" + "".join(f"- [ ] task {n}\n  - [x] sub {n}\n" for n in range(count // 2))
    text += "- [ ] odd\n" if count % 2 else ""
    doc = parse(text)
    path = Path("todo.md")
    whole = json_text(list_json(path, doc), indent=indent)
    assert "".join(list_json_text(path, doc, indent=indent)) == whole
