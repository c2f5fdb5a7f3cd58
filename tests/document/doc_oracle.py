"""mistune as the reference for which list items exist and which are tasks.

Both sides describe a document as the list of its list items in document
order, each as ``(checked, depth)``: ``checked`` is True or False for a GFM
task (``[ ]``, ``[x]``, ``[X]``) and None for any other item; ``depth`` counts
the list items around it. mistune knows no front matter, so it reads the text
without it.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from todokit.document import parse
from todokit.document.lines import split_lines
from todokit.document.scanned import front_matter_end

ItemShape = tuple[bool | None, int]
GFM_MARKERS = {" ": False, "x": True, "X": True}
# mistune stops descending into containers this deep (its max_nested_level);
# todokit has no limit, so deeper documents are left out of comparisons.
MISTUNE_MAX_NESTING = 20
LIST_ITEMS = ("list_item", "task_list_item")


@cache
def _markdown() -> Any:
    import mistune

    return mistune.create_markdown(renderer=None, plugins=["task_lists"])


def without_front_matter(text: str) -> str:
    """Return ``text`` minus the front matter todokit recognises."""
    lines = split_lines(text)
    contents = [line.rstrip("\r\n") for line in lines]
    if contents and contents[0].startswith("\ufeff"):
        contents[0] = contents[0][1:]
    return "".join(lines[front_matter_end(contents) :])


def mistune_items(text: str) -> list[ItemShape] | None:
    """Return mistune's items of ``text``, or None when it nests too deep to compare."""
    found: list[ItemShape] = []
    pending: list[tuple[dict[str, Any], int, int]] = [
        (token, 0, 0) for token in reversed(_markdown()(without_front_matter(text)))
    ]
    while pending:  # iterative: generated documents may nest deeply
        token, depth, containers = pending.pop()
        kind = token["type"]
        if containers >= MISTUNE_MAX_NESTING - 2:
            return None
        is_item = kind in LIST_ITEMS
        if is_item:
            found.append((token.get("attrs", {}).get("checked"), depth))
        nested = containers + (kind in (*LIST_ITEMS, "block_quote"))
        children = token.get("children")
        if isinstance(children, list):
            pending.extend((child, depth + is_item, nested) for child in reversed(children))
    return found


def todokit_items(text: str) -> list[ItemShape]:
    """Return the items todokit's scanner finds in ``text``."""
    return [(GFM_MARKERS.get(item.marker or ""), item.depth) for item in parse(text).items]


def gfm_tasks(items: list[ItemShape]) -> list[ItemShape]:
    """Keep only the GFM tasks of an item list."""
    return [item for item in items if item[0] is not None]
