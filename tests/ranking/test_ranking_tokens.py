import pytest

from todokit.ranking import STOP_WORDS, stem, tokenize
from todokit.ranking.tokens import is_content_word, split_words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("getUserName", ["get", "user", "name", "getusername"]),
        ("HTTPServer", ["http", "server", "httpserver"]),
        ("OAuth2Client", ["oauth2", "client", "oauth2client"]),
        ("iPhone", ["iphone"]),
        ("user_id", ["user", "id"]),
        ("sign-in", ["sign", "in", "signin"]),
        ("nice-to-have", ["nice", "to", "have", "nicetohave"]),
        ("end-of-life in 5.1.", ["end", "of", "life", "endoflife", "in", "v5.1"]),
        ("DE-311 and T-021..T-022", ["de-311", "and", "t-021", "t-022"]),
        ("IMDb APIs", ["imdb", "api"]),
        ("src/auth/login.py", ["src", "auth", "login", "py"]),
        ("os.path.join", ["os", "path", "join"]),
        ("k8s i18n s3", ["k8s", "i18n", "s3"]),
        ("Fix: the (broken) thing!", ["fix", "the", "broken", "thing"]),
        ("Über naïve café", ["über", "naïve", "café"]),
        ("don't isn't user's", ["don", "isn", "user"]),
        ("it\u2019s ready", ["it", "ready"]),
        ("Go to WWW.Example.org now", ["go", "to", "now"]),
        ("plain words 42 only", ["plain", "words", "42", "only"]),
        ("ÄBC-déf", ["äbc", "déf", "äbcdéf"]),
    ],
)
def test_split_words_splits_identifiers_paths_and_punctuation(text: str, words: list[str]) -> None:
    assert split_words(text) == words


def test_split_words_drops_urls_link_targets_and_dates() -> None:
    text = "See [the docs](https://example.com/x) and https://example.com/y on 2026-03-01 10:30"
    assert split_words(text) == ["see", "the", "docs", "and", "on"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("User LOGGED OUT twice", ["user", "logout", "twic"]),
        ("users get signed-in", ["user", "signin"]),
        ("Ärger: logged in", ["ärger", "login"]),
    ],
)
def test_phrasal_verbs_join_in_any_case(text: str, expected: list[str]) -> None:
    assert tokenize(text) == expected


@pytest.mark.parametrize(
    ("word", "content"),
    [
        ("login", True),
        ("429", True),
        ("the", False),
        ("add", False),
        ("implement", False),
        ("todo", False),
        ("p1", False),
        ("v2", False),
        ("2026", False),
        ("12", False),
        ("64gb", False),
        ("20fps", False),
        ("x", False),
        ("2fa", True),
    ],
)
def test_is_content_word(word: str, content: bool) -> None:
    assert is_content_word(word) is content


def test_stop_words_cover_function_words_and_task_boilerplate() -> None:
    assert {"the", "and", "add", "fix", "update", "make", "todo", "task", "implement"} <= STOP_WORDS
    assert not {"test", "login", "database", "cache", "deploy"} & STOP_WORDS


def test_tokenize_lowercases_stems_and_drops_noise() -> None:
    text = "**P1** Fix the LoginForm crash in src/auth/login_view.py 📅 2026-03-01 v1.2.3"
    assert tokenize(text) == [
        "login",
        "form",
        "loginform",
        "crash",
        "src",
        "auth",
        "login",
        "view",
        "py",
        "v1.2.3",
    ]


def test_tokenize_keeps_duplicates_for_term_frequency() -> None:
    assert tokenize("Migrating the users table; migrations are slow") == [
        "migr",
        "user",
        "tabl",
        "migr",
        "slow",
    ]


def test_tokenize_of_text_without_content_is_empty() -> None:
    assert tokenize("") == []
    assert tokenize("Fix it, make it, do it!") == []


@pytest.mark.parametrize(
    "family",
    [
        ["test", "tests", "testing", "tested", "tester"],
        ["migrate", "migration", "migrations", "migrating", "migrated"],
        ["cache", "caches", "caching", "cached"],
        ["deploy", "deploys", "deployment", "deploying", "deployed"],
        ["optimize", "optimise", "optimization", "optimizing", "optimised"],
        ["validate", "validation", "validating", "validated", "validator"],
        ["log", "logs", "logging", "logged", "logger"],
        ["query", "queries"],
        ["depend", "dependency", "dependencies"],
        ["parse", "parser", "parsing", "parses"],
        ["render", "renders", "rendering", "renderer"],
        ["embed", "embedded", "embedding"],
        ["secure", "security"],
        ["available", "availability"],
        ["encrypt", "encryption", "encrypted"],
        ["connect", "connection", "connections"],
        ["flaky", "flakiness"],
        ["retry", "retries", "retried"],
        ["document", "documentation", "documents"],
        ["serialize", "serialization", "serializer"],
        ["run", "running", "runner"],
    ],
)
def test_stem_maps_a_word_family_to_one_stem(family: list[str]) -> None:
    assert len({stem(word) for word in family}) == 1


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("api", "api"),
        ("k8s", "k8s"),
        ("i18n", "i18n"),
        ("café", "café"),
        ("speed", "speed"),
        ("string", "string"),
        ("status", "status"),
        ("address", "address"),
        ("user", "user"),
        ("users", "user"),
        ("analysis", "analysis"),
        ("falling", "fall"),
    ],
)
def test_stem_leaves_roots_alone(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_stem_is_deterministic_and_idempotent_on_common_words() -> None:
    words = ["migration", "caching", "authentication", "performance", "dependencies"]
    first = [stem(word) for word in words]
    assert first == [stem(word) for word in words]
    assert [stem(word) for word in first] == first
