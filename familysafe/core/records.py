"""``record``: a frozen dataclass that is quick to define.

``@dataclass(frozen=True)`` imports ``inspect`` (through ``dataclasses``), writes the source of six
methods for each class and compiles each one when its module is imported; the command line
imports some fifty such classes before it does anything. ``@record`` makes the very same class
without importing ``dataclasses``: its fields are read from the class's annotations, only
``__init__`` is compiled (the other methods are shared functions over the field names), and
what ``dataclasses`` itself reads (``__dataclass_fields__``, ``__dataclass_params__``) is made
the first time something asks for it, so ``dataclasses.fields``, ``replace``, ``asdict`` and
``is_dataclass`` work, and a ``@dataclass`` may derive from a record. The same ``__init__``
(signature, defaults, ``__post_init__``), ``repr``, equality, hash, ordering, ``__match_args__``
and immutability as ``dataclass(frozen=True)``; tests compare every one.

Use it as ``@record``, ``@record(kw_only=True)`` or ``@record(order=True)``; ``field()`` (from
here, or ``dataclasses.field``) and ``replace()`` work as in ``dataclasses``. A class of its own
``__eq__``, ``__repr__`` or ``__hash__`` keeps it, as ``dataclass`` would. Annotations are read
as written (``from __future__ import annotations``); ``ClassVar[...]`` ones are not fields.
"""

from __future__ import annotations

import operator
import reprlib
import sys

TYPE_CHECKING = False  # not from typing, which takes 2 ms to import
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TypeVar, dataclass_transform, overload

    _T = TypeVar("_T")


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


class _Factory:
    def __repr__(self) -> str:
        return "<factory>"  # as dataclasses shows a default made by a factory


MISSING: Any = _Missing()
_HAS_DEFAULT_FACTORY: Any = _Factory()
_ORDER = (
    ("__lt__", operator.lt),
    ("__le__", operator.le),
    ("__gt__", operator.gt),
    ("__ge__", operator.ge),
)


class Field:
    """One field of a record, as ``field()`` describes it (``dataclasses.Field`` when asked)."""

    __slots__ = ("name", "type", "default", "default_factory", "init", "repr", "compare", "kw_only")

    def __init__(
        self,
        default: Any = MISSING,
        default_factory: Any = MISSING,
        init: bool = True,
        repr: bool = True,
        compare: bool = True,
        kw_only: Any = MISSING,
    ) -> None:
        if default is not MISSING and default_factory is not MISSING:
            raise ValueError("cannot specify both default and default_factory")
        self.name = ""
        self.type: Any = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare
        self.kw_only = kw_only


def field(
    *,
    default: Any = MISSING,
    default_factory: Any = MISSING,
    init: bool = True,
    repr: bool = True,
    compare: bool = True,
    kw_only: Any = MISSING,
) -> Any:
    """As ``dataclasses.field`` (without ``hash`` and ``metadata``)."""
    return Field(default, default_factory, init, repr, compare, kw_only)


def replace(obj: _T, /, **changes: Any) -> _T:
    """A copy of the record ``obj`` with ``changes``, as ``dataclasses.replace``."""
    fields = getattr(type(obj), "__record_fields__", None)
    if fields is None:
        import dataclasses

        return dataclasses.replace(obj, **changes)  # type: ignore[type-var]
    for f in fields:
        if not f.init:
            if f.name in changes:
                raise ValueError(
                    f"field {f.name} is declared with init=False, it cannot be specified with "
                    "replace()"
                )
        elif f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def _record(
    cls: type[_T] | None = None, /, *, kw_only: bool = False, order: bool = False
) -> type[_T] | Callable[[type[_T]], type[_T]]:
    """The class as ``@dataclass(frozen=True, kw_only=kw_only, order=order)`` would make it."""

    def wrap(cls: type[_T]) -> type[_T]:
        return _make(cls, kw_only, order)

    return wrap if cls is None else wrap(cls)


if TYPE_CHECKING:  # what type checkers read: overloads, and that it makes dataclasses

    @overload
    def record(cls: type[_T], /) -> type[_T]: ...

    @overload
    def record(*, kw_only: bool = False, order: bool = False) -> Callable[[type[_T]], type[_T]]: ...

    @dataclass_transform(frozen_default=True, field_specifiers=(field, Field))
    def record(
        cls: type[_T] | None = None, /, *, kw_only: bool = False, order: bool = False
    ) -> type[_T] | Callable[[type[_T]], type[_T]]: ...

else:
    record = _record


def _is_classvar(annotation: object) -> bool:
    if isinstance(annotation, str):
        head = annotation.split("[", 1)[0].strip()
        return head.rpartition(".")[2] == "ClassVar"
    typing = sys.modules.get("typing")
    return typing is not None and (
        annotation is typing.ClassVar or getattr(annotation, "__origin__", None) is typing.ClassVar
    )


def _is_initvar(annotation: object) -> bool:
    if isinstance(annotation, str):
        return annotation.split("[", 1)[0].strip().rpartition(".")[2] == "InitVar"
    return type(annotation).__name__ == "InitVar" or annotation is getattr(
        sys.modules.get("dataclasses"), "InitVar", None
    )


def _base_fields(cls: type) -> dict[str, Field]:
    """The fields ``cls`` inherits: its record or dataclass bases', farthest first."""
    fields: dict[str, Field] = {}
    for base in cls.__mro__[-1:0:-1]:
        own = base.__dict__.get("__record_fields__")
        if own is not None:
            fields.update((f.name, f) for f in own)
        elif "__dataclass_fields__" in base.__dict__:
            import dataclasses

            for f in dataclasses.fields(base):
                ours = Field(
                    _ours(f.default), _ours(f.default_factory), f.init, f.repr, f.compare, f.kw_only
                )
                ours.name, ours.type = f.name, f.type
                fields[f.name] = ours
    return fields


def _frozen_bases(cls: type) -> tuple[bool, bool]:
    """Whether ``cls`` has dataclass (or record) bases, and whether any of them is frozen."""
    found = frozen = False
    for base in cls.__mro__[1:]:
        if "__record_fields__" in base.__dict__:
            found = frozen = True
        elif "__dataclass_params__" in base.__dict__:
            found = True
            frozen = frozen or bool(base.__dict__["__dataclass_params__"].frozen)
    return found, frozen


def _make(cls: type[_T], kw_only: bool, order: bool) -> type[_T]:
    own = dict(cls.__dict__)
    for name in ("__setattr__", "__delattr__"):
        if name in own:
            raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")
    has_bases, frozen_base = _frozen_bases(cls)
    if has_bases and not frozen_base:
        raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    class_hash = own.get("__hash__", MISSING)
    explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in own))
    fields = _base_fields(cls)
    for name, annotation in own.get("__annotations__", {}).items():
        if _is_classvar(annotation):
            continue
        if _is_initvar(annotation):
            raise TypeError(f"{cls.__name__}: an InitVar needs @dataclass, not @record")
        fields[name] = _field(cls, name, annotation, own.get(name, MISSING), kw_only)
    every = tuple(fields.values())
    cls.__record_fields__ = every  # type: ignore[attr-defined]
    made: dict[str, Any] = {}
    if "__init__" not in own:
        _check_defaults(every)
        made["__init__"] = _first_init(cls, every, hasattr(cls, "__post_init__"))
        made["__signature__"] = _Signature(cls)
    if "__repr__" not in own:
        made["__repr__"] = _repr(cls, tuple(f.name for f in every if f.repr))
    compared = _getter(tuple(f.name for f in every if f.compare))
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
    names = tuple(f.name for f in every)
    made["__setattr__"] = _setattr(cls, names)
    made["__delattr__"] = _delattr(cls, names)
    if not explicit_hash:
        made["__hash__"] = _hash(cls, compared)
    if "__match_args__" not in own:
        made["__match_args__"] = tuple(f.name for f in every if f.init and not f.kw_only)
    made["__record_order__"] = order
    made["__dataclass_fields__"] = _Described(cls, "__dataclass_fields__", _dataclass_fields)
    made["__dataclass_params__"] = _Described(cls, "__dataclass_params__", _dataclass_params)
    for name, value in made.items():
        setattr(cls, name, value)
    if not own.get("__doc__"):
        cls.__doc__ = cls.__name__ + _signature_text(cls, every)
    return cls


def _field(cls: type, name: str, annotation: object, value: Any, kw_only: bool) -> Field:
    """The field ``name`` from its annotation and the class's value for it (a default, a
    ``field()``, or nothing); as with ``dataclass``, the class keeps the default as its
    attribute."""
    if isinstance(value, Field):
        f = value
    elif type(value).__name__ == "Field" and type(value).__module__ == "dataclasses":
        f = Field(
            _ours(value.default),
            _ours(value.default_factory),
            value.init,
            value.repr,
            value.compare,
            _ours(value.kw_only),
        )
    else:
        f = Field(default=value)  # MISSING when the class has no value for it
    if value is not f.default:  # a field(): the class keeps its default, or nothing
        if f.default is MISSING:
            delattr(cls, name)
        else:
            setattr(cls, name, f.default)
    if f.kw_only is MISSING:
        f.kw_only = kw_only
    if f.default.__class__.__hash__ is None:
        raise ValueError(
            f"mutable default {type(f.default)} for field {name} is not allowed: "
            "use default_factory"
        )
    f.name, f.type = name, annotation
    return f


def _ours(value: Any) -> Any:
    """``dataclasses.MISSING`` as ours."""
    return MISSING if type(value).__name__ == "_MISSING_TYPE" else value


class _Described:
    """``__dataclass_fields__`` or ``__dataclass_params__`` of a record: made (importing
    ``dataclasses``) the first time something reads it, then kept on the class."""

    def __init__(self, cls: type, name: str, make: Callable[[type], Any]) -> None:
        self._cls, self._name, self._make = cls, name, make

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        value = self._make(self._cls)
        setattr(self._cls, self._name, value)
        return value


def _dataclass_fields(cls: type) -> dict[str, Any]:
    import dataclasses

    made = {}
    for f in cls.__record_fields__:  # type: ignore[attr-defined]
        default = dataclasses.MISSING if f.default is MISSING else f.default
        factory: Any = dataclasses.MISSING if f.default_factory is MISSING else f.default_factory
        real: Any = dataclasses.field(
            default=default,
            default_factory=factory,
            init=f.init,
            repr=f.repr,
            compare=f.compare,
            kw_only=f.kw_only,
        )
        real.name, real.type = f.name, f.type
        real._field_type = dataclasses._FIELD  # type: ignore[attr-defined]  # as dataclass marks it
        made[f.name] = real
    return made


def _dataclass_params(cls: type) -> Any:
    import dataclasses

    order: bool = cls.__dict__["__record_order__"]
    # init, repr, eq, order, unsafe_hash, frozen
    return dataclasses._DataclassParams(True, True, True, order, False, True)  # type: ignore[attr-defined]


def _signature_text(cls: type, fields: tuple[Field, ...]) -> str:
    """``(x: 'int', y: 'str' = 'b', *, z: 'int' = 0)``: the ``__init__``'s signature as
    ``inspect.signature`` writes it (``dataclass`` puts it in the class's ``__doc__``)."""
    taken = [f for f in fields if f.init]
    if not all(isinstance(f.type, str) for f in taken):
        import inspect  # annotations that are not text: inspect writes them

        return str(inspect.signature(cls)).replace(" -> None", "")
    params: list[str] = []
    for f in sorted(taken, key=lambda f: f.kw_only):
        if f.kw_only and "*" not in params:
            params.append("*")
        text = f"{f.name}: {f.type!r}"
        if f.default is not MISSING:
            text += f" = {f.default!r}"
        elif f.default_factory is not MISSING:
            text += " = <factory>"
        params.append(text)
    return f"({', '.join(params)})"


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


def _check_defaults(fields: tuple[Field, ...]) -> None:
    seen_default = False
    for f in fields:
        if not f.init or f.kw_only:
            continue
        if not (f.default is MISSING and f.default_factory is MISSING):
            seen_default = True
        elif seen_default:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")


def _first_init(cls: type, fields: tuple[Field, ...], post_init: bool) -> Callable[..., None]:
    """A stand-in for ``__init__`` until the class is first used: it compiles the real one
    (:func:`_init`), puts it on the class and runs it. A command that defines fifty records and
    makes some twenty compiles only those."""

    def __init__(self: object, *args: Any, **kwargs: Any) -> None:
        _install_init(cls, fields, post_init)(self, *args, **kwargs)

    __init__.__annotations__ = {**{f.name: f.type for f in fields if f.init}, "return": None}
    __init__.__record_fields__ = (fields, post_init)  # type: ignore[attr-defined]
    return _qualify(cls, __init__)


def _install_init(cls: type, fields: tuple[Field, ...], post_init: bool) -> Callable[..., None]:
    init = cls.__dict__.get("__init__")
    if getattr(init, "__record_fields__", None) is None:
        return init  # type: ignore[return-value]  # installed already (by another thread)
    real = _init(cls, fields, post_init)
    cls.__init__ = real  # type: ignore[misc]
    if "__signature__" in cls.__dict__:
        del cls.__signature__  # type: ignore[attr-defined]  # read from the real __init__ now
    return real


class _Signature:
    """A record's ``__signature__`` while its ``__init__`` is a stand-in: ``inspect.signature``
    asks the class for it first; the real ``__init__`` is made, and its signature given."""

    def __init__(self, cls: type) -> None:
        self._cls = cls

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if owner is not self._cls or obj is not None:
            return None  # a subclass's, or an instance's: inspect goes on as usual
        init = self._cls.__dict__["__init__"]
        _install_init(self._cls, *init.__record_fields__)
        import inspect

        return inspect.signature(self._cls)


def _init(cls: type, fields: tuple[Field, ...], post_init: bool) -> Callable[..., None]:
    """``__init__``, from the same source ``dataclass`` writes for a frozen class."""
    positional = [f for f in fields if f.init and not f.kw_only]
    keyword = [f for f in fields if f.init and f.kw_only]
    self_name = "__dataclass_self__" if any(f.name == "self" for f in fields) else "self"
    names: dict[str, Any] = {f"_type_{f.name}": f.type for f in fields}
    names["MISSING"] = MISSING
    names["_HAS_DEFAULT_FACTORY"] = _HAS_DEFAULT_FACTORY
    names["__dataclass_builtins_object__"] = object
    params = [
        self_name,
        *map(_param, positional),
        *(["*"] if keyword else []),
        *map(_param, keyword),
    ]
    body = []
    for f in fields:
        if f.default_factory is not MISSING:
            names[f"_dflt_{f.name}"] = f.default_factory
            value = f"_dflt_{f.name}()"
            if f.init:
                value += f" if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}"
        elif f.init:
            if f.default is not MISSING:
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


def _param(f: Field) -> str:
    if f.default is not MISSING:
        return f"{f.name}:_type_{f.name}=_dflt_{f.name}"
    if f.default_factory is not MISSING:
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


def _frozen(message: str) -> Exception:
    from dataclasses import FrozenInstanceError  # only when something tries to change a record

    return FrozenInstanceError(message)


def _setattr(cls: type, names: tuple[str, ...]) -> Callable[[object, str, object], None]:
    def __setattr__(self: object, name: str, value: object) -> None:
        if type(self) is cls or name in names:
            raise _frozen(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)  # type: ignore[arg-type]

    return _qualify(cls, __setattr__)


def _delattr(cls: type, names: tuple[str, ...]) -> Callable[[object, str], None]:
    def __delattr__(self: object, name: str) -> None:
        if type(self) is cls or name in names:
            raise _frozen(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)  # type: ignore[arg-type]

    return _qualify(cls, __delattr__)
