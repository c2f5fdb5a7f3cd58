"""Task statuses and the checkbox characters that spell them.

GFM knows ``[ ]`` and ``[x]``/``[X]``; real lists also use ``[/]``, ``[~]``
and ``[^]`` for work in progress, ``[-]`` for cancelled and ``[>]`` for
deferred. Any other single character is kept as written and reported as
:attr:`Status.OTHER`.

Examples:
    >>> Status.from_marker("/")
    <Status.IN_PROGRESS: 'in_progress'>
    >>> Status.DONE.marker
    'x'
"""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """The status of a task, with a stable string value for JSON output.

    Examples:
        >>> (Status.DONE.value, Status("deferred").marker, Status.OPEN.finished)
        ('done', '>', False)
    """

    OPEN = "open"
    DONE = "done"
    IN_PROGRESS = "in_progress"
    CANCELLED = "cancelled"
    DEFERRED = "deferred"
    OTHER = "other"

    @classmethod
    def from_marker(cls, marker: str) -> Status:
        """Return the status a checkbox character stands for.

        Args:
            marker: The single character between the brackets.

        Returns:
            The matching status; :attr:`OTHER` for characters todokit does not know.

        Examples:
            >>> Status.from_marker("X")
            <Status.DONE: 'done'>
        """
        return _BY_MARKER.get(marker, cls.OTHER)

    @property
    def marker(self) -> str:
        """The character todokit writes for this status (``?`` for OTHER)."""
        return _MARKER_OF[self]

    @property
    def finished(self) -> bool:
        """Whether the task needs no more work (done or cancelled)."""
        return self in (Status.DONE, Status.CANCELLED)

    @classmethod
    def parse(cls, value: str | Status) -> Status:
        """Read a status from its value (``"done"``) or its marker (``"x"``).

        Args:
            value: A status, a status value or a single marker character.

        Returns:
            The status that value or marker names; any other single visible
            character is :attr:`OTHER`.

        Raises:
            UsageError: When ``value`` names no status.

        Examples:
            >>> Status.parse("in_progress") is Status.parse("/")
            True
        """
        if isinstance(value, Status):
            return value
        try:
            return cls(value.lower().replace("-", "_"))
        except ValueError:
            # One visible character: a bracket would end the checkbox early, and a
            # control or a white space other than " " (a tab) makes no checkbox mistune reads.
            # A lone surrogate (a byte of argv that is not UTF-8) is written as U+FFFD.
            visible = value.isprintable() or "\ud800" <= value <= "\udfff"
            if len(value) == 1 and value not in "[]" and visible:
                return cls.from_marker(value)
        from todokit.errors import UsageError  # noqa: PLC0415 - keeps this module dependency-free

        names = ", ".join(status.value for status in cls)
        raise UsageError(f"unknown status {value!r}; expected one of {names}")


_BY_MARKER = {
    " ": Status.OPEN,
    "x": Status.DONE,
    "X": Status.DONE,
    "/": Status.IN_PROGRESS,
    "~": Status.IN_PROGRESS,
    "^": Status.IN_PROGRESS,
    "-": Status.CANCELLED,
    ">": Status.DEFERRED,
}
_MARKER_OF = {
    Status.OPEN: " ",
    Status.DONE: "x",
    Status.IN_PROGRESS: "/",
    Status.CANCELLED: "-",
    Status.DEFERRED: ">",
    Status.OTHER: "?",
}
