"""The order of the tasks in each slot of the merged skeleton: ours', with theirs' moves.

Each slot starts as ours has it: ours' tasks in ours' order, those that do not
stay there (removed, or placed by theirs) kept as tombstones so that positions
stay known. Then every task theirs places (see :mod:`todokit.merging.tasks`)
is put after its *anchor*, the task before it in theirs:

- a task theirs placed already: right after it (a moved or new run stays together);
- a task ours left in place: after it and after what ours added or moved there
  at the same depth or deeper, so both sides' additions are kept, ours first,
  and a new subtask is not pushed under ours' new sibling;
- a task ours moved: only when the new task lies inside a task ours moved (a
  subtask added to a subtree ours moved goes with it); otherwise the next
  task before it is tried, so a new sibling stays where theirs put it.

With no anchor, a task goes to the start of its slot, after ours' additions.
"""

from __future__ import annotations

from collections.abc import Iterator

from todokit.merging.tasks import BOTH, OURS, THEIRS, Side

_HEAD = -1  # the tid of a slot's head node


class Arrangement:
    """Per slot, a linked list of task nodes; each node is one tid at one side's place."""

    def __init__(self, slot_count: int) -> None:
        """Start with ``slot_count`` empty slots."""
        self.tid: list[int] = []
        self.depth: list[int] = []
        self.site: list[str] = []
        self.alive: list[bool] = []
        self.moved: list[bool] = []  # ours' additions and moves, which theirs' tasks go after
        self.next: list[int] = []
        self.heads = [
            self.node(_HEAD, 0, OURS, alive=False, moved=False) for _ in range(slot_count)
        ]
        self._tails = list(self.heads)

    def node(self, tid: int, depth: int, site: str, *, alive: bool, moved: bool) -> int:
        """Create an unlinked node and return its index."""
        self.tid.append(tid)
        self.depth.append(depth)
        self.site.append(site)
        self.alive.append(alive)
        self.moved.append(moved)
        self.next.append(-1)
        return len(self.tid) - 1

    def append(self, slot: int, node: int) -> None:
        """Link ``node`` at the end of ``slot`` (while ours' order is laid out)."""
        self.next[self._tails[slot]] = node
        self._tails[slot] = node

    def insert_after(self, anchor: int, node: int, *, past_ours: bool) -> None:
        """Link ``node`` after ``anchor`` (and after ours' additions there when ``past_ours``)."""
        here = anchor
        if past_ours:
            following = self.next[here]
            while (
                following >= 0
                and self.moved[following]
                and self.depth[following] >= self.depth[node]
            ):
                here, following = following, self.next[following]
        self.next[node] = self.next[here]
        self.next[here] = node

    def walk(self, slot: int) -> Iterator[tuple[int, str]]:
        """Yield ``(tid, site)`` of the live nodes of ``slot``, in order."""
        node = self.next[self.heads[slot]]
        while node >= 0:
            if self.alive[node]:
                yield self.tid[node], self.site[node]
            node = self.next[node]


def _follows(theirs: Side, ours: Side, number: int, placement: dict[int, str]) -> bool:
    """Whether theirs' task ``number`` lies inside a task that ours moved elsewhere."""
    parent = theirs.version.tasks[number].parent
    while parent >= 0:
        tid = theirs.tids[parent]
        mine = ours.of_base[tid] if tid < len(ours.of_base) else -1
        if mine >= 0 and placement[tid] in (OURS, BOTH) and not ours.stable[mine]:
            return True
        parent = theirs.version.tasks[parent].parent
    return False


def arrange(slot_count: int, ours: Side, theirs: Side, placement: dict[int, str]) -> Arrangement:
    """Lay out every slot: ours' order, then theirs' placed tasks after their anchors.

    Complexity: O(tasks), plus the walk back to an anchor over tasks that have none.
    """
    layout = Arrangement(slot_count)
    base_count = len(ours.of_base)
    ours_node: dict[int, int] = {}
    for number, tid in enumerate(ours.tids):
        alive = placement[tid] in (OURS, BOTH)
        task = ours.version.tasks[number]
        node = layout.node(tid, task.depth, OURS, alive=alive, moved=not ours.stable[number])
        layout.append(ours.slots[number], node)
        ours_node[tid] = node
    theirs_node: dict[int, int] = {}
    for number, tid in enumerate(theirs.tids):
        if placement[tid] not in (THEIRS, BOTH):
            continue
        slot = theirs.slots[number]
        depth = theirs.version.tasks[number].depth
        node = layout.node(tid, depth, THEIRS, alive=True, moved=False)
        anchor, past_ours = layout.heads[slot], True
        before = number - 1
        while before >= 0 and theirs.slots[before] == slot:
            other = theirs.tids[before]
            if other in theirs_node:
                anchor, past_ours = theirs_node[other], False
                break
            mine = ours_node.get(other, -1)
            if mine >= 0 and layout.alive[mine]:
                if other >= base_count or ours.stable[ours.of_base[other]]:
                    anchor, past_ours = mine, other < base_count
                    break
                if _follows(theirs, ours, number, placement):
                    anchor, past_ours = mine, False
                    break
            before -= 1
        layout.insert_after(anchor, node, past_ours=past_ours)
        theirs_node[tid] = node
    return layout
