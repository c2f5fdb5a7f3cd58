"""Rules every source file of the project keeps, checked on the files present at run time.

Also checks the test harness itself: the shared-data helpers of ``conftest.py``
and the benchmark document generator in ``tests/bench/gen.py``.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

pytest_plugins = ("pytester",)

REPO_ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = REPO_ROOT / "todokit"
MAX_CODE_LINES = 200
# Each costs tens of milliseconds to import: the CLI's start-up must not pay for them.
LAZY_ONLY = ("mistune", "filelock", "dateutil")
NON_CODE_LINE = re.compile(r"\s*(#.*)?")
DEFINITIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
Definition = ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef
# Overloads, property setters and overrides are documented where they are first defined.
UNDOCUMENTED_DECORATORS = frozenset({"overload", "override", "setter", "deleter"})


def python_files(*directories: Path) -> list[Path]:
    return sorted(path for directory in directories for path in directory.rglob("*.py"))


def relative_ids(paths: Iterable[Path]) -> list[str]:
    return [path.relative_to(REPO_ROOT).as_posix() for path in paths]


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO_ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


PACKAGE_FILES = python_files(PACKAGE_DIR)
SOURCE_FILES = python_files(PACKAGE_DIR, REPO_ROOT / "tests")


def parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def code_line_count(text: str) -> int:
    """Count lines that are neither blank nor only a comment (``grep -cvE '^\\s*(#.*)?$'``)."""
    return sum(1 for line in text.split("\n") if not NON_CODE_LINE.fullmatch(line))


def decorator_names(node: Definition) -> set[str]:
    # "@x.setter", "@typing.overload" and "@override()" all give their last name.
    return {ast.unparse(d).split("(")[0].rsplit(".", 1)[-1] for d in node.decorator_list}


def public_definitions(node: ast.AST, prefix: str = "") -> Iterator[tuple[str, Definition]]:
    """Yield (qualified name, node) of public classes, functions and methods outside defs."""
    for child in ast.iter_child_nodes(node):
        if not isinstance(child, DEFINITIONS):
            yield from public_definitions(child, prefix)
        elif not child.name.startswith("_"):
            if not decorator_names(child) & UNDOCUMENTED_DECORATORS:
                yield prefix + child.name, child
            if isinstance(child, ast.ClassDef):
                yield from public_definitions(child, f"{prefix}{child.name}.")


def undocumented(path: Path) -> list[str]:
    tree = parse(path)
    public_module = path.stem == "__init__" or not path.stem.startswith("_")
    missing = ["module docstring"] if public_module and ast.get_docstring(tree) is None else []
    for name, node in public_definitions(tree):
        if ast.get_docstring(node) is None:
            missing.append(f"line {node.lineno}: {name}")
    return missing


def is_type_checking(test: ast.expr) -> bool:
    return ast.unparse(test) in {"TYPE_CHECKING", "typing.TYPE_CHECKING"}


def import_time_imports(nodes: Iterable[ast.AST]) -> Iterator[ast.Import | ast.ImportFrom]:
    """Yield the import statements that run when the module is imported."""
    for node in nodes:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue  # a function body runs when called, not on import
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If) and is_type_checking(node.test):
            yield from import_time_imports(node.orelse)
        else:
            yield from import_time_imports(ast.iter_child_nodes(node))


def eager_lazy_only_imports(tree: ast.Module) -> list[str]:
    found = []
    for node in import_time_imports(tree.body):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            names = [node.module] if node.module and node.level == 0 else []
        found += [f"line {node.lineno}: {n}" for n in names if n.split(".")[0] in LAZY_ONLY]
    return found


@pytest.mark.parametrize("path", SOURCE_FILES, ids=relative_ids(SOURCE_FILES))
def test_file_has_at_most_200_code_lines(path: Path) -> None:
    count = code_line_count(path.read_text(encoding="utf-8"))
    assert count <= MAX_CODE_LINES, f"{count} code lines: split it into focused modules"


@pytest.mark.parametrize("path", PACKAGE_FILES, ids=relative_ids(PACKAGE_FILES))
def test_public_names_have_docstrings(path: Path) -> None:
    assert undocumented(path) == []


@pytest.mark.parametrize("path", PACKAGE_FILES, ids=relative_ids(PACKAGE_FILES))
def test_heavy_dependencies_are_imported_lazily(path: Path) -> None:
    assert eager_lazy_only_imports(parse(path)) == []


def test_importing_every_module_loads_no_heavy_dependency() -> None:
    # A fresh interpreter: this one may have loaded them for other tests already.
    script = (
        "import importlib, sys\n"
        "for name in sys.argv[1:]:\n"
        "    importlib.import_module(name)\n"
        f"    print(name, *(m for m in {LAZY_ONLY!r} if m in sys.modules))\n"
    )
    modules = [module_name(p) for p in PACKAGE_FILES if p.stem != "__main__"]
    result = subprocess.run(
        [sys.executable, "-c", script, *modules],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == modules


def test_package_is_marked_typed() -> None:
    assert (PACKAGE_DIR / "py.typed").is_file()


def test_changelog_has_an_unreleased_section() -> None:
    text = (REPO_ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(r"^## \[Unreleased\]\s*$", text, re.MULTILINE)


def test_code_line_count_follows_the_grep_rule() -> None:
    text = "import os\n\n# comment\n    # indented comment\n\t\nx = 1  # trailing\n'''doc'''"
    assert code_line_count(text) == 3


def test_checks_find_what_they_look_for() -> None:
    source = (
        "import mistune\n"
        "from dateutil import parser\n"
        "from . import filelock\n"
        "if TYPE_CHECKING:\n    import filelock\nelse:\n    import filelock.x\n"
        "def public():\n    import mistune\n"
        "class Public:\n    '''Doc.'''\n    def method(self): ...\n"
        "    @overload\n    def f(self): ...\n    def _private(self): ...\n"
    )
    tree = ast.parse(source)
    expected = ["line 1: mistune", "line 2: dateutil", "line 7: filelock.x"]
    assert eager_lazy_only_imports(tree) == expected
    assert [name for name, _ in public_definitions(tree)] == ["public", "Public", "Public.method"]


def load_by_path(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SHARED_DATA_USER = """
import pytest
from conftest import corpus_params

def test_dir(shared_dir): pass
def test_files(corpus_files): pass
def test_examples(commonmark_examples): pass
def test_each(corpus_file): pass

@pytest.mark.parametrize("path", corpus_params())
def test_param(path): pass
"""


@pytest.mark.parametrize(
    ("layout", "outcomes"),
    [
        pytest.param(None, {"skipped": 5}, id="absent"),
        pytest.param("corpus", {"passed": 1, "skipped": 4}, id="empty"),
    ],
)
def test_tests_skip_cleanly_without_shared_data(
    pytester: pytest.Pytester,
    monkeypatch: pytest.MonkeyPatch,
    layout: str | None,
    outcomes: dict[str, int],
) -> None:
    pytester.makeconftest((REPO_ROOT / "tests" / "conftest.py").read_text(encoding="utf-8"))
    pytester.makeini("[pytest]\nmarkers =\n    corpus: needs the shared data\n")
    pytester.makepyfile(test_shared_data_user=SHARED_DATA_USER)
    shared = pytester.path / "shared"
    if layout is not None:
        (shared / layout).mkdir(parents=True)
    monkeypatch.setenv("TODOKIT_SHARED", str(shared))
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "--strict-markers")
    result.assert_outcomes(**outcomes)


def test_ci_detection() -> None:
    # Loaded by path: the name "conftest" in sys.modules is whichever conftest pytest read last.
    harness = load_by_path(REPO_ROOT / "tests" / "conftest.py", "todokit_test_harness")
    assert harness.running_in_ci({"CI": "true"})
    assert not harness.running_in_ci({"CI": "false"})
    assert not harness.running_in_ci({})


def test_corpus_file_argument_runs_once_per_file(corpus_file: Path) -> None:
    assert corpus_file.suffix == ".md"
    assert corpus_file.is_file()


def test_shared_fixtures_load_the_shared_data(
    shared_dir: Path, corpus_files: list[Path], commonmark_examples: list[dict[str, object]]
) -> None:
    assert corpus_files == sorted(corpus_files)
    assert all(path.parent == shared_dir / "corpus" for path in corpus_files)
    assert {"markdown", "html", "example"} <= commonmark_examples[0].keys()


def test_benchmark_documents_are_realistic_and_deterministic() -> None:
    gen = load_by_path(REPO_ROOT / "tests" / "bench" / "gen.py", "todokit_bench_gen")
    text = gen.generate_document(12_000)
    assert text == gen.generate_document(12_000)
    assert text != gen.generate_document(12_000, seed=1)
    assert len(re.findall(r"^(?:  )*- \[[ x/]\] \S", text, re.MULTILINE)) == 12_000
    assert 0.8e6 <= len(text.encode("utf-8")) <= 1.0e6
    for feature in ("\n## ", "\n  - [", "- [/] ", "**P0**", "](", "due:20", "\n```bash\n"):
        assert feature in text, feature
    assert gen.generate_document(0).count("- [") == 0
    with pytest.raises(ValueError, match="n_tasks"):
        gen.generate_document(-1)
