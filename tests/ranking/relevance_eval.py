"""What the agent sees after a start: relevant work kept, unrelated work parked.

``python tests/bench/relevance.py`` prints the table. Every labelled
scenario goes through the real ``start`` (carry, score, park, sort; a dry run
in a temporary project) with the prompt as the task, and each open task counts
as kept or parked by where it ends up. Two sets:

* ``tests/ranking/corpus_eval``: real agent-written lists from the shared
  corpus (skipped without ``../shared``), split into long (30+ tasks) and short;
* ``tests/ranking/eval``: hand-written lists, long and short.

For each scorer the table gives precision, recall and F1 of "kept" against
"relevant", the park rate (the share of unrelated open tasks parked) and the
false parks (relevant tasks parked). Besides the default scorer it runs a
plain BM25 baseline and "keep everything". ``--details`` lists every false
park of the default scorer. It prints; it asserts nothing.
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "ranking"), str(ROOT / "tests/ranking/corpus_eval")]


from bm25 import THRESHOLD as BM25_THRESHOLD  # noqa: E402
from bm25 import bm25_scorer  # noqa: E402
from scenarios import load_labelled, shared_corpus  # noqa: E402

from todokit.arrange.placement import inside, out_of_scope_spans  # noqa: E402
from todokit.document import parse  # noqa: E402
from todokit.lifecycle import Project, ScopeOptions, start  # noqa: E402

HAND_DIR = ROOT / "tests" / "ranking" / "eval"
LABEL = " <!-- relevant -->"
LONG = 30


@dataclass(frozen=True)
class Case:
    """One scenario: its set, a task, a list and the ordinals of its relevant open tasks."""

    name: str
    family: str
    task: str
    text: str
    relevant: frozenset[int]
    held_out: bool

    @property
    def part(self) -> str:
        """``real long``, ``real short``, ``hand long`` or ``hand short``."""
        size = "long" if len(parse(self.text).tasks) >= LONG else "short"
        return f"{self.family} {size}"


def hand_cases() -> list[Case]:
    """The hand-written scenarios, their ``<!-- relevant -->`` labels taken out of the text."""
    cases = []
    for path in sorted(HAND_DIR.glob("[0-9][0-9]-*.md")):
        head, _, todo = path.read_text(encoding="utf-8").partition("<!-- todo.md -->")
        task = " ".join(head.replace("<!-- task -->", "").split())
        todo = todo.lstrip("\n")
        labelled = {n for n, t in enumerate(parse(todo).tasks, 1) if LABEL.strip() in t.raw}
        number = int(path.name[:2])
        clean = re.sub(re.escape(LABEL), "", todo)
        cases.append(Case(path.stem, "hand", task, clean, frozenset(labelled), number % 3 == 0))
    return cases


def real_cases() -> list[Case]:
    """The scenarios on real lists; none when the shared corpus is missing."""
    if shared_corpus() is None:
        return []
    return [
        Case(s.name, "real", s.task, s.text(), frozenset(n for n, _ in s.relevant), s.held_out)
        for s in load_labelled()
    ]


def parked_ordinals(case: Case, options: ScopeOptions) -> tuple[set[int], set[int]]:
    """Run ``start`` on the case's list; return (open ordinals, parked ordinals)."""
    with tempfile.TemporaryDirectory() as root:
        claude = Path(root) / ".claude"
        claude.mkdir()
        (claude / "todo.md").write_text(case.text, encoding="utf-8")
        project = Project.open(root=Path(root), environ={})
        result = start(project, case.task, today="2026-12-01", options=options, dry_run=True)
    after = parse(result.change.after)
    spans = out_of_scope_spans(after)
    parked = Counter(t.source_text for t in after.tasks if inside(t.start, spans))
    open_ones, gone = set(), set()
    for ordinal, task in enumerate(parse(case.text).tasks, 1):
        if task.status is None or task.status.finished:
            continue
        open_ones.add(ordinal)
        if parked[task.source_text] > 0:
            parked[task.source_text] -= 1
            gone.add(ordinal)
    return open_ones, gone


@dataclass
class Tally:
    """Counts over open tasks: relevant kept or parked, unrelated kept or parked."""

    kept_relevant: int = 0
    parked_relevant: int = 0
    kept_unrelated: int = 0
    parked_unrelated: int = 0
    scenarios: int = 0

    def add(self, case: Case, open_ones: set[int], parked: set[int]) -> None:
        """Count one scenario's decisions."""
        self.scenarios += 1
        for ordinal in open_ones:
            relevant, gone = ordinal in case.relevant, ordinal in parked
            if relevant:
                self.parked_relevant += gone
                self.kept_relevant += not gone
            else:
                self.parked_unrelated += gone
                self.kept_unrelated += not gone

    def row(self) -> tuple[float, float, float, float, int]:
        """(precision, recall, F1, park rate, false parks)."""
        kept = self.kept_relevant + self.kept_unrelated
        precision = self.kept_relevant / kept if kept else 1.0
        wanted = self.kept_relevant + self.parked_relevant
        recall = self.kept_relevant / wanted if wanted else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        unrelated = self.kept_unrelated + self.parked_unrelated
        park_rate = self.parked_unrelated / unrelated if unrelated else 0.0
        return precision, recall, f1, park_rate, self.parked_relevant


def scorers() -> list[tuple[str, ScopeOptions]]:
    """The scorers compared: the default, plain BM25, and keeping everything."""
    return [
        ("default", ScopeOptions()),
        ("BM25", ScopeOptions(scorer=bm25_scorer, threshold=BM25_THRESHOLD)),
        ("keep everything", ScopeOptions(threshold=0.0)),
    ]


PARTS: dict[str, Callable[[Case], bool]] = {
    "real long": lambda c: c.part == "real long",
    "real short": lambda c: c.part == "real short",
    "hand long": lambda c: c.part == "hand long",
    "hand short": lambda c: c.part == "hand short",
    "held-out": lambda c: c.held_out,
    "all": lambda c: True,
}


def measure(cases: Sequence[Case], options: ScopeOptions) -> dict[str, Tally]:
    """Tally every part of the table for one scorer."""
    tallies = {part: Tally() for part in PARTS}
    for case in cases:
        open_ones, parked = parked_ordinals(case, options)
        for part, chosen in PARTS.items():
            if chosen(case):
                tallies[part].add(case, open_ones, parked)
    return tallies


def table(cases: Sequence[Case]) -> str:
    """The markdown table of every scorer over every part."""
    lines = [
        "| scorer | part | scenarios | precision | recall | F1 | park rate | false parks |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, options in scorers():
        for part, tally in measure(cases, options).items():
            if tally.scenarios:
                p, r, f1, rate, false_parks = tally.row()
                lines.append(
                    f"| {name} | {part} | {tally.scenarios} | {p:.3f} | {r:.3f} | {f1:.3f} "
                    f"| {rate:.3f} | {false_parks} |"
                )
    return "\n".join(lines)


def details(cases: Iterable[Case]) -> str:
    """Every relevant task the default scorer parks, with its scenario."""
    lines = []
    for case in cases:
        _, parked = parked_ordinals(case, ScopeOptions())
        tasks = parse(case.text).tasks
        lines += [f"{case.name}: {tasks[n - 1].text[:90]}" for n in sorted(case.relevant & parked)]
    return "\n".join(lines)


def main(argv: Sequence[str]) -> int:
    """Print the table (and the false parks with ``--details``)."""
    cases = real_cases() + hand_cases()
    if not any(case.family == "real" for case in cases):
        print("note: no shared corpus (../shared): the real-list scenarios are left out\n")
    print(table(cases))
    if "--details" in argv:
        print("\nfalse parks of the default scorer:\n" + details(cases))
    return 0
