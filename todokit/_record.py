"""Record classes: what ``@dataclass(frozen=True, slots=True)`` gives, cheaply made.

:mod:`dataclasses` compiles source code for every method of every class when
a module is imported: about 0.7 ms a class, which made up a fifth of the start-
up time of a ``todokit hook`` process. :func:`record` builds the same methods
from shared closures instead: ``__init__`` (positional or keyword, defaults and
default factories), ``__repr__``, ``__eq__``, ``__hash__`` (frozen records),
``__match_args__`` and ``__slots__``; a frozen record refuses attribute
assignment. A method the class defines itself is kept, so a hot class can
spell out a faster ``__init__``. Type checkers see a dataclass
(:func:`typing.dataclass_transform`).

Examples:
    >>> @record
    ... class Point:
    ...     x: int
    ...     y: int = 0
    >>> Point(1), Point(1) == Point(x=1, y=0), hash(Point(1)) == hash(Point(1, 0))
    (Point(x=1, y=0), True, True)
    >>> try:
    ...     Point(1).x = 2
    ... except AttributeError as error:
    ...     print(error)
    cannot assign to field 'x'
    >>> replace(Point(1), y=5)
    Point(x=1, y=5)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform, overload

T = TypeVar("T")
_MISSING: Any = object()


class FrozenRecordError(AttributeError):
    """Raised when a field of a frozen record is assigned or deleted."""


class _Factory:
    __slots__ = ("make",)

    def __init__(self, make: Callable[[], object]) -> None:
        self.make = make


def field(*, default_factory: Callable[[], T]) -> T:
    """Give a field a default made anew for each record (like ``dataclasses.field``).

    Examples:
        >>> @record
        ... class Bag:
        ...     items: list[int] = field(default_factory=list)
        >>> Bag().items is not Bag().items
        True
    """
    factory: Any = _Factory(default_factory)
    return factory  # type: ignore[no-any-return]


def _bind(cls: type, args: tuple[object, ...], kwargs: dict[str, object]) -> list[object]:
    """Match arguments to fields as ``dataclasses`` does, defaults filled in."""
    names: tuple[str, ...] = cls.__match_args__  # type: ignore[attr-defined]
    defaults: dict[str, Any] = cls.__record_defaults__  # type: ignore[attr-defined]
    if len(args) > len(names):
        raise TypeError(f"{cls.__name__}() takes {len(names)} arguments, got {len(args)}")
    values = list(args)
    for name in names[len(args) :]:
        value = kwargs.pop(name, _MISSING)
        if value is _MISSING:
            value = defaults.get(name, _MISSING)
            if value is _MISSING:
                raise TypeError(f"{cls.__name__}() missing argument: {name!r}")
            if isinstance(value, _Factory):
                value = value.make()
        values.append(value)
    if kwargs:
        name = next(iter(kwargs))
        problem = "got multiple values for" if name in names else "got an unexpected"
        raise TypeError(f"{cls.__name__}() {problem} argument {name!r}")
    return values


def _methods(
    names: tuple[str, ...], defaults: dict[str, Any], frozen: bool, setters: list[Any]
) -> dict[str, Any]:
    """The generated methods of a record with fields ``names``.

    ``setters`` is filled once the class exists with its slots' ``__set__``:
    the fastest way to set a field, and one a frozen record's guard does not see.
    """
    count = len(names)
    # The plain defaults that end the field list: positional calls that leave
    # them out are completed without binding by name.
    tail: tuple[object, ...] = ()
    for name in reversed(names):
        if name not in defaults or isinstance(defaults[name], _Factory):
            break
        tail = (defaults[name], *tail)
    least = count - len(tail)

    def __init__(self: object, *args: object, **kwargs: object) -> None:
        given = len(args)
        if not kwargs and least <= given <= count:
            values = args + tail[given - least :]
        else:
            values = tuple(_bind(type(self), args, kwargs))
        for setter, value in zip(setters, values, strict=True):
            setter(self, value)

    def _values(self: object) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in names)

    def __repr__(self: object) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{type(self).__qualname__}({shown})"

    def __eq__(self: object, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return bool(_values(self) == _values(other))

    methods: dict[str, Any] = {"__init__": __init__, "__repr__": __repr__, "__eq__": __eq__}
    if frozen:

        def __hash__(self: object) -> int:
            return hash(_values(self))

        def __setattr__(self: object, name: str, value: object) -> None:
            raise FrozenRecordError(f"cannot assign to field {name!r}")

        def __delattr__(self: object, name: str) -> None:
            raise FrozenRecordError(f"cannot delete field {name!r}")

        def __getstate__(self: object) -> tuple[Any, ...]:  # copy and pickle use these
            return _values(self)

        def __setstate__(self: object, state: tuple[Any, ...]) -> None:
            for setter, value in zip(setters, state, strict=True):
                setter(self, value)

        methods.update(
            __hash__=__hash__,
            __setattr__=__setattr__,
            __delattr__=__delattr__,
            __getstate__=__getstate__,
            __setstate__=__setstate__,
        )
    else:
        methods["__hash__"] = None  # mutable and compared by value: unhashable, as dataclasses
    return methods


def _build(cls: type[T], frozen: bool) -> type[T]:
    own = cls.__dict__
    names = tuple(own.get("__annotations__", {}))
    namespace = {key: value for key, value in own.items() if key not in names}
    namespace.pop("__dict__", None)
    namespace.pop("__weakref__", None)
    defaults = {name: own[name] for name in names if name in own}
    setters: list[Any] = []
    for key, method in _methods(names, defaults, frozen, setters).items():
        namespace.setdefault(key, method)
    namespace.update(
        __slots__=names,
        __match_args__=names,
        __record_defaults__=defaults,
        __record_frozen__=frozen,
    )
    metaclass: Any = type(cls)
    built: type[T] = metaclass(cls.__name__, cls.__bases__, namespace)
    built.__qualname__ = cls.__qualname__
    setters.extend(built.__dict__[name].__set__ for name in names)
    return built


@overload
def record(cls: type[T], /) -> type[T]: ...
@overload
def record(*, frozen: bool = True) -> Callable[[type[T]], type[T]]: ...


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(cls: type[T] | None = None, /, *, frozen: bool = True) -> Any:
    """Make ``cls`` a record class: ``@record`` (frozen) or ``@record(frozen=False)``.

    Fields are the class's annotations, in order; a class attribute of the same
    name is its default. Complexity: O(fields) per class, no code compiled.
    """
    if cls is None:
        return lambda inner: _build(inner, frozen)
    return _build(cls, frozen)


def replace(instance: T, /, **changes: object) -> T:
    """Return a copy of a record with some fields changed (``dataclasses.replace``)."""
    names: tuple[str, ...] = type(instance).__match_args__  # type: ignore[attr-defined]
    values = {name: changes.pop(name, getattr(instance, name)) for name in names}
    if changes:
        raise TypeError(f"{type(instance).__name__} has no field {next(iter(changes))!r}")
    return type(instance)(**values)


__all__ = ["FrozenRecordError", "field", "record", "replace"]
