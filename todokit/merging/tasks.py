"""The tasks of a merge: one identity each, whether it stays, and where it goes.

Every task of the three versions gets a *tid*: a base task keeps its number,
and a side's task paired with it (see :mod:`todokit.merging.matching`) shares
it; a new task gets a tid of its own, except that a task both sides added the
same way in the same place is one task. Then each tid gets a *placement*:

- ``"ours"``: it stands where ours puts it;
- ``"theirs"``: theirs placed it (moved it, added it, or kept it when ours removed it);
- ``"both"``: the sides moved it to two different places, a conflict marked at both;
- ``"gone"``: it is removed.

A removal applies unless the other side changed the task or anything inside
it (its lines, its subtasks, a new subtask); when it does not apply, the
whole removed subtree stays. A move is no change: a task one side only moved
and the other removed is removed. A side *moved* a task when it put it in
another slot of the merged skeleton, or out of the longest run of tasks it
kept in the base's order within its slot.
"""

from __future__ import annotations

from collections import defaultdict

from todokit.merging.diff import increasing
from todokit.merging.elements import Task, Version

OURS, THEIRS, BOTH, GONE = "ours", "theirs", "both", "gone"


class Side:
    """One side of the merge as the placement sees it: its tasks' tids, slots and stability."""

    def __init__(
        self, version: Version, paired: list[int], slots: list[int], base_slots: list[int]
    ) -> None:
        """Record, per task of ``version``, its merged slot and whether it kept its place."""
        self.version = version
        self.paired = paired
        self.slots = [slots[task.slot] for task in version.tasks]
        self.tids: list[int] = []
        self.number_of: dict[int, int] = {}
        self.of_base = [-1] * len(base_slots)
        for number, base in enumerate(paired):
            if base >= 0:
                self.of_base[base] = number
        self.stable = [False] * len(version.tasks)
        groups: defaultdict[int, list[int]] = defaultdict(list)
        for number, base in enumerate(paired):
            if base >= 0 and base_slots[base] == self.slots[number]:
                groups[self.slots[number]].append(number)
        for numbers in groups.values():
            for position in increasing([paired[number] for number in numbers]):
                self.stable[numbers[position]] = True

    def task(self, tid: int) -> Task | None:
        """Return this side's task ``tid``, or None when it has none."""
        number = self.number_of.get(tid)
        return None if number is None else self.version.tasks[number]

    def changed(self, base: Version, tid: int) -> bool:
        """Whether this side changed base task ``tid`` or anything inside it."""
        number = self.of_base[tid]
        return self.version.subtree_text(number) != base.subtree_text(tid)


def _unify(base_count: int, ours: Side, theirs: Side) -> None:
    """Give the sides' tids; a task both added alike, in one slot, is one task."""
    ours.tids = [base if base >= 0 else base_count + n for n, base in enumerate(ours.paired)]
    waiting: defaultdict[tuple[str, str, int], list[int]] = defaultdict(list)
    for task in reversed(ours.version.tasks):
        if ours.paired[task.number] < 0:
            waiting[task.context_key, task.text, ours.slots[task.number]].append(task.number)
    offset = base_count + len(ours.version.tasks)
    for task in theirs.version.tasks:
        base = theirs.paired[task.number]
        if base >= 0:
            theirs.tids.append(base)
            continue
        queue = waiting.get((task.context_key, task.text, theirs.slots[task.number]))
        theirs.tids.append(base_count + queue.pop() if queue else offset + task.number)
    for side in (ours, theirs):
        side.number_of = {tid: number for number, tid in enumerate(side.tids)}


def _kept(base: Version, remover: Side, keeper: Side) -> list[bool]:
    """Per base task that ``remover`` removed and ``keeper`` kept, whether it stays."""
    stays = [False] * len(base.tasks)
    for task in base.tasks:
        if remover.of_base[task.number] < 0 and keeper.of_base[task.number] >= 0:
            parent = task.parent
            inherited = parent >= 0 and remover.of_base[parent] < 0 and stays[parent]
            stays[task.number] = inherited or keeper.changed(base, task.number)
    return stays


def place(base: Version, ours: Side, theirs: Side, base_slots: list[int]) -> dict[int, str]:
    """Return the placement of every tid (see the module docstring)."""
    _unify(len(base.tasks), ours, theirs)
    placement: dict[int, str] = {}
    kept_by_ours, kept_by_theirs = _kept(base, theirs, ours), _kept(base, ours, theirs)
    for task in base.tasks:
        tid = task.number
        mine, other = ours.of_base[tid], theirs.of_base[tid]
        if mine < 0 or other < 0:
            kept = kept_by_ours[tid] if other < 0 else kept_by_theirs[tid]
            placement[tid] = GONE if not kept else (OURS if other < 0 else THEIRS)
            continue
        home, mine_slot, other_slot = base_slots[tid], ours.slots[mine], theirs.slots[other]
        if mine_slot == home and other_slot == home:
            moved_by_theirs = ours.stable[mine] and not theirs.stable[other]
            placement[tid] = THEIRS if moved_by_theirs else OURS
        elif mine_slot == home:
            placement[tid] = THEIRS
        elif other_slot in (home, mine_slot):
            placement[tid] = OURS
        else:
            placement[tid] = BOTH
    for tid in ours.tids:
        placement.setdefault(tid, OURS)
    for tid in theirs.tids:
        placement.setdefault(tid, THEIRS)
    return placement
