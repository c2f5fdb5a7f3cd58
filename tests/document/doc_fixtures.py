"""The fixture files of the document tests.

``fixtures/<name>.md`` (or ``.bin`` for bytes that are not UTF-8, which Markdown
tools such as ruff's formatter refuse to read) pairs with ``fixtures/<name>.json``,
the table of its expected items. ``fixtures/.gitattributes`` keeps git from
converting their line endings.
"""

from __future__ import annotations

from pathlib import Path

FIXTURE_DIR = Path(__file__).parent / "fixtures"
FIXTURES = sorted([*FIXTURE_DIR.glob("*.md"), *FIXTURE_DIR.glob("*.bin")])
FIXTURE_IDS = [path.name for path in FIXTURES]


def fixture_text(path: Path) -> str:
    """The fixture's text, undecodable bytes as lone surrogates."""
    return path.read_bytes().decode("utf-8", "surrogateescape")
