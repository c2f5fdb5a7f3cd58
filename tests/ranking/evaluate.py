"""Evaluate the relevance scorers on the labelled scenarios in ``eval/``.

Run ``python -m tests.ranking.evaluate`` (or ``python tests/ranking/evaluate.py``)
from the repository root to print precision, recall and F1 of the default
scorer and of the keyword-overlap baseline, over all scenarios, over the
scenarios used while tuning and over the held-out third (every scenario whose
number is a multiple of 3). ``--sweep`` prints F1 on the tuning part across
thresholds; ``--details`` lists the tuning part's misclassified items.
The scenario format is described in ``eval/README.md``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from todokit.ranking import RankItem, Score

EVAL_DIR = Path(__file__).parent / "eval"
LABEL = "<!-- relevant -->"
_ITEM = re.compile(r"^(?P<indent>\s*)(?:[-*+]|\d+[.)])\s+\[(?P<status>.)\]\s+(?P<text>.*)$")
_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.*?)\s*#*\s*$")
_OPEN = frozenset(" /~")


@dataclass(frozen=True)
class Scenario:
    """One labelled scenario: a task, its items, and which items are open and relevant."""

    name: str
    task: str
    items: tuple[RankItem, ...]
    open_items: tuple[bool, ...]
    relevant: tuple[bool, ...]

    @property
    def held_out(self) -> bool:
        """Whether the scenario belongs to the held-out third (number divisible by 3)."""
        return int(self.name.split("-", 1)[0]) % 3 == 0


def parse_scenario(name: str, source: str) -> Scenario:
    """Parse a scenario file: ``<!-- task -->`` text, then ``<!-- todo.md -->`` text."""
    from todokit.ranking import RankItem

    head, _, todo = source.partition("<!-- todo.md -->")
    task = " ".join(head.replace("<!-- task -->", "").split())
    items: list[RankItem] = []
    open_items: list[bool] = []
    relevant: list[bool] = []
    stack: list[tuple[int, int]] = []  # (indent, item index) of the open ancestors
    section: str | None = None
    in_fence = False
    for line in todo.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        if in_fence:
            continue
        if heading := _HEADING.match(line):
            section, stack = heading["text"], []
            continue
        match = _ITEM.match(line)
        if match is None:
            continue
        indent = len(match["indent"].expandtabs(4))
        while stack and stack[-1][0] >= indent:
            stack.pop()
        text = match["text"]
        relevant.append(LABEL in text)
        items.append(
            RankItem(text.replace(LABEL, "").strip(), stack[-1][1] if stack else None, section)
        )
        open_items.append(match["status"] in _OPEN)
        stack.append((indent, len(items) - 1))
    return Scenario(name, task, tuple(items), tuple(open_items), tuple(relevant))


def load_scenarios(directory: Path = EVAL_DIR) -> list[Scenario]:
    """Every ``NN-name.md`` scenario in ``directory``, in name order."""
    return [
        parse_scenario(path.stem, path.read_text(encoding="utf-8"))
        for path in sorted(directory.glob("[0-9][0-9]-*.md"))
    ]


@dataclass(frozen=True)
class Metrics:
    """Micro-averaged counts over open items."""

    true_positive: int
    false_positive: int
    false_negative: int

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positive + self.false_negative
        return self.true_positive / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


ScorerFn = Callable[[str, Sequence["RankItem"]], Sequence["Score"]]


def predictions(scenario: Scenario, scorer: ScorerFn, threshold: float) -> list[bool]:
    """Which items the scorer calls relevant at ``threshold``."""
    return [score.value >= threshold for score in scorer(scenario.task, scenario.items)]


def evaluate(scenarios: Iterable[Scenario], scorer: ScorerFn, threshold: float) -> Metrics:
    """Micro precision/recall counts of ``scorer`` over the open items of ``scenarios``."""
    tp = fp = fn = 0
    for scenario in scenarios:
        predicted = predictions(scenario, scorer, threshold)
        for is_open, wanted, got in zip(
            scenario.open_items, scenario.relevant, predicted, strict=True
        ):
            if is_open:
                tp += wanted and got
                fp += got and not wanted
                fn += wanted and not got
    return Metrics(tp, fp, fn)


def scorers() -> list[tuple[str, ScorerFn, float]]:
    """The scorers under evaluation, each with its fixed threshold."""
    from todokit.ranking import (
        DEFAULT_THRESHOLD,
        KEYWORD_THRESHOLD,
        default_scorer,
        keyword_overlap_scorer,
    )

    return [
        ("default", default_scorer, DEFAULT_THRESHOLD),
        ("keyword overlap", keyword_overlap_scorer, KEYWORD_THRESHOLD),
    ]


def report(scenarios: Sequence[Scenario]) -> str:
    """A markdown table of P/R/F1 per scorer and per part of the scenario set."""
    parts = [
        ("all", scenarios),
        ("tuning", [s for s in scenarios if not s.held_out]),
        ("held-out", [s for s in scenarios if s.held_out]),
    ]
    lines = ["| scorer | threshold | part | precision | recall | F1 |", "|---|---|---|---|---|---|"]
    for name, scorer, threshold in scorers():
        for part, chosen in parts:
            m = evaluate(chosen, scorer, threshold)
            lines.append(
                f"| {name} | {threshold:g} | {part} ({len(chosen)}) "
                f"| {m.precision:.3f} | {m.recall:.3f} | {m.f1:.3f} |"
            )
    return "\n".join(lines)


def details(scenarios: Sequence[Scenario], scorer: ScorerFn, threshold: float) -> str:
    """The tuning part's misclassified open items, for inspection."""
    lines = []
    for scenario in (s for s in scenarios if not s.held_out):
        scores = scorer(scenario.task, scenario.items)
        for item, is_open, wanted, score in zip(
            scenario.items, scenario.open_items, scenario.relevant, scores, strict=True
        ):
            if is_open and wanted != (score.value >= threshold):
                kind = "missed" if wanted else "false+"
                lines.append(
                    f"{scenario.name}: {kind} {score.value:.2f} {item.text[:70]!r} {score.matched}"
                )
    return "\n".join(lines)


def main(argv: Sequence[str]) -> int:
    """Print the evaluation table (and sweeps or details when asked)."""
    scenarios = load_scenarios()
    print(f"{len(scenarios)} scenarios, {sum(sum(s.open_items) for s in scenarios)} open items\n")
    print(report(scenarios))
    tuning = [s for s in scenarios if not s.held_out]
    for name, scorer, threshold in scorers():
        if "--sweep" in argv:
            sweep = [(t / 100, evaluate(tuning, scorer, t / 100).f1) for t in range(5, 80, 5)]
            print(
                f"\n{name} tuning F1 by threshold: "
                + ", ".join(f"{t:.2f}:{f:.3f}" for t, f in sweep)
            )
        if "--details" in argv:
            print(f"\n{name}:\n{details(scenarios, scorer, threshold)}")
    return 0


if __name__ == "__main__":
    if __package__ in (None, ""):  # run as a script: make the checkout importable
        sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main(sys.argv[1:]))
