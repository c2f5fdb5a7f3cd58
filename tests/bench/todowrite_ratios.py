"""Whole-process cost of mirroring a big ``TodoWrite`` through ``todokit hook``.

Run: ``python tests/bench/todowrite_ratios.py [--sizes 1000 2000 20000] [--limit 300]``.
For each size N, a fresh project with a 200-line todo.md receives two ``PostToolUse``
events of ``TodoWrite``, as an agent sends them: first N new pending items, then the same N
items with every other one completed. Each is one ``todokit hook`` process; the script
reports its wall-clock time, its peak resident memory (``ru_maxrss`` of that process alone)
and the ratio against ``python -c "import mistune, filelock"`` measured in the same run.
A run that passes ``--limit`` seconds is stopped and reported as such. It asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gen import generate_document
from hook_ratios import ENV, make_project, todokit_command


def measure(command: list[str], stdin: str, limit: float) -> tuple[float, int, bool]:
    """Run ``command`` once: wall-clock seconds, peak RSS in KiB, and whether it finished.

    The process is reaped with ``os.wait4``, so the memory figure is its own.
    """
    with tempfile.TemporaryFile("w+") as source, tempfile.TemporaryFile("w+") as errors:
        source.write(stdin)
        source.seek(0)
        started = time.perf_counter()
        process = subprocess.Popen(
            command, stdin=source, stdout=subprocess.DEVNULL, stderr=errors, env=ENV
        )
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            wall = time.perf_counter() - started
            if pid:
                break
            if wall > limit:
                process.kill()
                os.wait4(process.pid, 0)
                return wall, 0, False
            time.sleep(0.005)
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            errors.seek(0)
            raise SystemExit(f"{' '.join(command)} failed: {errors.read()}")
    return wall, usage.ru_maxrss, True


def todowrite(root: Path, size: int, *, completed: bool) -> str:
    """The PostToolUse event of a TodoWrite of ``size`` items (every other one done)."""
    todos = [
        {
            "content": f"Generated agent step number {n} for the big payload",
            "status": "completed" if completed and n % 2 else "pending",
            "activeForm": f"Working on step {n}",
        }
        for n in range(size)
    ]
    return json.dumps(
        {
            "hook_event_name": "PostToolUse",
            "session_id": "bench",
            "cwd": str(root),
            "tool_name": "TodoWrite",
            "tool_input": {"todos": todos},
        }
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 20000])
    parser.add_argument("--limit", type=float, default=300.0)
    options = parser.parse_args()
    hook = [*todokit_command(), "hook"]
    text = "".join(generate_document(400).splitlines(keepends=True)[:200])
    base = Path(tempfile.mkdtemp(prefix="todokit-todowrite-bench-"))
    baseline = [sys.executable, "-c", "import mistune, filelock"]
    measure(baseline, "", options.limit)  # warm the caches once
    print("size  event        wall s   peak RSS MiB  ratio to baseline (wall)")
    for size in options.sizes:
        root = make_project(base, f"p{size}", text)
        for label, completed in (("new items", False), ("updates", True)):
            base_wall, _rss, _ = measure(baseline, "", options.limit)
            wall, rss, finished = measure(
                hook, todowrite(root, size, completed=completed), options.limit
            )
            shown = f"{wall:8.2f}" if finished else f"> {options.limit:.0f}"
            memory = f"{rss / 1024:12.1f}" if finished else " " * 11 + "-"
            print(f"{size:>5} {label:<10} {shown:>8} {memory}  {wall / base_wall:8.1f}x")


if __name__ == "__main__":
    main()
