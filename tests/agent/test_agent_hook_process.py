"""``answer_hook``: the hook's process layer turns every failure into one line and exit 1."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from todokit.hooks import process
from todokit.hooks.process import INTERRUPTED, answer_hook


def prompt_event(project: Path) -> bytes:
    return json.dumps(
        {
            "hook_event_name": "UserPromptSubmit",
            "session_id": "s",
            "cwd": str(project),
            "prompt": "x",
        }
    ).encode()


def run(stdin: bytes, *, debug: bool = False) -> tuple[int, bytes, list[str]]:
    out, errors = io.BytesIO(), []
    code = answer_hook(io.BytesIO(stdin), out, errors.append, {}, debug=debug)
    return code, out.getvalue(), errors


def test_an_event_that_needs_no_answer_prints_nothing() -> None:
    code, out, errors = run(b'{"hook_event_name": "PreCompact"}')
    assert (code, out, errors) == (0, b"", [])


def test_bad_input_is_one_line_and_exit_1() -> None:
    code, out, errors = run(b"\xff not json")
    assert code == 1 and out == b""
    assert len(errors) == 1 and errors[0].startswith("hook: ")


def test_an_internal_error_is_one_line_and_exit_1_never_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> str:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr("todokit.hooks.handler.handle_event", broken)
    code, out, errors = run(prompt_event(tmp_path))
    assert (code, out) == (1, b"")
    assert errors == ["hook: internal error: ZeroDivisionError: boom"]
    with pytest.raises(ZeroDivisionError):
        run(prompt_event(tmp_path), debug=True)


def test_an_interrupt_exits_130(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr("todokit.hooks.handler.handle_event", interrupted)
    assert run(prompt_event(tmp_path))[0] == INTERRUPTED == 130


@pytest.mark.parametrize(
    ("stdin", "code", "stderr"),
    [(b'{"hook_event_name": "Nothing"}', 0, b""), (b"[]", 1, b"todokit: hook: ")],
)
def test_the_process_entry_uses_the_real_streams(
    monkeypatch: pytest.MonkeyPatch,
    capsysbinary: pytest.CaptureFixture[bytes],
    stdin: bytes,
    code: int,
    stderr: bytes,
) -> None:
    class Stdin:
        buffer = io.BytesIO(stdin)

    monkeypatch.setattr(process.sys, "stdin", Stdin)
    assert (
        process.run_hook_process(lambda message: sys.stderr.write(f"todokit: {message}\n")) == code
    )
    out, err = capsysbinary.readouterr()
    assert out == b""
    assert err.startswith(stderr) and (code == 0) == (err == b"")
