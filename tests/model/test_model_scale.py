"""Scale: deep nesting and long lines parse without recursion limits and round-trip."""

from __future__ import annotations

from todokit.document import parse
from todokit.document.edits import Edit, apply_edits


def test_ten_thousand_nested_list_items_on_one_line() -> None:
    text = "- " * 10_000 + "[ ] deep\n"
    doc = parse(text)
    assert doc.render() == text
    assert doc.tasks[-1].depth == 9_999
    assert doc.tasks[-1].text == "deep"


def test_ten_thousand_nested_quotes_and_items() -> None:
    text = ">" * 10_000 + " - [ ] quoted\n" + "".join("  " * n + "- [ ] x\n" for n in range(300))
    doc = parse(text)
    assert doc.render() == text
    assert doc.tasks[0].quoted


def test_a_hundred_thousand_character_line() -> None:
    text = "- [ ] " + "a" * 100_000 + "\n- [x] b"
    doc = parse(text)
    assert doc.render() == text
    assert len(doc.tasks[0].text) == 100_000


def test_many_edits_apply_in_one_pass() -> None:
    text = "".join(f"- [ ] task {n}\n" for n in range(20_000))
    doc = parse(text)
    edits = [Edit(t.start, t.start + 1, (f"- [x] task {n}\n",)) for n, t in enumerate(doc.tasks)]
    done = apply_edits(doc, edits)
    assert all(t.checked for t in done.tasks)
    assert len(done.tasks) == 20_000
