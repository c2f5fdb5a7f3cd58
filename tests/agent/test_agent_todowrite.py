"""Agent task-tool payloads: TodoWrite, TaskCreate, TaskUpdate and the task events."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from todokit.agent.events import parse_hook_event
from todokit.errors import InvalidInputError
from todokit.mirror.todowrite import (
    AgentTodo,
    export_todowrite,
    todo_from_task_tool,
    todokit_status,
    todos_from_todowrite,
    todowrite_status,
)

EVENTS = Path(__file__).parent / "events"


def event(name: str) -> Any:
    return parse_hook_event((EVENTS / name).read_bytes())


def test_todowrite_fixture_input_and_response_agree() -> None:
    hook = event("post_tool_use_todowrite.json")
    todos = todos_from_todowrite(hook.tool_input)
    assert todos == todos_from_todowrite(hook.tool_response)
    assert [(t.content, t.status) for t in todos] == [
        ("Find where the session lifetime is set", "completed"),
        ("Read SESSION_TTL from settings", "in_progress"),
        ("Add a regression test for expiry", "pending"),
    ]
    assert todos[1].active_form == "Reading SESSION_TTL from settings"
    assert (todos[0].task_id, todos[0].priority) == (None, None)


def test_todowrite_legacy_shape() -> None:
    todos = todos_from_todowrite(event("post_tool_use_todowrite_legacy.json").tool_input)
    assert todos == [
        AgentTodo("Reproduce the timeout", "completed", None, "1", "high"),
        AgentTodo("Update the changelog", "pending", None, "2", "low"),
    ]


def test_todowrite_bare_list_int_ids_and_loose_status() -> None:
    todos = todos_from_todowrite(
        [{"content": "  Ship it ", "status": " In_Progress ", "id": 7, "active_form": "Shipping"}]
    )
    assert todos == [AgentTodo("Ship it", "in_progress", "Shipping", "7", None)]
    assert todos_from_todowrite({"todos": []}) == []


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({}, "TodoWrite payload has no 'todos' list"),
        ({"todos": "a, b"}, "TodoWrite payload has no 'todos' list"),
        ("todos", "TodoWrite payload has no 'todos' list"),
        ({"todos": [3]}, "TodoWrite todo #1 is not an object"),
        ({"todos": [{"status": "pending"}]}, "TodoWrite todo #1 has no 'content' text"),
        ({"todos": [{"content": " ", "status": "pending"}]}, "TodoWrite todo #1 has no 'content'"),
        (
            [{"content": "a", "status": "pending"}, {"content": "b", "status": "blocked"}],
            "TodoWrite todo #2 has status 'blocked'; expected one of pending, in_progress",
        ),
        ([{"content": "a", "status": None}], "TodoWrite todo #1 has status None"),
        ([{"content": "a", "status": True, "id": True}], "TodoWrite todo #1 has status True"),
    ],
)
def test_todowrite_invalid_shapes(payload: Any, message: str) -> None:
    with pytest.raises(InvalidInputError, match="^" + message.replace("(", r"\(")):
        todos_from_todowrite(payload)


def test_task_create_fixture() -> None:
    hook = event("post_tool_use_task_create.json")
    todo = todo_from_task_tool(hook.tool_name, hook.tool_input, hook.tool_response)
    assert todo == AgentTodo(
        "Add a regression test for session expiry",
        "pending",
        "Adding a regression test for session expiry",
        "4",
        None,
    )


@pytest.mark.parametrize(
    ("response", "task_id"),
    [({"id": 9}, "9"), ({"task": {"taskId": "x1"}}, "x1"), ("Task #3 created", None), (None, None)],
)
def test_task_create_id_spellings(response: object, task_id: str | None) -> None:
    todo = todo_from_task_tool("TaskCreate", {"description": "Only a description"}, response)
    assert todo is not None
    assert (todo.content, todo.task_id) == ("Only a description", task_id)


def test_task_create_without_subject_is_invalid() -> None:
    with pytest.raises(InvalidInputError, match="TaskCreate names no task subject"):
        todo_from_task_tool("TaskCreate", {"activeForm": "Doing"}, {"task": {"id": "1"}})


def test_task_update_fixture() -> None:
    hook = event("post_tool_use_task_update.json")
    todo = todo_from_task_tool(hook.tool_name, hook.tool_input, hook.tool_response)
    assert todo == AgentTodo("", "completed", None, "4", None)


@pytest.mark.parametrize("key", ["taskId", "id", "task_id"])
def test_task_update_id_spellings_and_subject(key: str) -> None:
    todo = todo_from_task_tool(
        "TaskUpdate", {key: "12", "subject": "Renamed", "active_form": "Renaming"}, None
    )
    assert todo == AgentTodo("Renamed", "", "Renaming", "12", None)


def test_task_update_deleted_and_invalid() -> None:
    deleted = todo_from_task_tool("TaskUpdate", {"taskId": "3", "status": "deleted"}, None)
    assert deleted is not None
    assert todokit_status(deleted.status) == "cancelled"
    with pytest.raises(InvalidInputError, match="TaskUpdate names no task id"):
        todo_from_task_tool("TaskUpdate", {"status": "completed"}, None)
    with pytest.raises(InvalidInputError, match="TaskUpdate of 3 has status 'done'"):
        todo_from_task_tool("TaskUpdate", {"taskId": "3", "status": "done"}, None)


def test_task_events_fixtures() -> None:
    created = event("task_created.json")
    completed = event("task_completed.json")
    assert todo_from_task_tool(created.event_name, created.raw, None) == AgentTodo(
        "Document the SESSION_TTL setting", "pending", None, "5", None
    )
    assert todo_from_task_tool(completed.event_name, completed.raw, None) == AgentTodo(
        "Document the SESSION_TTL setting", "completed", None, "5", None
    )


def test_task_event_with_nested_task_and_other_spellings() -> None:
    payload = {"hook_event_name": "TaskCompleted", "task": {"taskId": 8, "title": "Nested"}}
    assert todo_from_task_tool("TaskCompleted", payload, None) == AgentTodo(
        "Nested", "completed", None, "8", None
    )
    content_only = {"id": "2", "content": "By content"}
    todo = todo_from_task_tool("TaskCreated", content_only, None)
    assert todo is not None
    assert (todo.content, todo.task_id) == ("By content", "2")
    with pytest.raises(InvalidInputError, match="TaskCreated names no task subject"):
        todo_from_task_tool("TaskCreated", {"task_id": "2"}, None)


@pytest.mark.parametrize(
    ("tool_name", "tool_input"),
    [("Bash", {"command": "ls"}), ("TodoWrite", {"todos": []}), ("TaskUpdate", ["taskId"])],
)
def test_other_tools_and_shapes_give_none(tool_name: str, tool_input: object) -> None:
    assert todo_from_task_tool(tool_name, tool_input, None) is None


@pytest.mark.parametrize(
    ("todokit", "agent"),
    [
        ("open", "pending"),
        ("in_progress", "in_progress"),
        ("done", "completed"),
        ("cancelled", "completed"),
        ("deferred", "pending"),
        ("other", "pending"),
    ],
)
def test_todowrite_status(todokit: str, agent: str) -> None:
    assert todowrite_status(todokit) == agent


@pytest.mark.parametrize(
    ("agent", "todokit"),
    [
        ("pending", "open"),
        ("in_progress", "in_progress"),
        ("completed", "done"),
        ("deleted", "cancelled"),
        ("COMPLETED", "done"),
    ],
)
def test_todokit_status(agent: str, todokit: str) -> None:
    assert todokit_status(agent) == todokit


def test_unknown_statuses_are_invalid_input() -> None:
    with pytest.raises(InvalidInputError, match="unknown todokit status 'pending'"):
        todowrite_status("pending")
    with pytest.raises(InvalidInputError, match="agent task has status 'cancelled'"):
        todokit_status("cancelled")


def test_status_round_trip_for_agent_statuses() -> None:
    for status in ("pending", "in_progress", "completed"):
        assert todowrite_status(todokit_status(status)) == status


def test_export_todowrite_round_trips_through_the_reader() -> None:
    payload = export_todowrite(iter([("Fix login", "in_progress"), ("Old idea", "cancelled")]))
    assert payload == {
        "todos": [
            {"content": "Fix login", "status": "in_progress", "activeForm": "Fix login"},
            {"content": "Old idea", "status": "completed", "activeForm": "Old idea"},
        ]
    }
    assert [t.content for t in todos_from_todowrite(payload)] == ["Fix login", "Old idea"]
    assert export_todowrite([]) == {"todos": []}
    with pytest.raises(InvalidInputError):
        export_todowrite([("x", "completed")])
