"""Finding the task a user means: by index path, by id, or by a piece of its text."""

from __future__ import annotations

import re

from todokit.document import Document, Item
from todokit.errors import TaskNotFoundError

_INDEX = re.compile(r"\d+(?:\.\d+)*\.?")  # "2.1", and "2." as an ordered list writes it
_ID = re.compile(r"[0-9a-f]{8}(?:-\d+)?")


def describe(task: Item) -> str:
    """Return a one-line description of a task for messages: ``2.1 [ ] text (id)``."""
    return f"{task.index} [{task.marker}] {task.text} ({task.id})"


def resolve(doc: Document, ref: str) -> Item:
    """Return the one task ``ref`` names.

    Args:
        doc: The document whose tasks are searched.
        ref: An index path from ``todokit list`` (``2.1``; a final dot, as in
            ``2.``, is ignored), a task id, or a case-insensitive fragment of
            the task's text (:attr:`~todokit.document.Item.text`, never the
            markdown around it, so ``[x]`` names no task) that matches exactly
            one task (an exact text match wins over fragments). Anything
            shaped like an index path is only ever an index path.

    Returns:
        The one matching task, nested tasks included.

    Raises:
        TaskNotFoundError: No task, or several, match; the error lists candidates.

    Complexity: O(number of tasks).

    Examples:
        >>> from todokit.document import parse
        >>> doc = parse("- [ ] Fix login\\n  - [ ] Add test\\n- [ ] Write docs\\n")
        >>> [resolve(doc, ref).text for ref in ("1.1", "2.", "docs", doc.tasks[0].id)]
        ['Add test', 'Write docs', 'Write docs', 'Fix login']
    """
    ref = ref.strip()
    tasks = doc.tasks
    index = ref.removesuffix(".") if _INDEX.fullmatch(ref) else None
    if index is not None:
        for task in tasks:
            if task.index == index:
                return task
    if _ID.fullmatch(ref):  # ids are hex: some are all digits and look like an index
        for task in tasks:
            if task.id == ref:
                return task
    if index is not None:
        raise TaskNotFoundError(f"no task has index {index}", _closest(doc, ref))
    wanted = ref.casefold()
    if not wanted:
        raise TaskNotFoundError("an empty reference names no task")
    matches = [task for task in tasks if wanted in task.text.casefold()]
    exact = [task for task in matches if task.text.casefold() == wanted]
    if len(exact) == 1 or len(matches) == 1:
        return (exact or matches)[0]
    if matches:
        raise TaskNotFoundError(
            f"{ref!r} matches {len(matches)} tasks; use an index or id",
            tuple(describe(task) for task in matches[:10]),
        )
    raise TaskNotFoundError(f"no task matches {ref!r}", _closest(doc, ref))


def _closest(doc: Document, ref: str) -> tuple[str, ...]:
    """Describe up to five tasks whose text is close to ``ref``, for a failed look-up's message."""
    import difflib  # noqa: PLC0415 - only failed look-ups need it

    by_text = {task.text.casefold(): task for task in doc.tasks}
    near = difflib.get_close_matches(ref.casefold(), list(by_text), n=5, cutoff=0.5)
    return tuple(describe(by_text[text]) for text in near)
