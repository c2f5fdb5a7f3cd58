"""Whether a prompt asks for new work: the vocabulary of prompts that ask for none.

Examples:
    >>> asks_for_work("please continue from where you left off")
    False
"""

from __future__ import annotations

import re

SHORT_PROMPT_WORDS = 12
"""Most words a prompt made only of no-work words may have and still ask for no work."""

_NO_WORK_TEXT = (
    # Greetings, thanks and farewells.
    "hi hello hey heya hiya yo howdy greetings morning afternoon evening good day there "
    "thanks thank thx ty cheers ta appreciated bye goodbye later claude friend buddy "
    # Acknowledgements and short answers.
    "yes yeah yep yup ya aye sure ok okay okey k kk alright right fine no nope nah not "
    "lgtm looks look sounds seems great nice cool awesome perfect excellent fantastic "
    "wonderful amazing brilliant neat good correct exactly agreed agree true indeed "
    "understood got gotcha noted makes sense confirmed approve approved accept accepted "
    "option choice number answer first second third last other both either neither all "
    "none one two three four five a b c d "
    # Continuations.
    "continue continuing keep going go goes carry proceed resume resuming retry try again "
    "next more rest remaining still do it that this them same please pls plz now then "
    "just so and but also well anyway ahead on with from where you we left off up to "
    "stopped were was are is off back what's whats what where's wheres how's hows "
    # Questions about progress.
    "status progress update updates how far along done finished doing working happening "
    "going s it's its left to-do todo plan step steps stage phase have has did the of "
    "for me my us our your be been being am an at in can could would will should shall "
    "there's thats that's let's lets any much very really job work wow oh ah hmm oops sorry "
    "np welcome lol haha help yesterday today tonight earlier "
    # A few of the same in other languages.
    "danke merci gracias grazie ja oui si weiter bitte ありがとう はい 続けて"
)
NO_WORK_WORDS: frozenset[str] = frozenset(_NO_WORK_TEXT.split())
"""Words that, with nothing else, make a prompt that asks for no new work."""

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")
_SLASH_COMMAND = re.compile(r"/[A-Za-z][\w:.-]*(?=\s|$)")


def _words(text: str) -> list[str]:
    """The prompt's words, lower-cased, apostrophes kept inside a word."""
    return [word.replace("\u2019", "'") for word in _WORD.findall(text.lower())]


def asks_for_work(prompt: str) -> bool:
    """Tell whether ``prompt`` asks for new work (see the module docs for the rules).

    Greetings, acknowledgements, short answers, continuations, slash commands,
    questions about progress, and empty or punctuation-only prompts do not.

    Examples:
        >>> [asks_for_work(p) for p in ("continue", "/clear", "what's next?", "1", "")]
        [False, False, False, False, False]
        >>> asks_for_work("yes, and add a test for the parser")
        True
    """
    text = prompt.strip()
    if _SLASH_COMMAND.match(text):
        return False
    words = [word for word in _words(text) if not word.isdigit()]
    if not words:
        return False
    if len(words) > SHORT_PROMPT_WORDS:
        return True
    return not all(word in NO_WORK_WORDS or word.rstrip("s") in NO_WORK_WORDS for word in words)
