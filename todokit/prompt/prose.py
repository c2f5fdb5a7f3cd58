r"""The prose of a prompt: its lines without fenced code, pasted logs and tracebacks.

Examples:
    >>> relevance_text("It crashes:\n```\nstack\n```\non start")
    'It crashes:\non start'
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_TRACEBACK_START = re.compile(r"^\s*Traceback \(most recent call last\):")
_ERROR_LINE = re.compile(r"^\s*(?:[\w.]+(?:Error|Exception|Warning|Exit|Interrupt)|panic)\b.*")
# Lines a reader recognises as pasted output, not prose: log records, stack
# frames, shell prompts, compiler diagnostics.
_LOG_LINE = re.compile(
    r"^\s*(?:\[?\d{4}-\d{2}-\d{2}[T ]?|\[?\d{1,2}:\d{2}:\d{2}|"
    r"\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|CRITICAL)\]?[:\s]|"
    r"at [\w$.<>]+\(|File \"|\$ |#\d+ |\w[\w./-]*:\d+(?::\d+)?: |[│├└]|"
    r"\[[\w .:/-]+\] |(?:zsh|bash|sh|fish|cmd|powershell): )"
)
_KEY_VALUE = re.compile(r"(?<!\S)[\w.-]+=\S+")
LEADING_MARKUP = re.compile(r"^(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)+")


def prose_lines(prompt: str) -> list[str]:
    r"""Return the prompt's lines without fenced code, pasted logs and tracebacks.

    Pasted output is a fenced block, a Python traceback, an indented line that
    is no list item (prose in a prompt starts at the margin), or a line shaped
    like a log record, a shell prompt or a compiler message. Each removed run
    leaves one blank line, so it still ends a paragraph. Of a traceback, its
    closing error line stays (``KeyError: 'ttl'``): it names the failure. The
    lines left are stripped, blank lines included.

    Complexity: O(len(prompt)).

    Examples:
        >>> prose_lines("Fix it\n```\ncode\n```\nTraceback (most recent call last):\n"
        ...             '  File "a.py", line 1\nKeyError: 1\nThanks')
        ['Fix it', '', 'KeyError: 1', 'Thanks']
    """
    return _split(prompt)[0]


def pasted_text(prompt: str) -> str:
    r"""Return what :func:`prose_lines` leaves out: the pasted code, logs and traceback frames.

    Fence lines themselves are left out, and so are blank lines.

    Examples:
        >>> pasted_text("Login fails:\n```\nauth.refresh()\n```\n12:41:07 [auth] token=expired")
        'auth.refresh()\n12:41:07 [auth] token=expired'
    """
    return "\n".join(line for line in _split(prompt)[1] if line.strip())


def _split(prompt: str) -> tuple[list[str], list[str]]:
    """Return the prompt's prose lines (see :func:`prose_lines`) and its pasted lines."""
    kept: list[str] = []
    pasted: list[str] = []
    fence: str | None = None
    in_traceback = False

    def drop(line: str | None = None) -> None:
        """End the paragraph at a removed run: one blank line, never first or after a blank."""
        if line is not None:
            pasted.append(line)
        if kept and kept[-1]:
            kept.append("")

    for line in prompt.splitlines():
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and opening[1][0] == fence[0] and len(opening[1]) >= len(fence):
                fence = None
            else:
                pasted.append(line)
            continue
        if opening:
            fence = opening[1]
            drop()
            continue
        if _TRACEBACK_START.match(line):
            in_traceback = True
            drop()
            continue
        if in_traceback and (line.startswith((" ", "\t")) or not line.strip()):
            pasted.append(line)
            continue
        if in_traceback and _ERROR_LINE.match(line):
            in_traceback = False
            kept.append(line.strip())
            continue
        in_traceback = False
        if _pasted(line):
            drop(line)
            continue
        kept.append(line.strip())
    return kept, pasted


def _pasted(line: str) -> bool:
    """Whether a line outside fences reads as pasted output rather than prose."""
    indented = line[:1] == "\t" or line[:2] == "  "
    if indented and line.strip() and not LEADING_MARKUP.match(line.strip()):
        return True
    return _LOG_LINE.match(line) is not None or len(_KEY_VALUE.findall(line)) >= 3


def scoring_texts(prompt: str) -> tuple[str, str]:
    r"""Return what relevance scoring reads of a prompt: the task, and the pasted rest.

    The task is :func:`relevance_text`, the rest :func:`pasted_text`, found in
    one pass; a prompt that is nothing but pasted output is the task whole.

    Examples:
        >>> scoring_texts("Login fails:\n```\nauth.refresh()\n```")
        ('Login fails:', 'auth.refresh()')
        >>> scoring_texts("```\nauth.refresh()\n```")
        ('```\nauth.refresh()\n```', '')
    """
    prose, pasted = _split(prompt)
    task = "\n".join(line for line in prose if line)
    if not task:
        return prompt, ""
    return task, "\n".join(line for line in pasted if line.strip())


def relevance_text(prompt: str) -> str:
    """Return what relevance scoring should read of a prompt: its prose, not its logs.

    What is left out, :func:`pasted_text`, the default scorer reads as weak
    evidence only.

    Examples:
        >>> relevance_text("Login fails:\\n```\\nstack\\n```\\nonly on Safari")
        'Login fails:\\nonly on Safari'
    """
    return "\n".join(line for line in prose_lines(prompt) if line)
