"""Decoded JSON that remembers where it came from, and what an edit kept of it.

:func:`track` copies a decoded value into :class:`TrackedObject` and
:class:`TrackedArray` containers that know their span in the text and their
original value; :func:`pair_members` then tells, for a container an edit
changed, which of its items are original members and which are new.
"""

from __future__ import annotations

from typing import Any

from todokit.agent.jsonspans import Member, Span


class TrackedObject(dict[str, Any]):
    """An object read from the file, remembering its span and original value."""

    __slots__ = ("old", "span")

    def __init__(self, items: dict[str, Any], span: Span, old: dict[str, Any]) -> None:
        """Hold the tracked ``items``, and ``old``, the object as decoded, to compare edits with."""
        super().__init__(items)
        self.span, self.old = span, old


class TrackedArray(list[Any]):
    """An array read from the file, remembering its span and original value."""

    __slots__ = ("old", "span")

    def __init__(self, items: list[Any], span: Span, old: list[Any]) -> None:
        """Hold the tracked ``items``, and ``old``, the array as decoded, to compare edits with."""
        super().__init__(items)
        self.span, self.old = span, old


def track(value: object, span: Span) -> object:
    """Copy a decoded value into containers that know where they came from."""
    if isinstance(value, dict):
        return track_object(value, span)
    if isinstance(value, list):
        items = [track(v, m.value) for v, m in zip(value, span.members, strict=True)]
        return TrackedArray(items, span, value)
    return value


def track_object(value: dict[str, Any], span: Span) -> TrackedObject:
    """Track a decoded object (see :func:`track`)."""
    members = {m.key: m.value for m in span.members}
    return TrackedObject({k: track(v, members[k]) for k, v in value.items()}, span, value)


def same(old: object, new: object) -> bool:
    """Whether two decoded values are equal, telling booleans, numbers and key order apart."""
    if isinstance(old, dict):
        return (
            isinstance(new, dict)
            and list(old) == list(new)
            and all(same(old[k], new[k]) for k in old)
        )
    if isinstance(old, list):
        return isinstance(new, list) and len(old) == len(new) and all(map(same, old, new))
    return type(old) is type(new) and old == new


def pair_members(
    value: TrackedObject | TrackedArray, span: Span
) -> list[tuple[Any, Member | None]] | None:
    """Pair each item of a changed container with the member it keeps, if any.

    Kept members must keep their order and come first; new items follow.
    Returns ``None`` when they do not, and the container is written anew.
    """
    if isinstance(value, dict):
        kept: list[tuple[Any, Member | None]] = [
            (value[m.key], m) for m in span.members if m.key is not None and m.key in value
        ]
        keys = list(value)
        if [member.key for _, member in kept if member] != keys[: len(kept)]:
            return None
        return kept + [((k, value[k]), None) for k in keys[len(kept) :]]
    pairs: list[tuple[Any, Member | None]] = []
    position = 0
    for item in value:
        found = _find(item, value.old, span.members, position)
        if found is None:
            pairs.append((item, None))
            continue
        if any(member is None for _, member in pairs):
            return None  # an insertion before kept items
        position = found + 1
        pairs.append((item, span.members[found]))
    return pairs


def _find(item: object, old: list[Any], members: tuple[Member, ...], position: int) -> int | None:
    """Return the index (from ``position`` on) of the original element ``item`` keeps."""
    for index in range(position, len(members)):
        if isinstance(item, TrackedObject | TrackedArray):
            if item.span is members[index].value:
                return index
        elif not isinstance(item, dict | list) and same(old[index], item):
            return index
    return None
