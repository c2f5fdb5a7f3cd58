"""Several real processes rotating into one archive directory on the same day."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from processes import release_together

import todokit
from todokit.files.archives import list_archives

REPO_ROOT = Path(todokit.__file__).resolve().parents[1]
PROCESSES = 6
DAY = "2026-11-24"
ROTATOR = """
import sys
from pathlib import Path
from todokit.files import atomic_write_bytes, hold_lock, parse_day, rotate
mode, todo, archive_dir, payload = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
if mode == "own":
    todo.parent.mkdir(parents=True)
    todo.write_bytes(payload.encode())
print("ready", flush=True)
sys.stdin.readline()
if mode == "own":
    print(rotate(todo, archive_dir, parse_day(sys.argv[5])).name)
else:
    with hold_lock(todo.with_name("todo.md.lock"), timeout=30):
        atomic_write_bytes(todo, payload.encode())
        print(rotate(todo, archive_dir, parse_day(sys.argv[5])).name)
"""


def run_together(commands: list[list[str]]) -> list[str]:
    """Start every command, release them at once, return their outputs."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return [output.strip() for output in release_together(commands, env=env, timeout=60)]


@pytest.mark.parametrize("mode", ["own", "locked"])
def test_concurrent_rotations_make_distinct_exact_archives(tmp_path: Path, mode: str) -> None:
    archive_dir = tmp_path / ".claude"
    archive_dir.mkdir()
    payloads = [f"- [ ] task of process {index}\n" * (index + 1) for index in range(PROCESSES)]
    commands = [
        [
            sys.executable,
            "-c",
            ROTATOR,
            mode,
            str(
                tmp_path / f"source{index}" / "todo.md"
                if mode == "own"
                else archive_dir / "todo.md"
            ),
            str(archive_dir),
            payload,
            DAY,
        ]
        for index, payload in enumerate(payloads)
    ]
    outputs = run_together(commands)
    expected_names = ["todo-2026-11-24.old"] + [
        f"todo-2026-11-24.{number}.old" for number in range(2, PROCESSES + 1)
    ]
    assert sorted(outputs) == sorted(expected_names)
    archives = list_archives(archive_dir)
    assert [archive.path.name for archive in archives] == expected_names
    contents = sorted(archive.path.read_text() for archive in archives)
    assert contents == sorted(payloads)
    for output, payload in zip(outputs, payloads, strict=True):
        assert (archive_dir / output).read_text() == payload
    assert not (archive_dir / "todo.md").exists()
