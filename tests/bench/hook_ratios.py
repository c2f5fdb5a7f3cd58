"""Whole-process cost of ``todokit hook`` against ``python -c "import mistune, filelock"``.

Run: ``python tests/bench/hook_ratios.py [--runs N]``. Each round runs, one after the
other, the baseline, a ``UserPromptSubmit`` of a session that already started (context
only) and the first prompt of a new session (rotate, carry, sort, scope, write), each on
a 200-line todo.md; the ratios are medians of the per-round ratios, so a machine that
drifts during the run moves both sides together. Goals: later prompt <= 1.25x, first
prompt <= 1.75x. The script reports; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gen import generate_document

GOALS = {"later prompt": 1.25, "first prompt": 1.75}


def todokit_command() -> list[str]:
    """The installed console script beside this interpreter, else ``python -m todokit``."""
    script = Path(sys.executable).with_name("todokit")
    return [str(script)] if script.exists() else [sys.executable, "-m", "todokit"]


def sample_todo(lines: int = 200) -> str:
    """The first ``lines`` lines of a generated agent-style todo.md."""
    return "".join(generate_document(400).splitlines(keepends=True)[:lines])


def make_project(base: Path, name: str, text: str) -> Path:
    root = base / name
    (root / ".claude").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / ".claude" / "todo.md").write_text(text, encoding="utf-8")
    return root


# Bytecode caching on, as on users' machines: a shell that disables it would time the compiler.
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def timed(command: list[str], stdin: str | None = None) -> tuple[float, float]:
    """Run ``command`` once; return its wall-clock and CPU (user + system) seconds."""
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, input=stdin, capture_output=True, text=True, check=True, env=ENV)
    wall = time.perf_counter() - start
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    return wall, cpu


def event(root: Path, session: str) -> str:
    return json.dumps(
        {
            "hook_event_name": "UserPromptSubmit",
            "session_id": session,
            "cwd": str(root),
            "prompt": "Fix the login timeout: sessions expire after 5 minutes",
        }
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    hook = [*todokit_command(), "hook"]
    baseline = [sys.executable, "-c", "import mistune, filelock"]
    text = sample_todo()
    base = Path(tempfile.mkdtemp(prefix="todokit-hook-bench-"))
    try:
        started = make_project(base, "started", text)
        timed(hook, event(started, "warm"))
        fresh = [make_project(base, f"fresh{i}", text) for i in range(runs + 1)]
        timed(baseline), timed(hook, event(fresh[-1], "warm"))  # warm the caches once
        samples: dict[str, list[tuple[float, float]]] = {
            "baseline": [],
            "later prompt": [],
            "first prompt": [],
        }
        for i in range(runs):
            samples["baseline"].append(timed(baseline))
            samples["later prompt"].append(timed(hook, event(started, "warm")))
            samples["first prompt"].append(timed(hook, event(fresh[i], f"new{i}")))
    finally:
        shutil.rmtree(base, ignore_errors=True)
    report(runs, samples)


def report(runs: int, samples: dict[str, list[tuple[float, float]]]) -> None:
    """Print medians and the median per-round ratios, by wall-clock and by CPU time."""
    print(f"{runs} rounds, 200-line todo.md; medians (wall-clock, CPU user + system)")
    for key, values in samples.items():
        wall = statistics.median(v[0] for v in values) * 1000
        cpu = statistics.median(v[1] for v in values) * 1000
        print(f"  {key:<13} {wall:7.1f} ms wall {cpu:7.1f} ms CPU")
    for key, goal in GOALS.items():
        for index, measure in ((0, "wall"), (1, "CPU")):
            ratios = [
                run[index] / base[index]
                for run, base in zip(samples[key], samples["baseline"], strict=True)
                if base[index] > 0
            ]
            ratio = statistics.median(ratios)
            verdict = "within" if ratio <= goal else "over"
            print(
                f"  {key:<13} {ratio:5.2f}x baseline by {measure:<4} ({verdict} the {goal}x goal)"
            )


if __name__ == "__main__":
    main()
