"""Each package exports what its ``__init__`` imports, and a lazy one imports it on first use.

A package's ``__init__`` names each public name once, in an import (under
``TYPE_CHECKING`` where the package imports names on first use), and lists it
in ``__all__``. These tests check that the names resolve to the objects those
imports name, and that a lazy package loads nothing until a name is used.
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE_DIR = Path(__file__).resolve().parent.parent / "todokit"
INITS = sorted(PACKAGE_DIR.rglob("__init__.py"))
LAZY = ("todokit", "todokit.agent", "todokit.checks", "todokit.lifecycle", "todokit.ranking")


def package_name(init: Path) -> str:
    return ".".join(init.parent.relative_to(PACKAGE_DIR.parent).parts)


def imported_names(init: Path) -> dict[str, tuple[str, str]]:
    """Each name a module imports from todokit, at top level or under TYPE_CHECKING.

    Returns:
        The name it binds to the module and the name it imports from there.
    """
    tree = ast.parse(init.read_text(encoding="utf-8"))
    nodes = list(tree.body)
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            nodes += node.body
    return {
        alias.asname or alias.name: (node.module or "", alias.name)
        for node in nodes
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("todokit")
        for alias in node.names
    }


@pytest.mark.parametrize("init", INITS, ids=package_name)
def test_public_names_are_the_imported_objects(init: Path) -> None:
    package = importlib.import_module(package_name(init))
    imports = imported_names(init)
    public = getattr(package, "__all__", [])
    assert set(public) - {"__version__"} <= set(imports) | set(vars(package))
    for name in public:
        if name in imports:
            module, original = imports[name]
            assert getattr(package, name) is getattr(importlib.import_module(module), original)
        assert name in dir(package)


@pytest.mark.parametrize("name", LAZY)
def test_lazy_packages_look_only_where_they_import_from(name: str) -> None:
    package = importlib.import_module(name)
    init = PACKAGE_DIR.parent / name.replace(".", "/") / "__init__.py"
    sources = {module for module, _ in imported_names(init).values()} - {"todokit._exports"}
    assert set(package._SOURCES) == sources
    with pytest.raises(AttributeError, match="has no attribute 'nothing'"):
        package.nothing  # noqa: B018 - the lookup is the test


@pytest.mark.parametrize("name", LAZY)
def test_importing_a_lazy_package_loads_none_of_its_sources(name: str) -> None:
    # A fresh interpreter: this one has imported everything already.
    script = (
        "import importlib, sys\n"
        f"package = importlib.import_module({name!r})\n"
        "print(*sorted(set(package._SOURCES) & set(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    # The top-level package's errors module is loaded by every other module anyway.
    assert result.stdout.split() in ([], ["todokit.errors"])
