"""Lazy re-exports for package ``__init__`` modules (PEP 562).

A package lists which submodule defines each public name; the submodule is
imported the first time the name is used. ``import todokit`` therefore costs
almost nothing, and a CLI command pays only for the modules it touches.

Examples:
    >>> getattr_, dir_ = attach("todokit", {"parse": "todokit.document.model"})
    >>> getattr_("parse").__name__
    'parse'
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping


def attach(
    package: str, exports: Mapping[str, str]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """Return ``__getattr__`` and ``__dir__`` functions for ``package``.

    Args:
        package: The package's ``__name__``.
        exports: Public name to the module that defines it.

    Returns:
        The two functions to assign to the package's ``__getattr__`` and ``__dir__``.
    """

    def __getattr__(name: str) -> object:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted(set(exports) | set(vars(sys.modules[package])))

    return __getattr__, __dir__
