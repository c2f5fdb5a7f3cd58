"""Coverage-guided fuzzing of parse, render, edits and parking with atheris.

``pip install atheris``, then, from the repository root::

    python tests/fuzz/run_fuzz.py roundtrip -max_total_time=1200
    python tests/fuzz/run_fuzz.py edits -max_total_time=1200 tests/fuzz/findings

Arguments after the target go to libFuzzer (``-max_total_time``, ``-runs``,
corpus directories). A failing input is written by libFuzzer as
``crash-<hash>``; keep it in ``tests/fuzz/findings/`` and the default test run
replays it through every target.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main(argv: list[str]) -> None:
    """Fuzz the target named by ``argv[1]``."""
    import atheris

    with atheris.instrument_imports():
        import fuzz_targets

    target = fuzz_targets.TARGETS[argv[1]]
    atheris.Setup([argv[0], *argv[2:]], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
