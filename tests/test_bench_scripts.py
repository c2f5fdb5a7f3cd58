"""The helpers of the budget scripts in tests/bench: what they measure and what they write.

The scripts themselves only report figures; these tests check the parts a wrong
figure would come from: whose memory a measurement counts, the todo.txt that the
rivals read, and the SVG that the docs show.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parent / "bench"


@pytest.fixture(scope="module")
def bench() -> dict[str, ModuleType]:
    """The bench modules, imported as their scripts import each other (by bare name)."""
    sys.path.insert(0, str(BENCH))
    try:
        import growth_plot
        import rival_ratios
        import runs
    finally:
        sys.path.remove(str(BENCH))
    return {"runs": runs, "rival_ratios": rival_ratios, "growth_plot": growth_plot}


def test_a_child_peak_rss_is_its_own_not_the_measuring_process(
    bench: dict[str, ModuleType],
) -> None:
    held = bytearray(300 * 1024 * 1024)
    held[::4096] = b"\1" * len(held[::4096])  # touch every page: 300 MiB resident here
    sample = bench["runs"].run([sys.executable, "-c", "pass"])
    assert 0 < sample.rss < 100
    assert sample.wall > 0
    assert sample.cpu >= 0
    assert held[0] == 1


def test_a_failed_command_stops_the_script(bench: dict[str, ModuleType]) -> None:
    with pytest.raises(SystemExit, match="exited 3"):
        bench["runs"].run([sys.executable, "-c", "raise SystemExit(3)"])


def test_the_command_reads_the_stdin_file(bench: dict[str, ModuleType], tmp_path: Path) -> None:
    stdin = tmp_path / "in.txt"
    stdin.write_text("expected", encoding="utf-8")
    check = "import sys; sys.exit(sys.stdin.read() != 'expected')"
    bench["runs"].run([sys.executable, "-c", check], stdin=stdin)


def test_median_ratio_pairs_the_rounds(bench: dict[str, ModuleType]) -> None:
    sample = bench["runs"].Sample
    ours = [sample(2.0, 1.0, 10.0), sample(3.0, 1.0, 10.0), sample(10.0, 1.0, 10.0)]
    bases = [sample(1.0, 1.0, 5.0), sample(1.0, 1.0, 5.0), sample(10.0, 1.0, 5.0)]
    assert bench["runs"].median_ratio(ours, bases, "wall") == 2.0
    assert bench["runs"].median_ratio(ours, bases, "rss") == 2.0


def test_todo_txt_keeps_each_task_its_priority_status_due_date_and_section(
    bench: dict[str, ModuleType],
) -> None:
    markdown = (
        "# TODO\n\nIntro text.\n\n## Billing (1)\n\n"
        "- [ ] **P0** Fix the export due:2026-03-01\n"
        "  - [x] **P2** Test it\n"
        "- [/] Review the docs\n\n"
        "Notes: not a task.\n"
    )
    assert bench["rival_ratios"].todo_txt(markdown).splitlines() == [
        "(A) Fix the export due:2026-03-01 +Billing",
        "x 2026-11-30 Test it +Billing",
        "Review the docs +Billing",
    ]


def test_the_plot_is_plain_svg_with_a_line_per_series_and_panel(
    bench: dict[str, ModuleType],
) -> None:
    medians = {
        name: {
            str(tasks): {"wall": tasks / 1e4, "rss": 15 + tasks / 1e3} for tasks in (1000, 10_000)
        }
        for name in ("mistune parse", "list", "sort")
    }
    text = bench["growth_plot"].svg({"machine": "test machine", "runs": 3, "medians": medians})
    root = ET.fromstring(text)  # noqa: S314 - the text this test just made
    namespace = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{namespace}svg"
    assert len(root.findall(f"{namespace}polyline")) == 2 * len(medians)
    assert "test machine" in text
    assert "median of 3 runs" in text
