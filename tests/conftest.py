"""Fixtures and helpers shared by the whole test suite.

The shared test data (real-world todo files in ``corpus/`` and the CommonMark
spec examples in ``commonmark/commonmark.json``) lives beside the repository as
``../shared``; the ``TODOKIT_SHARED`` environment variable points elsewhere.
Tests that need it skip cleanly when it is absent, and carry the ``corpus``
marker so ``pytest -m "not corpus"`` leaves them out.

Two ways to run one test per corpus file:

- ask for a ``corpus_file`` argument: :func:`pytest_generate_tests` fills it in;
- or ``@pytest.mark.parametrize("path", corpus_params())`` after
  ``from conftest import corpus_params``.

Hypothesis runs the ``ci`` profile (derandomized, 200 examples) when the ``CI``
environment variable is set, and the ``dev`` profile (100 examples) otherwise.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from hypothesis import settings

from todokit.cli import main
from todokit.schemas import SCHEMAS, schema

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_ENV_VAR = "TODOKIT_SHARED"
SHARED_FIXTURES = frozenset({"shared_dir", "corpus_files", "commonmark_examples", "corpus_file"})

settings.register_profile("ci", deadline=None, derandomize=True, max_examples=200)
settings.register_profile("dev", deadline=None, max_examples=100)


def running_in_ci(environ: dict[str, str] | None = None) -> bool:
    """Tell whether ``CI`` is set to anything but an empty or false-like value.

    Example:
        >>> running_in_ci({"CI": "true"}), running_in_ci({"CI": "0"}), running_in_ci({})
        (True, False, False)
    """
    value = (os.environ if environ is None else environ).get("CI", "")
    return value.strip().lower() not in {"", "0", "false", "no"}


settings.load_profile("ci" if running_in_ci() else "dev")


def shared_root() -> Path | None:
    """Return the shared test-data directory, or None when it does not exist.

    ``$TODOKIT_SHARED`` wins when set; otherwise ``../shared`` beside the repository.
    """
    override = os.environ.get(SHARED_ENV_VAR)
    candidate = Path(override) if override else REPO_ROOT.parent / "shared"
    return candidate.resolve() if candidate.is_dir() else None


def corpus_paths() -> list[Path]:
    """Return the corpus files (``shared/corpus/*.md``) sorted by name; [] when absent."""
    root = shared_root()
    return [] if root is None else sorted((root / "corpus").glob("*.md"))


def corpus_params() -> list[Any]:
    """Return one ``pytest.param`` per corpus file, for ``pytest.mark.parametrize``.

    Each is named after its file and marked ``corpus``. Without a corpus, a
    single skipped parameter stands in, so the test reports a skip, not an error.
    """
    paths = corpus_paths()
    if not paths:
        reason = f"no shared corpus: set ${SHARED_ENV_VAR} or place it at ../shared"
        return [pytest.param(None, id="no-corpus", marks=pytest.mark.skip(reason=reason))]
    return [pytest.param(path, id=path.name, marks=pytest.mark.corpus) for path in paths]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run a test that takes a ``corpus_file`` argument once per corpus file."""
    if "corpus_file" in metafunc.fixturenames:
        metafunc.parametrize("corpus_file", corpus_params())


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses the shared data with ``corpus``."""
    for item in items:
        if SHARED_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.corpus)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared test-data directory; skips the test when it is absent."""
    root = shared_root()
    if root is None:
        pytest.skip(f"no shared test data: set ${SHARED_ENV_VAR} or place it at ../shared")
    return root


@pytest.fixture(scope="session")
def corpus_files(shared_dir: Path) -> list[Path]:
    """The corpus files, sorted by name; skips when there are none."""
    files = sorted((shared_dir / "corpus").glob("*.md"))
    if not files:
        pytest.skip(f"no *.md files in {shared_dir / 'corpus'}")
    return files


@pytest.fixture(scope="session")
def commonmark_examples(shared_dir: Path) -> list[dict[str, Any]]:
    """The CommonMark spec examples (``markdown``, ``html``, ``example``, ``section``, …).

    Shared by the whole session: treat the list and its dicts as read-only.
    """
    path = shared_dir / "commonmark" / "commonmark.json"
    if not path.is_file():
        pytest.skip(f"no CommonMark examples at {path}")
    examples: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return examples


# --- running the CLI in-process and validating its JSON ---
class Result(NamedTuple):
    code: int
    out: str
    err: str

    def json(self) -> dict:
        return json.loads(self.out)


Runner = Callable[..., Result]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project root with a .git marker, as the working directory."""
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TODOKIT_ROOT", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    return tmp_path


@pytest.fixture
def cli(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Runner:
    """Run ``todokit ARGS`` in-process; optional ``stdin`` text."""

    def run(*args: str, stdin: str | None = None) -> Result:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
        code = main(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture(scope="session")
def validate() -> Callable[[str, object], None]:
    """Validate a payload against a shipped schema (with $refs between them)."""
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    resources = [(schema(n)["$id"], Resource.from_contents(schema(n))) for n in SCHEMAS]
    registry = Registry().with_resources(resources)

    def check(name: str, payload: object) -> None:
        validator = Draft202012Validator(
            schema(name), registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
        )
        validator.validate(payload)

    return check
