"""Print a corpus list's tasks with the ordinals scenario files use to name them.

Run ``python tests/ranking/corpus_eval/show_items.py 003-cortex-claude-todo.md``
(or ``sample`` for ``docs/sample/.claude/todo.md``) from the repository root.
Each line shows the ordinal (1-based over every task of the document, finished
ones included), the status, the nesting, the section and the task's text.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path[:0] = [str(ROOT), str(Path(__file__).resolve().parent)]

from scenarios import source_path  # noqa: E402

from todokit.document import parse  # noqa: E402


def main(argv: list[str]) -> int:
    """Print the tasks of the corpus file named by ``argv[0]``."""
    path = source_path(argv[0])
    doc = parse(path.read_text(encoding="utf-8"))
    for ordinal, task in enumerate(doc.tasks, 1):
        status = task.status.value if task.status else "?"
        print(f"{ordinal:4} {status:<11} {'  ' * task.depth}{task.text}   [{task.section}]")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
