"""Hypothesis strategies for merges: a base list and sides edited from it as agents edit.

:func:`edited` applies one to four random edits to a base: a status change, a
reworded task, a removed subtree, a new task, or a top-level subtree moved
elsewhere. :func:`line_edits` changes the first lines of chosen tasks only
(status or wording), as pairs of line index and new line, so that two sets of
them can be applied to one base together.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "arrange"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "document"))

from arrange_strategies import task_lists
from doc_strategies import documents

from todokit.document import Document, Item, parse
from todokit.document.lines import line_ending

MARKERS = (" ", "x", "/", "-")
BASES = st.one_of(task_lists(), task_lists(), documents())
"""Mostly realistic task lists, sometimes any Markdown the document grammar makes."""


def _ended(lines: list[str], newline: str) -> list[str]:
    """``lines`` with an ending on the last one, so more can follow."""
    if lines and not line_ending(lines[-1]):
        lines[-1] += newline
    return lines


def status_line(doc: Document, task: Item, marker: str) -> tuple[int, str]:
    """Return (line index, new line) setting ``task``'s checkbox to ``marker``."""
    position = task.marker_position
    assert position is not None
    row, column = position
    line = doc.lines[row]
    offset = 1 if row == 0 and line.startswith("\ufeff") else 0
    return row, line[: column + offset] + marker + line[column + offset + 1 :]


def reworded_line(doc: Document, task: Item, word: str) -> tuple[int, str]:
    """Return (line index, new line) appending ``word`` to the checkbox line of ``task``."""
    position = task.marker_position
    assert position is not None
    line = doc.lines[position[0]]
    ending = line_ending(line)
    return position[0], line[: len(line) - len(ending)] + f" {word}" + ending


@st.composite
def edited(draw: st.DrawFn, base: str) -> str:
    """One to four edits of ``base``, each on the list the previous one left."""
    text = base
    for step in range(draw(st.integers(1, 4))):
        doc = parse(text)
        lines, newline = list(doc.lines), doc.newline
        kind = draw(st.sampled_from(("status", "reword", "remove", "add", "move")))
        tops = [t for t in doc.tasks if t.depth == 0 and not t.quoted]
        if kind in ("status", "reword", "remove") and doc.tasks:
            task = draw(st.sampled_from(doc.tasks))
            if kind == "status":
                row, line = status_line(doc, task, draw(st.sampled_from(MARKERS)))
                lines[row] = line
            elif kind == "reword":
                row, line = reworded_line(doc, task, f"w{step}")
                lines[row] = line
            else:
                del lines[task.start : task.end]
        elif kind == "move" and tops:
            task = draw(st.sampled_from(tops))
            block = _ended(lines[task.start : task.end], newline)
            del lines[task.start : task.end]
            rest = parse("".join(lines))
            targets = [t.end for t in rest.tasks if t.depth == 0 and not t.quoted]
            at = draw(st.sampled_from([*targets, len(lines)]))
            lines[at:at] = block
            if at:
                lines[at - 1] = _ended([lines[at - 1]], newline)[0]
        else:
            targets = [t.end for t in tops]
            at = draw(st.sampled_from([*targets, len(lines)]))
            if at:
                lines[at - 1] = _ended([lines[at - 1]], newline)[0]
            lines.insert(at, f"- [ ] added {step} {draw(st.integers(0, 9))}{newline}")
        text = "".join(lines)
    return text


@st.composite
def line_edits(draw: st.DrawFn, doc: Document, tasks: list[Item]) -> dict[int, str]:
    """A status change or a rewording of each of ``tasks``, as {line index: new line}."""
    changes: dict[int, str] = {}
    for task in tasks:
        if draw(st.booleans()):
            row, line = status_line(doc, task, draw(st.sampled_from(MARKERS)))
        else:
            row, line = reworded_line(doc, task, f"r{draw(st.integers(0, 99))}")
        changes[row] = line
    return changes
