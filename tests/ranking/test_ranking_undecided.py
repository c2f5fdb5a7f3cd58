"""What keeps an item the words cannot judge: shared code names, and the rules of the scorer's doubt."""

from todokit.ranking import DEFAULT_THRESHOLD, RankItem, default_scorer
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
    assert linked(texts) == [[1], [0], []]


def test_a_name_in_too_many_tasks_links_none_of_them() -> None:
    texts = [f"config.py step {n}" for n in range(MAX_HOLDERS + 1)]
    assert linked(texts) == [[] for _ in texts]
    assert linked(texts[:2]) == [[1], [0]]


def test_a_task_naming_the_file_of_a_relevant_task_is_kept() -> None:
    items = [
        RankItem("Reconnect the websocket with backoff in hub_agent.py", None, None),
        RankItem("tests/test_hub_agent.py", None, None),
        RankItem("tests/test_health_reporter.py", None, None),
    ]
    hub, test, other = default_scorer("the websocket must reconnect by itself", items)
    assert test.value == 0.9 * hub.value >= DEFAULT_THRESHOLD
    assert other.value == 0.0
