"""SIGKILL at random moments across start, add, done, sort, scope and hook: nothing lost or torn.

Each operation is the real CLI entry point (``todokit.cli.main``) in a child
forked from this already-imported process, so an operation takes
milliseconds and the kill can land anywhere inside it: while it waits for the
lock, reads, arranges, writes its temp file, renames, rotates or saves the
hook state. The kill comes after a random delay drawn up to 1.5 times the
operation's own measured duration; only kills that landed before the child
finished count. After every operation, killed or not, the files are checked
(:class:`~soak_support.Ledger`).

The default run lands 40 kills; ``pytest -m soak`` lands 600.
"""

from __future__ import annotations

import os
import random
import signal
import statistics
import time
from collections import Counter
from pathlib import Path

import pytest
from soak_support import Ledger, prompt_event, spawn, task_text, todowrite_event

OPERATIONS = ("add", "done", "sort", "scope", "start", "prompt", "todowrite")
ROUND = (*OPERATIONS, "add", "add", "todowrite", "done")  # more adds than starts


class Soak:
    """The running soak: the ledger, a numbering of new tasks and the operations' costs."""

    def __init__(self, project: Path, seed: int) -> None:
        self.project = project
        self.rng = random.Random(seed)
        self.ledger = Ledger(project, initial=(task_text(0),))
        self.next_number = 1
        self.costs: dict[str, list[float]] = {name: [] for name in OPERATIONS}
        self.kills: Counter[str] = Counter()
        self.completed: Counter[str] = Counter()

    def command(self, name: str) -> tuple[list[str], bytes, str | None]:
        """The argv, stdin and (for adds) the new task text of one operation."""
        number, self.next_number = self.next_number, self.next_number + 1
        if name == "add":
            return ["add", task_text(number)], b"", task_text(number)
        if name == "todowrite":
            text = task_text(number, "agent")
            return ["hook"], todowrite_event(self.project, text, f"w{number}"), text
        if name == "done" and self.ledger.open:
            target = self.rng.choice(sorted(self.ledger.open))
            return ["done", target.split()[1]], b"", target
        if name in ("prompt", "done"):
            return ["hook"], prompt_event(self.project, f"focus on {number}", f"s{number}"), None
        if name == "start":
            return ["start", f"round {number} item"], b"", None
        return (["sort"] if name == "sort" else ["scope", f"item {number}"]), b"", None

    def step(self, name: str, *, kill: bool) -> bool:
        """Run one operation, killing it when asked; return whether the kill landed."""
        argv, stdin, text = self.command(name)
        started = time.perf_counter()
        pid = spawn(self.project, argv, stdin)
        if kill:
            budget = 1.5 * statistics.median(self.costs[name])
            time.sleep(self.rng.uniform(0, budget))
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        killed = os.WIFSIGNALED(status)
        ok = not killed and os.WEXITSTATUS(status) == 0
        assert killed or ok, f"{argv} exited {os.WEXITSTATUS(status)}"
        if not kill:
            self.costs[name].append(time.perf_counter() - started)
        if name in ("add", "todowrite"):
            self.ledger.added(text or "", certain=ok)
        elif name == "done" and text:
            self.ledger.marked_done(text, certain=ok)
        (self.kills if killed else self.completed)[name] += 1
        self.ledger.check(no_leftovers=ok)
        return killed


@pytest.mark.parametrize(
    "target", [pytest.param(40, id="fast"), pytest.param(600, id="soak", marks=pytest.mark.soak)]
)
def test_random_kills_lose_tear_and_duplicate_nothing(tmp_path: Path, target: int) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".claude").mkdir()
    (tmp_path / ".claude" / "todo.md").write_text(f"# Plan\n\n- [ ] {task_text(0)}\n")
    soak = Soak(tmp_path, seed=20261124 + target)
    for name in OPERATIONS * 3:  # measure each operation unkilled (and import what it needs)
        soak.step(name, kill=False)
    while sum(soak.kills.values()) < target:
        for name in soak.rng.sample(ROUND, len(ROUND)):
            soak.step(name, kill=True)
    soak.step("add", kill=False)  # a clean run after the last kill cleans up
    soak.ledger.check(no_leftovers=True)
    assert set(soak.kills) == set(OPERATIONS), soak.kills  # every kind was killed
    print(
        f"\nsoak kills: {sum(soak.kills.values())} landed ({dict(soak.kills)}), "
        f"{sum(soak.completed.values())} operations completed, "
        f"{len(soak.ledger.issued)} tasks sent, "
        f"{len(list((tmp_path / '.claude').glob('todo-*.old')))} archives checked"
    )
