"""Shaping the query of the default scorer: phrases, centrality and feedback.

Internal to :mod:`todokit.ranking._relevance`. A task description is longer
and looser than a search query; these steps decide which of its words carry
the topic, using only the description and the list itself.

Examples:
    >>> sorted(partners("Add rate limiting to the API")["rat"])
    ['limit']
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from todokit.ranking.stemming import stem
from todokit.ranking.tokens import is_content_word, split_words

if TYPE_CHECKING:
    from todokit.ranking._tuning import Tuning

Evidence = Sequence[Mapping[str, tuple[float, str]]]
# The dashes and arrow in a class of their own: mixed with ASCII in one class,
# they make re build a 64K-entry table at start-up.
_CLAUSE_BREAK = re.compile(r"[,.;:!?()\[\]{}]|[\u2013\u2014\u2192]|\s-\s|\n")


def partners(task: str) -> dict[str, frozenset[str]]:
    """Each task term's neighbours in a phrase: content words written side by side.

    "rate limiting" pairs ``rat`` with ``limit``; "test a restore" pairs
    nothing, since a stop word separates the two. Clause punctuation ends a
    phrase.

    Args:
        task: The task description.

    Returns:
        Stem → the stems it stands next to.

    Examples:
        >>> partners("test a restore")
        {}
    """
    found: dict[str, set[str]] = {}
    for clause in _CLAUSE_BREAK.split(task):
        for left_word, right_word in itertools.pairwise(split_words(clause)):
            if not (is_content_word(left_word) and is_content_word(right_word)):
                continue
            left, right = stem(left_word), stem(right_word)
            if left != right:
                found.setdefault(left, set()).add(right)
                found.setdefault(right, set()).add(left)
    return {term: frozenset(others) for term, others in found.items()}


def centrality(query: Mapping[str, float], evidence: Evidence, keep: float) -> dict[str, float]:
    """Down-weight task terms the list only ever uses apart from the other task terms.

    A term's centrality is the mean number of *other* task terms matched by the
    items that match it, capped at 1: "web" met only in "web fonts on the
    pricing page" is incidental, "dark" beside "settings" is not. Tasks of one
    or two terms are left alone.

    Args:
        query: Task term → weight.
        evidence: Per item, the concepts it matched.
        keep: Share of the weight an entirely isolated term keeps.

    Returns:
        The reweighted query.

    Examples:
        >>> evidence = [{"dark": (1.0, "dark"), "set": (1.0, "set")}, {"web": (1.0, "web")}]
        >>> centrality({"dark": 1.0, "set": 1.0, "web": 1.0}, evidence, 0.5)
        {'dark': 1.0, 'set': 1.0, 'web': 0.5}
    """
    if len(query) < 3:
        return dict(query)
    company: dict[str, list[int]] = {concept: [] for concept in query}
    for item in evidence:
        present = [concept for concept in item if concept in company]
        for concept in present:
            company[concept].append(len(present) - 1)
    weights = {}
    for concept, weight in query.items():
        counts = company[concept]
        central = min(1.0, sum(counts) / len(counts)) if counts else 1.0
        weights[concept] = weight * (keep + (1 - keep) * central)
    return weights


def feedback(
    query: Mapping[str, float],
    evidence: Evidence,
    own_postings: Mapping[str, Sequence[tuple[int, int]]],
    rarity: Callable[[str], float],
    tuning: Tuning,
) -> dict[str, float]:
    """Rocchio step: the best-matching items reweight the task terms and add theirs.

    The ``feedback_items`` best items vote, with every item tied with the last
    of them, so the vote never depends on the order of the list. Task terms
    found in none of them keep only ``keep_unshared`` of their weight; terms
    that at least two of them share (one, when there is one), that the task
    did not name and that are rare in the list (``feedback_rarity``) join the
    query, weighted by their rarity and how many of the best items hold them.

    Args:
        query: Task term → weight.
        evidence: Per item, concept → ``(value, term)`` from a first pass.
        own_postings: Term → ``(item, count)`` over the items' own text.
        rarity: The list's rarity (normalised IDF) of a term.
        tuning: Gives ``feedback_items``, ``keep_unshared``,
            ``feedback_terms``, ``feedback`` and ``feedback_rarity``.

    Returns:
        The new query.

    Examples:
        >>> from todokit.ranking._tuning import Tuning
        >>> evidence = [{"db": (1.0, "db")}, {"db": (0.5, "db")}, {}]
        >>> postings = {"db": [(0, 1), (1, 1)], "pool": [(0, 1), (1, 1)], "ui": [(2, 1)]}
        >>> tuning = Tuning(keep_unshared=0.2, feedback=0.5, feedback_rarity=0.0)
        >>> feedback({"db": 1.0, "x": 1.0}, evidence, postings, lambda term: 1.0, tuning)
        {'db': 1.0, 'x': 0.2, 'pool': 0.5}
    """
    totals = [sum(query[c] * value for c, (value, _) in item.items()) for item in evidence]
    ranked = sorted((total for total in totals if total > 0), reverse=True)
    if not ranked:
        return dict(query)
    cutoff = ranked[min(tuning.feedback_items, len(ranked)) - 1]
    top = [index for index, total in enumerate(totals) if total >= cutoff]
    keep = tuning.keep_unshared
    weights = {
        concept: weight * (keep + (1 - keep) * sum(concept in evidence[i] for i in top) / len(top))
        for concept, weight in query.items()
    }
    chosen = set(top)
    votes: dict[str, float] = {}
    for term in sorted(own_postings):
        if term in query or rarity(term) < tuning.feedback_rarity:
            continue
        shared = sum(index in chosen for index, _ in own_postings[term])
        if shared >= min(2, len(top)):
            votes[term] = rarity(term) * shared / len(top)
    ranked_terms = sorted(votes.items(), key=lambda pair: (-pair[1], pair[0]))
    return weights | {
        term: tuning.feedback * vote for term, vote in ranked_terms[: tuning.feedback_terms]
    }
