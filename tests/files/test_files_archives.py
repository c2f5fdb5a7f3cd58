"""Archive names, listing and pruning."""

from __future__ import annotations

import errno
import os
from datetime import date, datetime
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from todokit.errors import InvalidInputError, UsageError
from todokit.files.archives import (
    Archive,
    archive_name,
    list_archives,
    parse_archive_name,
    prune,
)

TODAY = date(2026, 11, 24)


def make(directory: Path, *names: str) -> None:
    for name in names:
        (directory / name).write_bytes(name.encode())


def names(found: list[Archive]) -> list[str]:
    return [archive.path.name for archive in found]


def test_names() -> None:
    assert archive_name(TODAY) == "todo-2026-11-24.old"
    assert archive_name(TODAY, 2) == "todo-2026-11-24.2.old"
    assert archive_name(datetime(2026, 11, 24, 10, 30), 12) == "todo-2026-11-24.12.old"
    assert archive_name(date(33, 1, 2)) == "todo-0033-01-02.old"


@pytest.mark.parametrize(
    ("day", "sequence"), [("2026-11-24", 1), ("../../etc/passwd", 1), (TODAY, 0), (TODAY, True)]
)
def test_bad_name_parts_are_usage_errors(day: object, sequence: object) -> None:
    with pytest.raises(UsageError):
        archive_name(day, sequence)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "name",
    [
        "todo-2026-11-24.1.old",
        "todo-2026-11-24.02.old",
        "todo-2026-11-24.0.old",
        "TODO-2026-11-24.old",
        "todo-2026-11-24.old.bak",
        "todo-2026-11-24.old\n",
        "xtodo-2026-11-24.old",
        "todo-2026-1-24.old",
        "todo-2026-02-30.old",
        "todo-\u0662\u0660\u0662\u0666-11-24.old",
        "todo-2026-11-24.md",
        "todo.md",
    ],
)
def test_only_names_todokit_makes_are_recognised(name: str) -> None:
    assert parse_archive_name(name) is None


@given(st.dates(), st.integers(1, 10**6))
def test_names_round_trip(day: date, sequence: int) -> None:
    assert parse_archive_name(archive_name(day, sequence)) == (day, sequence)


def test_listing_is_sorted_numerically_and_filtered(tmp_path: Path) -> None:
    make(
        tmp_path,
        "todo-2026-11-24.10.old",
        "todo-2026-11-24.old",
        "todo-2026-11-24.9.old",
        "todo-2026-11-02.old",
        "todo-2027-01-01.old",
        "todo.md",
        "TODO-2026-11-24.old",
        "notes-2026-11-24.old",
    )
    (tmp_path / "todo-2026-11-25.old").mkdir()
    (tmp_path / "todo-2026-11-26.old").symlink_to(tmp_path / "todo.md")
    found = list_archives(tmp_path)
    assert names(found) == [
        "todo-2026-11-02.old",
        "todo-2026-11-24.old",
        "todo-2026-11-24.9.old",
        "todo-2026-11-24.10.old",
        "todo-2027-01-01.old",
    ]
    assert found[1] == Archive(TODAY, 1, tmp_path / "todo-2026-11-24.old", 19)
    assert names(list_archives(tmp_path, since=TODAY, until=TODAY)) == names(found[1:4])
    assert names(list_archives(tmp_path, since=date(2026, 11, 3))) == names(found[1:])
    assert names(list_archives(tmp_path, until=date(2026, 11, 23))) == names(found[:1])


def test_listing_missing_or_non_directory_is_empty(tmp_path: Path) -> None:
    make(tmp_path, "plain")
    assert list_archives(tmp_path / "absent") == []
    assert list_archives(tmp_path / "plain") == []


def test_listing_unreadable_directory_is_invalid_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "scandir", refuse)
    with pytest.raises(InvalidInputError, match="cannot list archives"):
        list_archives(tmp_path)


def test_listing_skips_an_archive_removed_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make(tmp_path, "todo-2026-11-24.old", "todo-2026-11-25.old")
    real_scandir = os.scandir

    class Vanishing:
        def __init__(self, directory: Path) -> None:
            self.inner = real_scandir(directory)

        def __enter__(self) -> list[object]:
            listed: list[object] = list(self.inner)
            (tmp_path / "todo-2026-11-24.old").unlink()  # after listing, before stat
            return listed

        def __exit__(self, *exc: object) -> None:
            self.inner.close()

    monkeypatch.setattr(os, "scandir", Vanishing)
    assert names(list_archives(tmp_path)) == ["todo-2026-11-25.old"]


DAYS = [
    "todo-2026-10-01.old",
    "todo-2026-10-25.old",
    "todo-2026-10-25.2.old",
    "todo-2026-11-20.old",
]


@pytest.mark.parametrize(
    ("rule", "removed"),
    [
        ({"keep": 2}, DAYS[:2]),
        ({"keep": 0}, DAYS),
        ({"keep": 10}, []),
        ({"older_than": relativedelta(days=30)}, DAYS[:1]),
        ({"older_than": relativedelta(days=29)}, DAYS[:3]),
        ({"older_than": relativedelta(months=1)}, DAYS[:1]),
        ({"older_than": relativedelta(days=0)}, DAYS),
        ({"older_than": relativedelta(years=9999)}, []),
    ],
)
def test_prune_rules(tmp_path: Path, rule: dict[str, object], removed: list[str]) -> None:
    make(tmp_path, *DAYS, "todo.md", "todo-2000-01-01.old.bak")
    report = prune(tmp_path, today=TODAY, dry_run=True, **rule)  # type: ignore[arg-type]
    assert names(report) == removed
    assert len(list(tmp_path.iterdir())) == len(DAYS) + 2
    assert names(prune(tmp_path, today=TODAY, **rule)) == removed  # type: ignore[arg-type]
    remaining = sorted(path.name for path in tmp_path.iterdir())
    assert remaining == sorted({*DAYS, "todo.md", "todo-2000-01-01.old.bak"} - set(removed))


@pytest.mark.parametrize(
    "rule",
    [
        {},
        {"keep": 1, "older_than": relativedelta(days=1)},
        {"keep": -1},
        {"keep": True},
        {"keep": 1.5},
    ],
)
def test_prune_needs_exactly_one_valid_rule(tmp_path: Path, rule: dict[str, object]) -> None:
    make(tmp_path, *DAYS)
    with pytest.raises(UsageError):
        prune(tmp_path, today=TODAY, **rule)  # type: ignore[arg-type]
    assert len(list(tmp_path.iterdir())) == len(DAYS)


def test_prune_failure_is_invalid_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make(tmp_path, *DAYS)

    def refuse(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "unlink", refuse)
    with pytest.raises(InvalidInputError, match=r"cannot delete .*todo-2026-10-01\.old"):
        prune(tmp_path, keep=0, today=TODAY)
