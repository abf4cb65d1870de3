"""The private cattrs converter: strict structuring, compact unstructuring.

:func:`make_converter` is the one place converters are made. The fast converter
(``detailed=False``) decodes valid documents through the decoders of ``codec._fastpath``;
the detailed one is used only when something is wrong, to find every problem with its
path (and, past the problem limit, to count what ``codec._counting`` cannot).
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Callable
from typing import Any

import attrs
import cattrs
from cattrs.errors import ClassValidationError
from cattrs.fns import identity
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from ..errors import Problem, ValidationError, problem_limit
from ..model import PartialDate
from ..model._checks import rule_of
from ..model._classes import field_types
from ._counting import Counters, structure_records
from ._fastpath import Decoders
from ._hooks import (
    enum_hook,
    enum_value,
    enums_of,
    is_homogeneous_tuple,
    is_optional,
    is_record,
    leaf_hook,
    structure_bool,
    structure_int,
    structure_number,
    structure_str,
    wrong_type,
)
from ._problems import Collector

__all__ = ["make_converter"]


def make_converter(
    *,
    detailed: bool = False,
    decoders: Decoders | None = None,
    counters: Counters | None = None,
) -> cattrs.Converter:
    """Make the library's converter.

    Args:
        detailed: If true, structuring collects every problem with its path (slower);
            if false, it stops at the first problem (fast path for valid input).
        decoders: The fast path's decoders (the codec shares one with its own fast path):
            the fast converter reads model classes with them; the detailed one, given
            ``counters`` too, makes with them the records of an array that count no
            problem (see ``codec._counting.structure_records``). A new one by default.
        counters: The problem counters, for the detailed converter.

    Returns:
        A new converter, never cattrs' global one.
    """
    conv = cattrs.Converter(omit_if_default=True, forbid_extra_keys=True)
    # Class-registered hooks win over predicate hooks in cattrs, and a hook for
    # ``str`` also captures ``(str, Enum)`` enums: so primitives are registered by
    # class, and each enum a model class holds is registered by class too, found from
    # the field types when the class's own hooks are made (:func:`_with_enums`).
    for leaf in (str, int, bool, float):
        conv.register_structure_hook(leaf, leaf_hook(leaf))
    conv.register_structure_hook_func(lambda t: t == int | float, leaf_hook(int | float))
    conv.register_structure_hook_func(lambda t: t is PartialDate, leaf_hook(PartialDate))
    conv.register_structure_hook_factory(is_optional, lambda t: _optional_hook(conv, t))
    many = (
        None
        if not detailed or decoders is None or counters is None
        else functools.partial(structure_records, counters=counters, decoders=decoders)
    )
    conv.register_structure_hook_factory(
        is_homogeneous_tuple, lambda t: _tuple_hook(conv, t, detailed, many)
    )
    # How enums unstructure: the detailed converter keeps cattrs' plain ``.value``.
    enum_values: dict[type, Callable[[Any], Any]] = {object: enum_value} if detailed else {}
    if detailed:
        conv.register_structure_hook_factory(
            is_record, _with_enums(conv, enum_values, lambda t: _detailed_class_hook(conv, t))
        )
    else:
        decoders = decoders or Decoders(lambda: conv)
        conv.register_structure_hook_factory(
            is_record, _with_enums(conv, enum_values, decoders.hook)
        )
    conv.register_unstructure_hook(PartialDate, PartialDate.isoformat)
    conv.register_unstructure_hook_factory(
        is_record,
        _with_enums(
            conv,
            enum_values,
            lambda t: make_dict_unstructure_fn(t, conv, _cattrs_omit_if_default=True),
        ),
    )
    if not detailed:
        _register_fast_unstructure(conv)
    return conv


def _with_enums(
    conv: cattrs.Converter,
    enum_values: dict[type, Callable[[Any], Any]],
    factory: Callable[[Any], Any],
) -> Callable[[Any], Any]:
    """Wrap a hook factory of a model class: first register the enums its fields hold.

    Each enum structures strictly from its value (:class:`EnumHook`) and unstructures to
    it; ``enum_values`` says how (``enum_values[object]`` for the detailed converter,
    which keeps cattrs' plain ``.value``; a dict lookup on the fast one).
    """

    def make(t: Any) -> Any:
        for enum_class in enums_of(t):
            if enum_class not in enum_values:
                values = {member: member.value for member in enum_class}
                enum_values[enum_class] = enum_values.get(object) or values.__getitem__
                conv.register_structure_hook(enum_class, enum_hook(enum_class))
                conv.register_unstructure_hook(enum_class, enum_values[enum_class])
        return factory(t)

    return make


def _register_fast_unstructure(conv: cattrs.Converter) -> None:
    """Unstructuring hooks that make the same data as cattrs' own, with fewer calls.

    Enum values come from a dict (``member.value`` is a Python-level property; see
    :func:`_with_enums`), numbers
    and optional strings are passed through (so that the generated functions read the
    attribute directly), tuples become lists by a list comprehension or ``list``. The
    detailed converter keeps cattrs' own hooks: tests compare the two.
    """
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


# Item hooks whose check is a type test: the types they accept and what they expect.
_LEAF_TYPES: dict[object, tuple[frozenset[type], str]] = {
    structure_str: (frozenset({str}), "a string"),
    structure_int: (frozenset({int}), "an integer"),
    structure_bool: (frozenset({bool}), "true or false"),
    structure_number: (frozenset({int, float}), "a number"),
}


def _tuple_hook(
    conv: cattrs.Converter, t: Any, detailed: bool, many: Callable[..., list[Any]] | None
) -> Callable[[Any, Any], Any]:
    inner = typing.get_args(t)[0]
    inner_hook = conv.get_structure_hook(inner)
    if not is_record(inner):
        many = None

    def fast(value: Any, _: Any) -> tuple[Any, ...]:
        if type(value) is not list and type(value) is not tuple:
            raise wrong_type(value, "an array")
        return tuple([inner_hook(item, inner) for item in value])

    leaf = _LEAF_TYPES.get(inner_hook)

    def slow(value: Any, _: Any) -> tuple[Any, ...]:
        if type(value) is not list and type(value) is not tuple:
            raise wrong_type(value, "an array")
        if leaf is not None:  # plain values: find the bad ones without an exception each
            types, expected = leaf
            bad = [i for i, x in enumerate(value) if type(x) not in types]
            if not bad:
                return tuple(value)
            limit = problem_limit()
            raise ValidationError(
                (Problem(f"[{i}]", str(wrong_type(value[i], expected))) for i in bad[:limit]),
                omitted=max(0, len(bad) - limit),
            )
        found = Collector()
        if many is not None:  # records: counted, made together, detailed where needed
            made = many(
                list(value),
                inner,
                found,
                detailed=lambda item: inner_hook(item, inner),
                path="[{}]".format,
            )
            if found:
                raise found.error()
            return tuple(made)
        out: list[Any] = []
        for index, item in enumerate(value):
            try:
                out.append(inner_hook(item, inner))
            except Exception as exc:  # noqa: BLE001 - every problem is collected
                found.add_exception(exc, f"[{index}]")
        if found:
            raise found.error()
        return tuple(out)

    return slow if detailed else fast


def _detailed_class_hook(conv: cattrs.Converter, t: type) -> Callable[[Any, Any], Any]:
    """cattrs' own detailed function, refusing non-objects by name, rules always on.

    ``attrs.validators.set_disabled(True)`` makes ``__init__`` skip validators for every
    thread; the codec's checks must not depend on it, so the rules are then run here.
    """
    generated: Callable[[Any, Any], Any] = make_dict_structure_fn(
        t, conv, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=True
    )
    name = t.__name__
    hints = field_types(t)
    ruled = [(a, rule_of(a)) for a in attrs.fields(t)]
    ruled_fields = [(a, r) for a, r in ruled if r is not None]

    def every_rule(value: dict[str, Any]) -> Collector:
        # Every field was read (the constructor was reached): check each rule, not only
        # the first that the constructor met.
        found = Collector()
        for attribute, rule in ruled_fields:
            if attribute.name in value:
                field_value = conv.structure(value[attribute.name], hints[attribute.name])
                if field_value is not None:
                    found.add(rule.problems(field_value, attribute.name))
        return found

    def structure(value: Any, _: Any) -> Any:
        if type(value) is not dict:
            raise wrong_type(value, f"an object ({name})")
        try:
            made = generated(value, t)
        except ClassValidationError as exc:
            with_notes, without = exc.group_exceptions()
            if with_notes or not all(isinstance(e, ValidationError) for e in without):
                raise  # a field could not be read: cattrs says which
            found = every_rule(value)  # the constructor refused: say everything it would
            if found:
                raise found.error() from None
            raise  # an invariant across fields (__attrs_post_init__)
        if ruled_fields and attrs.validators.get_disabled():
            found = every_rule(value)
            if found:
                raise found.error()
        return made

    return structure
