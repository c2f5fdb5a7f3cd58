"""Reading hook stdin: every documented event shape, and every malformed input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from todokit.agent.events import HookEvent, parse_hook_event
from todokit.errors import InvalidInputError

EVENTS = Path(__file__).parent / "events"


def load(name: str) -> HookEvent:
    return parse_hook_event((EVENTS / name).read_bytes())


def test_user_prompt_submit() -> None:
    event = load("user_prompt_submit.json")
    assert event.event_name == "UserPromptSubmit"
    assert event.prompt is not None
    assert event.prompt.startswith("Fix the login timeout")
    assert event.session_id == "2f1c9e4a-7b3d-4c1e-9a55-0d6c3b8e1f20"
    assert event.cwd == "/home/dev/shop"
    assert event.transcript_path is not None
    assert event.transcript_path.endswith(".jsonl")
    assert event.tool_name is None
    assert event.tool_input == {}
    assert event.stop_hook_active is False
    assert event.raw["prompt_id"] == "b7e0c2d1-5a44-4f6e-8c3b-91d2a7f0e6c4"


@pytest.mark.parametrize("source", ["startup", "resume", "clear", "compact", "fork"])
def test_session_start_sources(source: str) -> None:
    event = load(f"session_start_{source}.json")
    assert (event.event_name, event.source) == ("SessionStart", source)
    assert event.prompt is None
    assert event.raw["model"] == "claude-opus-4-1"


def test_post_tool_use_todowrite() -> None:
    event = load("post_tool_use_todowrite.json")
    assert (event.event_name, event.tool_name) == ("PostToolUse", "TodoWrite")
    assert len(event.tool_input["todos"]) == 3
    assert isinstance(event.tool_response, dict)
    assert len(event.tool_response["newTodos"]) == 3


def test_post_tool_use_todowrite_legacy_text_response() -> None:
    event = load("post_tool_use_todowrite_legacy.json")
    assert event.tool_response == "Todos have been modified successfully."
    assert event.tool_input["todos"][0]["priority"] == "high"


def test_post_tool_use_task_tools() -> None:
    create = load("post_tool_use_task_create.json")
    assert create.tool_name == "TaskCreate"
    assert create.cwd == "/home/dev/shop/backend"
    assert create.tool_response == {
        "task": {"id": "4", "subject": "Add a regression test for session expiry"}
    }
    update = load("post_tool_use_task_update.json")
    assert (update.tool_name, update.tool_input) == (
        "TaskUpdate",
        {"taskId": "4", "status": "completed"},
    )


def test_task_events_keep_their_fields_in_raw() -> None:
    created = load("task_created.json")
    completed = load("task_completed.json")
    assert created.event_name == "TaskCreated"
    assert created.raw["task_subject"] == "Document the SESSION_TTL setting"
    assert completed.event_name == "TaskCompleted"
    assert completed.raw["teammate_name"] == "docs-writer"


def test_stop_events() -> None:
    stop = load("stop.json")
    assert (stop.event_name, stop.stop_hook_active, stop.agent_id) == ("Stop", False, None)
    active = load("stop_active_subagent.json")
    assert (active.stop_hook_active, active.agent_id) == (True, "a1b2c3d4")


def test_minimal_event_takes_defaults() -> None:
    event = parse_hook_event('{"hook_event_name": "Notification"}')
    assert event == HookEvent(
        event_name="Notification",
        raw={"hook_event_name": "Notification"},
        agent_event="Notification",
    )


def test_wrong_typed_optional_fields_read_as_absent() -> None:
    data = {
        "hook_event_name": "PostToolUse",
        "prompt": 3,
        "cwd": None,
        "tool_name": ["TodoWrite"],
        "tool_input": "not an object",
        "stop_hook_active": "true",
    }
    event = parse_hook_event(json.dumps(data))
    assert (event.prompt, event.cwd, event.tool_name) == (None, None, None)
    assert event.tool_input == {}
    assert event.stop_hook_active is False
    assert event.raw == data


@pytest.mark.parametrize(
    "data",
    [
        "\ufeff" + '{"hook_event_name": "Stop"}',
        '{"hook_event_name": "Stop"}'.encode("utf-8-sig"),
        '{"hook_event_name": "Stop"}'.encode("utf-16"),
        b'  \n{"hook_event_name": "Stop"}\n',
    ],
)
def test_encodings_and_byte_order_marks(data: str | bytes) -> None:
    assert parse_hook_event(data).event_name == "Stop"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("", "hook input is empty; expected a JSON object on stdin"),
        (b" \n\t", "hook input is empty; expected a JSON object on stdin"),
        ("{not json", "hook input is not valid JSON (line 1, column 2: "),
        ("[1, 2]", "hook input is a JSON array, not an object"),
        ('"Stop"', "hook input is a JSON string, not an object"),
        ("42", "hook input is a JSON number, not an object"),
        ("true", "hook input is a JSON boolean, not an object"),
        ("null", "hook input is a JSON null, not an object"),
        ("{}", "hook input has no 'hook_event_name' string"),
        ('{"hook_event_name": 7}', "hook input has no 'hook_event_name' string"),
        ('{"hook_event_name": "  "}', "hook input has no 'hook_event_name' string"),
        (b'{"hook_event_name": "\xff"}', "hook input is not UTF-8, UTF-16 or UTF-32 text"),
        ("[" * 100_000 + "]" * 100_000, "hook input is nested too deeply to read"),
        (
            '{"hook_event_name": "Stop", "n": ' + "9" * 5_000 + "}",
            "hook input holds a number too long to read",
        ),
    ],
)
def test_bad_input_is_one_clear_line(data: str | bytes, message: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        parse_hook_event(data)
    text = str(caught.value)
    assert text.startswith(message)
    assert "\n" not in text
    assert caught.value.exit_code == 4


@given(st.one_of(st.text(), st.binary()))
def test_never_raises_anything_else(data: str | bytes) -> None:
    try:
        event = parse_hook_event(data)
    except InvalidInputError:
        return
    assert event.event_name.strip()


@settings(max_examples=50)
@given(
    st.dictionaries(
        st.text(max_size=12),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=8),
            lambda children: st.lists(children, max_size=3),
            max_leaves=5,
        ),
        max_size=5,
    )
)
def test_any_object_with_a_name_parses(extra: dict[str, object]) -> None:
    data = {**extra, "hook_event_name": "PostToolUse"}
    event = parse_hook_event(json.dumps(data))
    assert event.event_name == "PostToolUse"
    assert event.raw == data
