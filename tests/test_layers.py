"""Dependencies point one way, from the command line down, and no modules import each other in a circle.

Every import of every todokit module counts: at the top of the file, under
``TYPE_CHECKING``, inside a function, and a module named in a string (the lazy
packages' ``_SOURCES`` tables, which ``import_module`` reads). docs/design.md
draws the same layers.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent

LAYERS: tuple[tuple[str, ...], ...] = (
    # The entry points: the package's exports, the CLI and the MCP server, which shares its formats.
    ("todokit", "todokit.__main__", "todokit.cli", "todokit.mcp"),
    ("todokit.hooks",),  # the hook handlers
    ("todokit.agent",),  # agents' events, answers, settings and installers
    ("todokit.lifecycle",),  # one project's todo file, read and written under the lock
    ("todokit.merging", "todokit.mirror"),  # pure: merging lists, mirroring agents' task lists
    ("todokit.arrange",),  # pure: carry, score, sort, park, place
    ("todokit.checks", "todokit.prompt", "todokit.ranking"),  # checks; pure prompt and ranking
    ("todokit.document", "todokit.files", "todokit.schemas"),  # the document model; file I/O
    # The rules every layer shares: dates, the priority scale, the version.
    ("todokit.days", "todokit.levels", "todokit._version", "todokit._exports"),
    ("todokit.errors",),  # the error tree, below everything
)
"""Each layer may import only the layers below it; within a layer, only its own package.

The first layer is the exception: the entry points may import each other.
"""


def module_names() -> dict[str, Path]:
    """Every todokit module, by dotted name."""
    found = {}
    for path in sorted((REPO_ROOT / "todokit").rglob("*.py")):
        parts = path.relative_to(REPO_ROOT).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


MODULES = module_names()


def imported(name: str, path: Path, known: Mapping[str, Path]) -> Iterator[str]:
    """The todokit modules that module ``name`` imports, anywhere in its file.

    ``from package import module`` imports the module; ``from module import name``
    the module itself. A string that is exactly a submodule's name counts too.
    """
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, *([node.module] if node.module else [])])
            for alias in node.names:
                yield f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
        elif isinstance(node, ast.Constant) and _names_a_submodule(node.value, known):
            yield node.value


def _names_a_submodule(value: object, known: Mapping[str, Path]) -> bool:
    """Whether a constant is a submodule's name ("todokit" alone is the program's name)."""
    return isinstance(value, str) and "." in value and value in known


def import_graph(known: Mapping[str, Path]) -> dict[str, set[str]]:
    """Module name -> the other todokit modules it imports."""
    return {
        name: {target for target in imported(name, path, known) if target in known} - {name}
        for name, path in known.items()
    }


GRAPH = import_graph(MODULES)


def package_of(module: str) -> str:
    """The package a module belongs to: ``todokit.<package>``, or the module itself at the top."""
    parts = module.split(".")
    candidate = ".".join(parts[:2])
    return (
        candidate if candidate in MODULES and MODULES[candidate].name == "__init__.py" else module
    )


def layer_of(module: str) -> int:
    """The index in :data:`LAYERS` of the layer a module is in."""
    package = package_of(module)
    return next(index for index, layer in enumerate(LAYERS) if package in layer)


def against_the_direction(graph: Mapping[str, set[str]]) -> list[str]:
    """Every import from a module to one in its own or a higher layer, other than its own package."""
    wrong = []
    for source, targets in sorted(graph.items()):
        for target in sorted(targets):
            if package_of(source) == package_of(target):
                continue
            if layer_of(source) == layer_of(target) == 0 or layer_of(target) > layer_of(source):
                continue
            wrong.append(f"{source} -> {target}")
    return wrong


def cycles(graph: Mapping[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[frozenset[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = {stack.pop()}
            while node not in component:
                component.add(stack.pop())
            if len(component) > 1:
                found.append(frozenset(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_every_package_has_a_layer() -> None:
    placed = {package for layer in LAYERS for package in layer}
    assert sorted({package_of(name) for name in MODULES} - placed) == []


def test_imports_point_down_the_layers() -> None:
    assert against_the_direction(GRAPH) == []


def test_no_modules_import_each_other_in_a_circle() -> None:
    assert [sorted(cycle) for cycle in cycles(GRAPH)] == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from todokit.lifecycle import Project\n", {"todokit.lifecycle"}),
        ("from todokit.lifecycle import project\n", {"todokit.lifecycle.project"}),
        ("from . import project\n", {"todokit.lifecycle.project"}),
        ("from .project import Project\n", {"todokit.lifecycle.project"}),
        ("if TYPE_CHECKING:\n    import todokit.errors\n", {"todokit.errors"}),
        ("def f():\n    from todokit.errors import UsageError\n", {"todokit.errors"}),
        ("_SOURCES = ('todokit.errors',)\n", {"todokit.errors"}),
    ],
)
def test_every_kind_of_import_is_read(tmp_path: Path, source: str, expected: set[str]) -> None:
    path = tmp_path / "refs.py"
    path.write_text(source, encoding="utf-8")
    assert set(imported("todokit.lifecycle.refs", path, MODULES)) == expected


def test_the_checks_find_what_they_look_for() -> None:
    upward = {"todokit.errors": {"todokit.lifecycle"}, "todokit.lifecycle": set()}
    assert against_the_direction(upward) == ["todokit.errors -> todokit.lifecycle"]
    sideways = {"todokit.ranking.tokens": {"todokit.prompt"}, "todokit.prompt": set()}
    assert against_the_direction(sideways) == ["todokit.ranking.tokens -> todokit.prompt"]
    circle = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(circle) == [frozenset({"a", "b", "c"})]
