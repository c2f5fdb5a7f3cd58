"""How the CLI prints: human text or JSON on stdout, one-line errors on stderr.

Colour is used only when stdout is a terminal and ``NO_COLOR`` is unset.

Examples:
    >>> import io
    >>> out = Output(json=True, quiet=False, color=False, stream=io.StringIO())
    >>> out.data({"ok": True}); out.stream.getvalue()
    '{\\n  "ok": true\\n}\\n'
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import IO

from todokit._record import field, record

_COLORS = {
    "open": "",
    "done": "32",
    "in_progress": "33",
    "cancelled": "90",
    "deferred": "36",
    "other": "35",
}


def printable(text: str) -> str:
    """Replace bytes that were not UTF-8 (kept as lone surrogates) with U+FFFD for display.

    Examples:
        >>> printable(bytes([99, 97, 102, 233]).decode("utf-8", "surrogateescape"))
        'caf\ufffd'
    """
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


@record(frozen=False)
class Output:
    """Where and how one CLI run prints."""

    json: bool
    quiet: bool
    color: bool
    stream: IO[str] = field(default_factory=lambda: sys.stdout)
    errors: IO[str] = field(default_factory=lambda: sys.stderr)

    @classmethod
    def for_args(cls, args: argparse.Namespace) -> Output:
        """Build the output for parsed arguments, honouring ``NO_COLOR`` and TTYs."""
        color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        return cls(bool(getattr(args, "json", False)), bool(getattr(args, "quiet", False)), color)

    def data(self, payload: object) -> None:
        """Print ``payload`` as indented JSON (always, even with ``--quiet``)."""
        self.stream.write(printable(json.dumps(payload, indent=2, ensure_ascii=False)) + "\n")

    def line(self, text: str = "") -> None:
        """Print a line of human-readable output unless quiet."""
        if not self.quiet:
            self.stream.write(printable(text) + "\n")

    def raw(self, text: str) -> None:
        """Print text exactly as given (diffs, exports), even when quiet."""
        self.stream.write(text)

    def error(self, message: str) -> None:
        """Print an error message on stderr, prefixed with ``todokit:``."""
        self.errors.write(f"todokit: {message}\n")

    def status(self, status: str, text: str) -> str:
        """Return ``text`` coloured for ``status`` (plain without colour)."""
        code = _COLORS.get(status, "")
        return f"\033[{code}m{text}\033[0m" if self.color and code else text
