"""Record classes behave like frozen, slotted dataclasses."""

from __future__ import annotations

import copy
import pickle

import pytest

from todokit._record import FrozenRecordError, field, record, replace


@record
class Point:
    """A frozen record."""

    x: int
    y: int = 0
    tags: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.x + self.y


@record(frozen=False)
class Counter:
    """A mutable record with a hand-written __init__."""

    name: str
    count: int = 0

    def __init__(self, name: str, count: int = 0) -> None:
        self.name = name.upper()
        self.count = count


def test_fields_bind_by_position_keyword_and_default() -> None:
    assert Point(1, 2).y == 2
    assert Point(y=3, x=1) == Point(1, 3)
    assert Point(1).tags == [] and Point(1).tags is not Point(1).tags
    assert Point(1, 2).total == 3
    assert Point.__match_args__ == ("x", "y", "tags")


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        ((), {}, "missing argument: 'x'"),
        ((1, 2, [], 4), {}, "takes 3 arguments, got 4"),
        ((1,), {"x": 2}, "multiple values for argument 'x'"),
        ((1,), {"z": 2}, "unexpected argument 'z'"),
    ],
)
def test_wrong_arguments_are_type_errors(
    args: tuple[object, ...], kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(TypeError, match=message):
        Point(*args, **kwargs)


def test_frozen_records_refuse_changes() -> None:
    point = Point(1)
    with pytest.raises(FrozenRecordError, match="assign to field 'x'"):
        point.x = 2  # type: ignore[misc]
    with pytest.raises(AttributeError, match="delete field 'x'"):
        del point.x  # type: ignore[misc]
    assert not hasattr(point, "__dict__")


def test_frozen_records_hash_by_value() -> None:
    @record
    class Pair:
        a: int
        b: str

    assert hash(Pair(1, "x")) == hash(Pair(1, "x"))
    assert len({Pair(1, "x"), Pair(1, "x"), Pair(2, "x")}) == 2


def test_equality_needs_the_same_class() -> None:
    assert Point(1) != (1, 0, [])
    assert Point(1).__eq__(object()) is NotImplemented
    assert Point(1, 2) != Point(1, 3)


def test_repr_names_every_field() -> None:
    assert repr(Point(1, 2, ["a"])) == "Point(x=1, y=2, tags=['a'])"


def test_mutable_records_keep_their_own_init_and_are_unhashable() -> None:
    counter = Counter("a")
    counter.count += 1
    assert (counter.name, counter.count) == ("A", 1)
    assert counter == Counter("a", 1)
    with pytest.raises(TypeError):
        hash(counter)


def test_replace_copies_with_changes() -> None:
    point = Point(1, 2)
    assert replace(point, y=5) == Point(1, 5)
    assert point == Point(1, 2)
    with pytest.raises(TypeError, match="no field 'z'"):
        replace(point, z=1)


def test_positional_calls_complete_trailing_defaults_after_a_factory() -> None:
    @record
    class Mixed:
        a: int
        b: list[int] = field(default_factory=list)
        c: int = 5

    assert (Mixed(1).b, Mixed(1).c) == ([], 5)
    assert (Mixed(1, [2]).b, Mixed(1, [2]).c) == ([2], 5)
    assert Mixed(1, [2], 3).c == 3


def test_frozen_records_copy_and_pickle() -> None:
    point = Point(1, 2, ["a"])
    assert copy.copy(point) == point
    assert copy.deepcopy(point) == point and copy.deepcopy(point).tags is not point.tags
    assert pickle.loads(pickle.dumps(point)) == point  # noqa: S301 - bytes made here
    counter = Counter("a", 3)
    assert pickle.loads(pickle.dumps(counter)) == counter  # noqa: S301
