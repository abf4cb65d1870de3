"""The private cattrs converter: strict structuring, compact unstructuring.

:func:`make_converter` is the one place converters are made. The fast converter
(``detailed=False``) decodes valid documents; the detailed one is used only when
something is wrong, to find every problem with its path.
"""

from __future__ import annotations

import enum
import typing
from collections.abc import Callable
from typing import Any

import attrs
import cattrs
from cattrs.errors import IterableValidationError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from .. import model
from ..model import PartialDate

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


def _enum_hook(t: type[enum.Enum]) -> Callable[[Any, Any], Any]:
    by_value: dict[Any, enum.Enum] = {m.value: m for m in t}
    choices = ", ".join(str(v) for v in by_value)

    def structure(value: Any, _: Any) -> enum.Enum:
        if type(value) is str:
            member = by_value.get(value)
            if member is not None:
                return member
        raise WrongTypeError(f"{_show(value)} is not one of: {choices}")

    return structure


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
    conv.register_structure_hook_factory(
        lambda t: attrs.has(t) and t is not PartialDate,
        lambda t: _class_hook(conv, t, detailed),
    )
    conv.register_unstructure_hook(PartialDate, PartialDate.isoformat)
    conv.register_unstructure_hook_factory(
        lambda t: attrs.has(t) and t is not PartialDate,
        lambda t: make_dict_unstructure_fn(t, conv, _cattrs_omit_if_default=True),
    )
    return conv


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
