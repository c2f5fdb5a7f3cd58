"""``merge_files``: bytes in and out, the atomic write, and the fall-back to git's line merge."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from todokit.errors import InvalidInputError, TodokitError, UnsafeMergeError
from todokit.lifecycle import merging
from todokit.lifecycle.merging import merge_files

BASE = b"- [ ] a\n- [ ] b\n"


def three(tmp_path: Path, base: bytes, ours: bytes, theirs: bytes) -> tuple[Path, Path, Path]:
    paths = tuple(tmp_path / name for name in ("base.md", "ours.md", "theirs.md"))
    for path, data in zip(paths, (base, ours, theirs), strict=True):
        path.write_bytes(data)
    return paths  # type: ignore[return-value]


def test_the_result_replaces_ours_and_keeps_its_mode(tmp_path: Path):
    base, ours, theirs = three(tmp_path, BASE, b"- [x] a\n- [ ] b\n", b"- [ ] a\n- [x] b\n")
    ours.chmod(0o640)
    merge = merge_files(base, ours, theirs, name=".claude/todo.md")
    assert (merge.method, merge.clean, merge.written, merge.changed) == ("tasks", True, True, True)
    assert ours.read_bytes() == b"- [x] a\n- [x] b\n"
    assert ours.stat().st_mode & 0o777 == 0o640
    assert merge.diff().startswith("--- a/.claude/todo.md\n+++ b/.claude/todo.md\n")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_bytes_that_are_not_utf8_pass_through(tmp_path: Path):
    base, ours, theirs = three(
        tmp_path, b"- [ ] caf\xe9\n", b"- [x] caf\xe9\n", b"- [ ] caf\xe9\n- [ ] \xff\n"
    )
    assert merge_files(base, ours, theirs).clean
    assert ours.read_bytes() == b"- [x] caf\xe9\n- [ ] \xff\n"


def test_a_dry_run_and_an_unchanged_result_write_nothing(tmp_path: Path):
    base, ours, theirs = three(tmp_path, BASE, b"- [x] a\n- [ ] b\n", BASE)
    before = ours.stat().st_mtime_ns
    os.utime(ours, ns=(before - 10**9, before - 10**9))
    stamp = ours.stat().st_mtime_ns
    assert not merge_files(base, ours, theirs).written  # theirs changed nothing
    assert ours.stat().st_mtime_ns == stamp
    theirs.write_bytes(b"- [ ] a\n- [x] b\n")
    merge = merge_files(base, ours, theirs, dry_run=True)
    assert (merge.written, merge.changed) == (False, True)
    assert ours.read_bytes() == b"- [x] a\n- [ ] b\n"


def test_conflicts_are_counted_and_listed(tmp_path: Path):
    base, ours, theirs = three(tmp_path, BASE, b"- [x] a\n- [ ] b\n", b"- [-] a\n- [ ] b\n")
    merge = merge_files(base, ours, theirs, marker_size=9)
    assert (merge.conflict_count, [c.kind for c in merge.conflicts]) == (1, ["task"])
    assert ours.read_bytes().startswith(
        b"<<<<<<<<< ours\n- [x] a\n=========\n- [-] a\n>>>>>>>>> theirs\n"
    )


def test_an_unsafe_merge_falls_back_to_git_merge_file(tmp_path: Path):
    base, ours, theirs = three(
        tmp_path,
        b"```\ncode\n```\n\n- [ ] a\n",
        b"```\ncode\n\n- [ ] a\n",
        b"```\ncode\n```\n\n- [x] a\n",
    )
    merge = merge_files(base, ours, theirs)
    assert merge.method == "lines"
    assert merge.reason == "the merged list does not parse as the tasks put into it"
    assert merge.clean  # the lines each side changed are apart
    assert ours.read_bytes() == b"```\ncode\n\n- [x] a\n"


def test_any_failure_of_the_task_merge_falls_back_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    def broken(*args: object, **kwargs: object) -> None:
        raise IndexError("a bug")

    monkeypatch.setattr(merging, "merge_lists", broken)
    base, ours, theirs = three(tmp_path, BASE, b"- [x] a\n- [ ] b\n", b"- [ ] a\n- [x] b\n")
    merge = merge_files(base, ours, theirs)
    assert (merge.method, merge.reason, merge.clean) == ("lines", "IndexError: a bug", False)


def test_without_git_the_fall_back_fails_and_ours_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    def unsafe(*args: object, **kwargs: object) -> None:
        raise UnsafeMergeError("no")

    monkeypatch.setattr(merging, "merge_lists", unsafe)
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    base, ours, theirs = three(tmp_path, BASE, b"- [x] a\n- [ ] b\n", BASE)
    with pytest.raises(TodokitError, match="cannot run git merge-file"):
        merge_files(base, ours, theirs)
    assert ours.read_bytes() == b"- [x] a\n- [ ] b\n"


def test_git_merge_file_errors_are_reported(tmp_path: Path):
    base, ours, _theirs = three(tmp_path, BASE, BASE, BASE)
    with pytest.raises(TodokitError, match="git merge-file failed"):
        merging.line_merge(base, ours, tmp_path / "missing.md")


def test_unreadable_input_and_a_bad_marker_size_are_invalid_input(tmp_path: Path):
    base, ours, theirs = three(tmp_path, BASE, BASE, BASE)
    with pytest.raises(InvalidInputError, match="cannot read"):
        merge_files(base, ours, tmp_path / "missing.md")
    with pytest.raises(InvalidInputError, match="marker size"):
        merge_files(base, ours, theirs, marker_size=0)
