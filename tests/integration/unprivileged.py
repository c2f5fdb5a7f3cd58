"""Running todokit as a real unprivileged user, where the machine allows it.

The tests that need one run as root and switch to ``nobody`` (uid 65534) with
``setpriv`` for the child process. Where that is not possible (not root, no
``setpriv``, or this checkout not readable by that user), :func:`as_user`
returns None and the tests fall back to a simulation.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from integration_support import child_env

UID = GID = 65534


@functools.cache
def as_user() -> tuple[str, ...] | None:
    """The command prefix that runs a program as the unprivileged user, or None."""
    setpriv = shutil.which("setpriv")
    if os.geteuid() != 0 or setpriv is None:
        return None
    prefix = (setpriv, f"--reuid={UID}", f"--regid={GID}", "--clear-groups")
    probe = subprocess.run(
        [*prefix, sys.executable, "-c", "import todokit.cli"],
        env=child_env(),
        cwd="/",
        capture_output=True,
        timeout=60,
        check=False,
    )
    return prefix if probe.returncode == 0 else None


def run_as_user(cwd: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """Run ``todokit ARGUMENTS`` in ``cwd`` as the unprivileged user."""
    prefix = as_user()
    assert prefix is not None
    return subprocess.run(
        [*prefix, sys.executable, "-m", "todokit", *arguments],
        cwd=cwd,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@contextmanager
def user_directory() -> Iterator[Path]:
    """A fresh directory the unprivileged user owns and can reach (removed afterwards)."""
    top = Path(tempfile.mkdtemp(prefix="todokit-user-"))
    try:
        top.chmod(0o755)
        home = top / "project"
        home.mkdir()
        os.chown(home, UID, GID)
        yield home
    finally:
        shutil.rmtree(top, ignore_errors=True)
