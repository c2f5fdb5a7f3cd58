"""Whole-process time and peak memory of every command on big lists, at 1x and 10x the tasks.

Run: ``python tests/bench/scale_ratios.py [--tasks N] [--factor F] [--runs N] [--compare SRC]``.
It writes two generated lists, ``N`` tasks (default 67,000: about 5 MB) and ``F`` times as
many (default 10: about 50 MB), and runs each command as a whole process on a fresh copy of
each: ``list``, ``list --json``, ``add``, ``done``, ``sort``, ``scope``, ``start``, ``park``,
``keep``, and the hook's first and later prompts. It reports, per command and size, the
wall-clock time and the peak resident memory of that process alone (``os.wait4``), the memory
as a multiple of the file's size (goal: at most 15x), and how time and memory grow with ``F``
times the tasks (goal: at most 12x the time for 10x the tasks). ``--compare SRC`` runs the
same commands from another source tree too (put first on ``PYTHONPATH``), e.g. an export of
an earlier commit: ``git archive main | tar -x -C /tmp/before``. It asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gen import generate_document

TASK = "Fix the session timeout on slow networks"
# Each command: the runs that prepare its copy of the list (not measured), then the one measured;
# {id} stands for a task that parking moves (see unique_task_id).
COMMANDS: dict[str, tuple[list[list[str]], list[str]]] = {
    "list": ([], ["list"]),
    "list --json": ([], ["list", "--json"]),
    "add": ([], ["add", "Profile the nightly export job"]),
    "done": ([], ["done", "2"]),
    "sort": ([], ["sort"]),
    "scope": ([], ["scope", TASK]),
    "start": ([], ["start", TASK]),
    "park": ([], ["park", "{id}"]),
    "keep": ([["park", "{id}"]], ["keep", "{id}"]),
    "hook first": ([], ["hook"]),
    "hook later": ([["hook"]], ["hook"]),
}
MEMORY_GOAL, TIME_GOAL = 15.0, 12.0


def hook_event(root: Path) -> str:
    """A prompt of one session in ``root``: the first one starts, later ones show context."""
    event = {"hook_event_name": "UserPromptSubmit", "session_id": "bench", "cwd": str(root)}
    return json.dumps({**event, "prompt": TASK})


# A small process starts each measured one and reports its time and peak RSS. Started from
# this script directly, a child would inherit this process's high-water mark of resident
# memory (Linux carries it across fork and exec), which holds the generated lists.
LAUNCHER = """
import json, os, subprocess, sys, time
stdin = subprocess.PIPE if sys.argv[1] else subprocess.DEVNULL
start = time.perf_counter()
process = subprocess.Popen(sys.argv[2:], stdin=stdin, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE)
if process.stdin is not None:
    process.stdin.write(sys.argv[1].encode())
    process.stdin.close()
errors = process.stderr.read().decode(errors="replace")
_pid, status, usage = os.wait4(process.pid, 0)
wall = time.perf_counter() - start
cpu = usage.ru_utime + usage.ru_stime
code = os.waitstatus_to_exitcode(status)
print(json.dumps([wall, cpu, usage.ru_maxrss, code, errors[-500:]]))
"""


Sample = tuple[float, float, float]  # wall-clock seconds, CPU seconds, peak RSS in MiB


def run(command: list[str], root: Path, env: dict[str, str]) -> Sample:
    """Run one todokit command in ``root``; return its wall and CPU seconds and peak RSS."""
    stdin = hook_event(root) if command[0] == "hook" else ""
    argv = [sys.executable, "-c", LAUNCHER, stdin, sys.executable, "-m", "todokit", *command]
    done = subprocess.run(argv, capture_output=True, text=True, check=True, env=env, cwd=root)
    wall, cpu, max_rss, code, errors = json.loads(done.stdout)
    if code != 0:
        raise SystemExit(f"todokit {' '.join(command)} exited {code}: {errors}")
    return wall, cpu, max_rss / 1024  # Linux reports ru_maxrss in KiB


def fresh_project(base: Path, text: str) -> Path:
    """Return a new project directory whose ``.claude/todo.md`` holds ``text``."""
    if base.exists():
        shutil.rmtree(base)
    (base / ".git").mkdir(parents=True)
    (base / ".claude").mkdir()
    (base / ".claude" / "todo.md").write_text(text, encoding="utf-8")
    return base


def unique_task_id(text: str) -> str:
    """The id of the first top-level task whose text is unique: parking does not change it.

    An id of a text that occurs twice depends on the order of the two (``-2``).
    """
    from todokit.document import parse

    doc = parse(text)
    stems = Counter(item.id.split("-")[0] for item in doc.items)
    return next(task.id for task in doc.tasks if task.depth == 0 and stems[task.id] == 1)


def measure(name: str, text: str, work: Path, env: dict[str, str], runs: int) -> Sample:
    """Return the medians of command ``name``'s samples on ``text`` over ``runs`` runs."""
    setup, command = COMMANDS[name]
    if any("{id}" in arg for step in [*setup, command] for arg in step):
        task_id = unique_task_id(text)
        setup = [[arg.replace("{id}", task_id) for arg in step] for step in setup]
        command = [arg.replace("{id}", task_id) for arg in command]
    samples = []
    for _ in range(runs):
        root = fresh_project(work, text)
        for step in setup:
            run(step, root, env)
        samples.append(run(command, root, env))
    wall, cpu, rss = (statistics.median(column) for column in zip(*samples, strict=True))
    return wall, cpu, rss


def main() -> None:
    """Measure every command at both sizes, for each source tree, and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=67_000)
    parser.add_argument("--factor", type=int, default=10)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--commands", nargs="*", default=list(COMMANDS), choices=list(COMMANDS))
    parser.add_argument("--compare", metavar="SRC", help="another source tree to measure too")
    options = parser.parse_args()
    unwanted = {"PYTHONDONTWRITEBYTECODE", "PYTHONPATH", "TODOKIT_ROOT", "CLAUDE_PROJECT_DIR"}
    env = {k: v for k, v in os.environ.items() if k not in unwanted}
    trees = {"this": env}
    if options.compare:
        trees["compare"] = {**env, "PYTHONPATH": str(Path(options.compare).resolve())}
    texts = {
        "1x": generate_document(options.tasks),
        f"{options.factor}x": generate_document(options.tasks * options.factor, seed=1),
    }
    sizes = {key: len(text.encode()) / 2**20 for key, text in texts.items()}
    base = Path(tempfile.mkdtemp(prefix="todokit-scale-bench-"))
    results: dict[tuple[str, str, str], Sample] = {}
    try:
        for tree_env in trees.values():
            measure("list", texts["1x"], base / "p", tree_env, 1)  # warm the bytecode
        for name in options.commands:
            for size, text in texts.items():
                for tree, tree_env in trees.items():  # side by side, so load hits both alike
                    sample = results[tree, name, size] = measure(
                        name, text, base / "p", tree_env, options.runs
                    )
                    print(
                        f"  {tree:<8} {name:<12} {size:>4} {cell(sample, sizes[size])}", flush=True
                    )
    finally:
        shutil.rmtree(base, ignore_errors=True)
    report(options, trees, sizes, results)


def cell(sample: Sample, size: float) -> str:
    """One measurement: wall and CPU seconds, peak RSS and that RSS over the file's size."""
    wall, cpu, rss = sample
    return f"{wall:6.2f} s {cpu:6.2f} s CPU {rss:6.0f} MiB ({rss / size:4.1f}x)"


def report(
    options: argparse.Namespace,
    trees: dict[str, dict[str, str]],
    sizes: dict[str, float],
    results: dict[tuple[str, str, str], Sample],
) -> None:
    """Print one table per source tree, and the head-to-head ratios with ``--compare``."""
    small, big = sizes
    print(
        f"\n{options.tasks} and {options.tasks * options.factor} tasks"
        f" ({sizes[small]:.1f} and {sizes[big]:.1f} MiB); medians of {options.runs} run(s);"
        f" growth is {big} over {small} (goal: CPU time <= {TIME_GOAL:g}x, RSS <="
        f" {MEMORY_GOAL:g}x the file)"
    )
    for tree in trees:
        print(f"\n{tree}: {'command':<10} {small:>28} {big:>36}   CPU growth  RSS growth")
        for name in options.commands:
            first, second = results[tree, name, small], results[tree, name, big]
            growth, memory = second[1] / first[1], second[2] / first[2]
            over = growth > TIME_GOAL or second[2] / sizes[big] > MEMORY_GOAL
            print(
                f"  {name:<12} {cell(first, sizes[small])}  {cell(second, sizes[big])}"
                f"  {growth:5.1f}x  {memory:5.1f}x{'  (over)' if over else ''}"
            )
    if "compare" in trees:
        print("\nthis tree over --compare: CPU time and peak RSS, per size")
        for name in options.commands:
            cells = []
            for size in sizes:
                new, old = results["this", name, size], results["compare", name, size]
                cells.append(f"{size}: {new[1] / old[1]:4.2f}x CPU {new[2] / old[2]:4.2f}x RSS")
            print(f"  {name:<12} " + "   ".join(cells))


if __name__ == "__main__":
    main()
