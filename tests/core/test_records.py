"""``record`` makes the same class as ``dataclass(frozen=True)``: each case is defined both ways
and every behaviour a caller can see is compared."""

from __future__ import annotations

import copy
import dataclasses
import inspect
from dataclasses import dataclass, field
from typing import ClassVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from familysafe.core.records import record


def _pair(decorate_record, decorate_dataclass, body):
    """The class ``body`` makes, decorated each way (a fresh class for each)."""
    return decorate_record(body()), decorate_dataclass(body())


def _plain():
    class Point:
        x: int
        y: str = "b"
        tags: tuple[str, ...] = ()
        notes: dict[str, int] = field(default_factory=dict)
        hidden: int = field(default=0, repr=False, compare=False)
        kind: ClassVar[str] = "point"

    return Point


def _with_post_init():
    class Timed:
        """A documented class."""

        at: int
        _cached: int | None = field(default=None, init=False, repr=False, compare=False)

        def __post_init__(self) -> None:
            if self.at < 0:
                raise ValueError("negative")
            object.__setattr__(self, "_cached", self.at * 2)

    return Timed


def _keyword_only():
    class Entry:
        child: str
        due_on: int
        overdue: int = 0

    return Entry


CASES = {
    "plain": (
        _plain,
        record,
        dataclass(frozen=True),
        lambda C: [C(1), C(2, "a", ("t",), {"k": 1})],
    ),
    "post-init": (
        _with_post_init,
        record,
        dataclass(frozen=True),
        lambda C: [C(1), C(at=5)],
    ),
    "keyword-only": (
        _keyword_only,
        record(kw_only=True),
        dataclass(frozen=True, kw_only=True),
        lambda C: [C(child="a", due_on=1), C(child="b", due_on=2, overdue=3)],
    ),
}


def _outcome(fn, *args):
    try:
        return fn(*args)
    except Exception as exc:
        return type(exc), str(exc)


@pytest.mark.parametrize("case", CASES)
def test_the_same_class_as_a_frozen_dataclass(case):
    body, ours, theirs, make = CASES[case]
    R, D = _pair(ours, theirs, body)
    assert dataclasses.is_dataclass(R)
    assert [
        (f.name, f.type, f.default, f.repr, f.compare, f.kw_only) for f in dataclasses.fields(R)
    ] == [(f.name, f.type, f.default, f.repr, f.compare, f.kw_only) for f in dataclasses.fields(D)]
    assert str(inspect.signature(R)) == str(inspect.signature(D))
    assert R.__doc__ == D.__doc__
    assert R.__match_args__ == D.__match_args__
    for name in ("init", "repr", "eq", "order", "unsafe_hash", "frozen"):
        assert getattr(R.__dataclass_params__, name) == getattr(D.__dataclass_params__, name)
    assert R.__init__.__annotations__ == D.__init__.__annotations__
    assert R.__init__.__qualname__ == D.__init__.__qualname__
    rs, ds = make(R), make(D)
    for r, d in zip(rs, ds, strict=True):
        assert repr(r) == repr(d)
        assert dataclasses.asdict(r) == dataclasses.asdict(d)
        assert _outcome(hash, r) == _outcome(hash, d)  # a dict field: unhashable in both
        assert r == dataclasses.replace(r) and r is not dataclasses.replace(r)
        assert (r == rs[0]) == (d == ds[0]) and (r != rs[0]) == (d != ds[0])
        assert r != d  # another class: never equal, as between two dataclasses
        assert copy.deepcopy(r) == r and copy.copy(r) == r  # as pickle copies them
        for first in dataclasses.fields(r):
            with pytest.raises(dataclasses.FrozenInstanceError) as ours_error:
                setattr(r, first.name, None)
            with pytest.raises(dataclasses.FrozenInstanceError) as theirs_error:
                setattr(d, first.name, None)
            assert str(ours_error.value) == str(theirs_error.value)
            with pytest.raises(dataclasses.FrozenInstanceError) as ours_error:
                delattr(r, first.name)
            with pytest.raises(dataclasses.FrozenInstanceError) as theirs_error:
                delattr(d, first.name)
            assert str(ours_error.value) == str(theirs_error.value)
        with pytest.raises(dataclasses.FrozenInstanceError):
            r.not_a_field = 1  # type: ignore[attr-defined]


def test_defaults_factories_and_post_init_run_as_in_a_dataclass():
    R, D = _pair(record, dataclass(frozen=True), _plain)
    a, b = R(1), R(1)
    assert a.notes == {} and a.notes is not b.notes  # a new dict each time
    assert a.kind == "point" and "kind" not in {f.name for f in dataclasses.fields(R)}
    T, _ = _pair(record, dataclass(frozen=True), _with_post_init)
    assert T(4)._cached == 8
    with pytest.raises(ValueError, match="negative"):
        T(-1)
    for C in (R, D):
        with pytest.raises(TypeError):
            C()  # x is required
        with pytest.raises(TypeError):
            C(1, "b", (), {}, 0, "too many")
    K, _ = _pair(record(kw_only=True), dataclass(frozen=True, kw_only=True), _keyword_only)
    with pytest.raises(TypeError):
        K("a", 1)  # keyword only


def _ordered():
    class Month:
        year: int
        month: int

    return Month


@given(st.tuples(st.integers(), st.integers()), st.tuples(st.integers(), st.integers()))
def test_ordering_as_in_a_dataclass(a, b):
    R, D = _pair(record(order=True), dataclass(frozen=True, order=True), _ordered)
    for op in ("__lt__", "__le__", "__gt__", "__ge__", "__eq__"):
        assert getattr(R(*a), op)(R(*b)) == getattr(D(*a), op)(D(*b))
    assert sorted([R(*a), R(*b)]) == sorted([R(*b), R(*a)])
    assert R(*a).__lt__(D(*b)) is NotImplemented


def test_a_subclass_of_a_record_is_a_frozen_record_with_its_base_fields():
    @record(kw_only=True)
    class Base:
        child: str
        kind: ClassVar[str]

    @record(kw_only=True)
    class Talk(Base):
        kind: ClassVar[str] = "talk"
        topic: str = "games"

    @dataclass(frozen=True, kw_only=True)
    class DBase:
        child: str

    @dataclass(frozen=True, kw_only=True)
    class DTalk(DBase):
        topic: str = "games"

    talk = Talk(child="Mia")
    assert repr(talk) == repr(DTalk(child="Mia")).replace("DTalk", "Talk")
    assert talk.kind == "talk" and talk == Talk(child="Mia", topic="games")
    assert hash(talk) == hash(DTalk(child="Mia"))
    assert talk != Base(child="Mia")  # another class
    with pytest.raises(dataclasses.FrozenInstanceError):
        talk.topic = "x"  # type: ignore[misc]
    assert Talk.__dataclass_params__.frozen

    @dataclass(frozen=True)
    class Later(Talk):  # a plain frozen dataclass may derive from a record
        extra: int = 0

    assert Later(child="Mia").extra == 0


def test_a_class_keeps_the_methods_it_defines():
    @record
    class Named:
        name: str

        def __repr__(self) -> str:
            return f"<{self.name}>"

        def __eq__(self, other: object) -> bool:
            return isinstance(other, Named) and other.name.lower() == self.name.lower()

        def __hash__(self) -> int:
            return hash(self.name.lower())

    assert repr(Named("A")) == "<A>"
    assert Named("A") == Named("a") and hash(Named("A")) == hash(Named("a"))


def test_a_class_that_sets_its_own_attributes_is_refused():
    with pytest.raises(TypeError, match="__setattr__"):

        @record
        class Bad:
            x: int

            def __setattr__(self, name: str, value: object) -> None:
                pass


def test_records_are_made_without_importing_dataclasses_or_inspect():
    import subprocess
    import sys

    code = (
        "import sys; import familysafe.core.due, familysafe.core.library, familysafe.core.schedule;"
        "from familysafe.core.due import TalkDue; assert TalkDue.__doc__;"
        "print(' '.join(m for m in ('dataclasses', 'inspect', 'typing') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == []


def test_field_and_replace_from_records_work_as_the_dataclasses_ones():
    from familysafe.core import records

    @record
    class Ours:
        x: int
        notes: dict[str, int] = records.field(default_factory=dict)
        seen: int = records.field(default=0, compare=False)
        hidden: int = records.field(default=7, init=False, repr=False)
        theirs: tuple[int, ...] = field(default=())  # dataclasses.field works too

    one = Ours(1)
    assert one.notes == {} and Ours.seen == 0 and one.hidden == 7 and Ours.theirs == ()
    assert repr(one).endswith(".Ours(x=1, notes={}, seen=0, theirs=())")
    assert one == Ours(1, seen=5)
    moved = records.replace(one, x=2)
    assert moved == dataclasses.replace(one, x=2) and moved.notes is one.notes
    with pytest.raises(ValueError, match="init=False"):
        records.replace(one, hidden=1)
    with pytest.raises(ValueError, match="init=False"):
        dataclasses.replace(one, hidden=1)
    assert [f.name for f in dataclasses.fields(Ours)] == ["x", "notes", "seen", "hidden", "theirs"]


def test_a_mutable_default_or_an_initvar_is_refused_as_by_dataclass():
    with pytest.raises(ValueError, match="mutable default"):

        @record
        class Bad:
            items: list[int] = []  # noqa: RUF012

    with pytest.raises(TypeError, match="InitVar"):

        @record
        class Worse:
            seed: dataclasses.InitVar[int]


def test_a_record_may_derive_from_a_frozen_dataclass_not_from_a_mutable_one():
    @dataclass(frozen=True)
    class Base:
        child: str
        age: int = 0

    @record
    class Talk(Base):
        topic: str = "games"

    talk = Talk("Mia", 9)
    assert repr(talk).endswith(".Talk(child='Mia', age=9, topic='games')")
    assert [f.name for f in dataclasses.fields(talk)] == ["child", "age", "topic"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        talk.child = "x"  # type: ignore[misc]

    @dataclass
    class Mutable:
        child: str

    with pytest.raises(TypeError, match="non-frozen"):

        @record
        class Frozen(Mutable):
            topic: str = ""


def test_init_is_compiled_when_first_used_and_the_class_reads_the_same_before():
    @record
    class Late:
        x: int
        y: str = "b"

    stand_in = Late.__dict__["__init__"]
    assert stand_in.__annotations__ == {"x": "int", "y": "str", "return": None}
    assert Late(1) == Late(x=1, y="b") and Late.__dict__["__init__"] is not stand_in
    assert "__signature__" not in Late.__dict__

    @record
    class Asked:
        x: int

    assert str(inspect.signature(Asked)) == "(x: 'int') -> None"  # made when asked for
    assert "__signature__" not in Asked.__dict__
    with pytest.raises(TypeError):
        Asked(1, 2)

    class Own(Asked):  # a plain subclass with its own __init__ keeps its own signature
        def __init__(self, a: int, b: int) -> None:
            super().__init__(a + b)

    @record
    class Base:
        x: int

    class Plain(Base):
        def __init__(self, a: int, b: int) -> None:
            super().__init__(a + b)

    assert str(inspect.signature(Plain)) == "(a: 'int', b: 'int') -> 'None'"
    assert Plain(1, 2).x == 3 and Own(2, 3).x == 5


def test_a_wrong_order_of_defaults_is_refused_when_the_class_is_made():
    with pytest.raises(TypeError, match="non-default argument 'y'"):

        @record
        class Wrong:
            x: int = 0
            y: int
