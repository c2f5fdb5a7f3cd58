"""Names a package exports and imports only on first use (PEP 562).

A package whose plain imports would cost every hook process lists its public
names in ``__all__``, imports them under ``TYPE_CHECKING`` for type checkers,
names the modules they come from in ``_SOURCES``, and ends with::

    __getattr__, __dir__ = lazy_exports(__name__, _SOURCES)

Examples:
    >>> import todokit
    >>> "parse" in dir(todokit) and todokit.parse("- [ ] a\\n").tasks[0].text == "a"
    True
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from importlib import import_module


def lazy_exports(
    package: str, sources: Sequence[str]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """Return the module ``__getattr__`` and ``__dir__`` of ``package`` (it defines ``__all__``).

    A name is looked up in the first of ``sources`` that has it, once: it is then
    kept in the package's namespace, so the next lookup never reaches here.
    """
    namespace = vars(sys.modules[package])

    def __getattr__(name: str) -> object:
        """Import a public name from the first source that has it; others raise AttributeError."""
        if name in namespace["__all__"]:
            for source in sources:
                module = import_module(source)
                if hasattr(module, name):
                    value = namespace[name] = getattr(module, name)
                    return value
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        """List the public names with what the package has loaded already."""
        return sorted({*namespace, *namespace["__all__"]})

    return __getattr__, __dir__
