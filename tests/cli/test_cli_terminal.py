"""Human output never hands a control or bidi character to the terminal; ``--json`` keeps it.

A cloned repository is untrusted: its todo.md, its configured checks and the names in
it can hold OSC sequences (window title, OSC 52 clipboard writes), CSI sequences
(``ESC[2J``), C1 controls, BEL, backspace and bidi overrides. Every human line todokit
prints (list, success messages, --explain, --diff, check output, errors) shows them as
visible ``\\x1b``-style escapes; ``--json`` keeps the exact text.
"""

from __future__ import annotations

import json
import re
import sys

import pytest
from cli_support import run_cli, write_todo
from hypothesis import given
from hypothesis import strategies as st

from todokit.cli.terminal import clip, for_terminal

OSC_TITLE = "\x1b]0;pwned\x07"
OSC_52 = "\x1b]52;c;cHduZWQ=\x07"
HOSTILE = f"Fix {OSC_TITLE}{OSC_52}\x1b[2J\x9b31m\x9d\x08\u202eevil\u2066 login"
SHOWN = r"Fix \x1b]0;pwned\x07\x1b]52;c;cHduZWQ=\x07\x1b[2J\x9b31m\x9d\x08\u202eevil\u2066 login"
TODO = f"## Now\n\n- [x] Ship it\n- [ ] {HOSTILE}\n- [ ] Write the {OSC_TITLE}docs\n"

# Everything a terminal could act on, but line feed, tab, and CR before LF.
UNSAFE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\u2028\u2029\ud800-\udfff]|\r(?!\n)"
)


def assert_inert(text: str) -> None:
    found = UNSAFE.search(text)
    assert found is None, f"raw {found.group()!r} at {found.start()} in {text[:300]!r}"


@pytest.mark.parametrize(
    "char",
    [chr(c) for c in range(0x20) if chr(c) not in "\t\n"]
    + [chr(c) for c in range(0x7F, 0xA0)]
    + ["\u061c", "\u200e", "\u200f", "\u2028", "\u2029"]
    + [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))],
)
def test_every_control_and_bidi_character_is_escaped(char):
    shown = for_terminal(f"a{char}b")
    assert_inert(shown)
    expected = f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"
    assert shown == f"a{expected}b"


def test_text_without_controls_is_unchanged():
    text = "Größe 🐛 数据 👩‍👩‍👧 café\ttab\nnext line\r\n"
    assert for_terminal(text) == text


def test_lone_surrogates_show_as_the_replacement_character():
    assert for_terminal("caf\udce9") == "caf\ufffd"


@given(st.text())
def test_nothing_unsafe_survives(text):
    assert_inert(for_terminal(text))


def test_clip_keeps_short_text_and_cuts_long_text():
    assert clip("x" * 500) == "x" * 500
    assert clip("x" * 100_000) == "x" * 500 + "… (99500 more characters)"


def test_list_escapes_and_json_keeps_the_exact_text(project):
    write_todo(project, TODO)
    listed = run_cli(project, "list")
    assert listed.returncode == 0, listed.stderr
    assert_inert(listed.stdout)
    assert f"2    [ ] {SHOWN}" in listed.stdout
    as_json = run_cli(project, "list", "--json")
    assert_inert(as_json.stdout)  # control characters are JSON escapes
    assert json.loads(as_json.stdout)["tasks"][1]["text"] == HOSTILE


@pytest.mark.parametrize(
    "arguments",
    [
        ("done", "2"),
        ("done", "2", "--dry-run"),
        ("done", "2", "--diff"),
        ("mark", "3", "in_progress"),
        ("add", f"New {OSC_52} task"),
        ("sort", "--diff"),
        ("scope", "login", "--explain"),
        ("start", "Fix login", "--explain"),
        ("start", "Fix login", "--diff"),
        ("done", "pwned"),  # ambiguous: the candidates are listed on stderr
        ("done", f"{OSC_TITLE}nothing"),  # unknown: the reference is echoed
        ("list", "\x1b[2J"),  # argparse's own error
    ],
)
def test_messages_diffs_explanations_and_errors_are_escaped(project, arguments):
    write_todo(project, TODO)
    result = run_cli(project, *arguments)
    assert result.stdout or result.stderr
    assert_inert(result.stdout)
    assert_inert(result.stderr)
    assert "\\x1b" in result.stdout + result.stderr


def test_check_output_is_escaped(project):
    write_todo(project, TODO)
    check = f"printf '{OSC_52}\\033[2Jcleared\\bhidden\\n'; exit 1"
    config = f'checks = [{{ name = "evil\\u001b]0;x\\u0007", run = {json.dumps(check)} }}]\n'
    (project / ".claude" / "todokit.toml").write_text(config, encoding="utf-8")
    result = run_cli(project, "check")
    assert result.returncode == 1
    assert_inert(result.stdout)
    assert r"\x1b]52;c;cHduZWQ=\x07\x1b[2Jcleared\x08hidden" in result.stdout
    assert r"evil\x1b]0;x\x07" in result.stdout
    as_json = json.loads(run_cli(project, "check", "--json").stdout)
    assert as_json["checks"][0]["output_tail"] == f"{OSC_52}\x1b[2Jcleared\bhidden"


def test_error_messages_cut_long_arguments(project):
    write_todo(project, TODO)
    result = run_cli(project, "done", "y" * 100_000)
    assert result.returncode == 1
    assert len(result.stderr) < 1_000
    assert "more characters)" in result.stderr
    usage = run_cli(project, "list", "z" * 100_000)
    assert usage.returncode == 2
    assert len(usage.stderr) < 1_500
    assert "more characters)" in usage.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell")
def test_a_hostile_root_path_is_escaped(tmp_path):
    root = tmp_path / "evil\x1b]0;x\x07"
    root.mkdir()
    (root / ".git").mkdir()
    result = run_cli(tmp_path, "list", "--root", str(root))
    assert result.returncode == 0
    assert_inert(result.stdout)
    assert "evil\\x1b]0;x\\x07" in result.stdout


def test_json_escapes_what_a_terminal_could_act_on_and_decodes_to_the_exact_text():
    from todokit.cli.output import json_text

    text = "a\x1b\x7f\x9b\u202e\u2028b ü 🐛"
    document = json_text({"text": text})
    assert_inert(document)
    assert json.loads(document) == {"text": text}
    assert json_text({"text": "caf\udce9"}) == '{"text":"caf\ufffd"}'


def test_json_of_a_file_that_is_not_utf8_shows_replacement_characters(project):
    (project / ".claude").mkdir()
    (project / ".claude" / "todo.md").write_bytes(b"- [ ] caf\xe9 \x1b[2J\n")
    result = run_cli(project, "list", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["tasks"][0]["text"] == "caf\ufffd \x1b[2J"
    listed = run_cli(project, "list")
    assert "caf\ufffd \\x1b[2J" in listed.stdout
