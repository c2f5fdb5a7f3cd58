"""What a merge writes: lines tagged with where they come from, and conflict blocks.

A merge builds its result as an :class:`Output`: every line is tagged as plain,
as the ours or theirs part of a conflict, or as a conflict marker. The same
lines give the text to write (all of them) and the text the safety check
parses (plain and ours lines: the result as it reads once every conflict is
resolved for ours), without building either twice.

Examples:
    >>> out = Output(Markers("\\n"))
    >>> out.plain(["a\\n"])
    >>> out.conflict(["b\\n"], ["c\\n"], "b")
    >>> out.text().splitlines()
    ['a', '<<<<<<< ours', 'b', '=======', 'c', '>>>>>>> theirs']
    >>> out.checked_text()
    'a\\nb\\n'
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

PLAIN, OURS, THEIRS, MARKER = range(4)


@dataclass(frozen=True, slots=True)
class Conflict:
    """One place where the two sides disagree, marked git-style in the result.

    Attributes:
        kind: ``"task"`` (a task changed two different ways), ``"place"`` (a
            task moved to two different places: marked at both) or ``"lines"``
            (lines outside tasks changed two different ways).
        line: The 1-based line of its ``<<<<<<<`` marker in the result.
        text: What it is about: the first line of the task or of the lines.

    Examples:
        >>> from todokit.merging import merge_lists
        >>> merge_lists("- [ ] a\\n", "- [x] a\\n", "- [-] a\\n").conflicts
        (Conflict(kind='task', line=1, text='- [x] a'),)
    """

    kind: str
    line: int
    text: str


@dataclass(frozen=True, slots=True)
class Markers:
    """The conflict marker lines: git's, ``size`` characters long, with labels."""

    newline: str
    size: int = 7
    ours: str = "ours"
    theirs: str = "theirs"

    def start(self) -> str:
        """Return the line that opens a conflict (``<<<<<<< ours``)."""
        return f"{'<' * self.size} {self.ours}{self.newline}"

    def middle(self) -> str:
        """Return the line between the two sides (``=======``)."""
        return f"{'=' * self.size}{self.newline}"

    def end(self) -> str:
        """Return the line that closes a conflict (``>>>>>>> theirs``)."""
        return f"{'>' * self.size} {self.theirs}{self.newline}"


@dataclass(slots=True)
class Output:
    """The lines of a merge result as they are produced, with their tags."""

    markers: Markers
    lines: list[str] = field(default_factory=list)
    tags: list[int] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    checked: int = 0  # how many lines the checked text has so far

    def plain(self, lines: Sequence[str]) -> None:
        """Append lines that are not part of any conflict."""
        self.lines.extend(lines)
        self.tags.extend([PLAIN] * len(lines))
        self.checked += len(lines)

    def conflict(
        self, ours: Sequence[str], theirs: Sequence[str], text: str, kind: str = "lines"
    ) -> None:
        """Append a conflict block: a marker, ours, a marker, theirs, a marker."""
        self.conflicts.append(Conflict(kind, len(self.lines) + 1, text))
        self.lines.append(self.markers.start())
        self.tags.append(MARKER)
        self.lines.extend(ours)
        self.tags.extend([OURS] * len(ours))
        self.checked += len(ours)
        self.lines.append(self.markers.middle())
        self.tags.append(MARKER)
        self.lines.extend(theirs)
        self.tags.extend([THEIRS] * len(theirs))
        self.lines.append(self.markers.end())
        self.tags.append(MARKER)

    def text(self) -> str:
        """Return the whole result, conflict blocks included."""
        return "".join(self.lines)

    def checked_text(self) -> str:
        """Return the result with every conflict resolved for ours (what the check parses)."""
        return "".join(
            line for line, tag in zip(self.lines, self.tags, strict=True) if tag < THEIRS
        )
