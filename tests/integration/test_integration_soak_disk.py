"""A full disk (ENOSPC) and a place the user may not write (EACCES): clear errors, nothing lost.

Made real where the machine allows: the project lives on a small tmpfs mounted
for the test (root only), filled to leave 0, 1, 2 … pages free, so the disk
runs out before the temp file, in the middle of its content, or not at all;
and the commands run as ``nobody`` in a project that belongs to root.
Simulated otherwise, by making the write itself fail with the same error.
Every operation either succeeds or fails with one line and exit 4 (a hook:
exit 1), leaving todo.md byte for byte as it was and no temp file behind.
The default run tries two fill levels; ``pytest -m soak`` tries twelve.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from soak_support import Ledger, prompt_event, run_forked, task_text, todowrite_event
from unprivileged import as_user, run_as_user, user_directory

from todokit.files import atomic

PAGE = 4096
OPERATIONS = ["add", "done", "start", "sort", "scope", "prompt", "todowrite"]
ALWAYS_WRITE = {"add", "done", "start", "prompt", "todowrite"}  # sort and scope may change nothing


@contextmanager
def small_tmpfs(kib: int) -> Iterator[Path | None]:
    """A tmpfs of ``kib`` KiB mounted for the test, or None where mounting is not allowed."""
    mount = shutil.which("mount")
    point = Path(tempfile.mkdtemp(prefix="todokit-tmpfs-"))
    command = [mount or "mount", "-t", "tmpfs", "-o", f"size={kib}k", "tmpfs", str(point)]
    mounted = (
        os.geteuid() == 0
        and mount is not None
        and subprocess.run(command, capture_output=True, check=False).returncode == 0
    )
    try:
        yield point if mounted else None
    finally:
        if mounted:
            subprocess.run(["umount", str(point)], check=False)
        point.rmdir()


def project_in(folder: Path, tasks: int = 400) -> Ledger:
    """A project of ``tasks`` open tasks (about 25 KB of todo.md, 7 pages)."""
    (folder / ".git").mkdir()
    (folder / ".claude").mkdir()
    texts = tuple(task_text(n) + " " + "x" * 40 for n in range(tasks))
    lines = "".join(f"- [ ] {text}\n" for text in texts)
    (folder / ".claude" / "todo.md").write_text("# Plan\n\n" + lines)
    return Ledger(folder, initial=texts)


def command(ledger: Ledger, name: str, number: int) -> tuple[list[str], bytes, str | None]:
    project = ledger.project
    if name == "add":
        return ["add", task_text(1000 + number)], b"", task_text(1000 + number)
    if name == "done":
        target = sorted(ledger.open)[0]
        return ["done", target.split()[1]], b"", target
    if name == "prompt":
        return ["hook"], prompt_event(project, f"focus {number}", f"s{number}"), None
    if name == "todowrite":
        text = task_text(2000 + number, "agent")
        return ["hook"], todowrite_event(project, text, f"t{number}"), text
    return ([name, f"round {number}"] if name != "sort" else ["sort"]), b"", None


def attempt(ledger: Ledger, name: str, number: int, reason: str) -> bool:
    """Run one operation; check it either worked or failed cleanly; return whether it worked."""
    argv, stdin, text = command(ledger, name, number)
    todo = ledger.claude / "todo.md"
    before = todo.read_bytes()
    code, message = run_forked(ledger.project, argv, stdin)
    if code == 0:
        if name in ("add", "todowrite"):
            ledger.added(text or "", certain=True)
        elif name == "done":
            ledger.marked_done(text or "", certain=True)
    else:
        assert code == (1 if argv == ["hook"] else 4), (argv, code, message)
        assert message.count("\n") == 1, message
        assert reason in message, message
        assert "internal error" not in message
        # A first prompt records its session before any file changes, and forgets it again
        # when the start fails: a failure of any kind leaves the list as it was.
        assert todo.read_bytes() == before, f"{argv} changed todo.md and failed"
        if text:
            ledger.issued.add(text)
    ledger.check(no_leftovers=True)
    return code == 0


def fill(folder: Path, leave_pages: int) -> Path:
    """Fill the file system of ``folder`` until ENOSPC, then free ``leave_pages`` pages."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    try:
        while True:
            try:
                os.write(fd, b"\0" * PAGE)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
                break
    finally:
        os.close(fd)
    with filler.open("r+b") as handle:
        handle.truncate(max(filler.stat().st_size - leave_pages * PAGE, 0))
    return filler


@pytest.mark.parametrize(
    "levels",
    [
        pytest.param((0, 3), id="fast"),
        pytest.param(tuple(range(12)), id="soak", marks=pytest.mark.soak),
    ],
)
def test_a_full_disk_fails_cleanly_at_every_fill_level(levels: tuple[int, ...]) -> None:
    with small_tmpfs(512) as mounted:
        if mounted is None:
            pytest.skip("cannot mount a tmpfs here; see the simulated test")
        failures = 0
        for level in levels:
            folder = mounted / f"level{level}"
            folder.mkdir()
            ledger = project_in(folder)
            filler = fill(mounted, level)
            for number, name in enumerate(OPERATIONS):
                failures += not attempt(ledger, name, number, "no space left on device")
            filler.unlink()
            for number, name in enumerate(OPERATIONS, start=100):
                assert attempt(ledger, name, number, "")  # with space again, everything works
            shutil.rmtree(folder)
        assert failures > 0
        print(
            f"\nENOSPC: {len(levels)} fill levels x {len(OPERATIONS)} operations, {failures} failed cleanly"
        )


def test_a_full_disk_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ledger = project_in(tmp_path)

    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_fill_and_replace", no_space)
    for number, name in enumerate(OPERATIONS):
        worked = attempt(ledger, name, number, "no space left on device")
        assert not (worked and name in ALWAYS_WRITE), name


def test_a_place_the_user_may_not_write_simulated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ledger = project_in(tmp_path)

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic, "open_temp_file", denied)
    for number, name in enumerate(OPERATIONS):
        worked = attempt(ledger, name, number, "permission denied")
        assert not (worked and name in ALWAYS_WRITE), name


@pytest.mark.skipif(as_user() is None, reason="needs root and setpriv; see the simulated test")
def test_a_project_of_another_user_is_refused_cleanly() -> None:
    with user_directory() as home:
        theirs = home.parent / "theirs"
        theirs.mkdir()
        ledger = project_in(theirs)
        before = (theirs / ".claude" / "todo.md").read_bytes()
        for argv in (["add", "x"], ["done", "n00001"], ["start", "y"], ["sort"], ["rotate"]):
            result = run_as_user(theirs, *argv)
            assert result.returncode == 4, result.stderr
            assert "permission denied" in result.stderr, result.stderr
            assert result.stderr.count("\n") == 1
        assert (theirs / ".claude" / "todo.md").read_bytes() == before
        ledger.check(no_leftovers=True)
