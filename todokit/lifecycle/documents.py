r"""Scope, park and keep on a :class:`~todokit.document.Document`, without files.

The pure twins of :func:`~todokit.lifecycle.scope`, :func:`~todokit.lifecycle.park`
and :func:`~todokit.lifecycle.keep`: each takes a document (and, optionally,
the memory of its last parking) and returns an
:class:`~todokit.arrange.arrangement.Arrangement` holding the new document,
the decisions and the new memory. Nothing is read or written; the file
operations run these under the lock and store the memory beside the file.

Examples:
    >>> from todokit.document import parse
    >>> doc = parse("- [ ] Fix login\n- [ ] Dark mode\n")
    >>> parked = park_document(doc, ["dark"])
    >>> [task.text for task in parked.out_of_scope]
    ['Dark mode']
    >>> keep_document(parked.document, ["dark"], parked.homes).document.render() == doc.render()
    True
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from todokit.arrange.arrangement import Arrangement, ScopeOptions, arrange, park_chosen
from todokit.arrange.decisions import decide
from todokit.arrange.homes import Homes
from todokit.document import Document, Item
from todokit.document.outline import block_key, parked_flags, take
from todokit.errors import TaskNotFoundError
from todokit.lifecycle.refs import resolve


def scope_document(
    doc: Document, task: str, options: ScopeOptions | None = None, homes: Homes | None = None
) -> Arrangement:
    """Park the work of ``doc`` unrelated to ``task`` and bring related parked work back.

    What :func:`~todokit.lifecycle.scope` does to the file, on a document.

    Args:
        doc: The document to arrange; it is left unchanged.
        task: The task at hand (a prompt or a line).
        options: Scorer, threshold and priority floor (default: the defaults).
        homes: The memory of the last parking of ``doc``, if any.

    Returns:
        The arrangement: ``document``, per-task ``decisions``, ``scores`` and
        the new ``homes``.

    Raises:
        UsageError: A plug-in scorer returned a different number of scores than items.

    Complexity: one scoring of the items and one park, linear in the document.

    Examples:
        >>> from todokit.document import parse
        >>> doc = parse("- [ ] Update the README\\n- [ ] Fix login session timeout\\n")
        >>> [t.text for t in scope_document(doc, "login times out").in_scope]
        ['Fix login session timeout']
    """
    return arrange(doc, task, options, homes)[1]


def park_document(doc: Document, refs: Sequence[str], homes: Homes | None = None) -> Arrangement:
    """Park the tasks ``refs`` name out of scope, grouped by their former section.

    What :func:`~todokit.lifecycle.park` does to the file, on a document:
    bytes unchanged, and only a top-level task moves (a sub-task is part of
    its parent's work). A task parked already stays where it is.

    Args:
        doc: The document to park in; it is left unchanged.
        refs: Index paths, ids or text fragments (see :func:`~todokit.lifecycle.resolve`).
        homes: The memory of the last parking of ``doc``, if any.

    Returns:
        The arrangement: the new ``document``, ``decisions`` and ``homes``.

    Raises:
        TaskNotFoundError: A REF names no task, or a sub-task (park its parent).

    Examples:
        >>> from todokit.document import parse
        >>> result = park_document(parse("- [ ] a\\n- [ ] b\\n"), ["1"])
        >>> [task.text for task in result.in_scope], [task.text for task in result.out_of_scope]
        (['b'], ['a'])
    """

    def choose(parked: Counter[str]) -> Counter[str]:
        """Add each REF's top-level block to the keys to park; a task parked already adds none.

        A sub-task of a task in scope raises TaskNotFoundError.
        """
        flags = parked_flags(doc)
        for ref in refs:
            task = resolve(doc, ref)
            top = _top(task)
            if task.parent is not None and not flags[top.number]:
                raise TaskNotFoundError(
                    f"{ref!r} is part of {top.index or top.text}: park that to park it"
                )
            if not flags[top.number]:
                parked[block_key(top)] += 1
        return parked

    return _repark(doc, homes, choose)


def keep_document(doc: Document, refs: Sequence[str], homes: Homes | None = None) -> Arrangement:
    """Bring the parked tasks ``refs`` name back into scope, each to where it came from.

    What :func:`~todokit.lifecycle.keep` does to the file, on a document. A
    REF may name a parked task or one of its sub-tasks: the whole parked
    block comes back.

    Args:
        doc: The document to bring tasks back in; it is left unchanged.
        refs: Index paths, ids or text fragments (see :func:`~todokit.lifecycle.resolve`).
        homes: The memory of the last parking of ``doc``: without it a task
            comes back to the end of its former section.

    Returns:
        The arrangement: the new ``document``, ``decisions`` and ``homes``.

    Raises:
        TaskNotFoundError: A REF names no task, or a task that is not parked.

    Examples:
        >>> from todokit.document import parse
        >>> parked = park_document(parse("- [ ] a\\n- [ ] b\\n"), ["a"])
        >>> keep_document(parked.document, ["a"], parked.homes).document.render()
        '- [ ] a\\n- [ ] b\\n'
    """

    def choose(parked: Counter[str]) -> Counter[str]:
        """Take each REF's parked block out of the keys to park, so that it comes back home.

        A task that is not parked raises TaskNotFoundError.
        """
        flags = parked_flags(doc)
        for ref in refs:
            top = _top(resolve(doc, ref))
            if not flags[top.number]:
                raise TaskNotFoundError(f"{ref!r} is not parked: {top.index} {top.text}")
            take(parked, top)
        return parked

    return _repark(doc, homes, choose)


def _top(item: Item) -> Item:
    """The top-level item an item belongs to."""
    while item.parent is not None:
        item = item.parent
    return item


def _repark(
    doc: Document, homes: Homes | None, choose: Callable[[Counter[str]], Counter[str]]
) -> Arrangement:
    """Park exactly the top-level items ``choose`` counts, from the home of ``doc``."""
    result, memory, before = park_chosen(doc, homes, lambda home, parked: choose(parked))
    decisions = decide(before, result, lambda item: (0.0, ()), lambda item: True)
    return Arrangement(result, decisions, {}, "", memory)


__all__ = ["keep_document", "park_document", "scope_document"]
