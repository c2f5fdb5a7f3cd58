"""Hypothesis strategies for Markdown task lists.

:func:`documents` composes realistic blocks: headings, task and plain items
with every bullet, ordered marker and checkbox, nesting by two to four spaces
or by tabs, continuation and lazy lines, blank lines, fences, indented code,
block quotes holding items, paragraphs and HTML comments. Any text is a fair
input for a parser, so the grammar aims at realism, not validity. It reads its
choices from one drawn byte string (choice 0 is always the simplest), which is
much faster than drawing each choice and still shrinks well.

:func:`any_text` is arbitrary text with the characters that matter to a lossless
parser (line endings, tabs, a BOM, lone surrogates standing for invalid bytes).

:func:`line_soup` is task-list lines in any order, each ending in LF, CRLF or a
lone CR: no grammar, so every pair of neighbours and every mix of line endings
turns up, which :func:`documents` (one ending per document) never writes.

The grammar stays where mistune follows CommonMark (see ``docs/format.md``):
lists and quotes end with a blank line, an item with an empty first line
follows a blank line and has text right below it, a setext heading follows a blank line, a list not
numbered from 1 follows a blank line, and a quote opening with a blank line
or code has no lazy lines.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st

Line = tuple[str, bool]  # (text, lazy): a lazy line gets no container prefix
WORDS = ("fix", "the", "login", "bug", "P0", "**P1**", "*em*", "`code`", "[x]", "[ ]", "é", "日本")
CHECKBOXES = ("[ ] ", "[x] ", "", "[X] ", "[/] ", "[-] ", "[>] ", "[~] ", "[ ]", "[?] ")
BULLETS = ("-", ".", "*", "+", ")")
MAX_DEPTH = 3
SOUP_LINES = (
    *("- [ ] a", "- [x] b", "  - [/] c", "    - [-] d", "* [>] e", "1. [ ] f", "   2) [~] g"),
    *("# H", "## Out of scope", "Title", "===", "---", "```", "> - [ ] q", "", "   "),
    *("\t- [ ] t", "<!-- c -->", "| a | b |", "plain text", "- plain item", "  continuation"),
    "- [?] other",
)


class Choices:
    """Turns drawn bytes into grammar choices; 0 once the bytes run out."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.position = 0

    def below(self, count: int) -> int:
        if self.position >= len(self.data):
            return 0
        self.position += 1
        return self.data[self.position - 1] % count

    def pick(self, options: Sequence[str]) -> str:
        return options[self.below(len(options))]

    def chance(self, percent: int) -> bool:
        return self.below(100) < percent


def any_text() -> st.SearchStrategy[str]:
    """Arbitrary text, rich in ``\\r``, ``\\n``, tabs, BOMs and lone surrogates."""
    specials = st.sampled_from(["\r", "\n", "\r\n", "\t", "\ufeff", " ", "- [ ] ", "> ", "```"])
    undecodable = st.binary(max_size=8).map(lambda b: b.decode("utf-8", "surrogateescape"))
    part = st.one_of(st.text(max_size=12), specials, undecodable)
    return st.lists(part, max_size=30).map("".join)


def _join_soup(lines: list[tuple[str, str]], unended: bool) -> str:
    text = "".join(piece + ending for piece, ending in lines)
    return text[: -len(lines[-1][1])] if unended and lines else text


def line_soup() -> st.SearchStrategy[str]:
    """Up to 30 lines of :data:`SOUP_LINES`, each ending in LF, CRLF or CR; the last may not."""
    line = st.tuples(st.sampled_from(SOUP_LINES), st.sampled_from(["\n", "\r\n", "\r"]))
    return st.builds(_join_soup, st.lists(line, max_size=30), st.booleans())


def words(c: Choices) -> str:
    return " ".join(c.pick(WORDS) for _ in range(1 + c.below(4)))


def paragraph(c: Choices) -> list[Line]:
    """One to three lines of text; later ones may be lazy."""
    return [(words(c), False)] + [(words(c), c.chance(40)) for _ in range(c.below(3))]


def leaf(c: Choices) -> list[Line]:
    """A block with no children: paragraph, heading, fence, code, comment or rule."""
    kind, text = c.below(7), words(c)
    fence = c.pick(["```", "~~~", "````"])
    blocks_by_kind: list[list[str]] = [
        [],
        ["#" * (1 + c.below(6)) + " " + text],
        ["", text, c.pick(["===", "---", "-"])],
        [fence, "- [ ] " + text, fence],
        ["", "    - [ ] " + text, ""],
        ["<!--", "- [ ] " + text, "-->"],
        [c.pick(["---", "***", "* * *", "___"])],
    ]
    if kind == 0:
        return paragraph(c)
    return [(line, False) for line in blocks_by_kind[kind]]


def _indent(lines: list[Line], prefix: str, blank_prefix: str) -> list[Line]:
    return [
        (text, True) if lazy else ((prefix + text) if text.strip() else blank_prefix + text, False)
        for text, lazy in lines
    ]


def list_item(c: Choices, depth: int, bullet: str) -> list[Line]:
    """One list item: marker, checkbox, text, continuation lines and children."""
    marker = bullet + " " * (1 + c.below(4))
    first = paragraph(c) if c.below(10) else []
    head = marker + (c.pick(CHECKBOXES) + first[0][0] if first else "").rstrip()
    body = first[1:] if first else paragraph(c)[:1]
    for _ in range(c.below(3)):
        if c.chance(50):
            body.append(("", False))
        body.extend(blocks(c, depth + 1) if depth < MAX_DEPTH else leaf(c))
    width = len(marker) if first else len(marker.rstrip()) + 1
    before = [] if first else [("", False)]  # an empty item cannot interrupt a paragraph
    return [*before, (head, False), *_indent(body, " " * width, "")]


def quote(c: Choices, depth: int) -> list[Line]:
    """A block quote around some blocks (items included)."""
    inner = blocks(c, depth + 1) if depth < MAX_DEPTH else leaf(c)
    if not inner[0][0].strip() or inner[0][0].startswith(("    ", "```", "~~~")):
        inner = [(text, False) for text, _lazy in inner]
    return _indent(inner, "> ", c.pick([">", "> "]))


def list_block(c: Choices, depth: int) -> list[Line]:
    """A list of one to three items sharing a bullet, or numbered from 1 or 9."""
    kind, start = c.pick(BULLETS), 9 if c.chance(20) else 1
    lines: list[Line] = [] if start == 1 else [("", False)]
    for number in range(start, start + 1 + c.below(3)):
        lines.extend(list_item(c, depth, kind if kind in "-*+" else f"{number}{kind}"))
    return lines


def blocks(c: Choices, depth: int = 0) -> list[Line]:
    """One to three blocks; lists and quotes end with a blank line."""
    lines: list[Line] = []
    for _ in range(1 + c.below(3)):
        kind = c.below(3)
        if kind == 0:
            lines.extend(leaf(c))
            if c.chance(50):
                lines.append(("", False))
            continue
        lines.extend(list_block(c, depth) if kind == 1 else quote(c, depth))
        lines.append(("", False))
    return lines


def _tabify(text: str) -> str:
    # Leading spaces at column 0 in groups of four are exactly a tab each.
    stripped = text.lstrip(" ")
    spaces = len(text) - len(stripped)
    return "\t" * (spaces // 4) + " " * (spaces % 4) + stripped


def build_document(data: bytes) -> str:
    """Build the document that the choices in ``data`` describe."""
    c = Choices(data)
    lines = [text for text, _lazy in blocks(c)]
    if c.chance(30):
        lines = [_tabify(line) for line in lines]
    ending = c.pick(["\n", "\r\n"])
    return ending.join(lines) + (ending if c.chance(50) else "")


def documents() -> st.SearchStrategy[str]:
    """Whole documents: blocks joined by LF or CRLF, tabs for some indentation."""
    return st.binary(min_size=64, max_size=1024).map(build_document)
