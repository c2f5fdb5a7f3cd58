"""Recognisers for the starts and ends of CommonMark leaf blocks.

Each function looks at a tab-expanded line from a given position (after the
prefixes of the container blocks that line belongs to) and answers one
question. They are small, pure and regex based so that the scanner can run
over every line of a large file in linear time.

Examples:
    >>> bool(ATX_HEADING.match("## Later"))
    True
    >>> fence_start("```py", 0)
    ('`', 3)
"""

from __future__ import annotations

import re
from functools import cache

ATX_HEADING = re.compile(r"#{1,6}(?:[ \t]|$)")
_ATX_CLOSING = re.compile(r"(?:^|[ \t])#+[ \t]*$")
LIST_MARKER = re.compile(r"([-+*]|(\d{1,9})([.)]))(?= |$)")
THEMATIC_BREAK = re.compile(r"(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
SETEXT_UNDERLINE = re.compile(r"(?:=+|-+)[ \t]*$")
TASK_MARKER = re.compile(r"\[([^\]\r\n])\](?=\s|$)")
_FENCE = re.compile(r"(`{3,}|~{3,})(.*)$")
_COMMENT = 1  # the kind of "<!--" in the table below


@cache  # compiled on first use: most task lists hold no HTML but todokit's own comment
def _html_end_by_pattern() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """The opening and closing patterns of HTML blocks of kinds 1-5, in CommonMark's order."""
    return (
        (
            re.compile(r"<(?:script|pre|style|textarea)(?:\s|>|$)", re.I),
            re.compile(r"</(?:script|pre|style|textarea)>", re.I),
        ),
        (re.compile(r"<!--"), re.compile(r"-->")),
        (re.compile(r"<\?"), re.compile(r"\?>")),
        (re.compile(r"<![A-Za-z]"), re.compile(r">")),
        (re.compile(r"<!\[CDATA\["), re.compile(r"\]\]>")),
    )


_BLOCK_TAGS = (
    "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|"
    "dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h1|h2|h3|h4|h5|"
    "h6|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|"
    "option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul"
)
_ATTRIBUTE = r"""(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)"""


@cache  # compiled on first use, like the table above
def _html_tag_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of HTML blocks of kind 6 (a block tag) and 7 (any complete tag)."""
    block_tag = re.compile(r"</?(?:" + _BLOCK_TAGS + r")(?:[ \t]|/?>|$)", re.I)
    complete_tag = re.compile(
        r"(?:<[A-Za-z][A-Za-z0-9-]*" + _ATTRIBUTE + r"*\s*/?>|</[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$"
    )
    return block_tag, complete_tag


HTML_UNTIL_BLANK = -1
"""Returned by :func:`html_block_start` for blocks that end at a blank line."""


def fence_start(line: str, start: int) -> tuple[str, int] | None:
    """Recognise the opening line of a fenced code block (a fence at ``start``).

    Returns:
        ``(fence character, fence length)``, or None when this is no fence.

    Examples:
        >>> fence_start("~~~~", 0)
        ('~', 4)
        >>> fence_start("``` a`b", 0) is None
        True
    """
    match = _FENCE.match(line, start)
    if match is None:
        return None
    fence, info = match.group(1), match.group(2)
    if fence[0] == "`" and "`" in info:
        return None
    return fence[0], len(fence)


def is_fence_end(line: str, start: int, char: str, length: int) -> bool:
    """Tell whether ``line`` closes, from ``start``, a fence opened with ``length`` times ``char``.

    Examples:
        >>> is_fence_end("````", 0, "`", 3)
        True
    """
    end = start
    while end < len(line) and line[end] == char:
        end += 1
    return end - start >= length and not line[end:].strip(" ")


def html_block_start(line: str, start: int, in_paragraph: bool) -> int | None:
    """Recognise the start of an HTML block at ``start``.

    ``in_paragraph`` tells whether an open paragraph would be interrupted: the
    seventh kind of HTML block cannot interrupt one.

    Returns:
        The index of the end pattern in the table of kinds 1-5,
        :data:`HTML_UNTIL_BLANK` for kinds 6 and 7, or None.

    Examples:
        >>> html_block_start("<div>", 0, False)
        -1
        >>> html_block_start("<!-- x", 0, False)
        1
    """
    if not line.startswith("<", start):
        return None
    if line.startswith("<!--", start):  # a comment, as todokit's own header: no pattern needed
        return _COMMENT
    for kind, (opening, _closing) in enumerate(_html_end_by_pattern()):
        if opening.match(line, start):
            return kind
    block_tag, complete_tag = _html_tag_patterns()
    if block_tag.match(line, start):
        return HTML_UNTIL_BLANK
    if not in_paragraph and complete_tag.match(line, start):
        return HTML_UNTIL_BLANK
    return None


def html_block_ends(kind: int, line: str, start: int) -> bool:
    """Tell whether an HTML block of ``kind`` ends on ``line``: its end pattern after ``start``.

    ``kind`` is what :func:`html_block_start` returned, other than :data:`HTML_UNTIL_BLANK`.

    Examples:
        >>> html_block_ends(1, "a -->", 0)
        True
    """
    if kind == _COMMENT:
        return line.find("-->", start) >= 0
    return _html_end_by_pattern()[kind][1].search(line, start) is not None


def atx_heading_text(line: str, start: int) -> str:
    """Return the text of an ATX heading line without its ``#`` marks.

    Args:
        line: A line that :data:`ATX_HEADING` matches at ``start``.
        start: Index of the first ``#``.

    Returns:
        The heading text, stripped, without an optional closing sequence.

    Examples:
        >>> atx_heading_text("## Later ##", 0)
        'Later'
    """
    text = line[start:].lstrip("#").strip(" \t")
    return _ATX_CLOSING.sub("", text).strip(" \t") if text.endswith("#") else text


def can_open_item(marker: re.Match[str], line: str, interrupts_paragraph: bool) -> bool:
    """Whether the list marker ``marker`` found in ``line`` opens an item there.

    An empty item, or an ordered one not starting at 1, cannot interrupt a paragraph.
    """
    if not interrupts_paragraph:
        return True
    number = marker.group(2)
    return bool(line[marker.end() :].strip(" ")) and (number is None or int(number) == 1)


def is_rule(line: str, start: int, char: str, tails: dict[str, int]) -> bool:
    """Whether a thematic break of ``char`` runs from ``start`` to the end of the line.

    ``tails`` remembers, per character, the line's length without its tail of
    that character, spaces and tabs: a rule needs ``start`` at or after it.
    Without this, "- - - … x" would be matched from every nested marker,
    quadratic in the line's length.
    """
    tail = tails.get(char)
    if tail is None:
        tail = tails[char] = len(line.rstrip(char + " \t"))
    return tail <= start and THEMATIC_BREAK.match(line, start) is not None
