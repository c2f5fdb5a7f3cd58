"""Concurrent writers in real processes: no lost update, no duplicate, nothing torn."""

from __future__ import annotations

import json
from pathlib import Path

from integration_support import ADD_LOOP_WHEN_TOLD, CLI_WHEN_TOLD, DAY, run_together, todokit_cli

from todokit.document import parse

WRITERS = 8
ADDS_EACH = 25
START = "# Plan\n\n## Now\n\n- [ ] existing one\n- [x] finished one\n\nSome notes.\n"


def project_with(tmp_path: Path, text: str) -> Path:
    (tmp_path / ".claude").mkdir()
    (tmp_path / ".claude" / "todo.md").write_text(text)
    return tmp_path


def test_eight_processes_adding_25_tasks_each_lose_nothing(tmp_path: Path) -> None:
    root = project_with(tmp_path, START)
    run_together(root, [[ADD_LOOP_WHEN_TOLD, f"w{n}", str(ADDS_EACH)] for n in range(WRITERS)])
    doc = parse((root / ".claude" / "todo.md").read_text())
    texts = [task.text for task in doc.tasks]
    expected = {f"w{w} task {n}" for w in range(WRITERS) for n in range(ADDS_EACH)}
    assert len(texts) == len(set(texts)) == WRITERS * ADDS_EACH + 2
    assert set(texts) == expected | {"existing one", "finished one"}
    for writer in range(WRITERS):  # each process's tasks keep its own order
        own = [t for t in texts if t.startswith(f"w{writer} ")]
        assert own == [f"w{writer} task {n}" for n in range(ADDS_EACH)]
    assert doc.render().startswith(START.removesuffix("\nSome notes.\n"))
    assert doc.render().endswith("\nSome notes.\n")
    assert not list((root / ".claude").glob(".todo.md.*.tmp"))


def test_cli_adds_from_parallel_processes(tmp_path: Path) -> None:
    root = project_with(tmp_path, START)
    outputs = run_together(
        root, [[CLI_WHEN_TOLD, "add", f"cli task {n}", "--json"] for n in range(6)]
    )
    added = [json.loads(output)["task"]["text"] for output in outputs]
    assert sorted(added) == [f"cli task {n}" for n in range(6)]
    listed = json.loads(todokit_cli(root, "list", "--json").stdout)
    assert {task["text"] for task in listed["tasks"]} >= set(added)


def test_adds_during_starts_lose_no_unfinished_task(tmp_path: Path) -> None:
    """What "lose nothing" means while lists rotate under concurrent adds.

    Every start archives the file it read and writes a new one, under the same
    lock as every add, so an add lands either before a start (and is carried,
    being unfinished) or after it (into the new file). So every unfinished
    task ever written is in the final file exactly once, and every finished
    one is only in the archives, of which the first is the original file.
    """
    root = project_with(tmp_path, START)
    commands = [[CLI_WHEN_TOLD, "start", f"round {n}", "--today", DAY, "-q"] for n in range(3)]
    commands += [[ADD_LOOP_WHEN_TOLD, f"a{n}", "10"] for n in range(3)]
    run_together(root, commands)
    claude = root / ".claude"
    final = parse((claude / "todo.md").read_text())
    open_texts = [t.text for t in final.tasks if t.status is not None and not t.status.finished]
    expected = {f"a{w} task {n}" for w in range(3) for n in range(10)} | {"existing one"}
    assert sorted(open_texts) == sorted(expected)
    assert "finished one" not in final.render()
    archives = sorted(claude.glob("todo-*.old"))
    assert [p.name for p in archives] == [
        f"todo-{DAY}.2.old",
        f"todo-{DAY}.3.old",
        f"todo-{DAY}.old",
    ]
    first = (claude / f"todo-{DAY}.old").read_text().splitlines()
    remaining = iter(first)  # the original lines, in order, maybe with adds between them
    assert all(any(line == seen for seen in remaining) for line in START.splitlines())
