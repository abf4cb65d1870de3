"""The private cattrs converter: strict structuring, compact unstructuring.

:func:`make_converter` is the one place converters are made. The fast converter
(``detailed=False``) decodes valid documents; the detailed one is used only when
something is wrong, to find every problem with its path.
"""

from __future__ import annotations

import enum
import linecache
import math
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs
import cattrs
from cattrs.errors import IterableValidationError, IterableValidationNote
from cattrs.fns import identity
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from .. import model
from ..model import PartialDate, _checks

__all__ = ["WrongTypeError", "json_type_name", "make_converter"]


class WrongTypeError(TypeError):
    """A value of the wrong JSON type (or a bad enum value) met while structuring."""


def json_type_name(value: object) -> str:
    """Name the JSON type of a decoded value, for error messages.

    Args:
        value: A value produced by :func:`json.loads` (or anything else).

    Returns:
        ``"null"``, ``"true"``, ``"a number"``, ``"a string"``, ``"an array"``...
    """
    if value is None:
        return "null"
    if value is True or value is False:
        return str(value).lower()
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (list, tuple)):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _show(value: object) -> str:
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = repr(value)
        return text if len(text) <= 60 else text[:57] + "..."
    return json_type_name(value)


def _wrong(value: object, expected: str) -> WrongTypeError:
    return WrongTypeError(f"expected {expected}, got {_show(value)}")


def _structure_str(value: Any, _: type) -> str:
    if type(value) is str:
        return value
    raise _wrong(value, "a string")


def _structure_int(value: Any, _: type) -> int:
    if type(value) is int:
        return value
    raise _wrong(value, "an integer")


def _structure_bool(value: Any, _: type) -> bool:
    if type(value) is bool:
        return value
    raise _wrong(value, "true or false")


def _structure_number(value: Any, _: type) -> int | float:
    if type(value) is int or type(value) is float:
        return value  # type: ignore[no-any-return,unused-ignore]
    raise _wrong(value, "a number")


def _structure_date(value: Any, _: type) -> PartialDate:
    if type(value) is not str:
        raise _wrong(value, "an ISO date string")
    return PartialDate.from_iso(value)


def _is_homogeneous_tuple(t: Any) -> bool:
    args = typing.get_args(t)
    return typing.get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_optional(t: Any) -> bool:
    args = typing.get_args(t)
    return len(args) == 2 and type(None) in args and t != int | float


def _model_enums() -> list[type[enum.Enum]]:
    return [
        item
        for item in (getattr(model, name) for name in model.__all__)
        if isinstance(item, type) and issubclass(item, enum.Enum)
    ]


class _EnumHook:
    """Structures an enum from its string value (the fast path inlines ``by_value``)."""

    __slots__ = ("by_value", "choices")

    def __init__(self, t: type[enum.Enum]) -> None:
        self.by_value: dict[Any, enum.Enum] = {m.value: m for m in t}
        self.choices = ", ".join(str(v) for v in self.by_value)

    def __call__(self, value: Any, _: Any) -> enum.Enum:
        if type(value) is str:
            member = self.by_value.get(value)
            if member is not None:
                return member
        raise WrongTypeError(f"{_show(value)} is not one of: {self.choices}")


def _enum_hook(t: type[enum.Enum]) -> Callable[[Any, Any], Any]:
    return _EnumHook(t)


def _enum_value(member: enum.Enum) -> Any:
    return member.value


def make_converter(*, detailed: bool = False) -> cattrs.Converter:
    """Make the library's converter.

    Args:
        detailed: If true, structuring collects every problem with its path (slower);
            if false, it stops at the first problem (fast path for valid input).

    Returns:
        A new converter, never cattrs' global one.
    """
    conv = cattrs.Converter(omit_if_default=True, forbid_extra_keys=True)
    # Class-registered hooks win over predicate hooks in cattrs, and a hook for
    # ``str`` also captures ``(str, Enum)`` enums: so primitives are registered by
    # class, then every enum of the model again, by class.
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(float, _structure_number)
    for enum_class in _model_enums():
        conv.register_structure_hook(enum_class, _enum_hook(enum_class))
        conv.register_unstructure_hook(enum_class, _enum_value)
    conv.register_structure_hook_func(lambda t: t == int | float, _structure_number)
    conv.register_structure_hook_func(lambda t: t is PartialDate, _structure_date)
    conv.register_structure_hook_factory(_is_optional, lambda t: _optional_hook(conv, t))
    conv.register_structure_hook_factory(
        _is_homogeneous_tuple, lambda t: _tuple_hook(conv, t, detailed)
    )
    if detailed:
        conv.register_structure_hook_factory(
            lambda t: attrs.has(t) and t is not PartialDate,
            lambda t: _class_hook(conv, t, detailed),
        )
    else:
        inliner = _Inliner(conv)
        conv.register_structure_hook_factory(
            lambda t: attrs.has(t) and t is not PartialDate, inliner.hook
        )
    conv.register_unstructure_hook(PartialDate, PartialDate.isoformat)
    conv.register_unstructure_hook_factory(
        lambda t: attrs.has(t) and t is not PartialDate,
        lambda t: make_dict_unstructure_fn(t, conv, _cattrs_omit_if_default=True),
    )
    if not detailed:
        _register_fast_unstructure(conv)
    return conv


def _register_fast_unstructure(conv: cattrs.Converter) -> None:
    """Unstructuring hooks that make the same data as cattrs' own, with fewer calls.

    Enum values come from a dict (``member.value`` is a Python-level property), numbers
    and optional strings are passed through (so that the generated functions read the
    attribute directly), tuples become lists by a list comprehension or ``list``. The
    detailed converter keeps cattrs' own hooks: tests compare the two.
    """
    for enum_class in _model_enums():
        values = {member: member.value for member in enum_class}
        conv.register_unstructure_hook(enum_class, values.__getitem__)
    conv.register_unstructure_hook_func(lambda t: t == int | float, identity)
    conv.register_unstructure_hook_factory(_is_optional, lambda t: _optional_unstructure(conv, t))
    conv.register_unstructure_hook_factory(
        _is_homogeneous_tuple, lambda t: _tuple_unstructure(conv, t)
    )


def _optional_unstructure(conv: cattrs.Converter, t: Any) -> Callable[[Any], Any]:
    inner = next(a for a in typing.get_args(t) if a is not type(None))
    hook = conv.get_unstructure_hook(inner)
    if hook is identity:
        return identity

    def unstructure(value: Any) -> Any:
        return None if value is None else hook(value)

    return unstructure


def _tuple_unstructure(conv: cattrs.Converter, t: Any) -> Callable[[Any], Any]:
    hook = conv.get_unstructure_hook(typing.get_args(t)[0])
    if hook is identity:
        return list

    def unstructure(value: Any) -> list[Any]:
        return [hook(item) for item in value]

    return unstructure


def _optional_hook(conv: cattrs.Converter, t: Any) -> Callable[[Any, Any], Any]:
    inner = next(a for a in typing.get_args(t) if a is not type(None))
    inner_hook = conv.get_structure_hook(inner)

    def structure(value: Any, _: Any) -> Any:
        return None if value is None else inner_hook(value, inner)

    return structure


def _tuple_hook(conv: cattrs.Converter, t: Any, detailed: bool) -> Callable[[Any, Any], Any]:
    inner = typing.get_args(t)[0]
    inner_hook = conv.get_structure_hook(inner)

    def fast(value: Any, _: Any) -> tuple[Any, ...]:
        if type(value) is not list and type(value) is not tuple:
            raise _wrong(value, "an array")
        return tuple([inner_hook(item, inner) for item in value])

    def slow(value: Any, _: Any) -> tuple[Any, ...]:
        if type(value) is not list and type(value) is not tuple:
            raise _wrong(value, "an array")
        out: list[Any] = []
        errors: list[Exception] = []
        for index, item in enumerate(value):
            try:
                out.append(inner_hook(item, inner))
            except Exception as exc:  # noqa: BLE001 - every problem is collected
                exc.__notes__ = [  # type: ignore[attr-defined,unused-ignore]
                    *getattr(exc, "__notes__", []),
                    IterableValidationNote(f"Structuring {t} @ index {index}", index, inner),
                ]
                errors.append(exc)
        if errors:
            raise IterableValidationError(f"While structuring {t!r}", errors, t)
        return tuple(out)

    return slow if detailed else fast


def _class_hook(conv: cattrs.Converter, t: type, detailed: bool) -> Callable[[Any, Any], Any]:
    generated: Callable[[Any, Any], Any] = make_dict_structure_fn(
        t, conv, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=detailed
    )
    if not detailed:
        # The fast path only has to notice that something is wrong (a non-object
        # fails inside the generated function); the detailed pass says what.
        return generated
    name = t.__name__

    def structure(value: Any, _: Any) -> Any:
        if type(value) is not dict:
            raise _wrong(value, f"an object ({name})")
        return generated(value, t)

    return structure


def structure_problem_message(exc: BaseException) -> str:
    """The message for one leaf exception met while structuring.

    Args:
        exc: The exception.

    Returns:
        A message naming the bad value and what was expected.
    """
    if isinstance(exc, KeyError):
        return "required key missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        allowed = ", ".join(a.alias or a.name for a in attrs.fields(exc.cl) if a.init)
        extra = ", ".join(repr(k) for k in sorted(exc.extra_fields))
        return f"unknown key {extra}; expected only: {allowed}"
    if isinstance(exc, WrongTypeError):
        return str(exc)
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return f"invalid value ({type(exc).__name__}: {exc})"


# --- the fast path: one generated function per model class -----------------------------
#
# cattrs' generated functions call a hook per value (a Python call for every string),
# build a dict of the optional arguments, compute a set of unknown keys and then call
# the attrs ``__init__``, which runs each validator as another call. For valid input
# all of that is overhead. The functions generated below do the same checks inline:
# type checks on the JSON values, the enum table lookups, the validators the model
# uses (``check_text``, ``check_slug``, ``check_country_code``, ``check_finite``, the
# exact same conditions), a key count instead of a key set, then set the slots of the
# new object and run ``__attrs_post_init__``: what the attrs ``__init__`` does.
#
# They accept exactly what the cattrs functions and ``__init__`` accept and build equal
# objects (tests/test_fast_path.py checks that against the detailed converter); any
# problem just raises ``_Invalid`` and the detailed converter, which does not use any
# of this, says what and where. A class using an attrs feature this does not
# reproduce (converters, ``__attrs_pre_init__``, a hand-written ``__init__``,
# ``Factory(takes_self=True)``...) keeps the cattrs function.


class _Invalid(Exception):
    """The fast path met a problem; the detailed pass finds and describes it."""


# Validators whose condition is inlined, as "this string value is bad" expressions.
# They must stay the exact negation of the validators in model/_checks.py.
_STR_CHECKS: dict[object, str] = {
    _checks.check_text: "not {v}.strip()",
    _checks.check_slug: "_slug({v}) is None",
    _checks.check_country_code: "_country({v}) is None",
}
# The validators above that let None through (the others reject it: on an optional
# field they are called, not inlined).
_NONE_PASSES = (_checks.check_text, _checks.check_country_code)
# Hooks whose test is inlined, as "this value has the wrong type" expressions.
_TYPE_CHECKS: dict[object, str] = {
    _structure_str: "type({v}) is not str",
    _structure_int: "type({v}) is not int",
    _structure_bool: "type({v}) is not bool",
    _structure_number: "type({v}) is not int and type({v}) is not float",
}
_ONLY: dict[object, str] = {_structure_str: "_only_str", _structure_int: "_only_int"}


def _not_none(t: Any) -> Any:
    """The type an optional type allows besides None."""
    return next(x for x in typing.get_args(t) if x is not type(None))


def _slot_setter(cls: type, name: str) -> Callable[[Any, Any], None] | None:
    for klass in cls.__mro__:
        if name in klass.__dict__:
            slot = klass.__dict__[name]
            return slot.__set__ if isinstance(slot, types.MemberDescriptorType) else None
    return None


def _inlinable(cls: type) -> bool:
    init = cls.__dict__.get("__init__")
    code = getattr(init, "__code__", None)
    if (
        code is None
        or not code.co_filename.startswith("<attrs generated")
        or typing.cast(object, cls.__new__) is not object.__new__
        or hasattr(cls, "__attrs_pre_init__")
    ):
        return False
    for a in attrs.fields(cls):
        if a.converter is not None or _slot_setter(cls, a.name) is None:
            return False
        if isinstance(a.default, attrs.Factory) and a.default.takes_self:  # type: ignore[arg-type]
            return False
        if not a.init and a.validator is not None:
            return False
    return True


class _Inliner:
    """Makes the fast structuring hooks of a converter's model classes."""

    def __init__(self, conv: cattrs.Converter) -> None:
        self._conv = conv
        self._made: dict[type, Callable[..., Any] | None] = {}
        self._fallbacks: dict[type, Callable[[Any, Any], Any]] = {}
        self._building: set[type] = set()

    def hook(self, cls: type) -> Callable[[Any, Any], Any]:
        """The converter's hook for ``cls``."""
        fallback = self._fallback(cls)
        fast = self._function(cls)
        if fast is None:
            return fallback

        def structure(value: Any, _: Any) -> Any:
            if attrs.validators.get_disabled():  # as __init__ would, skip the validators
                return fallback(value, cls)
            return fast(value)

        return structure

    def _fallback(self, cls: type) -> Callable[[Any, Any], Any]:
        """cattrs' own function, made on first use (for values that are not dicts)."""
        if cls in self._fallbacks:
            return self._fallbacks[cls]
        made: list[Callable[[Any, Any], Any]] = []

        def structure(value: Any, _: Any) -> Any:
            if not made:
                made.append(
                    make_dict_structure_fn(
                        cls,
                        self._conv,
                        _cattrs_forbid_extra_keys=True,
                        _cattrs_detailed_validation=False,
                    )
                )
            return made[0](value, cls)

        self._fallbacks[cls] = structure
        return structure

    def _function(self, cls: type) -> Callable[..., Any] | None:
        if cls not in self._made:
            if cls in self._building:  # a class that holds itself: go through the converter
                return None
            self._building.add(cls)
            try:
                self._made[cls] = self._compile(cls) if _inlinable(cls) else None
            finally:
                self._building.discard(cls)
        return self._made[cls]

    def _compile(self, cls: type) -> Callable[..., Any]:
        attrs.resolve_types(cls)
        g: dict[str, Any] = {
            "_cl": cls,
            "_new": object.__new__,
            "_Invalid": _Invalid,
            "_fallback": self._fallback(cls),
            "_slug": _checks.SLUG.fullmatch,
            "_country": _checks.COUNTRY_CODE.fullmatch,
            "_isfinite": math.isfinite,
            "_only_str": frozenset({str}),
            "_only_int": frozenset({int}),
        }
        fields = attrs.fields(cls)
        required = sum(1 for a in fields if a.init and a.default is attrs.NOTHING)
        lines = [
            f"def structure_{cls.__name__}(o, _=None):",
            "  if type(o) is not dict:",
            "    return _fallback(o, _cl)",
            f"  n = {required}",
        ]
        after: list[str] = []
        for i, a in enumerate(fields):
            v = f"v{i}"
            g[f"_set{i}"] = _slot_setter(cls, a.name)
            after.append(f"  _set{i}(self, {v})")
            if not a.init:
                if isinstance(a.default, attrs.Factory):  # type: ignore[arg-type]
                    g[f"_factory{i}"] = a.default.factory
                    lines.append(f"  {v} = _factory{i}()")
                elif a.default is attrs.NOTHING:
                    after.pop()
                else:
                    g[f"_default{i}"] = a.default
                    lines.append(f"  {v} = _default{i}")
                continue
            optional = _is_optional(a.type)
            value_type = _not_none(a.type) if optional else a.type
            body = self._value(v, value_type, g, f"{i}")
            checked = self._validator(v, a, value_type, optional, g, i, after)
            body += [checked] if checked else []
            if optional and body:
                body = [f"if {v} is not None:", *(f"  {line}" for line in body)]
            if a.default is attrs.NOTHING:
                lines.append(f"  {v} = o[{a.name!r}]")
                lines.extend(f"  {line}" for line in body)
            else:
                lines += [f"  if {a.name!r} in o:", "    n += 1", f"    {v} = o[{a.name!r}]"]
                lines.extend(f"    {line}" for line in body)
                lines.append("  else:")
                if isinstance(a.default, attrs.Factory):  # type: ignore[arg-type]
                    g[f"_factory{i}"] = a.default.factory
                    lines.append(f"    {v} = _factory{i}()")
                else:
                    g[f"_default{i}"] = a.default
                    lines.append(f"    {v} = _default{i}")
        lines += ["  if n != len(o):", "    raise _Invalid", "  self = _new(_cl)", *after]
        if hasattr(cls, "__attrs_post_init__"):
            lines.append("  self.__attrs_post_init__()")
        lines.append("  return self")
        source = "\n".join(lines) + "\n"
        filename = f"<asean_coop fast structure {cls.__module__}.{cls.__qualname__}>"
        exec(compile(source, filename, "exec"), g)
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        function: Callable[..., Any] = g[f"structure_{cls.__name__}"]
        return function

    def _validator(
        self,
        v: str,
        a: attrs.Attribute[Any],
        value_type: Any,
        optional: bool,
        g: dict[str, Any],
        i: int,
        after: list[str],
    ) -> str:
        """The inlined check of the validator of ``a``, if any ("" if none or called).

        ``value_type`` is the field's type without None; for an optional field the
        inlined check only runs on a value that is not None, so only validators that
        let None through are inlined there.
        """
        if a.validator is None:
            return ""
        if optional and a.validator not in _NONE_PASSES:
            return self._call_validator(v, a, g, i, after)
        template = _STR_CHECKS.get(a.validator)
        if template is not None and self._hook_of(value_type) is _structure_str:
            return f"if {template.format(v=v)}: raise _Invalid"
        if a.validator is _checks.check_finite and value_type == int | float:
            return f"if type({v}) is float and not _isfinite({v}): raise _Invalid"
        return self._call_validator(v, a, g, i, after)

    def _call_validator(
        self, v: str, a: attrs.Attribute[Any], g: dict[str, Any], i: int, after: list[str]
    ) -> str:
        """Call the validator as attrs calls it, once the object is built."""
        g[f"_validator{i}"] = a.validator
        g[f"_attribute{i}"] = a
        after.append(f"  _validator{i}(self, _attribute{i}, {v})")
        return ""

    def _hook_of(self, t: Any) -> Any:
        try:
            return self._conv.get_structure_hook(t)
        except Exception:  # noqa: BLE001 - no hook: the value is handled generically
            return None

    def _value(self, v: str, t: Any, g: dict[str, Any], key: str) -> list[str]:
        """Lines that check the JSON value in ``v`` and replace it with the model value."""
        if _is_optional(t):
            body = self._value(v, _not_none(t), g, key)
            return [f"if {v} is not None:", *(f"  {line}" for line in body)] if body else []
        hook = self._hook_of(t)
        if hook in _TYPE_CHECKS:
            return [f"if {_TYPE_CHECKS[hook].format(v=v)}: raise _Invalid"]
        if isinstance(hook, _EnumHook):
            g[f"_enum{key}"] = hook.by_value
            return [
                f"if type({v}) is not str: raise _Invalid",
                f"{v} = _enum{key}.get({v})",
                f"if {v} is None: raise _Invalid",
            ]
        if hook is _structure_date:
            g["_from_iso"] = PartialDate.from_iso
            return [f"if type({v}) is not str: raise _Invalid", f"{v} = _from_iso({v})"]
        if _is_homogeneous_tuple(t):
            item = typing.get_args(t)[0]
            lines = [f"if type({v}) is not list and type({v}) is not tuple: raise _Invalid"]
            item_hook = self._hook_of(item)
            fast = self._function(item) if attrs.has(item) and item is not PartialDate else None
            if item_hook in _ONLY:
                only = _ONLY[item_hook]
                lines += [
                    f"{v} = tuple({v})",
                    f"if {v} and not {only}.issuperset(map(type, {v})): raise _Invalid",
                ]
            elif fast is not None:
                g[f"_structure{key}"] = fast
                lines.append(f"{v} = tuple(map(_structure{key}, {v}))")
            else:
                g[f"_hook{key}"], g[f"_type{key}"] = self._lazy_hook(item), item
                lines.append(f"{v} = tuple([_hook{key}(x, _type{key}) for x in {v}])")
            return lines
        fast = self._function(t) if attrs.has(t) and t is not PartialDate else None
        if fast is not None:
            g[f"_structure{key}"] = fast
            return [f"{v} = _structure{key}({v})"]
        g[f"_hook{key}"], g[f"_type{key}"] = self._lazy_hook(t), t
        return [f"{v} = _hook{key}({v}, _type{key})"]

    def _lazy_hook(self, t: Any) -> Callable[[Any, Any], Any]:
        if t in self._building:
            return self._conv.structure
        hook: Callable[[Any, Any], Any] = self._conv.get_structure_hook(t)
        return hook
