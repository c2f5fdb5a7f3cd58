"""Reading the rows of the Guarantees page (``docs/guarantees.md``), which the tests hold to.

Every table of the page whose header is ``| Row | Input | Outcome | Message | Exit |`` lists
inputs. A row's id is its first cell in backticks, its outcome begins with ``accepted`` or
``refused``, its message is a code span in which ``…`` stands for any text (``—``: nothing is
printed), and its exit code is a number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

PAGE = Path(__file__).resolve().parents[2] / "docs" / "guarantees.md"
HEADER = ["Row", "Input", "Outcome", "Message", "Exit"]
_CELL_SPLIT = re.compile(r"(?<!\\)\|")


@dataclass(frozen=True)
class Row:
    """One input of the page: what todokit does with it."""

    id: str
    section: str
    accepted: bool
    message: str | None  # None: nothing printed
    exit: int

    def pattern(self) -> re.Pattern[str]:
        """The message as a pattern: ``…`` matches any text, everything else itself."""
        assert self.message is not None
        return re.compile(".*".join(re.escape(part) for part in self.message.split("…")))


def cells(line: str) -> list[str]:
    """The cells of a table line, ``\\|`` read as a pipe."""
    inner = line.strip().removeprefix("|").removesuffix("|")
    return [cell.strip().replace("\\|", "|") for cell in _CELL_SPLIT.split(inner)]


def code_span(cell: str) -> str:
    """The text of a cell that is one code span (single or double backticks)."""
    ticks = "``" if cell.startswith("``") else "`"
    assert cell.startswith(ticks) and cell.endswith(ticks), f"not one code span: {cell}"
    inner = cell[len(ticks) : -len(ticks)]
    return inner.strip() if ticks == "``" else inner


def read_rows(text: str) -> dict[str, Row]:
    """Every input row of the page's tables, by id; fails on a malformed or repeated row."""
    rows: dict[str, Row] = {}
    section, in_table = "", False
    for line in text.splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        if not line.startswith("|"):
            in_table = False
            continue
        values = cells(line)
        if values == HEADER:
            in_table = True
            continue
        if not in_table or set(line) <= set("|-: "):
            continue
        assert len(values) == len(HEADER), f"a row needs {len(HEADER)} cells: {line}"
        row_id, _input, outcome, message, code = values
        word = re.sub(r"[^a-z].*", "", outcome.lower())
        assert word in ("accepted", "refused"), f"outcome must say accepted or refused: {line}"
        row = Row(
            id=code_span(row_id),
            section=section,
            accepted=word == "accepted",
            message=None if message == "—" else code_span(message),
            exit=int(code),
        )
        assert row.id not in rows, f"row {row.id} is listed twice"
        rows[row.id] = row
    return rows


def page_rows() -> dict[str, Row]:
    """The rows of ``docs/guarantees.md``."""
    return read_rows(PAGE.read_text(encoding="utf-8"))
