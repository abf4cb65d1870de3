"""The fast decoding path: one generated structuring function per model class.

cattrs' generated functions call a hook per value (a Python call for every string),
build a dict of the optional arguments, compute a set of unknown keys and then call
the attrs ``__init__``, which runs each validator as another call. For valid input
all of that is overhead. The functions generated below do the same checks inline:
type checks on the JSON values, the enum table lookups, each field's rule (the
expression :meth:`~asean_coop.model._checks.Rule.inline` gives, which is the expression
the rule itself evaluates), a key count instead of a key set, then set the slots of the
new object and run ``__attrs_post_init__``: what the attrs ``__init__`` does. Rules are
always checked here, whatever ``attrs.validators.set_disabled`` says.

They accept exactly what the cattrs functions and ``__init__`` accept and build equal
objects (tests/test_fast_path.py checks that against the detailed converter); any
problem just raises ``_Invalid`` and the detailed converter, which does not use any
of this, says what and where. A class using an attrs feature this does not
reproduce (converters, ``__attrs_pre_init__``, a hand-written ``__init__``,
``Factory(takes_self=True)``...) keeps the cattrs function.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

from ..model import PartialDate
from ..model._checks import rule_of
from ..model._classes import compile_function, field_types
from ..model._dates import read_iso
from ._hooks import (
    EnumHook,
    is_homogeneous_tuple,
    is_optional,
    leaf_hook,
    not_none,
    structure_bool,
    structure_date,
    structure_int,
    structure_number,
    structure_str,
)

if TYPE_CHECKING:
    import cattrs

__all__ = ["Inliner"]


class _Invalid(Exception):
    """The fast path met a problem; the detailed pass finds and describes it."""


_RAISE = ": raise _Invalid"


# Hooks whose test is inlined, as "this value has the wrong type" expressions.
_TYPE_CHECKS: dict[object, str] = {
    structure_str: "type({v}) is not str",
    structure_int: "type({v}) is not int",
    structure_bool: "type({v}) is not bool",
    structure_number: "type({v}) is not int and type({v}) is not float",
}
_ONLY: dict[object, str] = {structure_str: "_only_str", structure_int: "_only_int"}


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


class Inliner:
    """Makes the fast structuring functions of the model classes.

    The leaf types are read from :func:`~.hooks.leaf_hook`, with no converter: a
    document of model classes is structured without cattrs (which is imported, and
    the converter made, only for a type that is not one of those, for cattrs' own
    function of a value that is not a dict, and by the detailed pass).

    Args:
        converter: The converter whose hooks serve for other types, made on first use.
    """

    def __init__(self, converter: Callable[[], cattrs.Converter]) -> None:
        self._converter = converter
        self._made: dict[type, Callable[..., Any] | None] = {}
        self._fallbacks: dict[type, Callable[[Any, Any], Any]] = {}
        self._building: set[type] = set()

    def structure(self, value: Any, cls: type) -> Any:
        """Structure ``value`` as a ``cls``, as the converter's own ``structure`` does.

        Raises:
            Exception: Any, on any problem (the detailed pass says what and where).
        """
        fast = self._function(cls) if attrs.has(cls) and cls is not PartialDate else None
        if fast is None:
            return self._converter().structure(value, cls)
        return fast(value)

    def hook(self, cls: type) -> Callable[[Any, Any], Any]:
        """The converter's hook for ``cls``."""
        fallback = self._fallback(cls)
        fast = self._function(cls)
        if fast is None:
            return fallback

        def structure(value: Any, _: Any) -> Any:
            return fast(value)

        return structure

    def _fallback(self, cls: type) -> Callable[[Any, Any], Any]:
        """cattrs' own function, made on first use (for values that are not dicts)."""
        if cls in self._fallbacks:
            return self._fallbacks[cls]
        made: list[Callable[[Any, Any], Any]] = []

        def structure(value: Any, _: Any) -> Any:
            if not made:
                from cattrs.gen import make_dict_structure_fn

                made.append(
                    make_dict_structure_fn(
                        cls,
                        self._converter(),
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
        types = field_types(cls)
        g: dict[str, Any] = {
            "_cl": cls,
            "_new": object.__new__,
            "_Invalid": _Invalid,
            "_fallback": self._fallback(cls),
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
            optional = is_optional(types[a.name])
            value_type = not_none(types[a.name]) if optional else types[a.name]
            body = self._value(v, value_type, g, f"{i}")
            checked = self._validator(v, a, g)
            if checked and len(body) == 1 and checked.startswith(body[0][: -len(_RAISE)] + " or "):
                body = []  # the rule's expression makes the same type test first
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
        name = f"structure_{cls.__name__}"
        return compile_function(source, name, g, what="fast structure", owner=cls)

    def _validator(self, v: str, a: attrs.Attribute[Any], g: dict[str, Any]) -> str:
        """The inlined check of the rule of ``a``, if any: the rule's own expression."""
        rule = rule_of(a)
        return "" if rule is None else f"if {rule.inline(v, g)}{_RAISE}"

    def _hook_of(self, t: Any) -> Any:
        hook = leaf_hook(t)
        if hook is not None or is_optional(t) or is_homogeneous_tuple(t) or attrs.has(t):
            return hook  # the converter's own hook for it, or handled here
        try:
            return self._converter().get_structure_hook(t)
        except Exception:  # noqa: BLE001 - no hook: the value is handled generically
            return None

    def _value(self, v: str, t: Any, g: dict[str, Any], key: str) -> list[str]:
        """Lines that check the JSON value in ``v`` and replace it with the model value."""
        if is_optional(t):
            body = self._value(v, not_none(t), g, key)
            return [f"if {v} is not None:", *(f"  {line}" for line in body)] if body else []
        hook = self._hook_of(t)
        if hook in _TYPE_CHECKS:
            return [f"if {_TYPE_CHECKS[hook].format(v=v)}{_RAISE}"]
        if isinstance(hook, EnumHook):
            g[f"_enum{key}"] = hook.by_value
            return [
                f"if type({v}) is not str: raise _Invalid",
                f"{v} = _enum{key}.get({v})",
                f"if {v} is None: raise _Invalid",
            ]
        if hook is structure_date:
            g["_read_iso"] = read_iso
            return [
                f"if type({v}) is not str: raise _Invalid",
                f"{v} = _read_iso({v})",
                f"if type({v}) is str: raise _Invalid",
            ]
        if is_homogeneous_tuple(t):
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
        conv = self._converter()
        if t in self._building:
            return conv.structure
        hook: Callable[[Any, Any], Any] = conv.get_structure_hook(t)
        return hook
