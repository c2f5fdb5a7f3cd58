"""Task-wise merge speed as ratios to ``git merge-file`` on the same three files, in one run.

Run: ``python tests/bench/merge_ratios.py [--runs N]``. For lists of about 1,200,
12,000 and 120,000 tasks (``gen.py``), a base and two sides edited as two agents
would (ours: 5% of the statuses, 1% new tasks at section ends, 0.5% of the
tasks moved to another section; theirs: another 5% of the statuses, 1% of the
tasks reworded, 1% removed with their subtasks) are merged, round after round, by:

- ``git merge-file -p`` (the baseline: git's line merge, a C process);
- ``merge_lists`` in this process (the task-wise merge, parse to text);
- ``todokit merge`` as git runs it: a whole process, files in and out.

Each size reports medians: git's time, the task-wise merge's and the driver
process's, with their median per-round ratios to git's; then the scaling: the
time for 10x the tasks over the time for 1x (linear is 10x). ``merge_lists``
runs with the cyclic garbage collector on, as a library call does: at 120,000
tasks its collections add a superlinear part. The ``todokit`` process pauses
the collector for its run, as every command does. The script reports; it
asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gen import generate_document

from todokit.merging import merge_lists

TASK = re.compile(r"^(\s*- \[)(.)(\] )(.*)$")
SIZES = (1_200, 12_000, 120_000)


def _sides(base: str, seed: int) -> tuple[str, str]:
    """Return ours and theirs: two sets of agent-like edits of ``base``."""
    rng = random.Random(seed)
    lines = base.splitlines(keepends=True)
    tasks = [i for i, line in enumerate(lines) if TASK.match(line) and not line.startswith(" ")]
    ours, theirs = list(lines), list(lines)
    for index in rng.sample(tasks, len(tasks) // 20):
        ours[index] = TASK.sub(r"\1x\3\4", ours[index])
    for index in rng.sample(tasks, len(tasks) // 20):
        theirs[index] = TASK.sub(r"\1/\3\4", theirs[index])
    for index in rng.sample(tasks, len(tasks) // 100):
        theirs[index] = theirs[index].rstrip("\n") + " (reworded)\n"
    for index in rng.sample(tasks, len(tasks) // 100):  # a task with its subtasks
        end = index + 1
        while end < len(lines) and lines[end].startswith("  "):
            end += 1
        theirs[index:end] = [""] * (end - index)
    moved = rng.sample(tasks, len(tasks) // 200)
    carried = [ours[index] for index in moved]
    for index in moved:
        ours[index] = ""
    ends = [i for i, line in enumerate(lines) if line.startswith("## ")]
    for number, index in enumerate(rng.sample(ends, min(len(ends), len(tasks) // 100 + 1))):
        ours[index] = ours[index] + "\n" + f"- [ ] New task {number} from ours\n"
    ours[ends[-1]] += "".join(carried)
    return "".join(ours), "".join(theirs)


def _git_merge_file(folder: Path) -> None:
    subprocess.run(
        ["git", "merge-file", "-p", "ours.md", "base.md", "theirs.md"],
        cwd=folder,
        capture_output=True,
        check=False,
    )


def _timed(action: object) -> float:
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - start


def _write(folder: Path, texts: tuple[str, str, str]) -> None:
    for name, text in zip(("base", "ours", "theirs"), texts, strict=True):
        (folder / f"{name}.md").write_text(text, encoding="utf-8")


def _driver_process(folder: Path) -> None:
    command = [sys.executable, "-m", "todokit", "merge", "base.md", "ours.md", "theirs.md"]
    subprocess.run(command, cwd=folder, capture_output=True, check=False)


def _median_ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:8.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    folder = Path(tempfile.mkdtemp())
    library: dict[int, float] = {}
    driver: dict[int, float] = {}
    print(f"{runs} rounds, medians; ratios are per round, to git merge-file on the same files")
    for size in SIZES:
        base = generate_document(size)
        texts = (base, *_sides(base, seed=size))
        conflicts = len(merge_lists(*texts).conflicts)
        git, tasks, process = [], [], []
        for _ in range(runs):
            _write(folder, texts)
            git.append(_timed(lambda: _git_merge_file(folder)))
            tasks.append(_timed(lambda: merge_lists(*texts)))  # noqa: B023
            process.append(_timed(lambda: _driver_process(folder)))
            _write(folder, texts)
        library[size], driver[size] = statistics.median(tasks), statistics.median(process)
        ratio = statistics.median(t / g for t, g in zip(tasks, git, strict=True))
        process_ratio = statistics.median(p / g for p, g in zip(process, git, strict=True))
        print(f"  {size:>7,} tasks, {len(base) / 1e6:5.2f} MB, {conflicts} conflicts")
        print(f"    git merge-file          {_median_ms(git)}")
        print(f"    merge_lists             {_median_ms(tasks)}  {ratio:5.1f}x")
        print(f"    todokit merge process   {_median_ms(process)}  {process_ratio:5.1f}x")
    for small, large in pairwise(SIZES):
        print(
            f"  {large // small}x the tasks ({small:,} -> {large:,}): merge_lists "
            f"{library[large] / library[small]:.1f}x, process {driver[large] / driver[small]:.1f}x the time"
        )


if __name__ == "__main__":
    main()
