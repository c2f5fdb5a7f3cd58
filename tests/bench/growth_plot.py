"""Draw the time and memory of ``growth_ratios.py --out`` as a plain SVG file.

Run: ``python tests/bench/growth_plot.py growth.json docs/performance-growth.svg``.
Two panels, wall-clock seconds and peak RSS in MiB against the number of tasks, on
linear axes from zero, where growth in proportion to the tasks is a straight line.
The SVG is written as text, so drawing it needs no plotting
library.

Example:
    >>> medians = {"list": {"1000": {"wall": 0.1, "rss": 20}, "10000": {"wall": 0.5, "rss": 40}}}
    >>> svg({"machine": "test", "runs": 1, "medians": medians}).startswith("<svg")
    True
"""

from __future__ import annotations

import argparse
import json
import math
from html import escape
from pathlib import Path

COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b")
REFERENCE = "mistune parse"
WIDTH, HEIGHT, PANEL, TOP, LEFT, PLOT_H = 900, 430, 400, 40, 70, 300


def ticks(high: float) -> list[float]:
    """Eight or so round tick values from 0 up to ``high`` (steps of 1, 2 or 5 x 10^n)."""
    raw = high / 8
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return [i * step for i in range(int(high / step) + 1)]


def panel(x0: float, title: str, unit: str, series: dict[str, list[tuple[float, float]]]) -> str:
    """One panel on linear axes from zero: a straight line is growth in proportion."""
    x_hi = max(x for points in series.values() for x, _ in points)
    y_hi = max(y for points in series.values() for _, y in points) * 1.1
    right, bottom = x0 + PANEL - 10, TOP + PLOT_H

    def at(x: float, y: float) -> tuple[float, float]:
        return x0 + LEFT + x / x_hi * (right - x0 - LEFT), bottom - y / y_hi * PLOT_H

    parts = [f'<text x="{x0 + PANEL / 2}" y="22" class="title">{escape(title)}</text>']
    parts.append(
        f'<rect x="{x0 + LEFT}" y="{TOP}" width="{right - x0 - LEFT}" height="{PLOT_H}"'
        ' class="frame"/>'
    )
    for tick in ticks(y_hi):
        _, y = at(0, tick)
        parts.append(
            f'<line x1="{x0 + LEFT}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" class="grid"/>'
        )
        parts.append(f'<text x="{x0 + LEFT - 6}" y="{y + 4:.1f}" class="ytick">{tick:g}</text>')
    for tick in ticks(x_hi):
        x, _ = at(tick, 0)
        parts.append(f'<line x1="{x:.1f}" y1="{TOP}" x2="{x:.1f}" y2="{bottom}" class="grid"/>')
        parts.append(
            f'<text x="{x:.1f}" y="{bottom + 16}" class="xtick">{f"{tick / 1000:g}k" if tick else "0"}</text>'
        )
    parts.append(
        f'<text x="{x0 + LEFT + (right - x0 - LEFT) / 2}" y="{bottom + 36}" class="label">tasks</text>'
    )
    middle = TOP + PLOT_H / 2
    parts.append(
        f'<text x="{x0 + 18}" y="{middle}" class="label"'
        f' transform="rotate(-90 {x0 + 18} {middle})">{escape(unit)}</text>'
    )
    for index, (name, points) in enumerate(series.items()):
        colour, dash = colour_of(index, name)
        coords = [at(x, y) for x, y in sorted(points)]
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
        parts.append(f'<polyline points="{path}" stroke="{colour}"{dash} class="line"/>')
        parts += [f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}"/>' for x, y in coords]
    return "\n".join(parts)


def colour_of(index: int, name: str) -> tuple[str, str]:
    """A series' colour and dash attribute: the reference parse is grey and dashed."""
    if name == REFERENCE:
        return "#888888", ' stroke-dasharray="6 4"'
    return COLOURS[index % len(COLOURS)], ""


def svg(data: dict) -> str:
    """The whole SVG document for the medians of one ``growth_ratios.py`` run."""
    medians = data["medians"]
    times = {k: [(int(t), v["wall"]) for t, v in by.items()] for k, by in medians.items()}
    memory = {k: [(int(t), v["rss"]) for t, v in by.items()] for k, by in medians.items()}
    legend = []
    for index, name in enumerate(medians):
        colour, _dash = colour_of(index, name)
        x = 80 + index * 140
        legend.append(f'<rect x="{x}" y="{HEIGHT - 22}" width="14" height="4" fill="{colour}"/>')
        legend.append(f'<text x="{x + 20}" y="{HEIGHT - 16}" class="legend">{escape(name)}</text>')
    note = f"median of {data['runs']} runs; {data['machine']}; a straight line is time or memory in proportion to the tasks"
    style = (
        "text{font-family:sans-serif;font-size:12px;fill:#333}"
        ".title{font-size:14px;text-anchor:middle;font-weight:bold}"
        ".label,.xtick{text-anchor:middle}.ytick{text-anchor:end}"
        ".frame{fill:none;stroke:#999}.grid{stroke:#e4e4e4}"
        ".line{fill:none;stroke-width:2}"
        ".note{font-size:10px;fill:#777}"
    )
    return "\n".join(
        [
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT + 20}"'
            f' viewBox="0 0 {WIDTH} {HEIGHT + 20}" role="img">',
            "<title>todokit: time and peak memory from 1,000 to 100,000 tasks</title>",
            f"<style>{style}</style>",
            '<rect width="100%" height="100%" fill="white"/>',
            panel(0, "Wall-clock time", "seconds", times),
            panel(WIDTH / 2, "Peak memory (RSS)", "MiB", memory),
            *legend,
            f'<text x="{WIDTH / 2}" y="{HEIGHT + 12}" class="note" text-anchor="middle">{escape(note)}</text>',
            "</svg>",
            "",
        ]
    )


def main() -> None:
    """Read the JSON and write the SVG."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="the JSON that growth_ratios.py --out wrote")
    parser.add_argument("target", type=Path, help="the SVG file to write")
    options = parser.parse_args()
    data = json.loads(options.source.read_text(encoding="utf-8"))
    options.target.write_text(svg(data), encoding="utf-8")


if __name__ == "__main__":
    main()
