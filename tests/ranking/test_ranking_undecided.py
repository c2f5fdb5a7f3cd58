"""What keeps an item the words cannot judge: shared code names, and the rules of the scorer's doubt."""

import os
import subprocess
import sys

from todokit.arrange.arrangement import arrange
from todokit.document import parse
from todokit.prompt import pasted_text, relevance_text
from todokit.ranking import DEFAULT_THRESHOLD, RankItem, default_scorer
from todokit.ranking._undecided import OwnWords
from todokit.ranking.names import MAX_HOLDERS, code_names, linked


def test_code_names_are_files_identifiers_and_versions_with_test_affixes_dropped() -> None:
    assert code_names("tests/test_buffer_manager.py") == {"buffer_manager"}
    assert code_names("Implement buffer_manager.py") == {"buffer_manager"}
    assert code_names("App.test.tsx and src/App.tsx") == {"app.tsx"}
    assert code_names("foo.spec.ts") == {"foo.ts"}
    assert code_names("SpeedTestRunner calls networkQuality") == {
        "speedtestrunner",
        "networkquality",
    }
    assert code_names("The Dockerfile is on python:3.9-slim") == {"v3.9"}
    assert code_names("Move DEFAULT_FILE_STORAGE") == {"default_file_storage"}


def test_words_brands_and_abbreviations_are_no_code_names() -> None:
    assert code_names("Fix the login, e.g. on GitHub with JavaScript on an iPhone") == frozenset()
    assert code_names("Tag the release") == frozenset()


def test_a_test_file_is_linked_to_the_module_it_tests() -> None:
    texts = ["Implement hub_agent.py", "tests/test_hub_agent.py", "tests/test_usb.py"]
    assert linked(texts) == {0: [1], 1: [0]}


def test_a_name_in_too_many_tasks_links_none_of_them() -> None:
    texts = [f"config.py step {n}" for n in range(MAX_HOLDERS + 1)]
    assert linked(texts) == {}
    assert linked(texts[:2]) == {0: [1], 1: [0]}


def test_a_task_naming_the_file_of_a_relevant_task_is_kept() -> None:
    items = [
        RankItem("Reconnect the websocket with backoff in hub_agent.py", None, None),
        RankItem("tests/test_hub_agent.py", None, None),
        RankItem("tests/test_health_reporter.py", None, None),
    ]
    hub, test, other = default_scorer("the websocket must reconnect by itself", items)
    assert test.value == 0.9 * hub.value >= DEFAULT_THRESHOLD
    assert other.value == 0.0


def test_a_task_alone_in_sharing_a_word_with_a_clear_match_is_kept_weakly() -> None:
    items = [
        RankItem("Retry failed webhook deliveries from the worker", None, None),
        RankItem("Worker pool size", None, None),
        RankItem("Dark mode", None, None),
    ]
    clear, sharing, dark = default_scorer("retry failed webhook deliveries", items)
    assert clear.value >= 0.5
    assert sharing.value == 0.15 * clear.value >= DEFAULT_THRESHOLD
    assert sharing.matched == ("work",)
    assert dark.value == 0.0


SHARED_TWO_WORDS = """
from todokit.ranking import RankItem, default_scorer
items = [RankItem("Retry failed webhook deliveries from the pool worker", None, None),
         RankItem("Worker pool size", None, None)]
print(default_scorer("retry failed webhook deliveries", items)[1].matched)
"""


def test_the_shared_word_named_is_the_first_written_whatever_the_string_hash() -> None:
    # A set of the item's words made the choice follow PYTHONHASHSEED, run to run.
    named = {
        subprocess.run(
            [sys.executable, "-c", SHARED_TWO_WORDS],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in range(4)
    }
    assert named == {"('pool',)"}


def test_a_word_shared_by_three_tasks_or_with_a_weak_match_keeps_nothing() -> None:
    task = "retry failed webhook deliveries"
    items = [
        RankItem("Retry failed webhook deliveries from the worker", None, None),
        RankItem("Worker pool size", None, None),
        RankItem("Worker logs", None, None),
    ]
    assert [s.value for s in default_scorer(task, items)][1:] == [0.0, 0.0]
    items = [RankItem("Failed imports page", None, None), RankItem("Page footer", None, None)]
    weak, footer = default_scorer(task, items)
    assert 0.0 < weak.value < 0.5 and footer.value == 0.0


def test_a_bare_verification_step_is_kept_at_the_threshold() -> None:
    items = [
        RankItem("Kill the speed test subprocess on quit", None, None),
        RankItem("All 7 acceptance criteria green.", None, None),
        RankItem("PRD §1, §2, §3 pass.", None, None),
        RankItem("README written.", None, None),
        RankItem("Test the CSV export of invoices", None, None),
    ]
    _, criteria, prd, readme, export = default_scorer("speed test keeps running after quit", items)
    assert criteria.value == prd.value == DEFAULT_THRESHOLD
    assert readme.value == 0.0
    assert export.value > 0.0  # "test" is a task word here: it matches, it is not undecided
    _, criteria, _, _, export = default_scorer("the menu icon is blurry", items)
    assert criteria.value == DEFAULT_THRESHOLD and export.value == 0.0


def test_words_of_pasted_output_are_weak_evidence() -> None:
    task = "the bot fact-checked the word stop"
    log = "12:41:07 [triage] kind=claim\n12:41:19 [verify] verdict=REFUTED thread=yes"
    items = [
        RankItem("Full pipeline: triage, verify, threaded verdict", None, None),
        RankItem("Triage the backlog", None, None),
        RankItem("Dark mode", None, None),
    ]
    assert [s.value for s in default_scorer(task, items)] == [0.0, 0.0, 0.0]
    pipeline, backlog, dark = default_scorer(task, items, pasted=log)
    assert pipeline.value >= DEFAULT_THRESHOLD
    assert 0.0 < backlog.value < DEFAULT_THRESHOLD  # one pasted word alone keeps nothing
    assert dark.value == 0.0


def test_a_start_reads_the_pasted_log_of_a_prompt_as_weak_evidence() -> None:
    prompt = (
        "the bot fact-checked the word stop. log:\n"
        "  12:41:07 [triage] kind=claim\n"
        "  12:41:19 [verify] verdict=REFUTED thread=yes\n"
    )
    assert relevance_text(prompt) == "the bot fact-checked the word stop. log:"
    assert pasted_text(prompt).splitlines()[0] == "  12:41:07 [triage] kind=claim"
    text, _ = arrange(
        parse("- [ ] Pipeline: triage, verify, threaded verdict\n- [ ] Logo\n"), prompt
    )
    assert text.index("Pipeline") < text.index("## Out of scope") < text.index("Logo")


def test_own_words_keep_only_words_of_two_items_and_the_items_too_bare_to_judge() -> None:
    words = OwnWords()
    for index, terms in enumerate([{"queue", "cron"}, {"queue", "retri"}, {"queue"}, {"cron"}]):
        words.add(index, terms)
    words.add(4, {"accept", "criteria", "green"})
    assert words.pairs() == [("cron", 0, 3)]  # "queue" is written by three: it ties none
    assert words.too_few == {4}
