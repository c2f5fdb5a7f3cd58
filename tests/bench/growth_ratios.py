"""How ``list``, ``list --json``, ``add`` and ``sort`` grow from 1,000 to 100,000 tasks.

Run: ``python tests/bench/growth_ratios.py [--runs N] [--sizes 1000,10000,100000]
[--out growth.json]``. Each round runs every command on every size, one after the
other, each a whole process on a generated todo.md (``tests/bench/gen.py``; reset
before each command), beside a process that only runs mistune's AST parse of the same
file as a reference. It reports the median wall-clock time and peak RSS of each and
their ratios to the parse (12,000 tasks is the budget's 0.9 MB file), the time ratio
of each tenfold step (goal: at most 12x) and the memory each 1,000 more tasks cost
over each step: memory grows linearly when that cost stays the same from step to
step. ``--out`` writes the medians as JSON for ``growth_plot.py``. The script
reports; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gen import generate_document
from runs import Sample, machine, median, median_ratio, run, todokit_command

PARSE = (
    "import sys, mistune\n"
    "text = open(sys.argv[1], encoding='utf-8').read()\n"
    "mistune.create_markdown(renderer=None, plugins=['task_lists'])(text)\n"
)
COMMANDS = {
    "list": ["list"],
    "list --json": ["list", "--json"],
    "add": ["add", "Check the export totals"],
    "sort": ["sort"],
}
GOAL = 12.0


def make_project(base: Path, tasks: int) -> Path:
    """A project with a generated todo.md of ``tasks`` tasks and a pristine copy beside it."""
    root = base / f"tasks{tasks}"
    (root / ".claude").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "pristine.md").write_text(generate_document(tasks), encoding="utf-8")
    return root


def one_round(projects: dict[int, Path]) -> dict[str, dict[int, Sample]]:
    """Every command once on every size; the todo.md is reset before each command."""
    todokit = todokit_command()
    found: dict[str, dict[int, Sample]] = {key: {} for key in ("mistune parse", *COMMANDS)}
    for tasks, root in projects.items():
        todo = root / ".claude" / "todo.md"
        found["mistune parse"][tasks] = run(
            [sys.executable, "-c", PARSE, str(root / "pristine.md")]
        )
        for key, arguments in COMMANDS.items():
            shutil.copyfile(root / "pristine.md", todo)
            found[key][tasks] = run([*todokit, *arguments], cwd=root)
    return found


def measure(runs: int, sizes: list[int]) -> dict[str, dict[int, list[Sample]]]:
    """Run a warm-up round and ``runs`` measured rounds; return every sample."""
    base = Path(tempfile.mkdtemp(prefix="todokit-growth-bench-"))
    try:
        projects = {tasks: make_project(base, tasks) for tasks in sizes}
        one_round({sizes[0]: projects[sizes[0]]})  # warm the caches and the bytecode
        samples: dict[str, dict[int, list[Sample]]] = {}
        for _ in range(runs):
            for key, by_size in one_round(projects).items():
                for tasks, sample in by_size.items():
                    samples.setdefault(key, {}).setdefault(tasks, []).append(sample)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return samples


def summary(samples: dict[str, dict[int, list[Sample]]]) -> dict[str, dict[int, dict[str, float]]]:
    """Medians of every command at every size: seconds, MiB and both against the parse."""
    parse = samples["mistune parse"]
    return {
        key: {
            tasks: {
                "wall": median(values, "wall"),
                "cpu": median(values, "cpu"),
                "rss": median(values, "rss"),
                "wall_vs_parse": median_ratio(values, parse[tasks], "wall"),
                "rss_vs_parse": median_ratio(values, parse[tasks], "rss"),
            }
            for tasks, values in by_size.items()
        }
        for key, by_size in samples.items()
    }


def report(runs: int, samples: dict[str, dict[int, list[Sample]]]) -> None:
    """Print the medians, the tenfold time ratios and the memory per 1,000 tasks."""
    medians = summary(samples)
    sizes = sorted(samples["mistune parse"])
    print(f"{runs} rounds; {machine()}")
    print("  medians: wall-clock (CPU), peak RSS; time and memory against the mistune parse")
    for key, by_size in medians.items():
        for tasks in sizes:
            cell = by_size[tasks]
            print(
                f"  {key:<13} {tasks:>7} tasks {cell['wall'] * 1000:7.0f} ms"
                f" ({cell['cpu'] * 1000:6.0f} ms CPU) {cell['rss']:6.1f} MiB"
                f"  {cell['wall_vs_parse']:5.2f}x time {cell['rss_vs_parse']:5.2f}x memory"
            )
    steps = [(a, b) for a in sizes for b in sizes if b == 10 * a]
    print("  10x the tasks: median per-round ratio of wall-clock time (goal 12x) and of CPU time;")
    print("  the peak RSS that each 1,000 more tasks cost over the step")
    for key, by_size in samples.items():
        parts = []
        for small, big in steps:
            ratio = median_ratio(by_size[big], by_size[small], "wall")
            cpu = median_ratio(by_size[big], by_size[small], "cpu")
            per_k = (median(by_size[big], "rss") - median(by_size[small], "rss")) / (
                (big - small) / 1000
            )
            verdict = "ok" if ratio <= GOAL else "over"
            parts.append(
                f"{small}->{big}: {ratio:5.2f}x ({verdict}, CPU {cpu:5.2f}x) {per_k:5.2f} MiB"
            )
        print(f"  {key:<13} " + "; ".join(parts))


def main() -> None:
    """Parse the options, time the rounds, print the report and write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="1000,3000,10000,12000,30000,100000")
    parser.add_argument("--out", type=Path, help="write the medians here as JSON")
    options = parser.parse_args()
    sizes = sorted(int(size) for size in options.sizes.split(","))
    samples = measure(options.runs, sizes)
    report(options.runs, samples)
    if options.out:
        data = {"machine": machine(), "runs": options.runs, "medians": summary(samples)}
        options.out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
