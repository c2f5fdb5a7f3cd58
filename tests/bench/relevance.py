"""Print the relevance table: ``python tests/bench/relevance.py [--details]``.

The harness is ``tests/ranking/relevance_eval.py`` (the tests hold its
figures to their floors); this script only runs it.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ranking"))

from relevance_eval import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
