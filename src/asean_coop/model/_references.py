"""References between records, declared on the fields that hold them.

A field that holds the id of another record says so in its attrs metadata,
``attrs.field(metadata=refers_to("people"))``; the edition's integrity check, the
exports' foreign keys and the docs read the declaration from there, so a new reference
field is checked as soon as it is declared. A field checked by the alpha-2 rule
(:data:`~asean_coop.model._checks.COUNTRY_CODE`, on its value or on each item) names a
country, and needs no declaration: the rule says so.

The records a record holds are found from the field types the same way: the fields of
a class that hold records (:func:`record_fields`), the fields to read for references,
nested records included (:func:`reference_fields`), and every value an aggregate holds
for one kind (:func:`referenced`). The whole-edition check, the exports, the queries
and the views read these, so none of them lists fields or record kinds of its own.

Example:
    >>> import attrs
    >>> from asean_coop import Speech
    >>> references(attrs.fields(Speech).speaker_id)
    ('people',)
"""

from __future__ import annotations

import functools
import itertools
import operator
import typing
from collections.abc import Callable, Iterator
from typing import Any

import attrs

from ._checks import COUNTRY_CODE, Each, rule_of
from ._classes import field_types
from ._dates import PartialDate

__all__ = [
    "COUNTRIES",
    "REFERS_TO",
    "is_homogeneous_tuple",
    "is_record",
    "record_fields",
    "reference_fields",
    "referenced",
    "references",
    "refers_to",
]

REFERS_TO = "asean_coop.refers_to"
"""The metadata key of a reference declaration."""

COUNTRIES = "countries"
"""The kind that stands for any ISO 3166-1 alpha-2 code (no record of the edition)."""


def refers_to(*kinds: str) -> dict[str, tuple[str, ...]]:
    """The attrs metadata of a field that holds the id of a record of one of ``kinds``.

    Args:
        kinds: Edition collection names (``"people"``, ``"organizations"``...), or
            :data:`COUNTRIES` for an alpha-2 country code.

    Returns:
        The metadata mapping.
    """
    return {REFERS_TO: kinds}


def references(attribute: attrs.Attribute[Any]) -> tuple[str, ...]:
    """The kinds a field refers to; empty for a field that holds no reference.

    Example:
        >>> from asean_coop import Organization
        >>> references(attrs.fields(Organization).parent_id)
        ('organizations',)
        >>> references(attrs.fields(Organization).country)
        ('countries',)
    """
    kinds: tuple[str, ...] | None = attribute.metadata.get(REFERS_TO)
    if kinds is not None:
        return kinds
    rule = rule_of(attribute)
    if isinstance(rule, Each):
        rule = rule.item
    return (COUNTRIES,) if rule is COUNTRY_CODE else ()


def is_record(t: Any) -> bool:
    """True for a record class of the model: an attrs class other than the
    :class:`~asean_coop.PartialDate` value (a leaf, an ISO string in JSON).

    Example:
        >>> from asean_coop import PartialDate, Person
        >>> is_record(Person), is_record(PartialDate), is_record(str)
        (True, False, False)
    """
    return attrs.has(t) and t is not PartialDate


def is_homogeneous_tuple(t: Any) -> bool:
    """True for ``tuple[X, ...]``, the type of every list field of the model.

    Example:
        >>> is_homogeneous_tuple(tuple[str, ...]), is_homogeneous_tuple(tuple[str, int])
        (True, False)
    """
    args = typing.get_args(t)
    return typing.get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


def _element(hint: Any) -> Any:
    return typing.get_args(hint)[0] if is_homogeneous_tuple(hint) else None


def _record_class(hint: Any) -> tuple[type | None, bool]:
    """The record class a field holds (possibly in a tuple or optional), and if a tuple."""
    element = _element(hint)
    if element is not None:
        return (element if is_record(element) else None), True
    args = [a for a in typing.get_args(hint) if a is not type(None)] or [hint]
    if len(args) == 1 and isinstance(args[0], type) and is_record(args[0]):
        return args[0], False
    return None, False


@functools.cache
def record_fields(cls: Any) -> tuple[tuple[str, type, bool], ...]:
    """The fields of ``cls`` that hold records (alone, optional or in a tuple), found by
    their types, in field order: ``(name, record class, in a tuple)``.

    A record class added to the model, or a field that holds one, is found here
    without an edit: whatever walks the records of an edition starts from this.

    Example:
        >>> from asean_coop import Edition, Person, Story
        >>> [name for name, _, _ in record_fields(Edition)][:3]
        ['sources', 'organizations', 'people']
        >>> [(name, many) for name, _, many in record_fields(Person)]
        [('name', False), ('positions', True), ('evidence', True)]
        >>> [name for name, _, _ in record_fields(Story)]  # its dates are values
        ['evidence']
    """
    hints = field_types(cls)
    held = ((a.name, *_record_class(hints[a.name])) for a in attrs.fields(cls))
    return tuple((name, record, many) for name, record, many in held if record is not None)


@functools.cache
def reference_fields(cls: Any) -> tuple[tuple[str, tuple[str, ...], bool], ...]:
    """The fields of ``cls`` to read for references, in field order: ``(name, kinds
    referred to, in a tuple)``, the kinds empty for a field of records that (somewhere)
    hold references themselves.

    Everything that looks for the references a record holds (the whole-edition check,
    :func:`referenced`, the names the views and the command line give) reads them here.

    Example:
        >>> from asean_coop import Organization, Speech
        >>> reference_fields(Organization)[:2]
        (('country', ('countries',), False), ('parent_id', ('organizations',), False))
        >>> [name for name, _, _ in reference_fields(Speech)]
        ['event_id', 'speaker_id', 'mentions', 'figures', 'evidence']
    """
    hints = field_types(cls)
    steps = []
    for field in attrs.fields(cls):
        kinds = references(field)
        nested, many = _record_class(hints[field.name])
        if kinds:
            steps.append((field.name, kinds, _element(hints[field.name]) is not None))
        elif nested is not None and reference_fields(nested):
            steps.append((field.name, (), many))
    return tuple(steps)


def _nested_class(cls: Any, name: str) -> Any:
    return _record_class(field_types(cls)[name])[0]


@functools.cache
def _steps(cls: Any) -> tuple[tuple[Callable[[Any], Any], tuple[str, ...], bool, Any], ...]:
    """:func:`reference_fields` ready to run: (getter, kinds referred to, tuple, nested
    class or None)."""
    return tuple(
        (operator.attrgetter(name), kinds, many, None if kinds else _nested_class(cls, name))
        for name, kinds, many in reference_fields(cls)
    )


_not_none = functools.partial(operator.is_not, None)


def referenced(aggregate: Any, kind: str) -> set[str]:
    """Every value that a field referring to ``kind`` holds, in every record of
    ``aggregate``, nested ones too: the fields are found by their declarations (see
    :func:`~asean_coop.model._references.references`), so a field declared later is read
    too.

    A field that may refer to other kinds as well (a speech's mentions) gives all of its
    values; the caller tells them apart.

    Args:
        aggregate: An edition (or a record).
        kind: A collection name, or ``"countries"`` for alpha-2 codes.

    Returns:
        The values, each once.

    Example:
        >>> from asean_coop import load_edition
        >>> sorted(referenced(load_edition(2025), "countries"))[:4]
        ['CN', 'KH', 'LA', 'MM']
    """
    found: set[str] = set()
    batches: list[tuple[Any, list[Any]]] = [(type(aggregate), [aggregate])]
    for record_class, held in batches:  # grows as nested records are met
        for get, kinds, many, nested in _steps(record_class):
            column: Iterator[Any] = map(get, held)
            if many:
                column = itertools.chain.from_iterable(column)
            if nested is not None:
                batches.append((nested, list(filter(_not_none, column))))
            elif kind in kinds:
                found.update(filter(_not_none, column))
    return found
