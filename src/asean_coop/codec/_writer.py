"""JSON text written straight from the records: one generated function per model class.

``dumps(obj)`` writes what ``json.dumps(to_dict(obj), ensure_ascii=False,
separators=(",", ":"), allow_nan=False)`` writes, and used to do just that: build the
dict, then encode it. The functions generated here write the same text without the
dict, each from the attrs definition of its class, one f-string per record:

- the keys are the fields without a default, then those that differ from their
  default, each group in attribute order, and no ``init=False`` field: what the
  converter's unstructuring functions (cattrs' ``omit_if_default``) keep;
- strings go through :func:`json.encoder.encode_basestring`, the encoder ``json.dumps``
  itself uses with ``ensure_ascii=False`` (the C one);
- integers and finite floats are written with ``int.__repr__`` and ``float.__repr__``,
  as :mod:`json` writes them; booleans as ``true`` and ``false``; None as ``null``;
- an enum member as the JSON text of its value; a :class:`PartialDate` as its ISO form;
  a record by the function of its declared class;
- a tuple as an array: of one or two records or strings without a list or a join, of
  one or two integers by ``%d`` (checked to be ``int``), of other plain values (floats,
  booleans, optional strings) or more integers by the C encoder ``json.dumps`` makes.

A field at its default is left out when it holds the default object itself, for the
defaults only that object equals (None, ``True``, ``False``, the empty tuple, an enum
member; a value equal to one but not it, such as a member's plain string, goes to the
dict path); any other default is compared with ``!=``, as cattrs does.

A value of a type other than the one declared (which only a record built with attrs
validators disabled, or a field without a rule, can hold), a NaN or an infinity, or any
exception while writing, makes :func:`write` give up: ``dumps`` then builds the dict as
before, so that what it writes, or raises, is what it always did. A class with a field
this does not write (an attrs converter, a type other than those above) has no
function: the same.

Example:
    >>> from asean_coop import Position
    >>> write(Position(title="consul \\"general\\"", former=True), {})
    '{"title":"consul \\\\"general\\\\"","former":true}'
"""

from __future__ import annotations

import enum
import functools
import json
import math
import typing
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from ..model import PartialDate
from ..model._classes import compile_function, field_types
from ._hooks import is_homogeneous_tuple, is_optional, is_record, not_none

__all__ = ["json_text", "write"]

_encode = json.encoder.encode_basestring


def json_text(data: Any, indent: int | None = None) -> str:
    """Plain data as :func:`~asean_coop.dumps` writes it: UTF-8 kept, no NaN.

    Args:
        data: Dicts, lists and JSON scalars.
        indent: Spaces per level; None for the compact form (no spaces at all).

    Returns:
        The JSON text.

    Raises:
        ValueError: For a NaN or an infinity.
        TypeError: For a value JSON has no form for.

    Example:
        >>> json_text({"name": "Hà Nội", "ids": [1, 2]})
        '{"name":"Hà Nội","ids":[1,2]}'
    """
    separators = (",", ":") if indent is None else (",", ": ")
    return json.dumps(
        data, ensure_ascii=False, indent=indent, separators=separators, allow_nan=False
    )


class _Refused(Exception):
    """A value the generated code does not write: the caller builds the dict instead."""


def _refuse(value: object) -> str:
    raise _Refused


class _Unsupported(Exception):
    """A field the generated code does not write."""


@functools.cache
def _plain_encoder() -> Callable[[Any, int], list[str]]:
    """The encoder ``json.dumps`` makes for the options of :func:`json_text`, compact.

    It writes an array of plain values at once, in C, exactly as json.dumps writes it
    (booleans, int subclasses and all). It has no check for a value that holds itself:
    such a value recurses until RecursionError, and the dict path then says what json
    says.
    """
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # pragma: no cover - json without its C module: the dict path writes
        raise _Unsupported
    encoder: Callable[[Any, int], list[str]] = make(
        None, None, _encode, None, ":", ",", False, False, False
    )
    return encoder


def _is_plain(t: Any) -> bool:
    """Whether values of type ``t`` are JSON values as they are (str, numbers, bool, None)."""
    if is_optional(t):
        t = not_none(t)
    return t in (str, int, float, bool) or t == int | float


def _literal(text: str) -> str:
    """``text`` as the literal part of an f-string quoted with ``'`` or ``'''``."""
    for old, new in (("\\", "\\\\"), ("'", "\\'"), ("{", "{{"), ("}", "}}")):
        text = text.replace(old, new)
    return text


class _Value(typing.NamedTuple):
    """How the generated code writes a value of one (non-optional) type.

    The expressions are templates over ``@``, the value (a variable or an attribute),
    each parenthesized, with no quote but ``"``, no backslash and no brace, so that it
    goes as it is inside the generated f-strings (``'''``-quoted, with ``'``-quoted ones
    inside them).
    """

    expr: str
    """The JSON text of the value (a str), where ``guard`` holds."""
    guard: str = ""
    """What must hold for ``expr`` to be right; empty where ``expr`` is right for every
    value it does not raise on."""
    exact: str = ""
    """What must also hold where a value equal to a default is not that default itself
    (a member's plain string); empty where no such value can be written."""
    opening: str = ""
    """Text written before ``expr``: ``[`` for an array written item by item."""
    closing: str = ""
    """Text written after it: ``]``."""

    def on(self, v: str) -> str:
        """The expression for the value ``v``, refusing where ``guard`` does not hold."""
        expr = self.expr.replace("@", v)
        if self.guard:
            expr = f"({expr} if {self.guard.replace('@', v)} else _refuse({v}))"
        return f'("{self.opening}" + {expr} + "{self.closing}")' if self.opening else expr


# Defaults that no value of the declared type equals but the object itself: for those,
# ``v is default`` says what cattrs' ``v != default`` says, and it is cheaper.
_SINGLETONS = (type(None), bool, tuple, enum.Enum)


_Write = Callable[[Any], str]
"""A generated function: the JSON text of a record."""


class _Writers:
    """The writing functions of the model classes, each generated on first use."""

    def __init__(self) -> None:
        self._made: dict[type, _Write | None] = {}
        self._building: set[type] = set()

    def function(self, cls: type) -> _Write | None:
        """The function that writes a ``cls`` record, or None if this cannot write one."""
        if cls in self._made:
            return self._made[cls]
        if cls in self._building:  # a class that holds itself: look it up when called
            made = self._made

            def late(value: Any) -> str:
                function = made[cls]
                if function is None:
                    raise _Refused
                return function(value)

            return late
        self._building.add(cls)
        try:
            self._made[cls] = self._compile(cls)
        except _Unsupported:
            self._made[cls] = None
        finally:
            self._building.discard(cls)
        return self._made[cls]

    def _compile(self, cls: type) -> _Write:
        if not is_record(cls):
            raise _Unsupported
        types = field_types(cls)
        g: dict[str, Any] = {
            "_enc": _encode,
            "_join": ",".join,
            "_refuse": _refuse,
            "_int": int.__repr__,
            "_float": float.__repr__,
            "_isfinite": math.isfinite,
        }
        lines: list[str] = []  # the values read first (those used more than once)
        head: list[str] = []  # the f-string of the fields without a default
        tail: list[str] = []  # the pieces of the others, each written if not the default
        for i, a in enumerate(attrs.fields(cls)):
            if not a.init:
                continue
            if a.converter is not None:
                raise _Unsupported
            v, t, default, key = f"v{i}", types[a.name], a.default, str(i)
            name = _encode(a.name)
            if default is attrs.NOTHING:
                head.append(_literal(f"{',' if head else '{'}{name}:"))
                if is_optional(t):
                    lines.append(f"  {v} = o.{a.name}")
                    value = self._value(not_none(t), g, key, lines)
                    head.append(f'{{("null" if {v} is None else {value.on(v)})}}')
                    continue
                value = self._value(t, g, key, lines)
                if value.guard:
                    lines.append(f"  {v} = o.{a.name}")
                else:  # used once: read where it is written
                    v = f"o.{a.name}"
                head.append(_literal(value.opening))  # an array's brackets as text
                head.append(f"{{{value._replace(opening='').on(v)}}}{_literal(value.closing)}")
                continue
            g[f"_k{i}"], g[f"_d{i}"] = f",{name}:", default
            if isinstance(default, _SINGLETONS) and (
                default is None or type(default) is t or (is_homogeneous_tuple(t) and default == ())
            ):
                # The value is read again where it is used: most fields are at their default.
                v = f"o.{a.name}"
                value = self._value(not_none(t) if is_optional(t) else t, g, key, lines)
                # The key, the value and the closing text as an f-string: one string made.
                text = (
                    f"f'{_literal(f',{name}:{value.opening}')}"
                    f"{{{value.expr.replace('@', v)}}}{_literal(value.closing)}'"
                )
                checks = " and ".join(c.replace("@", v) for c in (value.guard, value.exact) if c)
                text = f"({text} if {checks} else _refuse({v}))" if checks else text
                same = repr(default) if default is None or type(default) is bool else f"_d{i}"
                tail.append(f'({text} if {v} is not {same} else "")')
                continue
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                g[f"_d{i}"] = default.factory
                default_value = f"_d{i}({'o' if default.takes_self else ''})"
            else:
                default_value = f"_d{i}"
            lines.append(f"  {v} = o.{a.name}")
            text = self._field(v, t, g, key, lines)
            tail.append(f'((_k{i} + {text}) if {v} != {default_value} else "")')
        rest = "".join(f"{{{piece}}}" for piece in tail)
        if head:
            body = ["  return f'''" + "".join(head) + rest + "}}'''"]
        else:  # the first piece written drops its comma
            body = [f"  s = f'''{rest}'''", '  return "{" + s[1:] + "}"']
        function = f"write_{cls.__name__}"
        helpers = [line for line in lines if not line.startswith("  ")]
        reads = [line for line in lines if line.startswith("  ")]
        source = "\n".join([*helpers, f"def {function}(o):", *reads, *body]) + "\n"
        return compile_function(source, function, g, what="write", owner=cls)

    def _field(self, v: str, t: Any, g: dict[str, Any], key: str, lines: list[str]) -> str:
        """An expression for the JSON text of the value ``v`` of type ``t``."""
        if is_optional(t):
            value = self._value(not_none(t), g, key, lines)
            return f'("null" if {v} is None else {value.on(v)})'
        return self._value(t, g, key, lines).on(v)

    def _value(self, t: Any, g: dict[str, Any], key: str, lines: list[str]) -> _Value:
        """How to write a value of the (non-optional) type ``t``.

        ``g`` receives the names the expressions use, ``lines`` the source of the
        functions they call (items of arrays): lines at the left margin.
        """
        if t is str:
            return _Value("_enc(@)")
        if t is bool:
            return _Value('("true" if @ else "false")', "(@ is True or @ is False)")
        if t is int:
            return _Value("_int(@)", "type(@) is int")
        if t is float or t == int | float:
            test = "(type(@) is int or type(@) is float and _isfinite(@))"
            return _Value("(_int(@) if type(@) is int else _float(@))", test)
        if t is PartialDate:
            g["_iso"] = PartialDate.isoformat
            return _Value("_enc(_iso(@))")
        if isinstance(t, type) and issubclass(t, enum.Enum):
            try:  # as the converter unstructures a member: to its value
                g[f"_e{key}"] = {member: json_text(member.value) for member in t}
            except (TypeError, ValueError):
                raise _Unsupported from None
            g[f"_t{key}"] = t
            return _Value(f"_e{key}[@]", exact=f"type(@) is _t{key}")
        if is_homogeneous_tuple(t):
            item = typing.get_args(t)[0]
            if item is int:  # one or two items (most often) by a format, more by json's encoder
                g["_plain"], g["_cat"] = _plain_encoder(), "".join
                return _Value(
                    '("[%d]" % @ if len(@) == 1 and type(@[0]) is int '
                    'else "[%d,%d]" % @ if len(@) == 2 and type(@[0]) is int and type(@[1]) is int '
                    "else _cat(_plain(@, 0)))",
                    "type(@) is tuple",
                )
            if item is str:  # the encoder raises for anything but a string
                each = "_enc"
            elif _is_plain(item):  # the converter keeps the items as they are: json writes them
                g["_plain"], g["_cat"] = _plain_encoder(), "".join
                return _Value("_cat(_plain(@, 0))", "type(@) is tuple")
            elif is_record(item):
                each = self._record(item, g, key)
            else:
                each = f"_item{key}"
                lines.append(
                    f"def {each}(x):\n  return {self._field('x', item, g, key + '_', lines)}"
                )
            # One item (the most common) by itself: no map, no list, no join.
            expr = (
                f"({each}(@[0]) if len(@) == 1 else _join(({each}(@[0]), {each}(@[1]))) "
                f"if len(@) == 2 else _join(map({each}, @)))"
            )
            return _Value(expr, "type(@) is tuple", opening="[", closing="]")
        if attrs.has(t):
            return _Value(f"{self._record(t, g, key)}(@)")
        raise _Unsupported

    def _record(self, t: type, g: dict[str, Any], key: str) -> str:
        """The name, in ``g``, of the function that writes a ``t`` record."""
        function = self.function(t)
        if function is None:
            raise _Unsupported
        g[f"_w{key}"] = function
        return f"_w{key}"


@functools.cache
def _writers() -> _Writers:
    return _Writers()


def write(obj: Any, head: Mapping[str, Any]) -> str | None:
    """``obj`` as compact JSON text, as ``json_text({**head, **to_dict(obj)})`` writes it.

    Args:
        obj: A model record.
        head: Keys and values the object starts with (an edition's ``schema_version``).

    Returns:
        The text, or None where this module does not write ``obj`` (see the module
        docstring): the caller then builds the dict.
    """
    function = _writers().function(type(obj))
    if function is None:
        return None
    try:
        text = function(obj)
    except Exception:  # noqa: BLE001 - anything unusual: the dict path writes (or raises)
        return None
    if not head:
        return text
    pairs = json_text(dict(head))[:-1]
    return text.replace("{", pairs if text == "{}" else f"{pairs},", 1)
