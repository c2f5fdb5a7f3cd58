"""Cases of the page's "REFs", "Dates" and "Spans" rows."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from guarantees_run import Case, Run

from todokit.document.identity import content_hash

CLAUDE = "repo/.claude"
TODO_PATH = f"{CLAUDE}/todo.md"
LITERAL = {TODO_PATH: b"- [ ] Fix the login\n- [ ] [x] stays literal\n- [x] done one\n"}
OLDER, NEWER = "todo-2026-10-24.old", "todo-2026-10-25.old"
ARCHIVES = {f"{CLAUDE}/{OLDER}": b"- [x] old\n", f"{CLAUDE}/{NEWER}": b"- [ ] newer\n"}


def ref(*argv: str) -> Case:
    """A case naming a task of the default list."""
    return Case(argv)


def dues(*expected: str | None) -> Callable[[Path, Run], None]:
    """A check: ``list --json`` gave these due dates, in order."""

    def check(sandbox: Path, result: Run) -> None:
        assert [task["due"] for task in json.loads(result.out)["tasks"]] == list(expected)

    return check


def kept(*names: str) -> Callable[[Path, Run], None]:
    """A check: exactly these archives are left."""

    def check(sandbox: Path, result: Run) -> None:
        assert sorted(p.name for p in (sandbox / CLAUDE).glob("todo-*.old")) == sorted(names)

    return check


def today(value: str) -> Case:
    """A case naming the day of a rotation with ``--today``, without rotating."""
    return Case(("rotate", "--today", value, "--dry-run"))


def span(value: str, *left: str) -> Case:
    """A case pruning with ``--older-than`` the archives of 24 and 25 October 2026.

    ``left`` names the archives an accepted span leaves.
    """
    return Case(("prune", "--older-than", value), ARCHIVES, check=kept(*left) if left else None)


CASES: dict[str, Case] = {
    "ref-index": ref("done", "1"),
    "ref-index-path": ref("done", "2.1"),
    "ref-final-dot": ref("done", "1."),
    "ref-id": ref("done", content_hash("Update the README")),
    "ref-fragment": ref("done", "login form"),
    "ref-fragment-case": ref("done", "README"),
    "ref-ambiguous": ref("done", "login"),
    "ref-no-match": ref("done", "zzz"),
    "ref-no-index": ref("done", "9"),
    "ref-zero": ref("done", "0"),
    "ref-index-not-text": ref("done", "1.2"),
    "ref-empty": ref("done", ""),
    "ref-checkbox-text": Case(("done", "[x]"), LITERAL),
    "ref-markup": Case(("done", "- ["), LITERAL),
    "ref-100kb": ref("done", "q" * 100_000),
    "ref-not-parked": ref("keep", "1"),
    "date-iso": today("2026-11-24"),
    "date-compact": today("20261124"),
    "date-week": today("2026-W48-2"),
    "date-time": today("2026-11-24T10:00"),
    "date-words": today("24 Nov 2026"),
    "date-slashes": today("2026/11/24"),
    "date-day-first": today("03/04/2026"),
    "date-short-year": today("Nov 24 26"),
    "date-five-digit-year": today("10000-01-01"),
    "date-incomplete": today("Nov 2026"),
    "date-relative": today("tomorrow"),
    "date-path": today("../2026-11-24"),
    "date-impossible": today("2026-02-30"),
    "date-empty": today(""),
    "date-100kb": today("2" * 100_000),
    "date-env": Case(("rotate", "--dry-run"), env={"TODOKIT_TODAY": "bogus"}),
    "date-since": Case(("history", "--since", "2026-10-25"), ARCHIVES),
    "date-until": Case(("history", "--until", "2026-10-24"), ARCHIVES),
    "date-since-bad": Case(("history", "--since", "last week"), ARCHIVES),
    "date-due": Case(
        ("list", "--json"),
        {TODO_PATH: b"- [ ] a due:2026-11-30\n- [ ] b \xf0\x9f\x93\x85 2026-12-01\n"},
        check=dues("2026-11-30", "2026-12-01"),
    ),
    "date-due-unreadable": Case(
        ("list", "--json"),
        {TODO_PATH: b"- [ ] a due:2026-02-30\n- [ ] b due:tomorrow\n- [ ] c due:99999-01-01\n"},
        check=dues(None, None, None),
    ),
    "span-days": span("30d", NEWER),
    "span-weeks": span("5w", NEWER, OLDER),
    "span-months": span("1m", NEWER, OLDER),
    "span-years": span("9999y", NEWER, OLDER),
    "span-five-digits": span("10000d"),
    "span-no-unit": span("30"),
    "span-space": span("30 d"),
    "span-upper": span("30D"),
    "span-fraction": span("1.5d"),
    "span-negative": span("-1d"),
    "span-100kb": span("9" * 100_000 + "d"),
    "prune-keep-negative": Case(("prune", "--keep", "-1"), ARCHIVES),
    "prune-both-rules": Case(("prune", "--keep", "1", "--older-than", "3d"), ARCHIVES),
    "prune-no-rule": Case(("prune",), ARCHIVES),
}
