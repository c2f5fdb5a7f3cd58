"""Whole-process time and peak memory of ``todokit list --json`` and ``sort`` on a 12k-task todo.md.

Run: ``python tests/bench/list_sort_ratios.py [--runs N] [--tasks N] [--compare SRC]``.
Each round runs, one after the other, the baseline (a process that only runs mistune's
AST parse of the file), ``todokit list --json`` and ``todokit sort`` of this checkout
and, with ``--compare``, the same commands from another source tree (put first on
``PYTHONPATH``), e.g. an export of an earlier commit: ``git archive main | tar -x -C
/tmp/before``. ``sort`` runs on the unsorted file each time (it is written back before
each run). Output goes to ``/dev/null``, which is not a terminal, as when a tool reads it
from a pipe. It reports the medians of wall-clock time and peak RSS (``os.wait4``) and the
median per-round ratios to the baseline (goals: ``list --json`` 0.35x the time and 1.5x
the memory, ``sort`` 0.5x the time). It asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gen import generate_document

BASELINE = (
    "import sys, mistune\n"
    "text = open(sys.argv[1], encoding='utf-8').read()\n"
    "mistune.create_markdown(renderer=None, plugins=['task_lists'])(text)\n"
)


def measured(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Run ``command`` once with stdout on /dev/null; return its seconds and peak RSS in MiB.

    It runs in ``cwd``, away from any checkout: ``python -m`` puts the working
    directory first on ``sys.path``, ahead of ``PYTHONPATH``.
    """
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, env=env, cwd=cwd)
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{command} exited {process.returncode}")
    return wall, usage.ru_maxrss / 1024  # Linux reports ru_maxrss in KiB


def main() -> None:
    """Time the rounds and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--tasks", type=int, default=12_000)
    parser.add_argument("--compare", metavar="SRC", help="another source tree to measure too")
    options = parser.parse_args()
    unwanted = {"PYTHONDONTWRITEBYTECODE", "PYTHONPATH", "TODOKIT_ROOT"}
    env = {k: v for k, v in os.environ.items() if k not in unwanted}
    base = Path(tempfile.mkdtemp(prefix="todokit-list-bench-"))
    try:
        (base / ".git").mkdir()
        (base / ".claude").mkdir()
        todo = base / ".claude" / "todo.md"
        text = generate_document(options.tasks)
        todo.write_text(text, encoding="utf-8")
        todokit = [sys.executable, "-m", "todokit"]
        commands = {"baseline": ([sys.executable, "-c", BASELINE, str(todo)], env)}
        trees = {"": env}
        if options.compare:
            trees[" (compare)"] = {**env, "PYTHONPATH": str(Path(options.compare).resolve())}
        for suffix, tree_env in trees.items():
            commands["list --json" + suffix] = ([*todokit, "list", "--json"], tree_env)
            commands["sort" + suffix] = ([*todokit, "sort"], tree_env)
        samples: dict[str, list[tuple[float, float]]] = {key: [] for key in commands}
        for round_number in range(options.runs + 1):  # the first round warms caches and bytecode
            for key, (command, command_env) in commands.items():
                todo.write_text(text, encoding="utf-8")  # sort finds the unsorted list
                sample = measured(command, command_env, base)
                if round_number:
                    samples[key].append(sample)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    size = len(text.encode()) / 1e6
    print(f"{options.runs} rounds, {options.tasks} tasks ({size:.2f} MB); medians")
    for key, values in samples.items():
        wall = statistics.median(v[0] for v in values)
        rss = statistics.median(v[1] for v in values)
        time_ratio = statistics.median(
            v[0] / b[0] for v, b in zip(values, samples["baseline"], strict=True)
        )
        rss_ratio = statistics.median(
            v[1] / b[1] for v, b in zip(values, samples["baseline"], strict=True)
        )
        print(
            f"  {key:<22} {wall * 1000:7.0f} ms {rss:6.1f} MiB"
            f"  {time_ratio:5.2f}x time {rss_ratio:5.2f}x memory"
        )
    for key in ("list --json", "sort"):
        if key + " (compare)" in samples:
            pairs = list(zip(samples[key], samples[key + " (compare)"], strict=True))
            time_ratio = statistics.median(new[0] / old[0] for new, old in pairs)
            rss_ratio = statistics.median(new[1] / old[1] for new, old in pairs)
            print(
                f"  {key}, this checkout over --compare: {time_ratio:.2f}x time {rss_ratio:.2f}x memory"
            )


if __name__ == "__main__":
    main()
