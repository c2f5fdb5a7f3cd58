"""Items with no evidence that a word matcher still cannot call unrelated.

Internal to :mod:`todokit.ranking._relevance`. The default scorer parks only
what is confidently unrelated; two kinds of item without a match of their own
are not:

* **A task tied to a clear match by a word only the two of them write.** In
  one list, a word written in exactly two tasks ties them together (the jobs
  a worker pool runs, the scope a repeater's variables live in); when one of
  the two clearly matches the task, the other takes a small share of its
  score, enough to stay in scope and never enough to be lifted.
* **A bare verification step.** "All 7 acceptance criteria green" or "PRD §1,
  §2 pass" checks whatever work comes before it, and its words name no topic
  to judge it by: an item whose words are verification words and at most one
  other is kept at :attr:`~todokit.ranking._tuning.Tuning.undecided`.

Examples:
    >>> too_little_to_judge({"accept", "criteria", "green"})
    True
    >>> too_little_to_judge({"test", "cdata", "content"})
    False
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING

from todokit.ranking.tokens import tokenize

if TYPE_CHECKING:
    from todokit.ranking._corpus import Corpus
    from todokit.ranking._tuning import Tuning

# Words that ask to check work rather than name it, as people write them.
_VERIFICATION_TEXT = """
pass passes passed passing green accept acceptance criteria criterion verify verified
verification check checks checked review reviewed qa smoke signoff sign-off confirm
confirmed validate validated validation checkpoint test tests tested testing approve
approved approval regression e2e
"""


@cache
def verification_terms() -> frozenset[str]:
    """The stems of the verification words, tokenized as task text is.

    Examples:
        >>> {"pass", "accept", "test"} <= verification_terms()
        True
    """
    return frozenset(tokenize(_VERIFICATION_TEXT))


def too_little_to_judge(terms: Collection[str]) -> bool:
    """Whether an item's own terms are verification words and at most one other.

    Examples:
        >>> too_little_to_judge({"prd", "pass"}), too_little_to_judge({"readm", "writ"})
        (True, False)
    """
    checks = verification_terms()
    return any(term in checks for term in terms) and sum(t not in checks for t in terms) <= 1


class OwnWords:
    """What :func:`keep_undecided` needs of the items' own words, gathered as they are tokenized.

    The words held by one or two items, with the items (a word held by a
    third is forgotten), and the items whose words are too few to judge: a
    long list's words are never kept item by item.
    """

    __slots__ = ("_holders", "too_few")

    def __init__(self) -> None:
        """Start with no items."""
        self._holders: dict[str, list[int]] = {}
        self.too_few: set[int] = set()

    def add(self, index: int, terms: Collection[str]) -> None:
        """Take the distinct terms of item ``index``'s own text."""
        for term in terms:
            held = self._holders.setdefault(term, [])
            if len(held) < 3:
                held.append(index)
        if too_little_to_judge(terms):
            self.too_few.add(index)

    def pairs(self) -> list[tuple[str, int, int]]:
        """Each word written by exactly two items, with the two, in the order first written."""
        return [(term, held[0], held[1]) for term, held in self._holders.items() if len(held) == 2]


def keep_undecided(
    corpus: Corpus,
    query: Mapping[str, float],
    own: Sequence[float],
    matched: Sequence[tuple[str, ...]],
    *,
    words: OwnWords,
    tuning: Tuning,
) -> tuple[list[float], list[tuple[str, ...]]]:
    """Raise the own score of the items without evidence that cannot be judged unrelated.

    An item takes ``shared_word_share`` of the own score of a clear match
    (``clear_match`` or more, with a matched term in its own text) that alone
    in the list shares one of its words, a word not of the task; one left at
    0 whose words are too few to judge (:func:`too_little_to_judge`) takes
    ``undecided``. Returns the new own
    scores and matched terms; the shared word is the matched term.

    Complexity:
        Linear in the words written by at most two items, and in the items.

    Examples:
        >>> from todokit.ranking._corpus import build_corpus
        >>> from todokit.ranking._tuning import Tuning
        >>> from todokit.ranking.items import RankItem
        >>> texts = ["Retry jobs", "Queue the cron jobs", "Logo", "All criteria green"]
        >>> words = OwnWords()
        >>> corpus = build_corpus([RankItem(text, None, None) for text in texts], None, words.add)
        >>> own = [0.6, 0.0, 0.0, 0.0]
        >>> found, query = [("retry",), (), (), ()], {"retry": 1.0}
        >>> scores, _ = keep_undecided(corpus, query, own, found, words=words, tuning=Tuning())
        >>> [round(score, 2) for score in scores]
        [0.6, 0.09, 0.0, 0.06]
    """
    # A clear match by its own words: one that only inherits its parent's words is none.
    clear = [
        own[index] >= tuning.clear_match and any(t in corpus.own.get(index, ()) for t in found)
        for index, found in enumerate(matched)
    ]
    scores, terms = list(own), list(matched)
    for term, first, second in words.pairs():
        if term in query:
            continue
        for index, other in ((first, second), (second, first)):
            share = tuning.shared_word_share * own[other]
            if clear[other] and share > scores[index]:
                scores[index], terms[index] = share, terms[index] or (term,)
    for index in sorted(words.too_few):
        if scores[index] == 0.0:
            scores[index] = tuning.undecided
    return scores, terms


__all__ = ["OwnWords", "keep_undecided", "too_little_to_judge", "verification_terms"]
