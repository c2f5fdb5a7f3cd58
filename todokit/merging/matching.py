"""Which task of one version is which task of another: identity without the checkbox.

A task is known by what it says, as :attr:`todokit.Item.id` is: a hash of its
text after the checkbox, white space folded. The checkbox, the place and the
notes are left out, so a status change, a move or a new note keeps the
identity. Rounds of looser and looser keys pair the tasks of the base with
those of a side, each round the k-th left over with the k-th:

1. the same text under the same headings and the same enclosing items (so two
   "Write tests" in two sections stay apart), first in the same slot of the
   merged skeleton and next to the same tasks;
2. the same text and depth under the same headings (its parent was reworded);
3. the same text and depth anywhere, then the same text anywhere (a task
   moved to another section or parent);
4. an edited text: a task left over on each side, after the same paired
   task, or else before the same paired task, whose texts are alike (difflib
   ratio of at least 0.6).

Examples:
    >>> from todokit.merging.elements import cut
    >>> base = cut("## A\\n- [ ] ship it\\n- [ ] write docs\\n")
    >>> side = cut("## B\\n- [x] ship it\\n## A\\n- [ ] write the docs\\n")
    >>> pair(base, side, [1, 1], [1, 3])
    [0, 1]
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher

from todokit.merging.elements import Task, Version

SIMILAR = 0.6
"""How alike two texts must be (difflib's ratio) for the third round to pair them."""

_WINDOW = 8  # how many leftover tasks of the side each leftover base task is compared with


def pair(
    base: Version, side: Version, base_slots: Sequence[int], side_slots: Sequence[int]
) -> list[int]:
    """Pair the tasks of ``side`` with those of ``base``.

    Args:
        base: The common ancestor's tasks and skeleton.
        side: One side of the merge.
        base_slots: Per base task, its slot in the merged skeleton.
        side_slots: Per side task, its slot in the merged skeleton.

    Returns:
        Per task of ``side``, the number of its base task, or -1 for a new task.

    Complexity: O(tasks), plus a few text comparisons per task left over after the keys.

    Examples:
        >>> from todokit.merging.elements import cut
        >>> base = cut("- [ ] ship it\\n- [ ] write docs\\n")
        >>> pair(base, cut("- [ ] new\\n- [x] ship it\\n"), [0, 0], [0, 0])
        [-1, 0]
    """
    paired = [-1] * len(side.tasks)
    taken = [False] * len(base.tasks)
    base_keys, side_keys = _keys(base.tasks, base_slots), _keys(side.tasks, side_slots)
    for round_keys in zip(base_keys, side_keys, strict=True):
        if all(number >= 0 for number in paired):
            break
        _by_key(round_keys, paired, taken)
    _edited(base.tasks, side.tasks, paired, taken, backwards=False)
    _edited(base.tasks, side.tasks, paired, taken, backwards=True)
    return paired


def _keys(tasks: Sequence[Task], slots: Sequence[int]) -> list[list[str]]:
    """Return, per round, every task's key: the strictest first.

    The first rounds add the task's merged slot and the texts of the tasks
    next to it to the context, so that twins (equal text under equal headings,
    as in two sections of one name) pair with the twin that stands where they do.
    """
    near = [task.text_key for task in tasks]
    before = ["", *near][: len(near)]
    after = [*near[1:], ""][: len(near)]
    context = [f"{task.context_key} {slots[task.number]}" for task in tasks]
    return [
        [f"{c} {b} {a}" for c, b, a in zip(context, before, after, strict=True)],
        [f"{c} {a}" for c, a in zip(context, after, strict=True)],
        [f"{c} {b}" for c, b in zip(context, before, strict=True)],
        context,
        [task.context_key for task in tasks],
        [f"{task.section_key} {task.depth} {task.text_key}" for task in tasks],
        [f"{task.depth} {task.text_key}" for task in tasks],
        near,
    ]


def _by_key(keys: tuple[list[str], list[str]], paired: list[int], taken: list[bool]) -> None:
    """Pair the k-th unpaired side task having a key with the k-th such base task."""
    base_keys, side_keys = keys
    waiting: defaultdict[str, deque[int]] = defaultdict(deque)
    for number, key in enumerate(base_keys):
        if not taken[number]:
            waiting[key].append(number)
    for number, key in enumerate(side_keys):
        if paired[number] < 0:
            queue = waiting.get(key)
            if queue:
                match = queue.popleft()
                paired[number] = match
                taken[match] = True


def _buckets(
    tasks: Sequence[Task], paired_to: Callable[[int], int], *, backwards: bool
) -> dict[int, list[int]]:
    """Group unpaired tasks by the base number of the nearest paired task before (after) them."""
    buckets: defaultdict[int, list[int]] = defaultdict(list)
    last = -1
    for task in reversed(tasks) if backwards else tasks:
        other = paired_to(task.number)
        if other >= 0:
            last = other
        else:
            buckets[last].append(task.number)
    return buckets


def _alike(first: str, second: str) -> bool:
    """Return whether two task texts are alike enough to be one task, edited."""
    matcher = SequenceMatcher(None, first, second, autojunk=False)
    return matcher.real_quick_ratio() >= SIMILAR and matcher.ratio() >= SIMILAR


def _edited(
    base: Sequence[Task],
    side: Sequence[Task],
    paired: list[int],
    taken: list[bool],
    *,
    backwards: bool,
) -> None:
    """Round 4: pair leftover tasks next to the same paired task that read alike."""
    base_of = _buckets(base, lambda number: number if taken[number] else -1, backwards=backwards)
    side_of = _buckets(side, lambda number: paired[number], backwards=backwards)
    for anchor, leftovers in base_of.items():
        candidates = side_of.get(anchor, [])
        start = 0
        for number in leftovers:
            text = base[number].text
            for offset, candidate in enumerate(candidates[start : start + _WINDOW]):
                if _alike(text, side[candidate].text):
                    paired[candidate] = number
                    taken[number] = True
                    start += offset + 1
                    break
