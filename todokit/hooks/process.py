"""One ``todokit hook`` process: an event on stdin, the answer on stdout.

Claude Code runs this on every prompt, so it bypasses the CLI's argument
parser and output layer: nothing is imported that the event does not need. It
never exits 2, which on ``UserPromptSubmit`` would erase the user's prompt.

Examples:
    >>> import io
    >>> errors = []
    >>> answer_hook(io.BytesIO(b"not json"), io.BytesIO(), errors.append, {})
    1
    >>> errors[0].startswith("hook: ")
    True
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from typing import BinaryIO

from todokit.errors import TodokitError
from todokit.hooks.where import HookOptions

INTERRUPTED = 130
"""The exit code after Ctrl-C, as a shell reports it."""


def answer_hook(
    stdin: BinaryIO,
    stdout: BinaryIO,
    report: Callable[[str], object],
    environ: Mapping[str, str],
    *,
    debug: bool = False,
    options: HookOptions | None = None,
) -> int:
    """Read one hook event, answer it with :func:`hook` and write the answer; return the exit code.

    The code is 0 answered, 1 failed (``report`` received a one-line reason for
    stderr) or 130 interrupted. With ``debug``, unexpected errors raise with
    their traceback.
    """
    try:
        answer = hook(stdin.read(), environ, options)
    except TodokitError as error:
        report(f"hook: {error}")
        return 1
    except KeyboardInterrupt:
        report("interrupted")
        return INTERRUPTED
    except OSError as error:  # a place the hook cannot read or write: say where and why
        if debug:
            raise
        where = f" {error.filename}" if error.filename else ""
        report(f"hook: cannot use{where}: {error.strerror or error}")
        return 1
    except Exception as error:  # a bug must not break the agent: one line, exit 1
        if debug:
            raise
        report(f"hook: internal error: {type(error).__name__}: {error}")
        return 1
    if answer:
        stdout.write(answer.encode("utf-8") + b"\n")
        stdout.flush()
    return 0


def hook(
    event: str | bytes,
    environ: Mapping[str, str] | None = None,
    options: HookOptions | None = None,
) -> str:
    """Answer one Claude Code (Codex CLI, Gemini CLI) hook event (``todokit hook``).

    Parses the event, finds its project and does what the event asks: start
    or scope the list on a prompt, mirror the agent's task tool, gate a Stop
    on the project's checks. Nothing is printed; the CLI writes the answer to
    stdout and turns a failure into one line on stderr and exit 1.

    Args:
        event: The hook's stdin, exactly as read (JSON; UTF-8, UTF-16 or UTF-32).
        environ: The environment (``CLAUDE_PROJECT_DIR``, ``TODOKIT_ROOT``,
            ``TODOKIT_TODAY``); default ``os.environ``.
        options: ``--root``, ``--file``, ``--lock-timeout`` and ``--quiet``
            (quiet drops the context; the Stop gate's decision still counts).

    Returns:
        The JSON text to print, '' when the event needs no answer.

    Raises:
        InvalidInputError: The event is not a hook event's JSON.
        LockTimeoutError: Another process held the todo file's lock too long.
        TodokitError: Any other failure the event's handler reports.

    Examples:
        >>> hook(b'{"hook_event_name": "PreCompact"}', {})
        ''
    """
    from todokit.agent.events import parse_hook_event  # noqa: PLC0415 - lazy
    from todokit.hooks.handler import handle_event  # noqa: PLC0415 - lazy

    data = event.encode("utf-8", "surrogatepass") if isinstance(event, str) else event
    parsed = parse_hook_event(without_nul(data))
    answer = handle_event(parsed, os.environ if environ is None else environ, options)
    if options is not None and options.quiet and parsed.event_name != "Stop":
        return ""  # --quiet drops context; the Stop gate's decision still counts
    return answer


def without_nul(data: bytes) -> bytes:
    r"""Replace each escaped NUL (``\u0000``) in JSON text with U+FFFD (``\ufffd``).

    A NUL that reached a task list would make git and editors take the file for
    binary; a NUL in a path would fail deep inside the file layer. Escaped
    backslashes are told apart from escapes. Raw NUL bytes are not JSON and are
    refused by the parser. Costs one scan of the input when it holds no NUL.

    Examples:
        >>> without_nul(rb'{"prompt": "a\u0000b", "literal": "\\u0000"}')
        b'{"prompt": "a\\ufffdb", "literal": "\\\\u0000"}'
    """
    if b"\\u0000" not in data:
        return data
    import re  # noqa: PLC0415 - only for input that holds a NUL

    return re.sub(rb"(?<!\\)((?:\\\\)*)\\u0000", rb"\1\\ufffd", data)


def run_hook_process(report: Callable[[str], object]) -> int:
    """Answer the event on this process's stdin, the answer on its stdout; return the exit code.

    ``report`` prints a failure's one-line reason: the CLI passes one that
    escapes it for the terminal, as all its errors are, since the reason quotes
    paths and text from the event. ``todokit hook`` with options goes through
    the CLI's parser instead (:func:`todokit.cli.agent.run_hook`).
    """
    return answer_hook(sys.stdin.buffer, sys.stdout.buffer, report, os.environ)


__all__ = ["answer_hook", "hook", "run_hook_process", "without_nul"]
