"""Docstrings that say something: in full on the public API, never a placeholder anywhere.

The public API is what ``docs/api.md`` renders: the names in ``__all__`` of each
module it names with a ``:::`` line (or, for a module without ``__all__``, the
public names defined in it). Each of its functions documents its arguments, what
it returns and what it raises itself, and shows an example; each class shows an
example. Everywhere else a docstring is a sentence or two on purpose plus what
is not obvious, and no section merely restates a signature.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
API_PAGE = REPO_ROOT / "docs" / "api.md"
SECTION = re.compile(r"^(Args|Returns|Yields|Raises|Examples|Attributes|Complexity):\s*$")
# What a section says when it says nothing.
EMPTY_WORDS = re.compile(
    r"^(none|nothing|n/a|-+|\.\.\.|todo|tbd|no arguments|add no arguments|returns nothing"
    r"|does nothing|not applicable)\.?$",
    re.IGNORECASE,
)
# An entry of three words or fewer ("text: Any text.", "The document.") restates the
# signature: it names the parameter or the return type and adds nothing.
ENTRY_SECTIONS = ("Args", "Returns", "Yields")
NAMED_SECTIONS = ("Args", "Raises", "Attributes")
NAMED_ENTRY = re.compile(r"^\*{0,2}[\w.]+( \(.*?\))?:")
MIN_WORDS = 4


def sections(doc: str) -> dict[str, list[str]]:
    """Map each section title of a Google-style docstring to its entries' text.

    Arguments, errors and attributes are one entry each (``name: text``, continued
    on deeper lines); the other sections are a single entry of all their lines.
    """
    found: dict[str, list[str]] = {}
    title, entries = "", None
    for line in doc.split("\n"):
        match = SECTION.match(line)
        if match:
            title, entries = match.group(1), found.setdefault(match.group(1), [])
        elif entries is None or not line.strip():
            continue
        elif not line.startswith("    "):
            entries = None  # the section ended at a line of the docstring's own level
        elif not entries or (title in NAMED_SECTIONS and NAMED_ENTRY.match(line[4:])):
            entries.append(line.strip())
        else:
            entries[-1] += " " + line.strip()
    return found


def entry_text(section: str, entry: str) -> str:
    """The description of an entry: without ``name:`` for arguments and errors."""
    if section in ("Args", "Raises") and ":" in entry:
        return entry.split(":", 1)[1].strip()
    return entry


def placeholders(doc: str) -> list[str]:
    """The sections and entries of ``doc`` that say nothing."""
    found = []
    for title, entries in sections(doc).items():
        if not entries:
            found.append(f"{title}: empty")
        for entry in entries:
            text = entry_text(title, entry)
            if title == "Examples":
                continue
            if EMPTY_WORDS.match(text) or (
                title in ENTRY_SECTIONS and len(text.split()) < MIN_WORDS
            ):
                found.append(f"{title}: {entry!r}")
    return found


def api_modules() -> list[str]:
    return re.findall(r"^::: (\S+)", API_PAGE.read_text(encoding="utf-8"), re.MULTILINE)


def api_objects() -> Iterator[tuple[str, Callable[..., object]]]:
    """Yield (qualified name, object) for each function and class of the public API, once."""
    seen: set[int] = set()
    for module_name in api_modules():
        module = importlib.import_module(module_name)
        names = getattr(module, "__all__", None) or [
            name
            for name, value in vars(module).items()
            if not name.startswith("_") and getattr(value, "__module__", None) == module_name
        ]
        for name in names:
            value = getattr(module, name)
            if (inspect.isfunction(value) or inspect.isclass(value)) and id(value) not in seen:
                seen.add(id(value))
                yield f"{module_name}.{name}", value


def raises_itself(function: Callable[..., object]) -> bool:
    """Whether the function's own body raises an exception by name (not a bare re-raise)."""
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    except (OSError, TypeError):
        return False
    return any(isinstance(node, ast.Raise) and node.exc is not None for node in ast.walk(tree))


def missing_sections(value: Callable[..., object]) -> list[str]:
    """The sections the public API demands that ``value``'s docstring lacks."""
    have = sections(inspect.getdoc(value) or "")
    need = ["Examples"]
    if inspect.isfunction(value):
        signature = inspect.signature(value)
        if [name for name in signature.parameters if name not in ("self", "cls")]:
            need.append("Args")
        if signature.return_annotation not in (None, "None", inspect.Signature.empty):
            need.append("Yields" if "Yields" in have else "Returns")
        if raises_itself(value):
            need.append("Raises")
    return [title for title in need if title not in have]


API = sorted(api_objects())


@pytest.mark.parametrize(("name", "value"), API, ids=[name for name, _ in API])
def test_public_api_is_documented_in_full(name: str, value: Callable[..., object]) -> None:
    assert missing_sections(value) == []


def all_docstrings() -> Iterator[tuple[str, str]]:
    """Yield (place, docstring) for every module, class and function of the package."""
    for path in sorted((REPO_ROOT / "todokit").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        place = path.relative_to(REPO_ROOT).as_posix()
        for node in ast.walk(tree):
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                doc = ast.get_docstring(node)
                if doc:
                    yield f"{place}:{getattr(node, 'lineno', 1)}", doc


DOCSTRINGS = list(all_docstrings())


# Overloads, property setters and deleters are documented where the name is first defined.
UNDOCUMENTED_DECORATORS = frozenset({"overload", "setter", "deleter"})


def undocumented() -> Iterator[str]:
    """Yield the place of every class and function, nested ones included, without a docstring."""
    for path in sorted((REPO_ROOT / "todokit").rglob("*.py")):
        place = path.relative_to(REPO_ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                decorators = {
                    ast.unparse(d).split("(")[0].rsplit(".", 1)[-1] for d in node.decorator_list
                }
                if ast.get_docstring(node) is None and not decorators & UNDOCUMENTED_DECORATORS:
                    yield f"{place}:{node.lineno}: {node.name}"


def test_every_class_and_function_has_a_docstring() -> None:
    assert list(undocumented()) == []


def test_no_docstring_holds_a_placeholder() -> None:
    found = [f"{place}: {entry}" for place, doc in DOCSTRINGS for entry in placeholders(doc)]
    assert found == []


def test_the_checks_find_what_they_look_for() -> None:
    doc = "Do it.\n\nArgs:\n    text: Any text.\n    n: How many times to do it over.\n\nReturns:\n    None.\n"
    assert placeholders(doc) == ["Args: 'text: Any text.'", "Returns: 'None.'"]
    assert placeholders("Do it.\n\nRaises:\n    ValueError: When ``n`` is negative.\n") == []
    assert placeholders("Do it.\n\nExamples:\n") == ["Examples: empty"]

    def documented(n: int) -> int:
        """Double a number.

        Args:
            n: The number to double, of any sign.

        Returns:
            Twice ``n``, exactly.
        """
        if n > 10**9:
            raise ValueError(n)
        return 2 * n

    assert missing_sections(documented) == ["Examples", "Raises"]
