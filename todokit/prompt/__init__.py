r"""Reading a user's prompt: does it ask for new work, and which task does it name?

A hook sees every prompt of a session. Only a prompt that asks for work starts
a task; one that asks for none ("continue", "yes", "thanks!", "/clear", "what's
next?") must change nothing. The rules (:mod:`~todokit.prompt.intent`):

* an empty prompt, or one of punctuation, digits and symbols only, asks for
  no work (``"1"``, ``"?"``, ``"👍"``);
* a slash command (``/clear``, ``/compact keep the plan``) arrives unexpanded
  and asks for no new work;
* otherwise the prompt asks for no work when it is short (at most
  :data:`~todokit.prompt.intent.SHORT_PROMPT_WORDS` words) and every word it
  holds belongs to the small vocabulary of greetings, acknowledgements,
  answers, continuations and questions about progress: "ok, do it",
  "option 2", "please continue from where you left off", "where were we?".

A word outside that vocabulary ("fix", "login", "tests") makes it a task, so
"yes, and add tests for it" starts one. The task it names is
:func:`~todokit.prompt.summary.task_summary`: the first sentence of its prose,
without fenced code, pasted logs or tracebacks
(:mod:`~todokit.prompt.prose`), at most 120 characters, cut at a word.
:func:`~todokit.prompt.prose.relevance_text` is what relevance scoring reads:
all of the prose, and of a traceback only its closing error line;
:func:`~todokit.prompt.prose.pasted_text` is the rest, which the default
scorer reads as weak evidence.

Examples:
    >>> task_from_prompt("ok, do it") is None
    True
    >>> task_from_prompt("Fix the login timeout. It happens after 5 minutes.")
    'Fix the login timeout.'
    >>> task_summary("Hi! The export button does nothing on Safari\n```\nTypeError: x\n```")
    'The export button does nothing on Safari'
"""

from __future__ import annotations

from todokit.prompt.intent import NO_WORK_WORDS, asks_for_work
from todokit.prompt.prose import pasted_text, prose_lines, relevance_text
from todokit.prompt.summary import SUMMARY_LIMIT, shorten, task_summary


def task_from_prompt(prompt: str) -> str | None:
    """Return the task a prompt starts, or None when it asks for no new work.

    Args:
        prompt: A user's prompt, as a hook receives it.

    Returns:
        None when :func:`asks_for_work` says no; otherwise the one-line
        :func:`task_summary` (the prompt's first line, cut, when it holds no
        prose at all).

    Examples:
        >>> [task_from_prompt(p) for p in ("thanks!", "/clear", "where were we?")]
        [None, None, None]
        >>> task_from_prompt("Please add CSV export to the reports page")
        'Please add CSV export to the reports page'
    """
    if not asks_for_work(prompt):
        return None
    return task_summary(prompt) or shorten(prompt.strip().splitlines()[0])


__all__ = [
    "NO_WORK_WORDS",
    "SUMMARY_LIMIT",
    "asks_for_work",
    "pasted_text",
    "prose_lines",
    "relevance_text",
    "shorten",
    "task_from_prompt",
    "task_summary",
]
