"""``record``: a frozen dataclass that is quick to define.

``@dataclass(frozen=True)`` writes the source of six methods for each class and compiles each
one when its module is imported (about a millisecond a class on a modest computer); the command
line imports some fifty such classes before it does anything, so that was a third of what
``familysafe due`` cost. ``@record`` makes the very same class: a real dataclass (``fields``,
``replace``, ``asdict`` and ``is_dataclass`` work, its parameters say ``frozen=True``) with the
same ``__init__``, ``repr``, equality, hash, ordering and immutability, but only ``__init__`` is
compiled: the other methods are shared functions over the class's field names.

Use it as ``@record``, ``@record(kw_only=True)`` or ``@record(order=True)``; ``field()`` works
as with ``dataclass``. A class of its own ``__eq__``, ``__repr__`` or ``__hash__`` keeps it, as
``dataclass`` would.
"""

from __future__ import annotations

import dataclasses
import inspect
import operator
import reprlib
import sys
from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform, overload

_T = TypeVar("_T")
_ORDER: tuple[tuple[str, Callable[[Any, Any], Any]], ...] = (
    ("__lt__", operator.lt),
    ("__le__", operator.le),
    ("__gt__", operator.gt),
    ("__ge__", operator.ge),
)


@overload
def record(cls: type[_T], /) -> type[_T]: ...


@overload
def record(*, kw_only: bool = False, order: bool = False) -> Callable[[type[_T]], type[_T]]: ...


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field, dataclasses.Field))
def record(
    cls: type[_T] | None = None, /, *, kw_only: bool = False, order: bool = False
) -> type[_T] | Callable[[type[_T]], type[_T]]:
    """The class as ``@dataclass(frozen=True, kw_only=kw_only, order=order)`` would make it."""

    def wrap(cls: type[_T]) -> type[_T]:
        return _make(cls, kw_only, order)

    return wrap if cls is None else wrap(cls)


def _make(cls: type[_T], kw_only: bool, order: bool) -> type[_T]:
    own = dict(cls.__dict__)
    for name in ("__setattr__", "__delattr__"):
        if name in own:
            raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")
    had_doc = bool(own.get("__doc__"))
    if not had_doc:
        cls.__doc__ = cls.__name__  # not worked out twice: set below, from the real __init__
    class_hash = own.get("__hash__", dataclasses.MISSING)
    explicit_hash = not (
        class_hash is dataclasses.MISSING or (class_hash is None and "__eq__" in own)
    )
    frozen_base = any(
        getattr(getattr(base, "__dataclass_params__", None), "frozen", False)
        for base in cls.__mro__[1:]
    )
    # The fields, their defaults and the dataclass marks; no method made (for a subclass of
    # a frozen dataclass, dataclasses insist on making __setattr__ and __delattr__ themselves).
    dataclasses.dataclass(
        cls, init=False, repr=False, eq=False, frozen=frozen_base, kw_only=kw_only
    )
    every: Any = cls.__dataclass_fields__.values()  # type: ignore[attr-defined]
    if any(f._field_type is dataclasses._FIELD_INITVAR for f in every):  # type: ignore[attr-defined]
        raise TypeError(f"{cls.__name__}: an InitVar needs @dataclass, not @record")
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    made: dict[str, Callable[..., Any]] = {}
    if "__init__" not in own:
        made["__init__"] = _init(cls, list(fields), hasattr(cls, "__post_init__"))
    if "__repr__" not in own:
        made["__repr__"] = _repr(cls, tuple(f.name for f in fields if f.repr))
    compared = _getter(tuple(f.name for f in fields if f.compare))
    if "__eq__" not in own:
        made["__eq__"] = _eq(cls, compared)
    if order:
        for name, op in _ORDER:
            if name in own:
                raise TypeError(
                    f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                    "Consider using functools.total_ordering"
                )
            made[name] = _compare(cls, name, op, compared)
    if not frozen_base:
        names = tuple(f.name for f in fields)
        made["__setattr__"] = _setattr(cls, names)
        made["__delattr__"] = _delattr(cls, names)
    if not explicit_hash:
        made["__hash__"] = _hash(cls, compared)
    for name, method in made.items():
        setattr(cls, name, method)
    params = cls.__dataclass_params__  # type: ignore[attr-defined]
    params.init = params.repr = params.eq = params.frozen = True
    params.order = order
    if not had_doc:
        try:
            signature = str(inspect.signature(cls)).replace(" -> None", "")
        except (TypeError, ValueError):
            signature = ""
        cls.__doc__ = cls.__name__ + signature
    return cls


def _getter(names: tuple[str, ...]) -> Callable[[object], tuple[Any, ...]]:
    """A function giving an instance's values of ``names`` as a tuple."""
    if not names:
        return lambda obj: ()
    if len(names) == 1:
        one = operator.attrgetter(names[0])
        return lambda obj: (one(obj),)
    return operator.attrgetter(*names)


def _qualify(cls: type, fn: Callable[..., Any]) -> Callable[..., Any]:
    fn.__qualname__ = f"{cls.__qualname__}.{fn.__name__}"
    return fn


def _init(cls: type, fields: list[dataclasses.Field[Any]], post_init: bool) -> Callable[..., None]:
    """``__init__``, from the same source ``dataclass`` writes for a frozen class."""
    fields = [f for f in fields if f._field_type is dataclasses._FIELD]  # type: ignore[attr-defined]
    positional = [f for f in fields if f.init and not f.kw_only]
    keyword = [f for f in fields if f.init and f.kw_only]
    seen_default = False
    for f in positional:
        if not (f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING):
            seen_default = True
        elif seen_default:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
    self_name = "__dataclass_self__" if any(f.name == "self" for f in fields) else "self"
    names: dict[str, Any] = {f"_type_{f.name}": f.type for f in fields}
    names["MISSING"] = dataclasses.MISSING
    names["_HAS_DEFAULT_FACTORY"] = dataclasses._HAS_DEFAULT_FACTORY  # type: ignore[attr-defined]
    names["__dataclass_builtins_object__"] = object
    params = [
        self_name,
        *map(_param, positional),
        *(["*"] if keyword else []),
        *map(_param, keyword),
    ]
    body = []
    for f in fields:
        if f.default_factory is not dataclasses.MISSING:
            names[f"_dflt_{f.name}"] = f.default_factory
            value = f"_dflt_{f.name}()"
            if f.init:
                value += f" if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}"
        elif f.init:
            if f.default is not dataclasses.MISSING:
                names[f"_dflt_{f.name}"] = f.default
            value = f.name
        else:
            continue  # its default is the class attribute
        body.append(f"__dataclass_builtins_object__.__setattr__({self_name},{f.name!r},{value})")
    if post_init:
        body.append(f"{self_name}.__post_init__()")
    names["_return_type"] = None
    text = "\n".join(f"  {line}" for line in body or ["pass"])
    source = (
        f"def __create_fn__({', '.join(names)}):\n"
        f" def __init__({','.join(params)})->_return_type:\n{text}\n return __init__"
    )
    module = sys.modules.get(cls.__module__)
    scope: dict[str, Any] = {}
    code = compile(source, "<string>", "exec", dont_inherit=True)  # not this module's __future__
    exec(code, vars(module) if module else {}, scope)  # as dataclasses do: the module's globals
    return _qualify(cls, scope["__create_fn__"](**names))


def _param(f: dataclasses.Field[Any]) -> str:
    if f.default is not dataclasses.MISSING:
        return f"{f.name}:_type_{f.name}=_dflt_{f.name}"
    if f.default_factory is not dataclasses.MISSING:
        return f"{f.name}:_type_{f.name}=_HAS_DEFAULT_FACTORY"
    return f"{f.name}:_type_{f.name}"


def _repr(cls: type, names: tuple[str, ...]) -> Callable[[object], str]:
    @reprlib.recursive_repr()
    def __repr__(self: object) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{self.__class__.__qualname__}({inner})"

    return _qualify(cls, __repr__)


def _eq(cls: type, values: Callable[[object], tuple[Any, ...]]) -> Callable[[object, object], Any]:
    def __eq__(self: object, other: object) -> Any:
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented

    return _qualify(cls, __eq__)


def _compare(
    cls: type, name: str, op: Callable[[Any, Any], Any], values: Callable[[object], tuple[Any, ...]]
) -> Callable[[object, object], Any]:
    def compare(self: object, other: object) -> Any:
        if other.__class__ is self.__class__:
            return op(values(self), values(other))
        return NotImplemented

    compare.__name__ = name
    return _qualify(cls, compare)


def _hash(cls: type, values: Callable[[object], tuple[Any, ...]]) -> Callable[[object], int]:
    def __hash__(self: object) -> int:
        return hash(values(self))

    return _qualify(cls, __hash__)


def _setattr(cls: type, names: tuple[str, ...]) -> Callable[[object, str, object], None]:
    def __setattr__(self: object, name: str, value: object) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)  # type: ignore[arg-type]

    return _qualify(cls, __setattr__)


def _delattr(cls: type, names: tuple[str, ...]) -> Callable[[object, str], None]:
    def __delattr__(self: object, name: str) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)  # type: ignore[arg-type]

    return _qualify(cls, __delattr__)
