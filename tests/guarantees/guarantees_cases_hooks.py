"""Cases of the page's "Hook events" rows: what ``todokit hook`` reads on stdin.

Events are the recorded ones of ``tests/agent/events`` (Claude Code, Codex CLI, Gemini CLI),
aimed at the sandbox's project. Every hook runs as a child process, as agents run it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from guarantees_run import REPO_ROOT, TODO, Case, Run, lock_held

EVENTS = REPO_ROOT / "tests" / "agent" / "events"
CLAUDE = "repo/.claude"
TODO_PATH = f"{CLAUDE}/todo.md"
GATE = b'stop_gate = true\n[[checks]]\nname = "tests"\nrun = "echo 2 failed; exit 1"\n'


def event(name: str, **changes: object) -> Callable[[Path], bytes]:
    """The recorded event ``name``, aimed at the sandbox's project, with some fields changed.

    A change that is a function gets the sandbox and gives the field's value.
    """

    def make(sandbox: Path) -> bytes:
        data = json.loads((EVENTS / f"{name}.json").read_text(encoding="utf-8"))
        data["cwd"] = str(sandbox / "repo")
        data.update({k: v(sandbox) if callable(v) else v for k, v in changes.items()})
        return json.dumps(data).encode()

    return make


def raw(data: bytes) -> Callable[[Path], bytes]:
    """Exactly ``data`` on stdin."""
    return lambda sandbox: data


def hook(stdin: Callable[[Path], bytes], *options: str, **fields: object) -> Case:
    """A case running ``todokit hook OPTIONS`` with ``stdin``."""
    return Case(("hook", *options), stdin=stdin, process=True, **fields)


def started(sandbox: Path, result: Run) -> None:
    """A check: the first prompt archived the list and started a new one."""
    assert (sandbox / f"{CLAUDE}/todo-2026-11-24.old").is_file()
    assert "**Task:**" in (sandbox / TODO_PATH).read_text(encoding="utf-8")


def list_unchanged(sandbox: Path, result: Run) -> None:
    """A check: the todo file is still the default list."""
    assert (sandbox / TODO_PATH).read_bytes() == TODO


def holds(text: str) -> Callable[[Path, Run], None]:
    """A check: the todo file now holds ``text``."""

    def check(sandbox: Path, result: Run) -> None:
        assert text in (sandbox / TODO_PATH).read_text(encoding="utf-8")

    return check


MANY = [
    {"content": f"agent task {n}", "status": "pending", "activeForm": "x"} for n in range(5_000)
]
CASES: dict[str, Case] = {
    "hook-session-start": hook(event("session_start_startup")),
    "hook-first-prompt": hook(
        event("user_prompt_submit", prompt="Fix the login form"), check=started
    ),
    "hook-later-prompt": hook(event("user_prompt_submit", prompt="continue")),
    "hook-todowrite": hook(
        event("post_tool_use_todowrite"), check=holds("Find where the session lifetime is set")
    ),
    "hook-task-create": hook(
        event("post_tool_use_task_create"),
        check=holds("- [ ] Add a regression test for session expiry"),
    ),
    "hook-task-completed": hook(
        event("task_completed"), check=holds("- [x] Document the SESSION_TTL setting")
    ),
    "hook-session-compact": hook(event("session_start_compact")),
    "hook-session-clear": hook(event("session_start_clear")),
    "hook-task-created": hook(
        event("task_created"), check=holds("- [ ] Document the SESSION_TTL setting")
    ),
    "hook-task-update": hook(event("post_tool_use_task_update"), check=list_unchanged),
    "hook-task-create-failed": hook(
        event("post_tool_use_failure_task_create"), check=list_unchanged
    ),
    "hook-stop": hook(event("stop")),
    "hook-stop-subagent": hook(event("stop_active_subagent")),
    "hook-codex-session-start": hook(event("codex_session_start_startup")),
    "hook-codex-prompt": hook(event("codex_user_prompt_submit"), check=started),
    "hook-codex-stop": hook(event("codex_stop")),
    "hook-gemini-session-start": hook(event("gemini_session_start_startup")),
    "hook-gemini-after-agent": hook(event("gemini_after_agent")),
    "hook-gemini-pre-compress": hook(event("gemini_pre_compress")),
    "hook-stop-gate": hook(event("stop"), files={f"{CLAUDE}/todokit.toml": GATE}),
    "hook-pre-compact": hook(event("codex_pre_compact")),
    "hook-codex-plan": hook(event("codex_post_tool_use_update_plan")),
    "hook-gemini-prompt": hook(event("gemini_before_agent"), check=started),
    "hook-gemini-todos": hook(event("gemini_after_tool_write_todos")),
    "hook-unknown-event": hook(event("stop", hook_event_name="SomethingNew")),
    "hook-not-json": hook(raw(b"not json")),
    "hook-empty": hook(raw(b"")),
    "hook-array": hook(raw(b"[1, 2]")),
    "hook-not-utf8": hook(raw(b'{"hook_event_name": "\xff"}')),
    "hook-no-event-name": hook(raw(b'{"session_id": "s"}')),
    "hook-event-name-number": hook(raw(b'{"hook_event_name": 5}')),
    "hook-prompt-number": hook(event("user_prompt_submit", prompt=5)),
    "hook-todos-not-list": hook(event("post_tool_use_todowrite", tool_input={"todos": "x"})),
    "hook-todo-bad-type": hook(
        event("post_tool_use_todowrite", tool_input={"todos": [{"content": 5}]})
    ),
    "hook-nul-prompt": hook(
        event("user_prompt_submit", prompt="Fix the\u0000 login"), check=started
    ),
    "hook-nul-cwd": hook(event("session_start_startup", cwd=lambda s: f"{s / 'repo'}\u0000x")),
    "hook-deep-json": hook(raw(b"[" * 100_000 + b"]" * 100_000)),
    "hook-long-number": hook(raw(b'{"hook_event_name": "Stop", "n": ' + b"9" * 5_000 + b"}")),
    "hook-huge-prompt": hook(event("user_prompt_submit", prompt="Fix the login " * 300_000)),
    "hook-huge-todowrite": hook(
        event("post_tool_use_todowrite", tool_input={"todos": MANY}), check=holds("agent task 4999")
    ),
    "hook-usage-error": hook(event("session_start_startup"), "--typo"),
    "hook-no-project": hook(event("user_prompt_submit", cwd=lambda s: str(s / "out")), cwd="out"),
    "hook-lock-held": hook(
        event("post_tool_use_todowrite"), "--lock-timeout", "0.2", setup=lock_held
    ),
    "hook-state-bad-type": hook(
        event("user_prompt_submit", prompt="continue"),
        files={f"{CLAUDE}/todokit-state.json": b'{"version": 2, "sessions": {"s": {"task": 5}}}'},
    ),
}
