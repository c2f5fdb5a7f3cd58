"""The scanner's fast paths do exactly what its general algorithm does.

:class:`FastScanState` short-cuts blank lines, list items starting with text and
paragraph lines; scanning the same lines with :class:`ScanState` alone, line by
line, must give equal records: every item, heading, span and marker.
"""

from __future__ import annotations

from doc_strategies import any_text, documents
from hypothesis import given
from hypothesis import strategies as st

from todokit.document.lines import split_lines
from todokit.document.scan_fast import FastScanState
from todokit.document.scan_state import ScanState
from todokit.document.scanned import ScanResult

PIECES = st.sampled_from(
    [
        *" -*+>#`~\t\n[]xX1.)<!a=_29",
        *("- [ ] ", "\n  ", "    ", "1. ", "2. ", "[x] ", "\n\n", "<!-- ", " -->", "```\n"),
        *("  - ", "a\n===", "10) ", "-    x", "\r\n"),
    ]
)


def general(text: str) -> ScanResult:
    state = ScanState()
    for index, line in enumerate(split_lines(text)):
        raw = line.rstrip("\r\n")
        state.feed(index, raw.expandtabs(4), raw)
    state.finish()
    return state.result


def fast(text: str) -> ScanResult:
    state = FastScanState()
    state.run([line.rstrip("\r\n") for line in split_lines(text)], 0)
    return state.result


@given(documents())
def test_generated_documents(text: str) -> None:
    assert fast(text) == general(text)


@given(st.lists(PIECES, max_size=60).map("".join))
def test_markdown_fragments(text: str) -> None:
    assert fast(text) == general(text)


@given(any_text())
def test_any_text(text: str) -> None:
    assert fast(text) == general(text)


def test_each_fast_path_is_taken() -> None:
    text = "# T\n\n- [ ] a\n  text\nlazy\n\n- b\n1. [x] c\n2. d\n\npara\n10. no\n   - [/] e\n"
    result = fast(text)
    assert result == general(text)
    assert [(i.line, i.depth, i.status, i.end) for i in result.items] == [
        (2, 0, " ", 5),
        (6, 0, None, 7),
        (7, 0, "x", 8),
        (8, 0, None, 9),
        (12, 0, "/", 13),  # "10." cannot interrupt "para": no list to nest in
    ]
