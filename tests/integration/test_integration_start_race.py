"""Six `todokit start` processes on the same day: six archives, one unbroken chain."""

from __future__ import annotations

import json
import re
from datetime import date
from itertools import pairwise
from pathlib import Path

from integration_support import CLI_WHEN_TOLD, DAY, run_together

from todokit.arrange.arrangement import ScopeOptions, arrange
from todokit.arrange.homes import home_of
from todokit.document import parse
from todokit.files.config import Config
from todokit.lifecycle.new_list import carried_text

STARTS = 6
ORIGINAL = (
    "## Backend\n\n- [ ] fix login timeout\n  - [x] reproduce\n  - [ ] add a test\n"
    "- [x] ship v1\n- [/] review the API docs\n\n## Frontend\n\n- [ ] dark mode toggle\n"
    "- [-] drop IE support\n\n| note | value |\n|---|---|\n| a | 1 |\n"
)
TASK_IN_HEADER = re.compile(r"^\*\*Task:\*\* (.+)$", re.MULTILINE)
ORIGIN_IN_HEADER = re.compile(r"carried over from `([^`]+)`")


def sequence_of(name: str) -> int:
    match = re.fullmatch(rf"todo-{DAY}(?:\.(\d+))?\.old", name)
    assert match, name
    return int(match.group(1) or 1)


def expected_start(old: str, task: str, archive: str) -> str:
    """What `start TASK` writes after archiving ``old`` as ``archive`` (as the library does).

    The parked work of ``old`` goes home first; on this list the place a
    memory would give it and the end of its section are the same.
    """
    home = home_of(parse(old), None)
    text, _count = carried_text(home, task, date.fromisoformat(DAY), archive)
    arranged, _ = arrange(parse(text), task, ScopeOptions.from_config(Config()), sort=True)
    return arranged


def test_six_concurrent_starts_archive_every_version_exactly_once(tmp_path: Path) -> None:
    claude = tmp_path / ".claude"
    claude.mkdir()
    (claude / "todo.md").write_text(ORIGINAL)
    tasks = [f"start number {n} about login" for n in range(STARTS)]
    outputs = run_together(
        tmp_path, [[CLI_WHEN_TOLD, "start", task, "--today", DAY, "--json"] for task in tasks]
    )
    reported = sorted(Path(json.loads(out)["archived"]).name for out in outputs)
    archives = sorted(claude.glob("todo-*.old"), key=lambda path: sequence_of(path.name))
    assert sorted(p.name for p in archives) == reported
    assert [sequence_of(p.name) for p in archives] == list(range(1, STARTS + 1))

    # The versions of todo.md, in lock order: the original, then what each start wrote.
    versions = [path.read_text() for path in archives] + [(claude / "todo.md").read_text()]
    assert versions[0] == ORIGINAL
    tasks_seen = []
    for number, (old, new) in enumerate(pairwise(versions)):
        task = TASK_IN_HEADER.findall(new)
        assert ORIGIN_IN_HEADER.findall(new) == [archives[number].name]
        assert len(task) == 1
        assert new == expected_start(old, task[0], archives[number].name)
        tasks_seen += task
    assert sorted(tasks_seen) == sorted(tasks)

    final = parse(versions[-1])
    still_open = sorted(t.raw.strip() for t in final.tasks if not t.status or not t.status.finished)
    assert still_open == [
        "- [ ] add a test",
        "- [ ] dark mode toggle",
        "- [ ] fix login timeout",
        "- [/] review the API docs",
    ]
    assert "| a | 1 |" in versions[-1]
