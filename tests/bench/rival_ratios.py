"""todokit against whatnext, mdtodo and topydo on the same generated lists: list and sort.

Run: ``python tests/bench/rival_ratios.py --tools VENV [--runs N] [--sizes 1000,10000]``.
``VENV`` is a virtual environment that holds the other tools and todokit's runtime
dependencies, never the project's own (README.md in this directory says how to make
it). Every command runs there, todokit too (from this checkout, through
``PYTHONPATH``), so all run on the same interpreter. Each round runs every
candidate on every size, one after the other: the markdown tools on the generated
todo.md (``tests/bench/gen.py``), topydo on the same tasks written as todo.txt
(priority, completion, due date and section as a ``+project``). Files are reset
before each sort. It reports medians and each tool's time and peak RSS against
todokit's (above 1.00x: todokit is faster). It asserts nothing.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gen import generate_document
from runs import ENV, CommandFailed, Sample, median, median_ratio, run

REPO = Path(__file__).resolve().parents[2]
TASK = re.compile(r"\s*- \[(.)\] (.*)")
PRIORITY = {"**P0**": "(A)", "**P1**": "(B)", "**P2**": "(C)", "**P3**": "(D)"}
TOPYDO = ["-a", "-c", "{root}/topydo.conf", "-t", "{root}/todo.txt", "-C", "0"]
# What each tool runs for "list" and "sort"; None where the tool has no such command.
CANDIDATES: dict[str, dict[str, list[str] | None]] = {
    "todokit": {"list": ["-m", "todokit", "list"], "sort": ["-m", "todokit", "sort"]},
    "whatnext": {
        "list": ["whatnext", "--dir", "{root}/md", "-a", "-q", "--no-color"],
        "sort": None,
    },
    "mdtodo": {
        "list": ["mdtodo", "--file", "{root}/md/todo.md", "--color", "never", "list", "--all"],
        "sort": None,
    },
    "topydo": {"list": ["topydo", *TOPYDO, "ls", "-x"], "sort": ["topydo", *TOPYDO, "sort"]},
}


def todo_txt(markdown: str) -> str:
    """The tasks of a generated todo.md as todo.txt lines, one per task, nesting flattened.

    ``**P0**`` to ``**P3**`` become ``(A)`` to ``(D)``, ``[x]`` a completion ``x`` with a
    date, the section a ``+project``; ``[/]`` (todo.txt has no "in progress") stays open.
    """
    lines, project = [], "Inbox"
    for line in markdown.splitlines():
        if line.startswith("## "):
            project = "".join(word for word in line[3:].split() if word.isalnum())
            continue
        found = TASK.fullmatch(line)
        if found is None:
            continue
        mark, text = found.groups()
        head, _, rest = text.partition(" ")
        priority, text = (PRIORITY[head], rest) if head in PRIORITY else ("", text)
        if mark == "x":
            lines.append(f"x 2026-11-30 {text} +{project}")
        else:
            lines.append(f"{priority} {text} +{project}".lstrip())
    return "\n".join(lines) + "\n"


def make_inputs(base: Path, tasks: int) -> tuple[Path, dict[Path, str]]:
    """Write one size's files: a todokit project, md/todo.md and todo.txt."""
    root = base / f"tasks{tasks}"
    for directory in (".git", ".claude", "md"):
        (root / directory).mkdir(parents=True)
    markdown = generate_document(tasks)
    files = {
        root / ".claude" / "todo.md": markdown,
        root / "md" / "todo.md": markdown,
        root / "todo.txt": todo_txt(markdown),
        root / "topydo.conf": "",
    }
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
    return root, files


def command(tools: Path, arguments: list[str], root: Path) -> list[str]:
    """The full command line: a console script of ``tools`` or its Python with ``-m``."""
    filled = [argument.format(root=root) for argument in arguments]
    if filled[0] == "-m":
        return [str(tools / "bin" / "python"), *filled]
    return [str(tools / "bin" / filled[0]), *filled[1:]]


def measure(
    tools: Path, runs: int, sizes: list[int]
) -> dict[tuple[str, str, int], list[Sample] | str]:
    """Run a warm-up round and ``runs`` rounds; return each candidate's samples.

    A tool that fails gets the last line of its error instead, and is not run again.
    """
    env = {**ENV, "PYTHONPATH": str(REPO), "COLUMNS": "100", "NO_COLOR": "1"}
    base = Path(tempfile.mkdtemp(prefix="todokit-rival-bench-"))
    samples: dict[tuple[str, str, int], list[Sample] | str] = {}
    try:
        inputs = {tasks: make_inputs(base, tasks) for tasks in sizes}
        for round_number in range(runs + 1):
            for tasks, (root, files) in inputs.items():
                for tool, actions in CANDIDATES.items():
                    for action, arguments in actions.items():
                        key = (tool, action, tasks)
                        if arguments is None or isinstance(samples.get(key), str):
                            continue
                        for path, text in files.items():
                            path.write_text(text, encoding="utf-8")
                        try:
                            sample = run(command(tools, arguments, root), cwd=root, env=env)
                        except CommandFailed as failure:
                            if tool == "todokit":
                                raise
                            samples[key] = f"exits {failure.status}"
                            continue
                        if round_number:  # round 0 warms the caches and the bytecode
                            samples.setdefault(key, []).append(sample)  # type: ignore[union-attr]
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return samples


def report(tools: Path, runs: int, sizes: list[int], samples: dict) -> None:
    """Print each candidate's medians and its ratios to todokit's, per action and size."""
    version = next((tools / "lib").glob("python3*")).name
    print(f"{runs} rounds; every command on {version} of {tools}")
    for action in ("list", "sort"):
        for tasks in sizes:
            ours = samples[("todokit", action, tasks)]
            for tool, actions in CANDIDATES.items():
                values = samples.get((tool, action, tasks))
                label = f"  {action:<4} {tasks:>7} {tool:<9}"
                if actions[action] is None:
                    print(f"{label} has no {action} command")
                    continue
                if isinstance(values, str):
                    print(f"{label} fails: {values}")
                    continue
                wall, rss = median(values, "wall") * 1000, median(values, "rss")
                time_ratio = median_ratio(values, ours, "wall")
                cpu_ratio = median_ratio(values, ours, "cpu")
                rss_ratio = median_ratio(values, ours, "rss")
                print(
                    f"{label} {wall:7.0f} ms {rss:6.1f} MiB  {time_ratio:5.2f}x todokit's time"
                    f" (CPU {cpu_ratio:5.2f}x) {rss_ratio:5.2f}x its memory"
                )


def main() -> None:
    """Parse the options, check the tools, time the rounds and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tools", type=Path, required=True, help="the tools' virtualenv")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="1000,10000")
    options = parser.parse_args()
    sizes = sorted(int(size) for size in options.sizes.split(","))
    for tool in ("whatnext", "mdtodo", "topydo"):
        if not (options.tools / "bin" / tool).exists():
            raise SystemExit(f"{tool} is not installed in {options.tools}")
    report(options.tools, options.runs, sizes, measure(options.tools, options.runs, sizes))


if __name__ == "__main__":
    main()
