r"""Where moved blocks of items land: home sections, the main list, "Out of scope" groups.

A block joins an existing list as one more item (right after the list's last
top-level item); anywhere else it is set off by blank lines from what is
around it. Group headings inside "Out of scope" are one level deeper than it.

Examples:
    >>> from todokit.document import parse
    >>> doc = parse("## API\n- [ ] a\n")
    >>> print(park_blocks(doc, [Block(("- [ ] b\n",), "API")]).render(), end="")
    ## API
    - [ ] a
    <BLANKLINE>
    ## Out of scope
    <BLANKLINE>
    ### API
    <BLANKLINE>
    - [ ] b
"""

from __future__ import annotations

from collections.abc import Sequence

from todokit._record import record
from todokit.arrange.tidy import is_blank
from todokit.document import Document, Item, Status
from todokit.document.edits import Edit, apply_edits
from todokit.document.insert import find_section, insertion_edit, section_end

OUT_OF_SCOPE_HEADING = "Out of scope"


@record
class Block:
    """An item with its subtree, as lines, and the section it belongs to.

    Attributes:
        lines: The item's lines, exactly as they were.
        section: Its former section (parking) or home section (returning); None for none.
    """

    lines: tuple[str, ...]
    section: str | None


def same_name(first: str, second: str) -> bool:
    """Return whether two heading texts are equal, ignoring case and spacing."""
    return " ".join(first.split()).casefold() == " ".join(second.split()).casefold()


def out_of_scope_span(doc: Document) -> tuple[int, int, int]:
    """Return (heading index, first line, end line) of "Out of scope"; (-1, n, n) when absent."""
    number = find_section(doc, OUT_OF_SCOPE_HEADING)
    if number < 0:
        return -1, len(doc.lines), len(doc.lines)
    return number, doc.headings[number].line, section_end(doc, number)


def out_of_scope_spans(doc: Document) -> list[tuple[int, int]]:
    """Return the (first line, end line) of every section named "Out of scope".

    Items in any of them count as parked; new ones go to the first.
    """
    return [
        (heading.line, section_end(doc, number))
        for number, heading in enumerate(doc.headings)
        if same_name(heading.text, OUT_OF_SCOPE_HEADING)
    ]


def inside(line: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Return whether line index ``line`` lies in one of ``spans``."""
    return any(first <= line < end for first, end in spans)


def top_items(doc: Document, start: int, end: int) -> list[Item]:
    """Return the top-level, unquoted items that begin in lines ``start`` to ``end``."""
    return [i for i in doc.items if i.depth == 0 and not i.quoted and start <= i.start < end]


def _body_end(doc: Document, number: int) -> int:
    """Return the line where the next heading of any level starts (the section's own text ends)."""
    following = doc.headings[number + 1 : number + 2]
    return following[0].line if following else len(doc.lines)


def _into_section(doc: Document, number: int) -> tuple[int, bool]:
    """Return (position, needs blank lines) for a block joining section ``number``'s own list."""
    heading = doc.headings[number]
    tops = top_items(doc, heading.end, _body_end(doc, number))
    return (tops[-1].end, False) if tops else (heading.end, True)


def _edits(doc: Document, placed: dict[tuple[int, bool], list[str]]) -> list[Edit]:
    """Turn insertions grouped by (position, separated) into edits, blank lines added."""
    lines, newline = doc.lines, doc.newline
    edits = []
    for (position, separated), body in placed.items():
        before: list[str] = []
        after: list[str] = []
        if separated and position > 0 and not is_blank(lines[position - 1]):
            before = [newline]
        if separated and position < len(lines) and not is_blank(lines[position]):
            after = [newline]
        edits.append(Edit(position, position, (*before, *body, *after)))
    return edits


def return_blocks(doc: Document, blocks: Sequence[Block]) -> Document:
    """Put returning blocks at the end of their home sections, else of the main list.

    The main list is where :func:`~todokit.document.insert.insert_task` adds a
    task: after the last top-level item outside "Out of scope".
    """
    spans = out_of_scope_spans(doc)
    placed: dict[tuple[int, bool], list[str]] = {}
    for block in blocks:
        homes = [
            n
            for n, heading in enumerate(doc.headings)
            if block.section is not None
            and same_name(heading.text, block.section)
            and not inside(heading.line, spans)
        ]
        if homes:
            key = _into_section(doc, homes[0])
        else:
            tops = [i for i in top_items(doc, 0, len(doc.lines)) if not inside(i.start, spans)]
            key = (
                (tops[-1].end, False) if tops else (spans[0][0] if spans else len(doc.lines), True)
            )
        placed.setdefault(key, []).extend(block.lines)
    return apply_edits(doc, _edits(doc, placed))


def _group_lines(groups: dict[str | None, list[str]], level: int, newline: str) -> list[str]:
    """Return the lines of new groups: the unsectioned items first, then one heading each."""
    lines: list[str] = []
    for name, body in sorted(groups.items(), key=lambda pair: pair[0] is not None):
        if lines:
            lines.append(newline)
        if name is not None:
            lines += [f"{'#' * level} {name}{newline}", newline]
        lines += body
    return lines


def park_blocks(doc: Document, blocks: Sequence[Block]) -> Document:
    """Put parked blocks under "Out of scope", grouped by their former sections.

    The section is created at the end of the document when missing; a group
    joins an existing sub-heading of the same name, or is added at the end of
    the section under a new one.
    """
    number, _first, last = out_of_scope_span(doc)
    groups: dict[str | None, list[str]] = {}
    for block in blocks:
        groups.setdefault(block.section, []).extend(block.lines)
    newline = doc.newline
    if number < 0:
        body = [f"## {OUT_OF_SCOPE_HEADING}{newline}", newline, *_group_lines(groups, 3, newline)]
        return apply_edits(doc, _edits(doc, {(len(doc.lines), True): body}))
    level = min(doc.headings[number].level + 1, 6)
    inner = [n for n, h in enumerate(doc.headings) if n > number and h.line < last]
    placed: dict[tuple[int, bool], list[str]] = {}
    new_groups: dict[str | None, list[str]] = {}
    for name, body in groups.items():
        found = [n for n in inner if name is not None and same_name(doc.headings[n].text, name)]
        if name is None or found:
            placed.setdefault(_into_section(doc, found[0] if found else number), []).extend(body)
        else:
            new_groups[name] = body
    if new_groups:
        placed.setdefault((last, True), []).extend(_group_lines(new_groups, level, newline))
    return apply_edits(doc, _edits(doc, placed))


def new_task_edit(doc: Document, text: str, status: Status = Status.OPEN) -> Edit:
    """Return the edit that adds a task where new work belongs: never among parked work.

    The task goes after the last top-level task before the first "Out of scope"
    section (or at the end, when there is none), written like its neighbours.

    Examples:
        >>> from todokit.document import parse
        >>> doc = parse("- [ ] a\\n\\n## Out of scope\\n\\n### X\\n\\n- [ ] z\\n")
        >>> from todokit.document.edits import apply_edits
        >>> print(apply_edits(doc, [new_task_edit(doc, "b")]).render(), end="")
        - [ ] a
        - [ ] b
        <BLANKLINE>
        ## Out of scope
        <BLANKLINE>
        ### X
        <BLANKLINE>
        - [ ] z
    """
    edit = insertion_edit(doc, text, status=status)
    spans = out_of_scope_spans(doc)
    if not any(first < edit.start <= end for first, end in spans):
        return edit
    main = Document(doc.lines[: spans[0][0]])  # a prefix: its line numbers are the document's
    edit = insertion_edit(main, text, status=status)
    if edit.start == spans[0][0] and edit.lines and edit.lines[-1].strip():
        # Appended right above the heading: keep the blank line that sets it apart.
        ending = edit.lines[-1][len(edit.lines[-1].rstrip("\r\n")) :] or "\n"
        edit = Edit(edit.start, edit.end, (*edit.lines, ending))
    return edit
