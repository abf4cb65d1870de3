"""Strict structuring hooks for JSON values: exact types, enums by value, ISO dates.

Nothing here coerces: ``null``, ``123`` or ``"abc"`` where a string, a number or an
array is expected raises :class:`WrongTypeError`, whose message names the bad value.
"""

from __future__ import annotations

import enum
import functools
import typing
from typing import Any

from ..model import PartialDate
from ..model._classes import field_types
from ..model._dates import read_iso
from ..model._references import is_homogeneous_tuple, is_record

__all__ = [
    "EnumHook",
    "RefusedValueError",
    "WrongTypeError",
    "enum_hook",
    "enum_value",
    "is_homogeneous_tuple",
    "is_optional",
    "is_record",
    "json_type_name",
    "enums_of",
    "leaf_hook",
    "not_none",
    "structure_bool",
    "structure_date",
    "structure_int",
    "structure_number",
    "structure_str",
    "wrong_type",
]


class WrongTypeError(TypeError):
    """A value of the wrong JSON type (or a bad enum value) met while structuring."""


class RefusedValueError(ValueError):
    """A value of the right JSON type that the field cannot hold (a day that does not
    exist), with the message; lighter than a whole :class:`ValidationError`."""


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


def wrong_type(value: object, expected: str) -> WrongTypeError:
    return WrongTypeError(f"expected {expected}, got {_show(value)}")


def structure_str(value: Any, _: type) -> str:
    if type(value) is str:
        return value
    raise wrong_type(value, "a string")


def structure_int(value: Any, _: type) -> int:
    if type(value) is int:
        return value
    raise wrong_type(value, "an integer")


def structure_bool(value: Any, _: type) -> bool:
    if type(value) is bool:
        return value
    raise wrong_type(value, "true or false")


def structure_number(value: Any, _: type) -> int | float:
    if type(value) is int or type(value) is float:
        return value  # type: ignore[no-any-return,unused-ignore]
    raise wrong_type(value, "a number")


def structure_date(value: Any, _: type) -> PartialDate:
    if type(value) is not str:
        raise wrong_type(value, "an ISO date string")
    found = read_iso(value)
    if isinstance(found, str):
        raise RefusedValueError(found)
    return found


def is_optional(t: Any) -> bool:
    args = typing.get_args(t)
    return len(args) == 2 and type(None) in args and t != int | float


def enums_of(cls: type) -> list[type[enum.Enum]]:
    """The enum types the fields of an attrs class hold (directly, optionally or in tuples).

    Args:
        cls: An attrs class.

    Returns:
        The enum classes, each once, in field order.
    """
    found: dict[type[enum.Enum], None] = {}
    for hint in field_types(cls).values():
        stack = [hint]
        while stack:
            t = stack.pop()
            if isinstance(t, type) and issubclass(t, enum.Enum):
                found[t] = None
            stack.extend(typing.get_args(t))
    return list(found)


class EnumHook:
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


@functools.cache
def enum_hook(t: type[enum.Enum]) -> EnumHook:
    """The structuring hook of an enum: one per enum, for every converter and the fast path."""
    return EnumHook(t)


def leaf_hook(t: Any) -> Any:
    """The structuring hook of a JSON leaf type, or None for any other type.

    The leaf types are ``str``, ``int``, ``bool``, ``float`` and ``int | float``,
    :class:`~asean_coop.PartialDate` and the enums: what the converter registers for
    them, and what the fast path inlines without asking a converter.

    Example:
        >>> leaf_hook(str) is structure_str, leaf_hook(int | float) is structure_number
        (True, True)
        >>> leaf_hook(tuple[str, ...]) is None
        True
    """
    if t is str:
        return structure_str
    if t is int:
        return structure_int
    if t is bool:
        return structure_bool
    if t is float or t == int | float:
        return structure_number
    if t is PartialDate:
        return structure_date
    if isinstance(t, type) and issubclass(t, enum.Enum):
        return enum_hook(t)
    return None


def enum_value(member: enum.Enum) -> Any:
    return member.value


def not_none(t: Any) -> Any:
    """The type an optional type allows besides None."""
    return next(x for x in typing.get_args(t) if x is not type(None))
