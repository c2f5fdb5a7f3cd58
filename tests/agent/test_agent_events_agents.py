"""Codex CLI and Gemini CLI events, read onto the fields of Claude Code's shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from todokit.agent.events import HookEvent, parse_hook_event
from todokit.errors import InvalidInputError
from todokit.mirror.plans import todowrite_input
from todokit.mirror.todowrite import todos_from_todowrite

EVENTS = Path(__file__).parent / "events"


def load(name: str) -> HookEvent:
    return parse_hook_event((EVENTS / f"{name}.json").read_bytes())


@pytest.mark.parametrize(
    ("name", "event", "agent_event"),
    [
        ("codex_session_start_startup", "SessionStart", "SessionStart"),
        ("codex_user_prompt_submit", "UserPromptSubmit", "UserPromptSubmit"),
        ("codex_post_tool_use_update_plan", "PostToolUse", "PostToolUse"),
        ("codex_stop", "Stop", "Stop"),
        ("codex_pre_compact", "PreCompact", "PreCompact"),
        ("gemini_session_start_startup", "SessionStart", "SessionStart"),
        ("gemini_before_agent", "UserPromptSubmit", "BeforeAgent"),
        ("gemini_after_tool_write_todos", "PostToolUse", "AfterTool"),
        ("gemini_after_agent", "Stop", "AfterAgent"),
        ("gemini_pre_compress", "PreCompact", "PreCompress"),
    ],
)
def test_event_names(name: str, event: str, agent_event: str) -> None:
    parsed = load(name)
    assert (parsed.event_name, parsed.agent_event) == (event, agent_event)
    assert parsed.session_id and parsed.cwd == "/home/dev/shop"


def test_prompts_reach_the_prompt_field() -> None:
    for name in ("codex_user_prompt_submit", "gemini_before_agent"):
        assert (load(name).prompt or "").startswith("Fix the login timeout")


def test_stop_fields() -> None:
    for name in ("codex_stop", "gemini_after_agent"):
        event = load(name)
        assert event.stop_hook_active is False
        assert event.agent_id is None
    active = parse_hook_event('{"hook_event_name": "AfterAgent", "stop_hook_active": true}')
    assert (active.event_name, active.stop_hook_active) == ("Stop", True)


def test_session_start_sources() -> None:
    assert load("codex_session_start_compact").source == "compact"
    assert load("gemini_session_start_clear").source == "clear"


def test_update_plan_reads_as_todowrite() -> None:
    event = load("codex_post_tool_use_update_plan")
    assert (event.tool_name, event.agent_tool) == ("TodoWrite", "update_plan")
    todos = todos_from_todowrite(event.tool_input)
    assert [(t.content, t.status) for t in todos] == [
        ("Find where the session lifetime is set", "completed"),
        ("Read SESSION_TTL from settings", "in_progress"),
        ("Add a regression test for expiry", "pending"),
    ]
    assert event.raw["tool_input"]["explanation"].startswith("Start with")


def test_write_todos_reads_as_todowrite_with_gemini_statuses() -> None:
    event = load("gemini_after_tool_write_todos")
    assert (event.tool_name, event.agent_tool) == ("TodoWrite", "write_todos")
    statuses = [t.status for t in todos_from_todowrite(event.tool_input)]
    assert statuses == ["completed", "in_progress", "pending", "pending", "deleted"]


def test_other_tools_keep_their_names() -> None:
    event = parse_hook_event(
        '{"hook_event_name": "AfterTool", "tool_name": "run_shell_command", "tool_input": {}}'
    )
    assert (event.event_name, event.tool_name) == ("PostToolUse", "run_shell_command")


@pytest.mark.parametrize(
    ("tool", "tool_input", "message"),
    [
        ("update_plan", {}, "update_plan input has no 'plan' list"),
        ("update_plan", {"plan": ["x"]}, "update_plan step #1 is not an object"),
        ("update_plan", {"plan": [{"status": "pending"}]}, "step #1 has no 'step' text"),
        ("update_plan", {"plan": [{"step": "a", "status": "later"}]}, "has status 'later'"),
        ("write_todos", {"todos": {}}, "write_todos input has no 'todos' list"),
        ("write_todos", {"todos": [{"description": " "}]}, "todo #1 has no 'description'"),
        ("write_todos", {"todos": [{"description": "a"}]}, "todo #1 has status None"),
        ("TodoWrite", {}, "TodoWrite is not a plan tool"),
    ],
)
def test_malformed_plan_calls_are_one_clear_error(
    tool: str, tool_input: dict[str, object], message: str
) -> None:
    with pytest.raises(InvalidInputError, match=message):
        todowrite_input(tool, tool_input)


def test_malformed_plan_in_an_event_is_invalid_input() -> None:
    with pytest.raises(InvalidInputError, match="no 'plan' list"):
        parse_hook_event(
            '{"hook_event_name": "PostToolUse", "tool_name": "update_plan", "tool_input": 5}'
        )
