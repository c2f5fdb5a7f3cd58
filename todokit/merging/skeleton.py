"""The three-way merge of the lines outside tasks, line by line.

Each side's changes to the base are *hunks*: a range of base lines and the
lines that replace it. Hunks of the two sides that touch no common base line
both apply, so edits to different lines never conflict; two insertions at the
same place are both kept, ours first (once when they are equal); the same
change on both sides applies once. Only hunks that change a common base line
two different ways become a conflict block.

The merge also says where each version's *slots* (the places between two
skeleton lines, where tasks sit) end up in the result, so that tasks can be
put back between the merged lines.

Examples:
    >>> merged = merge_skeletons(["# A\\n", "x\\n"], ["# A!\\n", "x\\n"], ["# A\\n", "y\\n"])
    >>> merged.units
    ['# A!\\n', 'y\\n']
    >>> merged.slots[1]  # ours' slot after its first line is after the first unit
    [0, 1, 2]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from todokit.merging.diff import align

Unit = str | tuple[tuple[str, ...], tuple[str, ...]]
"""One line, or a conflict: (ours' lines, theirs' lines)."""


@dataclass(frozen=True, slots=True)
class Hunk:
    """A side's change: base lines ``start:end`` become ``lines`` (side lines from ``at``)."""

    side: int
    start: int
    end: int
    lines: tuple[str, ...]
    at: int


@dataclass(slots=True)
class SkeletonMerge:
    """The merged skeleton and where each version's slots land in it.

    Attributes:
        units: The merged lines; a conflict is one unit.
        slots: For the base, ours and theirs, per slot (0 to the number of
            lines), the slot of ``units`` it maps to.
    """

    units: list[Unit] = field(default_factory=list)
    slots: list[list[int]] = field(default_factory=list)


def hunks(side: int, paired: Sequence[int], lines: Sequence[str]) -> list[Hunk]:
    """Return the hunks of one side from its alignment with the base (see :func:`align`)."""
    found: list[Hunk] = []
    last_base = last_side = -1
    for base in range(len(paired) + 1):
        other = paired[base] if base < len(paired) else len(lines)
        if other < 0:
            continue
        if base - last_base > 1 or other - last_side > 1:
            start, at = last_base + 1, last_side + 1
            found.append(Hunk(side, start, base, tuple(lines[at:other]), at))
        last_base, last_side = base, other
    return found


def _touch(first: Hunk, second: Hunk) -> bool:
    """Whether two hunks change a common base line, or insert at the same place or inside."""
    if first.start == first.end and second.start == second.end:
        return first.start == second.start
    if first.start == first.end:
        return second.start < first.start < second.end
    if second.start == second.end:
        return first.start < second.start < first.end
    return first.start < second.end and second.start < first.end


def _clusters(found: list[Hunk]) -> list[list[Hunk]]:
    """Group hunks (both sides, sorted) into runs that touch one another."""
    groups: list[list[Hunk]] = []
    for hunk in sorted(found, key=lambda h: (h.start, h.end, h.side)):
        group = groups[-1] if groups else None
        if group is not None and any(_touch(hunk, other) for other in group):
            group.append(hunk)
        else:
            groups.append([hunk])
    return groups


def _version(base: Sequence[str], group: list[Hunk], side: int) -> list[str]:
    """Return one side's lines for the base range a conflicting group covers."""
    start = min(h.start for h in group)
    end = max(h.end for h in group)
    own = {h.start: h for h in group if h.side == side}
    lines: list[str] = []
    index = start
    while index <= end:
        hunk = own.get(index)
        if hunk is not None:
            lines.extend(hunk.lines)
            if hunk.end > index:
                index = hunk.end
                continue
        if index < end:
            lines.append(base[index])
        index += 1
    return lines


class _Builder:
    """Emits units and records, per version, the slot after each of its lines."""

    def __init__(self, sizes: Sequence[int]) -> None:
        """Start with no units, and the slot after every line of base, ours and theirs at 0."""
        self.units: list[Unit] = []
        self.after = [[0] * size for size in sizes]  # base, ours, theirs

    def place(self, side: int, hunk: Hunk, offset: int) -> None:
        """Record that ``hunk``'s lines are the units from ``offset`` on."""
        for k in range(len(hunk.lines)):
            self.after[side][hunk.at + k] = offset + k + 1
        for base in range(hunk.start, hunk.end):
            self.after[0][base] = offset + min(base - hunk.start + 1, len(hunk.lines))

    def apply(self, base: Sequence[str], group: list[Hunk]) -> None:
        """Emit one group of hunks: one side's, both (once or ours first), or a conflict."""
        offset = len(self.units)
        sides = {hunk.side for hunk in group}
        first = group[0]
        same = len(group) == 2 and (group[0].start, group[0].end, group[0].lines) == (
            group[1].start,
            group[1].end,
            group[1].lines,
        )
        inserts = all(h.start == h.end for h in group)
        if len(sides) == 1 or same:
            self.units.extend(first.lines)
            for hunk in group:
                self.place(hunk.side + 1, hunk, offset)
        elif inserts:  # both sides added lines at one place: keep both, ours first
            ours = next(h for h in group if h.side == 0)
            theirs = next(h for h in group if h.side == 1)
            self.units.extend((*ours.lines, *theirs.lines))
            self.place(1, ours, offset)
            self.place(2, theirs, offset + len(ours.lines))
        else:
            self.units.append((tuple(_version(base, group, 0)), tuple(_version(base, group, 1))))
            for hunk in group:  # every slot inside a conflict goes after it
                for k in range(len(hunk.lines)):
                    self.after[hunk.side + 1][hunk.at + k] = offset + 1
            for index in range(min(h.start for h in group), max(h.end for h in group)):
                self.after[0][index] = offset + 1


def merge_skeletons(
    base: Sequence[str], ours: Sequence[str], theirs: Sequence[str]
) -> SkeletonMerge:
    """Merge three versions of the skeleton lines: return the units and the three slot maps.

    ``ours`` is the file git merges into, ``theirs`` the branch being merged.

    Complexity: that of :func:`~todokit.merging.diff.align`, then linear.
    """
    paired = (align(base, ours), align(base, theirs))
    found = hunks(0, paired[0], ours) + hunks(1, paired[1], theirs)
    build = _Builder((len(base), len(ours), len(theirs)))
    index = 0
    for group in _clusters(found):
        start = min(h.start for h in group)
        while index < start:
            build.units.append(base[index])
            build.after[0][index] = len(build.units)
            index += 1
        build.apply(base, group)
        index = max(index, *(h.end for h in group))
    while index < len(base):
        build.units.append(base[index])
        build.after[0][index] = len(build.units)
        index += 1
    for side, pairs in ((1, paired[0]), (2, paired[1])):
        for base_line, line in enumerate(pairs):
            if line >= 0:
                build.after[side][line] = build.after[0][base_line]
    slots = [[0, *after] for after in build.after]
    return SkeletonMerge(build.units, slots)
