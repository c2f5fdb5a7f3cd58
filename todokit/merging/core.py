"""``merge_lists``: the three-way, task-by-task merge of two versions of a task list.

The steps, each in a module of its own:

1. each version is cut into skeleton lines and task pieces (:mod:`~todokit.merging.elements`);
2. the skeletons merge line by line (:mod:`~todokit.merging.skeleton`);
3. each side's tasks are paired with the base's by identity (:mod:`~todokit.merging.matching`);
4. each task gets a placement and merged lines (:mod:`~todokit.merging.tasks`,
   :mod:`~todokit.merging.content`), each slot an order (:mod:`~todokit.merging.arrange`);
5. the result is put together and checked: resolved for ours, it must parse
   with every task it holds still a task at its line, or :class:`UnsafeMergeError`
   says so and nothing is returned.

A byte order mark and a missing final newline are set apart first and merged
like any other change, so they never make a line differ.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from todokit.document import parse
from todokit.document.lines import BOM, dominant_ending, line_ending, split_lines
from todokit.errors import UnsafeMergeError
from todokit.merging.arrange import Arrangement, arrange
from todokit.merging.content import merge3, merge_task
from todokit.merging.elements import Version, cut
from todokit.merging.matching import pair
from todokit.merging.output import PLAIN, Conflict, Markers, Output
from todokit.merging.skeleton import merge_skeletons
from todokit.merging.tasks import BOTH, THEIRS, Side, place


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What :func:`merge_lists` made.

    Attributes:
        text: The merged list, with git-style conflict markers where the sides disagree.
        conflicts: Every conflict block, in order.

    Examples:
        >>> result = merge_lists("- [ ] a\\n", "- [x] a\\n", "- [ ] a\\n- [ ] b\\n")
        >>> (result.text, result.clean)
        ('- [x] a\\n- [ ] b\\n', True)
    """

    text: str
    conflicts: tuple[Conflict, ...]

    @property
    def clean(self) -> bool:
        """Whether the merge has no conflict."""
        return not self.conflicts


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A version's text with its byte order mark and missing final newline set apart."""

    body: str
    bom: bool
    unended: bool


def _prepare(text: str) -> _Prepared:
    """Set the byte order mark and a missing final newline apart from ``text``."""
    bom = text.startswith(BOM)
    body = text[1:] if bom else text
    unended = bool(body) and not body.endswith(("\n", "\r"))
    if unended:
        body += dominant_ending(split_lines(body))
    return _Prepared(body, bom, unended)


class _Renderer:
    """Writes the tasks of each slot between the skeleton's units, and what to check."""

    def __init__(self, base: Version, sides: tuple[Side, Side], out: Output) -> None:
        """Write into ``out``; ``expected`` gathers the lines where tasks start, for the check."""
        self.base, self.sides, self.out = base, sides, out
        self.expected: list[int] = []  # the lines of the checked text where tasks start
        self.pending: tuple[str, list[str], list[str], str] | None = None

    def flush(self) -> None:
        """Write the conflict block of consecutive tasks moved to two places, if any."""
        if self.pending is not None:
            _site, ours, theirs, text = self.pending
            self.out.conflict(ours, theirs, text, "place")
            self.pending = None

    def _moved_twice(self, site: str, lines: list[str]) -> None:
        """Add a task moved to two places to the conflict block of its site's run."""
        if self.pending is not None and self.pending[0] != site:
            self.flush()
        if self.pending is None:
            self.pending = (site, [], [], lines[0].strip())
        ours, theirs = self.pending[1], self.pending[2]
        if site == THEIRS:
            theirs.extend(lines)
        else:  # ours' lines are what the check reads
            self.expected.append(self.out.checked + len(ours))
            ours.extend(lines)

    def task(self, tid: int, site: str, placement: str) -> None:
        """Write one task at one of its sites."""
        base = self.base.tasks[tid] if tid < len(self.base.tasks) else None
        mine, other = (side.task(tid) for side in self.sides)
        merged = merge_task(base, mine, other)
        source = other if site == THEIRS or mine is None else mine
        assert source is not None  # noqa: S101 - a placed task is on the side that placed it
        if placement == BOTH:
            self._moved_twice(site, list(merged or source.lines))
            return
        self.flush()
        if merged is None:
            assert mine is not None  # noqa: S101 - only a task both sides have can conflict
            assert other is not None  # noqa: S101
            self.expected.append(self.out.checked)
            self.out.conflict(mine.lines, other.lines, mine.lines[0].strip(), "task")
        else:
            self.expected.append(self.out.checked)
            self.out.plain(merged)

    def unit(self, unit: str | tuple[tuple[str, ...], tuple[str, ...]]) -> None:
        """Write one unit of the merged skeleton."""
        self.flush()
        if isinstance(unit, str):
            self.out.plain([unit])
        else:
            first = (unit[0] or unit[1] or ("",))[0]
            self.out.conflict(unit[0], unit[1], first.strip(), "lines")


def _paired(base: Version, side: Version, base_slots: list[int], slots: list[int]) -> list[int]:
    """Pair a side's tasks with the base's (see :func:`~todokit.merging.matching.pair`)."""
    return pair(base, side, base_slots, [slots[task.slot] for task in side.tasks])


def _check(out: Output, expected: Sequence[int]) -> None:
    """Refuse a result whose tasks do not parse as tasks where they were put, or gained tasks.

    A task's depth may differ from either side's (its parent was removed on
    one side); what must hold is that it is still a task, not code or a
    paragraph's lazy line, and that no other line became one.
    """
    tasks = parse(out.checked_text()).tasks
    found = {task.start for task in tasks}
    if len(tasks) != len(expected) or not found.issuperset(expected):
        raise UnsafeMergeError("the merged list does not parse as the tasks put into it")


def merge_lists(
    base: str,
    ours: str,
    theirs: str,
    *,
    marker_size: int = 7,
    labels: tuple[str, str] = ("ours", "theirs"),
) -> MergeResult:
    """Merge two versions of a task list task by task, three ways.

    Tasks are paired by identity (see :mod:`todokit.merging.matching`), so a
    status change, an edit or a move on one side applies; additions on both
    sides are all kept, each where its side put it; a removal applies unless
    the other side changed that task; lines outside tasks merge line by line;
    what no side changed stays byte for byte. Only a task changed two different
    ways (or moved to two places, or lines changed two ways) is a conflict,
    marked git-style around that task alone.

    Args:
        base: The common ancestor's text.
        ours: Our side's text (git's ``%A``).
        theirs: Their side's text (git's ``%B``).
        marker_size: The length of the conflict markers (git's ``%L``).
        labels: The names after the ``<<<<<<<`` and ``>>>>>>>`` markers.

    Returns:
        The merged text and its conflicts.

    Raises:
        UnsafeMergeError: The result would not parse as the tasks put into it
            (for example a task that lands inside a code fence); merge by
            lines instead.

    Complexity: O(n log n) in the size of the lists.

    Examples:
        >>> base = "# Todo\\n- [ ] a\\n- [ ] b\\n"
        >>> ours, theirs = base.replace("[ ] a", "[x] a"), base + "- [ ] c\\n"
        >>> result = merge_lists(base, ours, theirs)
        >>> print(result.text, end="")
        # Todo
        - [x] a
        - [ ] b
        - [ ] c
        >>> result.clean
        True
    """
    prepared = [_prepare(text) for text in (base, ours, theirs)]
    versions = [cut(p.body) for p in prepared]
    skeleton = merge_skeletons(*(version.skeleton for version in versions))
    base_slots = [skeleton.slots[0][task.slot] for task in versions[0].tasks]
    mine, other = (
        Side(
            versions[n],
            _paired(versions[0], versions[n], base_slots, skeleton.slots[n]),
            skeleton.slots[n],
            base_slots,
        )
        for n in (1, 2)
    )
    sides = (mine, other)
    placement = place(versions[0], mine, other, base_slots)
    layout: Arrangement = arrange(len(skeleton.units) + 1, mine, other, placement)
    newline = dominant_ending(split_lines(prepared[1].body or prepared[0].body))
    out = Output(Markers(newline, marker_size, *labels))
    render = _Renderer(versions[0], sides, out)
    for slot in range(len(skeleton.units) + 1):
        for tid, site in layout.walk(slot):
            render.task(tid, site, placement[tid])
        if slot < len(skeleton.units):
            render.unit(skeleton.units[slot])
    render.flush()
    _check(out, render.expected)
    text = out.text()
    bom, _ = merge3(*(p.bom for p in prepared))
    unended, _ = merge3(*(p.unended for p in prepared))
    if unended and out.tags and out.tags[-1] == PLAIN:
        text = text[: len(text) - len(line_ending(out.lines[-1]))]
    return MergeResult(BOM + text if bom else text, tuple(out.conflicts))
