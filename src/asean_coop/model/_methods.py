"""The methods every record class shares: its repr, its equality and its hash.

attrs would write and compile these for each class when the package is imported (with
``__init__``, the largest part of the import's own cost; see ``benchmarks/README.md``);
a record class takes them from here instead, beside the ``__init__`` attrs makes for it::

    __repr__ = record_repr  # or short_repr
    __eq__ = record_eq
    __hash__ = record_hash

attrs sees that the class gives them and generates none. They behave as attrs' own:
equal records are of the same class with equal fields, and hash alike (a hash costs a
little more than attrs' own, a comparison a little less). Reprs stay readable: attrs'
eval-able form while it is short, a summary after.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any

import attrs

__all__ = ["MAX_REPR", "record_eq", "record_hash", "record_repr", "short_repr"]

MAX_REPR = 300
"""The longest repr kept in attrs' eval-able ``Class(field=value, ...)`` form.

A record whose full repr is longer shows as a summary instead:
``<Event 'ceremony': 'Ceremony for ...', 5 organizers, 21 participants>``. Fixed;
changed in the source (see the limits page).
"""

_TEXT = 60  # characters of a name or title the summary keeps


def record_repr(self: Any) -> str:
    """The repr of an attrs record in attrs' eval-able form, ``Class(field=value, ...)``.

    The model classes take it as their ``__repr__`` rather than have attrs generate
    and compile one per class at import time (the fields without ``repr`` are left
    out, as attrs leaves them out).

    Example:
        >>> from asean_coop import Position
        >>> record_repr(Position(title="dean"))
        "Position(title='dean', organization_id=None, former=False)"
    """
    cls = type(self)
    fields = ", ".join(f"{a.name}={getattr(self, a.name)!r}" for a in attrs.fields(cls) if a.repr)
    return f"{cls.__name__}({fields})"


def short_repr(self: Any) -> str:
    """The repr of an attrs record: the full form up to :data:`MAX_REPR` characters.

    Example:
        >>> from asean_coop import Position
        >>> short_repr(Position(title="dean"))
        "Position(title='dean', organization_id=None, former=False)"
    """
    full = record_repr(self)
    if len(full) <= MAX_REPR:
        return full
    cls = type(self)
    fields = [a for a in attrs.fields(cls) if a.repr]
    parts: list[str] = []
    for a in fields:
        value = getattr(self, a.name)
        if a.name in ("id", "position"):
            continue
        if isinstance(value, tuple):
            if value:
                parts.append(f"{len(value)} {a.name}")
        elif a.name.endswith("_id") and value is not None:
            parts.append(f"{a.name}={value!r}")
        elif a.name in ("name", "title", "date", "kind") and value is not None:
            parts.append(_cut(str(value) if a.name != "name" else _text(value)))
    head = cls.__name__
    for key in ("id", "position"):
        if hasattr(self, key):
            head += f" {getattr(self, key)!r}"
            break
    return f"<{head}: {', '.join(parts)}>"


def _text(value: Any) -> str:
    return str(getattr(value, "text", value))


def _cut(text: str) -> str:
    return repr(text if len(text) <= _TEXT else text[: _TEXT - 3] + "...")


_UNLIKE: bool = NotImplemented  # what a comparison with another class answers

_COMPARED: dict[Any, Callable[[Any], object]] = {}
"""A cache: for each record class, what reads the values its equality compares."""


def _compared(cls: Any) -> Callable[[Any], object]:
    """Reads the values of the fields that take part in equality (all of a record's),
    made on the first comparison or hash of a class and kept in :data:`_COMPARED`."""
    getter = _COMPARED[cls] = operator.attrgetter(*(a.name for a in attrs.fields(cls) if a.eq))
    return getter


def record_eq(self: Any, other: object) -> bool:
    """Equality as attrs makes it: same class, equal fields (else ``NotImplemented``).

    Example:
        >>> from asean_coop import Position
        >>> Position(title="dean") == Position(title="dean"), Position(title="dean") == "dean"
        (True, False)
    """
    if other.__class__ is not self.__class__:
        return _UNLIKE  # the other side may know better
    values = _COMPARED.get(self.__class__) or _compared(self.__class__)
    equal: bool = values(self) == values(other)
    return equal


def record_hash(self: Any) -> int:
    """A hash that equal records share: of the values of the fields.

    Example:
        >>> from asean_coop import Position
        >>> hash(Position(title="dean")) == hash(Position(title="dean"))
        True
    """
    values = _COMPARED.get(self.__class__) or _compared(self.__class__)
    return hash(values(self))
