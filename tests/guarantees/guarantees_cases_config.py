"""Cases of the page's "Configuration" and "Command-line options" rows."""

from __future__ import annotations

from pathlib import Path

from guarantees_run import Case, Run, lock_held

TOML = "repo/.claude/todokit.toml"


def config(text: str, *argv: str) -> Case:
    """A case adding a task (or running ``argv``) under ``.claude/todokit.toml`` = ``text``."""
    return Case(argv or ("add", "x"), {TOML: text.encode()})


def pyproject(text: str) -> Case:
    """A case adding a task with no todokit.toml and this ``pyproject.toml``."""
    return Case(("add", "x"), {"repo/pyproject.toml": text.encode()})


def option(*argv: str) -> Case:
    """A case running ``argv`` on the default list."""
    return Case(argv)


def archived_once(sandbox: Path, result: Run) -> None:
    """A check: ``keep`` pruned to one archive, the new one."""
    assert [p.name for p in (sandbox / "repo/.claude").glob("todo-*.old")] == [
        "todo-2026-11-24.old"
    ]


CHECK = '[[checks]]\nname = "t"\nrun = "true"\n'
CASES: dict[str, Case] = {
    "config-valid": Case(
        ("start", "login"),
        {
            TOML: b'keep = 1\nlock-timeout = 5\nkeep_priority = "high"\nmax_file_size = "8 MiB"\n',
            "repo/.claude/todo-2026-01-01.old": b"- [ ] old\n",
        },
        check=archived_once,
    ),
    "config-keep-string": config('keep = "x"'),
    "config-keep-negative": config("keep = -1"),
    "config-keep-bool": config("keep = true"),
    "config-keep-float": config("keep = 1.5"),
    "config-keep-huge": config("keep = " + "9" * 40),
    "config-long-integer": config("keep = " + "9" * 5_000),
    "config-lock-timeout-string": config('lock_timeout = "soon"'),
    "config-lock-timeout-nan": config("lock_timeout = nan"),
    "config-threshold-range": config("threshold = 1.5"),
    "config-keep-priority": config('keep_priority = "urgent"'),
    "config-stop-gate": config("stop_gate = 1"),
    "config-unknown-key": config('colour = "red"'),
    "config-both-spellings": config("lock-timeout = 1\nlock_timeout = 2"),
    "config-invalid-toml": config("not toml ["),
    "config-deep-toml": config("a = " + "[" * 5_000 + "]" * 5_000),
    "config-max-file-size-small": config('max_file_size = "1 KiB"'),
    "config-max-file-size-word": config('max_file_size = "lots"'),
    "config-template-type": config("template = 5", "start", "x"),
    "config-check-no-run": config('[[checks]]\nname = "t"', "check"),
    "config-check-timeout": config(CHECK + "timeout = 0", "check"),
    "config-check-twice": config(CHECK + CHECK, "check"),
    "config-checks-type": config("checks = 5", "check"),
    "config-too-large": config("# " * 2_500_000),
    "config-pyproject-error": pyproject('[tool.todokit]\nkeep = "x"\n'),
    "config-pyproject-other": pyproject("[tool.other]\nx = 1\n[broken\n"),
    "option-lock-timeout-nan": option("add", "x", "--lock-timeout", "nan"),
    "option-lock-timeout-word": option("add", "x", "--lock-timeout", "soon"),
    "option-threshold-range": option("scope", "login", "--threshold", "2"),
    "option-keep-priority-synonym": option("scope", "login", "--keep-priority", "urgent"),
    "option-keep-priority-unknown": option("scope", "login", "--keep-priority", "whenever"),
    "option-scorer-missing": option("scope", "login", "--scorer", "no_such_module:score"),
    "option-scorer-shape": option("scope", "login", "--scorer", "score"),
    "option-scorer-fails": option("scope", "login", "--scorer", "os:getcwd"),
    "option-lock-held": Case(("add", "x", "--lock-timeout", "0.2"), setup=lock_held, process=True),
    "option-root-missing": option("add", "x", "--root", "../nowhere"),
    "option-file-directory": option("add", "x", "--file", ".claude"),
    "option-unknown": option("list", "--colour"),
    "option-unknown-json": option("list", "--json", "--colour"),
    "option-no-command": option(),
}
