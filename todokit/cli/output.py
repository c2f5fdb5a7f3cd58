r"""How the CLI prints: human text or JSON on stdout, one-line errors on stderr.

Everything printed as text goes through :func:`~todokit.cli.terminal.for_terminal`,
so task text and command output can never drive the terminal. With ``--json``,
stdout holds exactly one JSON document: indented on a terminal, compact
otherwise (tools read it from a pipe, and compact JSON is written by the C
encoder). Colour is used only when stdout is a terminal and ``NO_COLOR`` is unset.

Examples:
    >>> import io
    >>> out = Output(json=True, quiet=False, color=False, stream=io.StringIO())
    >>> out.data({"ok": True, "text": "a\x1b"}); out.stream.getvalue()
    '{"ok":true,"text":"a\\u001b"}\n'
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import IO, NamedTuple

from todokit.cli.terminal import clip, error_line, for_terminal

_COLORS = {
    "open": "",
    "done": "32",
    "in_progress": "33",
    "cancelled": "90",
    "deferred": "36",
    "other": "35",
}

# What json.dumps(ensure_ascii=False) leaves raw but a terminal could act on (DEL, C1,
# bidi controls, separators), and lone surrogates, which no UTF-8 stream can carry.
_JSON_RAW = re.compile(
    "[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]"
)
_PIECE = 1 << 16  # characters per write of a JSON document


def json_text(payload: object, *, indent: bool = False) -> str:
    r"""Return ``payload`` as one JSON document that keeps every string exactly.

    Control, bidi and separator characters are written as ``\uNNNN`` escapes,
    so the document is safe on a terminal and decodes to the exact text. Lone
    surrogates (bytes that were not UTF-8) become U+FFFD, which every JSON
    reader accepts.

    The document has no final newline; ``indent`` indents it by two spaces
    (for a terminal), else it is compact.

    Examples:
        >>> json_text({"t": "x\u202ey"})
        '{"t":"x\\u202ey"}'
        >>> print(json_text([1], indent=True))
        [
          1
        ]
    """
    if indent:
        text = json.dumps(payload, indent=2, ensure_ascii=False)
    else:
        text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    if text.isascii() and "\x7f" not in text:  # the common case, in a fraction of a scan
        return text
    return _JSON_RAW.sub(_json_escape, text)


def _json_escape(match: re.Match[str]) -> str:
    """Return the JSON escape of one character (U+FFFD for a lone surrogate)."""
    code = ord(match.group())
    return "\ufffd" if 0xD800 <= code <= 0xDFFF else f"\\u{code:04x}"


class Colored(NamedTuple):
    """A piece of a line shown in the colour of a task status (plain without colour)."""

    text: str
    status: str


@dataclass(slots=True)
class Output:
    """Where and how one CLI run prints."""

    json: bool
    quiet: bool
    color: bool
    stream: IO[str] = field(default_factory=lambda: sys.stdout)
    errors: IO[str] = field(default_factory=lambda: sys.stderr)
    indent: bool = False

    @classmethod
    def for_args(cls, args: argparse.Namespace) -> Output:
        """Build the output for parsed arguments, honouring ``NO_COLOR`` and TTYs."""
        tty = sys.stdout.isatty()
        color = tty and not os.environ.get("NO_COLOR")
        json_wanted = bool(getattr(args, "json", False))
        return cls(json_wanted, bool(getattr(args, "quiet", False)), color, indent=tty)

    def data(self, payload: object) -> None:
        """Print ``payload`` as one JSON document (always, even with ``--quiet``).

        It is written in pieces: when the reader goes away in the middle of one
        huge write, :class:`io.BufferedWriter` reports a short write that
        :class:`io.TextIOWrapper` drops without a word, so the run would end as
        if all was printed; the next piece meets the closed pipe instead.
        """
        self._write([json_text(payload, indent=self.indent) + "\n"])

    def data_pieces(self, pieces: Iterable[str]) -> None:
        """Print one JSON document made of ``pieces`` (see :meth:`data`), then a newline.

        A long document can be made as it is printed, so that it never stands
        in memory whole (``list --json`` of a big list).
        """
        self._write(pieces)
        self._write(["\n"])

    def _write(self, texts: Iterable[str]) -> None:
        """Write ``texts`` to the stream, each in pieces of at most ``_PIECE`` characters."""
        for text in texts:
            for start in range(0, len(text), _PIECE):
                self.stream.write(text[start : start + _PIECE])

    def line(self, *parts: str | Colored) -> None:
        """Print a line of human-readable output, escaped for the terminal, unless quiet.

        A :class:`Colored` piece gets its status's colour, added after escaping
        so that only todokit's own sequences reach the terminal.
        """
        if self.quiet:
            return
        if self.color:
            self.stream.write("".join(map(self._piece, parts)) + "\n")
        else:  # one pass over the whole line
            text = "".join(part if isinstance(part, str) else part.text for part in parts)
            self.stream.write(for_terminal(text) + "\n")

    def _piece(self, part: str | Colored) -> str:
        """Return one piece of a line, escaped, and coloured when it is :class:`Colored`."""
        if isinstance(part, str):
            return for_terminal(part)
        code = _COLORS.get(part.status, "")
        text = for_terminal(part.text)
        return f"\033[{code}m{text}\033[0m" if self.color and code else text

    def raw(self, text: str) -> None:
        """Print text as given but escaped for the terminal (diffs), even when quiet."""
        self.stream.write(for_terminal(text))

    def progress(self, message: str) -> None:
        """Print a progress line on stderr, escaped for the terminal."""
        self.errors.write(for_terminal(message) + "\n")

    def error(self, message: str) -> None:
        """Print an error message on stderr, prefixed with ``todokit:``.

        Each line is cut after :data:`~todokit.cli.terminal.CLIP_LIMIT`
        characters (messages repeat arguments) and escaped for the terminal.
        """
        self.errors.write(error_line(message))

    def error_data(self, message: str, exit_code: int, candidates: tuple[str, ...] = ()) -> None:
        """With ``--json``, print a failed run's ``error.v1`` document on stdout.

        Each line of ``message`` is cut as on stderr; ``candidates`` are the
        tasks an unknown or ambiguous reference came close to.
        """
        if self.json:
            self.data(error_json(message, exit_code, candidates))


def error_json(message: str, exit_code: int, candidates: tuple[str, ...] = ()) -> dict[str, object]:
    """Return the ``error.v1`` document of a failure (each line of the message cut).

    Examples:
        >>> error_json("no task matches 'x'", 1)
        {'error': {'message': "no task matches 'x'", 'exit_code': 1}}
    """
    error: dict[str, object] = {"message": _clipped(message), "exit_code": exit_code}
    if candidates:
        error["candidates"] = [clip(candidate) for candidate in candidates]
    return {"error": error}


def error_parts(error: Exception) -> tuple[str, tuple[str, ...]]:
    """Return an error's message for ``error.v1`` and the candidates it lists apart.

    A :class:`~todokit.errors.TaskNotFoundError` prints its candidates under
    its message; in JSON they have a field of their own.
    """
    candidates = tuple(getattr(error, "candidates", ()))
    return (Exception.__str__(error) if candidates else str(error)), candidates


def _clipped(message: str) -> str:
    """Return ``message`` with each of its lines cut after the clip limit."""
    return "\n".join(clip(line) for line in message.split("\n"))
