"""Running one row of the Guarantees page: a sandbox, the real ``todokit`` command, its outcome.

The sandbox holds the project (``repo/``, with ``.git`` and a ``.claude/todo.md``), a
directory outside it (``out/``) and a home directory (``home/``). A case runs the CLI's entry
point in this process, or, where it matters (special files that could hang, hooks, checks,
argument bytes, big inputs), as a child process of ``python -m todokit``.
"""

from __future__ import annotations

import hashlib
import io
import os
import socket
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path

import todokit
from todokit.cli import main

REPO_ROOT = Path(todokit.__file__).resolve().parents[1]
DAY = "2026-11-24"
TODO = b"""## Backend

- [ ] Fix the login form
- [ ] Fix the login api
  - [ ] Write the api tests
- [x] 1.2 release notes

## Docs

- [ ] Update the README
"""
LOCK = "repo/.claude/todo.md.lock"  # holds no data: a refused command may leave it


@dataclass(frozen=True)
class Run:
    """What a command did."""

    code: int
    out: str
    err: str


@dataclass(frozen=True)
class Case:
    """How to give todokit one input of the page.

    ``files`` are written below the sandbox (``repo/.claude/todo.md`` defaults to
    :data:`TODO`; ``None`` leaves a file out); ``setup`` then makes what bytes cannot
    (FIFOs, sockets, links) and may return a function that undoes it after the run.
    ``stdin`` may be a function of the sandbox, and ``check`` asserts more about an
    accepted row.
    """

    argv: tuple[str | bytes, ...]
    files: Mapping[str, bytes | None] = field(default_factory=dict)
    setup: Callable[[Path], Callable[[], None] | None] | None = None
    stdin: bytes | Callable[[Path], bytes] | None = None
    env: Mapping[str, str] = field(default_factory=dict)
    process: bool = False
    cwd: str = "repo"
    check: Callable[[Path, Run], None] | None = None


def build(sandbox: Path, case: Case) -> None:
    """Make the sandbox of ``case``."""
    for folder in ("repo/.git", "repo/.claude", "out", "home"):
        (sandbox / folder).mkdir(parents=True, exist_ok=True)
    files: dict[str, bytes | None] = {"repo/.claude/todo.md": TODO, **case.files}
    for name, data in files.items():
        if data is not None:
            (sandbox / name).parent.mkdir(parents=True, exist_ok=True)
            (sandbox / name).write_bytes(data)


def environment(sandbox: Path, case: Case) -> dict[str, str]:
    """The child's environment: no project variables of the caller, a fixed day, no colour."""
    drop = ("TODOKIT_ROOT", "TODOKIT_TODAY", "CLAUDE_PROJECT_DIR", "CLAUDE_PLUGIN_ROOT")
    env = {key: value for key, value in os.environ.items() if key not in drop}
    env.update(PYTHONPATH=str(REPO_ROOT), NO_COLOR="1", LC_ALL="C.UTF-8", TODOKIT_TODAY=DAY)
    env.update(HOME=str(sandbox / "home"), **case.env)
    return env


def run(sandbox: Path, case: Case) -> Run:
    """Run the case's command in its sandbox (built already) and return what it did."""
    data = case.stdin(sandbox) if callable(case.stdin) else case.stdin
    cwd, env = sandbox / case.cwd, environment(sandbox, case)
    if case.process:
        done = subprocess.run(
            [sys.executable, "-m", "todokit", *case.argv],
            cwd=cwd,
            env=env,
            input=data or b"",
            capture_output=True,
            timeout=120,
            check=False,
        )
        decode = lambda raw: raw.decode("utf-8", "replace")  # noqa: E731
        return Run(done.returncode, decode(done.stdout), decode(done.stderr))
    with in_process(cwd, env, data or b"") as (out, err):
        code = main([os.fsdecode(argument) for argument in case.argv])
    return Run(code, out.getvalue(), err.getvalue())


@contextmanager
def in_process(
    cwd: Path, env: Mapping[str, str], data: bytes
) -> Iterator[tuple[io.StringIO, io.StringIO]]:
    """Run with ``cwd``, ``env`` and ``data`` on stdin, capturing stdout and stderr."""
    saved_cwd, saved_env, saved_stdin = Path.cwd(), dict(os.environ), sys.stdin
    out, err = io.StringIO(), io.StringIO()
    os.chdir(cwd)
    os.environ.clear()
    os.environ.update(env)
    sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    try:
        with redirect_stdout(out), redirect_stderr(err):
            yield out, err
    finally:
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)
        sys.stdin = saved_stdin


def snapshot(sandbox: Path) -> dict[str, object]:
    """Every entry of the sandbox: a file's digest, a link's target, or what else it is."""
    entries: dict[str, object] = {}
    for folder, directories, names in os.walk(sandbox):
        for name in sorted([*directories, *names]):
            path = Path(folder) / name
            key = path.relative_to(sandbox).as_posix()
            mode = path.lstat().st_mode
            if key == LOCK:
                continue
            if stat.S_ISLNK(mode):
                entries[key] = ("link", str(path.readlink()))
            elif stat.S_ISREG(mode):
                entries[key] = _content(path)
            else:
                entries[key] = stat.S_IFMT(mode)
    return entries


def _content(path: Path) -> bytes:
    """A digest of a file's bytes: small in memory, even for a sparse 65 MiB file."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "blake2b").digest()


def fifo(name: str) -> Callable[[Path], None]:
    """A setup making ``name`` a named pipe (no writer: a blocking open would hang)."""
    return lambda sandbox: _replace(sandbox / name, os.mkfifo)


def unix_socket(name: str) -> Callable[[Path], None]:
    """A setup making ``name`` a bound UNIX socket."""

    def make(path: Path) -> None:
        here = Path.cwd()
        os.chdir(path.parent)  # a relative address: socket paths are short
        try:
            with socket.socket(socket.AF_UNIX) as bound:
                bound.bind(path.name)
        finally:
            os.chdir(here)

    return lambda sandbox: _replace(sandbox / name, make)


def link(name: str, target: str) -> Callable[[Path], None]:
    """A setup making ``name`` a symlink to ``target`` (relative targets stay relative)."""
    return lambda sandbox: _replace(sandbox / name, lambda path: path.symlink_to(target))


def directory(name: str) -> Callable[[Path], None]:
    """A setup making ``name`` a directory."""
    return lambda sandbox: _replace(sandbox / name, Path.mkdir)


def _replace(path: Path, make: Callable[[Path], object]) -> None:
    """Remove what ``path`` is, then make it anew."""
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.is_dir():
        path.rmdir()
    path.parent.mkdir(parents=True, exist_ok=True)
    make(path)


def steps(*setups: Callable[[Path], object]) -> Callable[[Path], None]:
    """Run several setups in order."""

    def run_all(sandbox: Path) -> None:
        for setup in setups:
            setup(sandbox)

    return run_all


def lock_held(sandbox: Path) -> Callable[[], None]:
    """A setup holding the project's lock in this process until the run is over."""
    import filelock

    lock = filelock.FileLock(str(sandbox / LOCK))
    lock.acquire()
    return lock.release
