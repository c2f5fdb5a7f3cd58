"""Splitting text into lines without losing a single byte.

todokit keeps every line exactly as written, line ending included. Markdown
knows three line endings — ``\\n``, ``\\r\\n`` and a lone ``\\r`` — and nothing
else: form feeds, vertical tabs and Unicode line separators are ordinary
characters here (unlike :meth:`str.splitlines`).

Examples:
    >>> split_lines("a\\r\\nb\\rc\\nd")
    ['a\\r\\n', 'b\\r', 'c\\n', 'd']
    >>> line_ending("a\\r\\n")
    '\\r\\n'
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

BOM = "\ufeff"
_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+")


def split_lines(text: str) -> list[str]:
    """Split ``text`` into lines that keep their endings.

    ``"".join(split_lines(text)) == text`` holds for every string.

    Args:
        text: Any string; every ending (``\\r\\n``, ``\\n``, ``\\r``) ends a line.

    Returns:
        The lines; the last one has no ending when the text does not end
        with a line break. An empty text has no lines.

    Complexity: O(len(text)).

    Examples:
        >>> split_lines("x\\n\\ny")
        ['x\\n', '\\n', 'y']
    """
    return _LINE.findall(text)  # one string per line, and no other copy of the text


def line_ending(line: str) -> str:
    """Return the ending of one line: ``"\\r\\n"``, ``"\\n"``, ``"\\r"`` or ``""``.

    Args:
        line: A line as produced by :func:`split_lines`.

    Returns:
        The line's ending, empty for a final line without one.

    Examples:
        >>> line_ending("x\\r")
        '\\r'
    """
    if line.endswith("\r\n"):
        return "\r\n"
    if line.endswith(("\n", "\r")):
        return line[-1]
    return ""


def mend_endings(lines: list[str], original: Sequence[str]) -> list[str]:
    """End every line of ``lines`` but the last (else it joins the next), in place.

    A missing ending is ``original``'s dominant one; the last line ends as the
    last of ``original`` does, so a text without a final newline keeps that style.
    """
    newline = None
    for index in range(len(lines) - 1):
        if not line_ending(lines[index]):
            newline = newline or dominant_ending(original)
            lines[index] += newline
    if lines and original and not line_ending(original[-1]):
        lines[-1] = lines[-1].rstrip("\r\n")
    return lines


def dominant_ending(lines: Sequence[str]) -> str:
    """Return the most common line ending of ``lines`` (``"\\n"`` when none).

    Ties go to the ending seen first, so a file's own style wins over the default.

    Args:
        lines: Lines as produced by :func:`split_lines`.

    Returns:
        The ending new lines written into this document should use.

    Examples:
        >>> dominant_ending(["a\\r\\n", "b\\r\\n", "c\\n"])
        '\\r\\n'
    """
    counts = Counter(line_ending(line) for line in lines)
    counts.pop("", None)
    if not counts:
        return "\n"
    return max(counts, key=lambda ending: counts[ending])


def leading_columns(text: str) -> int:
    """Return the width in columns of the leading spaces and tabs of ``text``.

    Tabs advance to the next multiple of four, as in CommonMark.

    Args:
        text: A line or its content.

    Returns:
        The column of the first character that is not a space or a tab.

    Examples:
        >>> leading_columns(" \\tx")
        4
    """
    column = 0
    for char in text:
        if char == " ":
            column += 1
        elif char == "\t":
            column += 4 - column % 4
        else:
            break
    return column


def raw_index_of_column(text: str, column: int) -> int:
    """Return the index in ``text`` of the character at tab-expanded ``column``.

    Args:
        text: The raw content of a line (tabs not expanded).
        column: A column in the tab-expanded line (tab stops every four).

    Returns:
        The index of the raw character that covers ``column``.

    Examples:
        >>> raw_index_of_column("\\t[x]", 5)
        2
    """
    if "\t" not in text:  # the common case: columns are indexes
        return min(column, len(text))
    indexes, columns = _tabs(text)
    last = bisect_right(columns, column) - 1  # the last tab that starts at or before column
    if last < 0:
        return min(column, len(text))
    tab_end = columns[last] + 4 - columns[last] % 4
    if column < tab_end:
        return indexes[last]
    return min(indexes[last] + 1 + column - tab_end, len(text))


@lru_cache(maxsize=16)
def _tabs(text: str) -> tuple[list[int], list[int]]:
    """The index of every tab in ``text`` and the column where it starts.

    Kept for the last few lines: items nested on one line ask about the same line
    once each, and walking it every time would cost time quadratic in its length.
    """
    indexes: list[int] = []
    columns: list[int] = []
    column = previous = 0
    index = text.find("\t")
    while index >= 0:
        column += index - previous
        indexes.append(index)
        columns.append(column)
        column += 4 - column % 4
        previous = index + 1
        index = text.find("\t", previous)
    return indexes, columns
