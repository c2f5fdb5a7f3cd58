"""The shipped JSON Schemas: loaded and used offline, jsonschema an optional extra."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from todokit import schemas
from todokit.schemas import SCHEMAS, load, validate


def test_every_schema_loads_and_names_itself() -> None:
    for name in SCHEMAS:
        data = load(name)
        assert data["$id"].endswith(f"/schemas/{name}.json")
    assert load("list.v1") is not load("list.v1")
    with pytest.raises(KeyError):
        load("nope.v1")


def test_validate_resolves_references_without_the_network(
    cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("add", "Fix login")
    payload = cli("list", "--json").json()

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("validation tried the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    schemas._validator.cache_clear()
    validate(payload, "list.v1")  # "tasks" refers to task.v1.json
    from jsonschema import ValidationError

    payload["tasks"][0]["status"] = 5
    with pytest.raises(ValidationError):
        validate(payload, "list.v1")


def test_a_reference_outside_the_shipped_files_fails_instead_of_fetching(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from referencing.exceptions import Unresolvable

    original = schemas.load

    def with_remote_ref(name: str) -> dict[str, object]:
        data = original(name)
        if name == "write.v1":
            data["properties"]["file"] = {"$ref": "https://example.org/other.json"}
        return data

    monkeypatch.setattr(schemas, "load", with_remote_ref)
    monkeypatch.setattr(socket.socket, "connect", lambda *a: pytest.fail("network"))
    schemas._validator.cache_clear()
    try:
        with pytest.raises(Unresolvable):
            validate({"file": "x", "changed": True, "written": True}, "write.v1")
    finally:
        schemas._validator.cache_clear()


def test_without_jsonschema_the_error_says_what_to_install() -> None:
    script = (
        "import sys; sys.modules['jsonschema'] = None\n"
        "from todokit.schemas import validate\n"
        "try:\n"
        "    validate({}, 'write.v1')\n"
        "except ModuleNotFoundError as error:\n"
        "    print(error)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert "pip install 'todokit[schemas]'" in done.stdout


def test_importing_the_schemas_does_not_import_jsonschema() -> None:
    script = "import sys, todokit.schemas; print('jsonschema' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "False"


def test_validate_without_jsonschema_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "jsonschema", None)
    schemas._validator.cache_clear()
    try:
        with pytest.raises(ModuleNotFoundError, match=r"pip install 'todokit\[schemas\]'"):
            validate({}, "write.v1")
    finally:
        schemas._validator.cache_clear()
