"""Every row of the Guarantees page (docs/guarantees.md) holds, through the real CLI.

The page is the expectation: each row's outcome, message and exit code are read from it,
and the row's case (``guarantees_cases_*.py``) gives the input. A row without a case, a case
without a row, or a run that disagrees with its row fails. A refused input must fail, leave
every file of the sandbox as it was (the lock file, which holds no data, aside) and print its
message on stderr; no run may print a traceback or an internal error.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from guarantees_cases import CASES
from guarantees_page import PAGE, Row, page_rows, read_rows
from guarantees_run import Run, build, run, snapshot

ROWS = page_rows()
CHANGELOG = Path(__file__).resolve().parents[2] / "CHANGELOG.md"


def test_every_row_of_the_page_has_a_case_and_every_case_a_row() -> None:
    assert sorted(set(ROWS) - set(CASES)) == [], "rows without a case"
    assert sorted(set(CASES) - set(ROWS)) == [], "cases without a row"


def test_the_page_and_the_changelog_give_the_number_of_rows() -> None:
    stated = re.search(r"The tables below list (\d+) inputs", PAGE.read_text(encoding="utf-8"))
    assert stated is not None and int(stated.group(1)) == len(ROWS)
    logged = re.search(r"\*\*(\d+) inputs\*\* in the tables of", CHANGELOG.read_text("utf-8"))
    assert logged is not None and int(logged.group(1)) == len(ROWS)


def message_lines(row: Row, result: Run) -> list[str]:
    """The lines a row's message may be: those on stderr when refused, else any printed."""
    if not row.accepted:
        return result.err.splitlines()
    return [*result.out.splitlines(), *result.err.splitlines()]


def agrees(row: Row, result: Run) -> list[str]:
    """How ``result`` disagrees with ``row`` (nothing when it agrees)."""
    problems = []
    if result.code != row.exit:
        problems.append(f"exit {result.code}, the page says {row.exit}")
    if row.message is None:
        if result.out or result.err:
            problems.append("printed something; the page says nothing is printed")
    elif not any(row.pattern().fullmatch(line) for line in message_lines(row, result)):
        problems.append(f"no line reads {row.message!r}")
    if "Traceback" in result.err or "internal error" in result.out + result.err:
        problems.append("a traceback or an internal error")
    return problems


@pytest.mark.parametrize("row_id", sorted(CASES))
def test_the_row_holds(row_id: str, tmp_path: Path) -> None:
    row, case = ROWS[row_id], CASES[row_id]
    build(tmp_path, case)
    undo = case.setup(tmp_path) if case.setup else None
    before = snapshot(tmp_path)
    try:
        result = run(tmp_path, case)
    finally:
        if undo:
            undo()
    shown = f"exit {result.code}\nstdout: {result.out[-2000:]}\nstderr: {result.err[-2000:]}"
    assert agrees(row, result) == [], shown
    if row.accepted:
        assert case.check is None or case.check(tmp_path, result) is None
    else:
        assert result.code != 0, "a refused input must fail"
        assert snapshot(tmp_path) == before, "a refused input changed a file"


def test_the_page_reader_holds_rows_to_their_shape() -> None:
    table = "| Row | Input | Outcome | Message | Exit |\n|---|---|---|---|---|\n"
    good = read_rows(table + "| `a` | x | refused: no | `todokit: … \\| b` | 4 |\n")
    assert good["a"].pattern().fullmatch("todokit: anything | b")
    assert read_rows(table + "| `b` | x | accepted | — | 0 |\n")["b"].message is None
    assert read_rows(table + "| `c` | x | accepted | `` run `x` `` | 0 |\n")["c"].message == (
        "run `x`"
    )
    for bad in (
        "| `a` | x | maybe | — | 0 |",
        "| `a` | x | accepted | — |",
        "| a | x | accepted | — | 0 |",
    ):
        with pytest.raises(AssertionError):
            read_rows(table + bad + "\n")
    with pytest.raises(AssertionError, match="twice"):
        read_rows(table + "| `a` | x | accepted | — | 0 |\n" * 2)


def test_a_disagreeing_run_is_told_apart() -> None:
    row = Row("r", "S", accepted=False, message="todokit: bad …", exit=4)
    assert agrees(row, Run(4, "", "todokit: bad input\n")) == []
    assert agrees(row, Run(1, "", "todokit: bad input\n")) == ["exit 1, the page says 4"]
    assert agrees(row, Run(4, "", "todokit: good\n")) == ["no line reads 'todokit: bad …'"]
    quiet = Row("q", "S", accepted=True, message=None, exit=0)
    assert agrees(quiet, Run(0, "x", "")) == ["printed something; the page says nothing is printed"]
    assert agrees(quiet, Run(0, "", "Traceback (most recent call last)")) != []
