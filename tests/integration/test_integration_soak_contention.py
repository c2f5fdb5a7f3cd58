"""Sixteen processes running mixed operations at once: no update lost, duplicated or torn.

Each process is a real interpreter that waits until all are ready, then runs
its own random mix of ``add``, ``done``, ``sort``, ``scope``, ``start`` and
``hook`` (first prompts of new sessions, which start a task, and TodoWrite
events, which add one) through ``todokit.cli.main``, and logs each outcome.
Every operation must succeed (the lock is waited for), and afterwards the
files must hold every addition exactly once, every completion, and no torn
byte. The default run is 4 processes of 6 operations; ``pytest -m soak``
runs 16 of 30 (480 operations, as in the report).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from integration_support import run_together
from soak_support import DAY, Ledger, task_text

WORKER = """
import io, json, os, random, sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from soak_support import prompt_event, task_text, todowrite_event
from todokit.cli import main

worker, count = int(sys.argv[1]), int(sys.argv[2])
project = Path.cwd()
log = os.fdopen(os.dup(1), "w", buffering=1)
sys.stdout = sys.stderr = open(os.devnull, "w")
rng = random.Random(worker)
mine = []
log.write("ready\\n")
sys.stdin.readline()
os.environ["TODOKIT_TODAY"] = sys.argv[4]
for step in range(count):
    name = rng.choice(["add", "add", "done", "sort", "scope", "start", "prompt", "todowrite"])
    kind, text, stdin = f"w{worker}", None, b""
    if name == "done" and mine:
        text = mine.pop(rng.randrange(len(mine)))
        argv = ["done", " ".join(text.split()[:2])]
    elif name in ("add", "done"):
        name, text = "add", task_text(step, kind)
        argv = ["add", text]
    elif name == "todowrite":
        text = task_text(step, kind + "a")
        argv, stdin = ["hook"], todowrite_event(project, text, f"{kind}-{step}")
    elif name == "prompt":
        argv, stdin = ["hook"], prompt_event(project, f"focus {kind} {step}", f"{kind}-p{step}")
    elif name == "start":
        argv = ["start", f"round {kind} {step}"]
    else:
        argv = ["sort"] if name == "sort" else ["scope", f"topic {step}"]
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    code = main(argv)
    if code == 0 and name in ("add", "todowrite"):
        mine.append(text)
    log.write(json.dumps({"op": name, "text": text, "code": code}) + "\\n")
"""


@pytest.mark.parametrize(
    ("processes", "operations"),
    [pytest.param(4, 6, id="fast"), pytest.param(16, 30, id="soak", marks=pytest.mark.soak)],
)
def test_mixed_operations_in_parallel_lose_nothing(
    tmp_path: Path, processes: int, operations: int
) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".claude").mkdir()
    (tmp_path / ".claude" / "todokit.toml").write_text("lock_timeout = 300\n")
    (tmp_path / ".claude" / "todo.md").write_text(f"# Plan\n\n- [ ] {task_text(0)}\n")
    ledger = Ledger(tmp_path, initial=(task_text(0),), exact_archives=False)
    here = str(Path(__file__).parent)
    outputs = run_together(
        tmp_path,
        [[WORKER, str(w), str(operations), here, DAY] for w in range(processes)],
    )
    records = [json.loads(line) for output in outputs for line in output.splitlines()]
    assert len(records) == processes * operations
    failed = [record for record in records if record["code"] != 0]
    assert not failed, failed
    for record in records:
        if record["op"] in ("add", "todowrite"):
            ledger.added(record["text"], certain=True)
        elif record["op"] == "done":
            ledger.marked_done(record["text"], certain=True)
    ledger.check(no_leftovers=True)
    kinds = sorted({record["op"] for record in records})
    print(f"\ncontention: {processes} processes, {len(records)} operations ({kinds}), all ok")
