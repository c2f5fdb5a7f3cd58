"""Whole-process cost of ``todokit hook``, ``list --json`` and ``add`` on a 200-line list.

Run: ``python tests/bench/hook_ratios.py [--runs N]``. Each round runs, one after the
other, the baseline (``python -c "import mistune, filelock"``), a ``UserPromptSubmit``
of a session that already started (context only), the first prompt of a new session
(rotate, carry, score, park, sort, write, context), ``todokit list --json`` and
``todokit add``, each on a 200-line todo.md (``add`` on a fresh copy each round). The
ratios are medians of the per-round ratios, so a machine that drifts during the run
moves both sides together. Goals: later prompt <= 1.25x, first prompt <= 1.75x,
``list --json`` and ``add`` <= 1.5x. The script reports; it asserts nothing.
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
from runs import BASELINE, Sample, machine, median, median_ratio, run, todokit_command

GOALS = {"later prompt": 1.25, "first prompt": 1.75, "list --json": 1.5, "add": 1.5}


def sample_todo(lines: int = 200) -> str:
    """The first ``lines`` lines of a generated agent-style todo.md."""
    return "".join(generate_document(400).splitlines(keepends=True)[:lines])


def make_project(base: Path, name: str, text: str) -> Path:
    """A project directory with a ``.git`` marker and ``.claude/todo.md`` holding ``text``."""
    root = base / name
    (root / ".claude").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / ".claude" / "todo.md").write_text(text, encoding="utf-8")
    return root


def event(base: Path, root: Path, session: str) -> Path:
    """Write a UserPromptSubmit event for ``root`` to a file; return its path."""
    path = base / f"{root.name}-{session}.json"
    prompt = "Fix the login timeout: sessions expire after 5 minutes"
    data = {"hook_event_name": "UserPromptSubmit", "session_id": session, "cwd": str(root)}
    path.write_text(json.dumps({**data, "prompt": prompt}), encoding="utf-8")
    return path


def measure(runs: int) -> dict[str, list[Sample]]:
    """Run the rounds in a temporary directory; return each command's samples."""
    todokit = todokit_command()
    text = sample_todo()
    base = Path(tempfile.mkdtemp(prefix="todokit-hook-bench-"))
    try:
        started = make_project(base, "started", text)
        edited = make_project(base, "edited", text)
        later = event(base, started, "warm")
        run([*todokit, "hook"], stdin=later)  # starts the session
        fresh = [make_project(base, f"fresh{i}", text) for i in range(runs + 1)]
        firsts = [event(base, root, f"new{i}") for i, root in enumerate(fresh)]
        run(BASELINE), run([*todokit, "hook"], stdin=firsts[-1])  # warm the caches once
        samples: dict[str, list[Sample]] = {key: [] for key in ("baseline", *GOALS)}
        for i in range(runs):
            samples["baseline"].append(run(BASELINE))
            samples["later prompt"].append(run([*todokit, "hook"], stdin=later))
            samples["first prompt"].append(run([*todokit, "hook"], stdin=firsts[i]))
            samples["list --json"].append(run([*todokit, "list", "--json"], cwd=started))
            (edited / ".claude" / "todo.md").write_text(text, encoding="utf-8")
            samples["add"].append(run([*todokit, "add", "Check the export totals"], cwd=edited))
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return samples


def report(runs: int, samples: dict[str, list[Sample]]) -> None:
    """Print medians and the median per-round ratios by wall-clock and CPU time."""
    print(f"{runs} rounds, 200-line todo.md; {machine()}")
    print("  medians: wall-clock, CPU (user + system), peak RSS")
    for key, values in samples.items():
        wall, cpu, rss = (median(values, field) for field in ("wall", "cpu", "rss"))
        print(f"  {key:<13} {wall * 1000:7.1f} ms {cpu * 1000:7.1f} ms CPU {rss:6.1f} MiB")
    for key, goal in GOALS.items():
        wall, cpu, rss = (
            median_ratio(samples[key], samples["baseline"], f) for f in Sample._fields
        )
        verdict = "within" if wall <= goal else "over"
        print(
            f"  {key:<13} {wall:5.2f}x wall {cpu:5.2f}x CPU {rss:5.2f}x memory"
            f"  ({verdict} the {goal}x goal by wall-clock)"
        )


def main() -> None:
    """Parse the options, time the rounds and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    report(runs, measure(runs))


if __name__ == "__main__":
    main()
