r"""The memory of one parking: what it removed from the home, and how to find the places again.

:class:`Homes` holds one :class:`Range` per run of lines parking took out of
the home document, how the "Out of scope" section was set off, and the hash
of the text parking wrote; :mod:`todokit.arrange.homes` rebuilds the home
from it. It is plain data, saved as JSON beside the todo file.

Examples:
    >>> homes = Homes((Range(("- [ ] a\n",), ((0, "k", 1),), 0, None, 0, 0),), written="h")
    >>> Homes.from_json(homes.to_json()) == homes
    True
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from todokit.arrange.header import header_span
from todokit.arrange.placement import former_section
from todokit.document import Document, Item
from todokit.document.identity import content_hash, folded_hash
from todokit.document.outline import name_key


@dataclass(frozen=True, slots=True)
class Range:
    """A run of lines parking took out of the home document.

    Attributes:
        lines: The lines, as they were.
        items: ``(offset in lines, block key, line count)`` of each parked block in it
            (see :func:`memory_key`).
        at: Where it goes back, as a line index of the list without the parked work.
        anchor: The nearest kept non-blank line before it (None: the start).
        nth: Which occurrence of ``anchor`` among the kept lines it is.
        gap: How many kept lines lie between the anchor and the range.
    """

    lines: tuple[str, ...]
    items: tuple[tuple[int, str, int], ...]
    at: int
    anchor: str | None
    nth: int
    gap: int


@dataclass(frozen=True, slots=True)
class Homes:
    """The memory of one parking: its ranges, how the section was set off, what was written.

    Attributes:
        ranges: The removed ranges, in document order.
        gap_before: Whether a blank line was added before the "Out of scope" heading.
        written: Hash of the text that parking produced (``""`` when unknown).
        final_newline: Whether the home's last line ended with a line ending.
        inserted: ``(line, count)``: the lines parking added to what it kept.
    """

    ranges: tuple[Range, ...] = ()
    gap_before: bool = False
    written: str = ""
    final_newline: bool = True
    inserted: tuple[int, int] = (0, 0)

    def to_json(self) -> dict[str, Any]:
        """Return the memory as JSON-ready data."""
        return {
            "version": 1,
            "written": self.written,
            "gap_before": self.gap_before,
            "final_newline": self.final_newline,
            "inserted": list(self.inserted),
            "ranges": [
                {
                    "lines": list(r.lines),
                    "items": [list(item) for item in r.items],
                    "at": r.at,
                    "anchor": r.anchor,
                    "nth": r.nth,
                    "gap": r.gap,
                }
                for r in self.ranges
            ],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Homes:
        """Read a memory written by :meth:`to_json`.

        Raises:
            ValueError: The data is not such a memory (callers then use none).
        """
        try:
            ranges = tuple(
                Range(
                    tuple(str(line) for line in r["lines"]),
                    tuple((int(o), str(i), int(n)) for o, i, n in r["items"]),
                    int(r["at"]),
                    None if r["anchor"] is None else str(r["anchor"]),
                    int(r["nth"]),
                    int(r["gap"]),
                )
                for r in data["ranges"]
            )
            gap, written = bool(data["gap_before"]), str(data["written"])
            at, count = (int(n) for n in data.get("inserted", (0, 0)))
            return cls(ranges, gap, written, bool(data.get("final_newline", True)), (at, count))
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"not a parking memory: {error}") from None


def text_hash(doc: Document) -> str:
    """Return the hash :attr:`Homes.written` holds for ``doc``: that of its rendered text.

    It is worked out line by line, never from the whole text at once.
    """
    return folded_hash(doc.lines) + f"-{sum(map(len, doc.lines))}"


def memory_key(item: Item) -> str:
    """What a parked block is known by in a memory: its text whatever its status, and its group.

    Within one group parked blocks keep their order, so equal keys are told
    apart by their order.
    """
    return f"{content_hash(item.source_text)}:{name_key(former_section(item) or '')}"


def anchor_key(content: str) -> str:
    """A line as an anchor: a checkbox counts as open, so a status change keeps the place."""
    return _CHECKBOX.sub(r"\1[ ]", content, count=1)


_CHECKBOX = re.compile(r"^(\s*(?:[-*+]|\d{1,9}[.)])\s+)\[[^\]]\]")


def runs(removed: Sequence[bool]) -> list[tuple[int, int]]:
    """Return the contiguous runs of removed lines, as ``(start, end)``."""
    runs: list[tuple[int, int]] = []
    for index, gone in enumerate(removed):
        if gone:
            if runs and runs[-1][1] == index:
                runs[-1] = (runs[-1][0], index + 1)
            else:
                runs.append((index, index + 1))
    return runs


def ranges_of(
    home: Document, removed: Sequence[bool], leaving: Sequence[Item]
) -> tuple[Range, ...]:
    """The memory of every run of lines a parking removes: its lines, blocks, place and anchor."""
    header = header_span(home)
    starts = {item.start: item for item in leaving}
    seen: Counter[str] = Counter()
    anchor: tuple[str, int] | None = None
    gap = kept = 0
    ranges = []
    run_start = -1
    for index, line in enumerate([*home.lines, None]):
        gone = line is not None and removed[index]
        if gone and run_start < 0:
            run_start = index
        if not gone and run_start >= 0:
            lines = tuple(home.lines[run_start:index])
            items = tuple(
                (start - run_start, memory_key(starts[start]), starts[start].end - start)
                for start in range(run_start, index)
                if start in starts
            )
            text, nth = anchor if anchor else (None, 0)
            ranges.append(Range(lines, items, kept, text, nth, gap))
            run_start = -1
        if line is None or gone:
            continue
        kept += 1
        content = anchor_key(home.content(index))
        if content.strip() and not (header and header[0] <= index < header[1]):
            anchor = (content, seen[content])
            seen[content] += 1
            gap = 0
        else:
            gap += 1
    return tuple(ranges)
