"""Document-model speed as ratios to mistune's own parse of the same text, in one run.

Run: ``python tests/bench/document_ratios.py [--runs N]``. On a generated ~0.9 MB
todo.md with ~12,000 tasks it times, round after round: mistune's AST parse with the
task_lists plugin (the baseline), todokit's parse + render, and parse + the plain
``text`` of every task; then parse + render at ten times the size. Ratios are medians
of per-round ratios. Goals: parse + render <= 0.10x, parse + all texts <= 0.15x, and
10x the tasks <= 12x the time. The script reports; it asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gen import generate_document

from todokit.document import parse


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    import mistune

    markdown = mistune.create_markdown(renderer=None, plugins=["task_lists"])
    text = generate_document(12_000)
    big = generate_document(120_000, seed=1)

    def texts() -> None:
        for task in parse(text).tasks:
            _ = task.text

    def render(source: str) -> Callable[[], object]:
        return lambda: parse(source).render()

    texts()  # warm the inline parser once, as a long-running process would be
    rows: dict[str, list[float]] = {"mistune": [], "render": [], "texts": [], "render10": []}
    for _ in range(runs):
        rows["mistune"].append(timed(lambda: markdown(text)))
        rows["render"].append(timed(render(text)))
        rows["texts"].append(timed(texts))
        rows["render10"].append(timed(render(big)))
    median = {key: statistics.median(values) for key, values in rows.items()}
    ratio = {
        key: statistics.median(a / b for a, b in zip(rows[key], rows["mistune"], strict=True))
        for key in ("render", "texts")
    }
    scale = statistics.median(a / b for a, b in zip(rows["render10"], rows["render"], strict=True))
    print(f"{len(text) / 1e6:.2f} MB, {text.count('- [')} task markers; {runs} rounds (medians)")
    print(f"  mistune AST parse        {median['mistune'] * 1000:8.1f} ms")
    print(
        f"  parse + render           {median['render'] * 1000:8.1f} ms  {ratio['render']:.3f}x (goal 0.10x)"
    )
    print(
        f"  parse + every task text  {median['texts'] * 1000:8.1f} ms  {ratio['texts']:.3f}x (goal 0.15x)"
    )
    print(
        f"  10x tasks, parse+render  {median['render10'] * 1000:8.1f} ms  {scale:.1f}x the time (goal 12x)"
    )


if __name__ == "__main__":
    main()
