"""The output layer: colour after escaping, quiet runs, progress and error lines."""

from __future__ import annotations

import io
import json
import re

from cli_support import write_todo

from todokit.cli.output import Colored, Output


def output(**options: bool) -> Output:
    settings = {"json": False, "quiet": False, "color": False} | options
    return Output(**settings, stream=io.StringIO(), errors=io.StringIO())


def test_colour_is_added_after_escaping():
    out = output(color=True)
    out.line("1    ", Colored("[\x1b]", "done"), " text\x07", Colored("[ ]", "open"))
    assert out.stream.getvalue() == "1    \x1b[32m[\\x1b]\x1b[0m text\\x07[ ]\n"


def test_without_colour_a_line_is_plain_and_escaped():
    out = output()
    out.line("1    ", Colored("[x]", "done"), " \u202eevil")
    assert out.stream.getvalue() == "1    [x] \\u202eevil\n"


def test_quiet_prints_no_lines_but_still_prints_data():
    out = output(quiet=True)
    out.line("hidden")
    out.data({"a": 1})
    assert out.stream.getvalue() == '{"a":1}\n'


def test_data_is_indented_for_a_terminal():
    out = output()
    out.indent = True
    out.data({"a": [1]})
    assert out.stream.getvalue() == '{\n  "a": [\n    1\n  ]\n}\n'


def test_a_big_document_is_written_in_pieces():
    class Counting(io.StringIO):
        writes = 0

        def write(self, text: str) -> int:
            Counting.writes += 1
            return super().write(text)

    out = Output(json=True, quiet=False, color=False, stream=Counting())
    payload = {"text": "x" * 300_000}
    out.data(payload)
    assert Counting.writes == 5
    assert json.loads(out.stream.getvalue()) == payload


def test_progress_and_errors_are_escaped_and_errors_cut():
    out = output()
    out.progress("running \x1b]0;x\x07…")
    out.error("no task matches '" + "\x1b" * 1000 + "'\n  1 [ ] ok")
    lines = out.errors.getvalue().splitlines()
    assert lines[0] == "running \\x1b]0;x\\x07…"
    assert lines[1] == "todokit: no task matches '" + "\\x1b" * 483 + "… (518 more characters)"
    assert lines[2] == "  1 [ ] ok"


def test_error_data_only_with_json():
    out = output()
    out.error_data("boom", 1)
    assert out.stream.getvalue() == ""
    out.json = True
    out.error_data("boom", 4, ("1 [ ] a (0123abcd)",))
    expected = {"error": {"message": "boom", "exit_code": 4, "candidates": ["1 [ ] a (0123abcd)"]}}
    assert json.loads(out.stream.getvalue()) == expected


def test_scope_and_check_summaries(cli, project):
    write_todo(project)
    scoped = cli("scope", "database index for orders").out
    assert re.fullmatch(r"\d+ in scope, \d+ out of scope\n", scoped)
    assert cli("check").out.startswith("no checks configured")
    (project / ".claude" / "todokit.toml").write_text('checks = [{ name = "ok", run = "true" }]\n')
    assert cli("check").out == "all 1 check passed\n"
