"""pytest-benchmark timings of the document model against mistune, with ratios.

Run: ``pytest tests/bench --benchmark-only -p no:cacheprovider -o addopts="" -s``.
At the end the module prints the ratios of the medians measured in this run:
parse + render against mistune's AST parse (goal <= 0.10x), parse + every task's
text (goal <= 0.15x), and parse + render at ten times the tasks against one
time (goal <= 12x). Nothing here asserts a time.
"""

from __future__ import annotations

from typing import Any

import pytest
from gen import generate_document

from todokit.document import parse

MEDIANS: dict[str, float] = {}


@pytest.fixture(scope="module")
def text() -> str:
    return generate_document(12_000)


@pytest.fixture(scope="module")
def big() -> str:
    return generate_document(120_000, seed=1)


def record(name: str, benchmark: Any) -> None:
    MEDIANS[name] = benchmark.stats.stats.median


def test_baseline_mistune_ast(benchmark: Any, text: str) -> None:
    import mistune

    markdown = mistune.create_markdown(renderer=None, plugins=["task_lists"])
    tokens = benchmark.pedantic(markdown, args=(text,), rounds=5, iterations=1)
    assert tokens
    record("mistune", benchmark)


def test_parse_and_render(benchmark: Any, text: str) -> None:
    rendered = benchmark.pedantic(lambda: parse(text).render(), rounds=10, iterations=1)
    assert rendered == text
    record("render", benchmark)


def test_parse_and_every_text(benchmark: Any, text: str) -> None:
    from todokit.document.inline import _parsed_text

    def texts() -> int:
        _parsed_text.cache_clear()  # a CLI run starts cold
        return sum(len(task.text) for task in parse(text).tasks)

    assert benchmark.pedantic(texts, rounds=10, iterations=1) > 0
    record("texts", benchmark)


def test_parse_and_render_ten_times_the_tasks(benchmark: Any, big: str) -> None:
    rendered = benchmark.pedantic(lambda: parse(big).render(), rounds=3, iterations=1)
    assert rendered == big
    record("render10", benchmark)


@pytest.fixture(scope="module", autouse=True)
def print_ratios() -> Any:
    yield
    if {"mistune", "render", "texts", "render10"} - MEDIANS.keys():
        return
    render, texts = MEDIANS["render"] / MEDIANS["mistune"], MEDIANS["texts"] / MEDIANS["mistune"]
    print()
    print(f"parse + render      {render:.3f}x mistune (goal 0.10x)")
    print(f"parse + all texts   {texts:.3f}x mistune (goal 0.15x)")
    print(f"10x the tasks       {MEDIANS['render10'] / MEDIANS['render']:.1f}x the time (goal 12x)")
