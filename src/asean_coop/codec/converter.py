"""The private cattrs converter: strict structuring, compact unstructuring.

:func:`make_converter` is the one place converters are made. The fast converter
(``detailed=False``) decodes valid documents through the generated functions of
:mod:`.fastpath`; the detailed one is used only when something is wrong, to find every
problem with its path.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from typing import Any

import attrs
import cattrs
from cattrs.errors import IterableValidationError, IterableValidationNote
from cattrs.fns import identity
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from ..model import PartialDate
from .fastpath import Inliner
from .hooks import (
    EnumHook,
    enum_value,
    is_homogeneous_tuple,
    is_optional,
    model_enums,
    structure_bool,
    structure_date,
    structure_int,
    structure_number,
    structure_str,
    wrong_type,
)

__all__ = ["make_converter"]


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
    conv.register_structure_hook(str, structure_str)
    conv.register_structure_hook(int, structure_int)
    conv.register_structure_hook(bool, structure_bool)
    conv.register_structure_hook(float, structure_number)
    for enum_class in model_enums():
        conv.register_structure_hook(enum_class, EnumHook(enum_class))
        conv.register_unstructure_hook(enum_class, enum_value)
    conv.register_structure_hook_func(lambda t: t == int | float, structure_number)
    conv.register_structure_hook_func(lambda t: t is PartialDate, structure_date)
    conv.register_structure_hook_factory(is_optional, lambda t: _optional_hook(conv, t))
    conv.register_structure_hook_factory(
        is_homogeneous_tuple, lambda t: _tuple_hook(conv, t, detailed)
    )
    if detailed:
        conv.register_structure_hook_factory(
            lambda t: attrs.has(t) and t is not PartialDate,
            lambda t: _class_hook(conv, t, detailed),
        )
    else:
        inliner = Inliner(conv)
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
    for enum_class in model_enums():
        values = {member: member.value for member in enum_class}
        conv.register_unstructure_hook(enum_class, values.__getitem__)
    conv.register_unstructure_hook_func(lambda t: t == int | float, identity)
    conv.register_unstructure_hook_factory(is_optional, lambda t: _optional_unstructure(conv, t))
    conv.register_unstructure_hook_factory(
        is_homogeneous_tuple, lambda t: _tuple_unstructure(conv, t)
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
            raise wrong_type(value, "an array")
        return tuple([inner_hook(item, inner) for item in value])

    def slow(value: Any, _: Any) -> tuple[Any, ...]:
        if type(value) is not list and type(value) is not tuple:
            raise wrong_type(value, "an array")
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
            raise wrong_type(value, f"an object ({name})")
        return generated(value, t)

    return structure
