r"""Sorting every list of a document for the task at hand, where order means nothing yet.

Within each list (never across lists or sections) siblings are stably sorted
by: status group (in progress; then open, deferred and other; then done and
cancelled), priority rank, clear relevance to the task (a score of at least
:data:`CLEAR` first, when scores are given), due date (earliest first, none
last), and then the author's order. A subtree moves with its parent, every
moved line keeps its bytes, and sorting twice equals sorting once.

Some lists keep the order their author gave them, always:

* a list with no task in it (notes, a "Done so far" log);
* a numbered list (moving ``4.`` after a paragraph would even make it text);
* a list of steps: items that start ``Step 2``, ``Phase 1:``, ``1)``, ``**1.2**``
  or "Then …"/"Next …" (two of them make the list a plan);
* every list under "Out of scope": parked work keeps its order.

Examples:
    >>> from todokit.document import parse
    >>> doc = parse("- [x] done\n- [ ] low 🔽\n- [ ] plain\n- [/] busy\n- [ ] P0 urgent\n")
    >>> print(sort_document(doc).render(), end="")
    - [/] busy
    - [ ] P0 urgent
    - [ ] plain
    - [ ] low 🔽
    - [x] done
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

from todokit.arrange.permute import reorder
from todokit.document import Document, Item, Status
from todokit.document.lines import raw_index_of_column
from todokit.document.outline import parked_flags

CLEAR = 0.5
"""Relevance from which a task counts as clearly relevant and may be lifted by a sort."""

_STEP = re.compile(
    r"(?i)(?:\*\*)?(?:(?:step|phase|stage|part|milestone|sprint|week|day|checkpoint|task)"
    r"\s*#?\d+\b|\d+(?:\.\d+)*[.):](?:\s|\*\*|$)|\d+(?:\.\d+)+\*\*|(?:then|next|finally|afterwards)\b)"
)

_GROUP = {
    Status.IN_PROGRESS: 0,
    Status.OPEN: 1,
    Status.DEFERRED: 1,
    Status.OTHER: 1,
    Status.DONE: 2,
    Status.CANCELLED: 2,
}


def headings_above(item: Item) -> tuple[str, ...]:
    """Return the texts of the headings above ``item``, innermost first."""
    return tuple(reversed(item.heading_path))


def priority_rank(item: Item) -> int:
    """Return the item's priority rank (0 highest … 5 lowest; 3 when unmarked)."""
    from todokit.ranking.priority import effective_priority  # noqa: PLC0415 - lazy

    return effective_priority(item.source_text, headings_above(item)).rank


def due_date(item: Item) -> date | None:
    """Return the item's due date, if its text declares one."""
    from todokit.ranking.dates import extract_due  # noqa: PLC0415 - lazy

    return extract_due(item.source_text)


def sort_key(item: Item, scores: Mapping[str, float] | None) -> tuple[int, int, float, int, int]:
    """Return the key :func:`sort_document` orders siblings by."""
    status = item.status
    group = 1 if status is None else _GROUP[status]
    score = -1.0 if scores and scores.get(item.id, 0.0) >= CLEAR else 0.0
    due = due_date(item)
    return (group, priority_rank(item), score, due.toordinal() if due else 10**7, item.number)


def is_numbered(item: Item) -> bool:
    """Whether ``item`` belongs to an ordered (numbered) list.

    Examples:
        >>> from todokit.document import parse
        >>> [is_numbered(item) for item in parse("1. a\\n- b\\n").items]
        [True, False]
    """
    content = item.raw
    return content[raw_index_of_column(content, item.marker_column) :][:1].isdigit()


def keeps_its_order(group: Sequence[Item]) -> bool:
    """Whether a list keeps the author's order: no task, numbered, or a list of steps.

    Examples:
        >>> from todokit.document import parse
        >>> doc = parse("- [ ] Step 1: x\\n- [ ] Step 2: y\\n- [ ] z\\n")
        >>> keeps_its_order(doc.items), keeps_its_order(parse("- [ ] a\\n- [ ] b\\n").items)
        (True, False)
    """
    if not any(item.is_task for item in group) or is_numbered(group[0]):
        return True
    return sum(_STEP.match(item.source_text) is not None for item in group) >= 2


def sort_document(doc: Document, scores: Mapping[str, float] | None = None) -> Document:
    """Return ``doc`` with every list sorted (see the module docs for the order).

    Args:
        doc: The list to sort; lists under "Out of scope" and numbered or
            step-by-step lists keep their order.
        scores: Relevance per task id (0..1) for the task at hand, or None.

    Returns:
        The sorted document; a permutation of whole item blocks.

    Complexity: O(n + m log m) for n lines and m items.

    Examples:
        >>> from todokit.document import parse
        >>> doc = parse("- [x] Set up CI\\n- [ ] Write docs\\n- [/] Port the parser\\n")
        >>> print(sort_document(doc).render(), end="")
        - [/] Port the parser
        - [ ] Write docs
        - [x] Set up CI
    """
    parked = parked_flags(doc)

    def order(group: Sequence[Item]) -> Sequence[Item]:
        """Sort one list's siblings, unless it is parked or its order means something."""
        if parked[group[0].number] or keeps_its_order(group):
            return group
        return sorted(group, key=lambda item: sort_key(item, scores))

    return reorder(doc, order)
