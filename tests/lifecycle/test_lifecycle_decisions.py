"""Decisions are worked out once, on first use, and read like a tuple."""

from __future__ import annotations

import pytest

from todokit.arrange.arrangement import ScopeOptions, arrange
from todokit.arrange.decisions import Deferred
from todokit.document import parse


def test_a_deferred_sequence_is_made_once_on_first_use() -> None:
    calls: list[int] = []

    def make() -> tuple[str, ...]:
        calls.append(1)
        return ("a", "b", "c")

    lazy = Deferred(make)
    assert calls == []
    assert lazy[0] == "a" and lazy[1:] == ("b", "c") and len(lazy) == 3
    assert list(lazy) == ["a", "b", "c"] and repr(lazy) == "('a', 'b', 'c')"
    assert lazy == ["a", "b", "c"] and lazy != ("a",)
    assert lazy.__eq__(3) is NotImplemented
    assert calls == [1]
    with pytest.raises(TypeError):
        hash(lazy)


def test_arranging_defers_the_decisions_until_they_are_read() -> None:
    doc = parse("- [ ] Update the README\n- [ ] Fix login session timeout\n")
    _text, result = arrange(doc, "login times out", ScopeOptions(threshold=0.3))
    assert isinstance(result.decisions, Deferred)
    outcomes = {d.task.text: d.outcome for d in result.decisions}
    assert outcomes == {"Fix login session timeout": "in scope", "Update the README": "parked"}
