"""What the ids and codes a record holds stand for, read from the fields' declarations.

A field that holds a reference declares the kinds it may name (see
:func:`~asean_coop.model._references.references`): a speech's ``speaker_id`` names a
person, its ``mentions`` an organization, an initiative or a country. So the views and
the command line name an id only as one of the kinds its field may name, in the order
the field gives them, and find every reference a record holds, nested records too, with
nothing listed here: a reference field declared later is named as well.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..model import Country, Edition
from ..model._checks import COUNTRY_CODE
from ..model._integrity import collections_of
from ..model._references import COUNTRIES, reference_fields
from ._cache import cached
from ._countries import get_country

__all__ = ["held_references", "named"]


def held_references(record: Any) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Every id or code a record holds in a reference field, with the kinds it may name.

    The record's fields come in their order, and the records it holds (an event's
    organizers, a speech's figures) are walked where they are met.

    Args:
        record: A record of the model (any attrs instance).

    Yields:
        ``(value, kinds)`` for each value, as often as it is held.

    Example:
        >>> from asean_coop import load_edition
        >>> organization = load_edition(2025).organization("cicg-center-for-asia-pacific")
        >>> [(value, kinds) for value, kinds in held_references(organization)][:2]
        [('CN', ('countries',)), ('cicg', ('organizations',))]
    """
    for name, kinds, many in reference_fields(record.__class__):
        value = getattr(record, name)
        held = value if many else () if value is None else (value,)
        if kinds:
            yield from ((item, kinds) for item in held)
        else:
            for item in held:
                yield from held_references(item)


def _by_id(edition: Edition) -> dict[str, dict[str, Any]]:
    return {
        collection.name: {record.id: record for record in getattr(edition, collection.name)}
        for collection in collections_of(Edition)
    }


def _records_by_id(edition: Edition) -> Mapping[str, Mapping[str, Any]]:
    """Each collection of the edition, as declared, by id; built once per edition."""
    return cached(edition, "query.records-by-id", _by_id)


def named(edition: Edition, value: str, kinds: tuple[str, ...]) -> Any | None:
    """The record, or country, that a value held by a field referring to ``kinds`` names.

    The kinds are tried in the order the field declares them; an alpha-2 code, where a
    country may be named, is looked up in the library's country table.

    Args:
        edition: The edition the value comes from.
        value: An id, or an alpha-2 code.
        kinds: The kinds the field holding it refers to, as
            :func:`~asean_coop.model._references.references` reads them.

    Returns:
        The record or :class:`~asean_coop.Country`; None if none answers to it (a code
        the country table lacks).

    Example:
        >>> import attrs
        >>> from asean_coop import Speech, load_edition
        >>> from asean_coop.model._references import references
        >>> edition = load_edition(2025)
        >>> mentions = references(attrs.fields(Speech).mentions)
        >>> named(edition, "cicg", mentions).short_name, named(edition, "LA", mentions).name
        ('CICG', 'Laos')
    """
    tables = _records_by_id(edition)
    for kind in kinds:
        if kind == COUNTRIES:
            if COUNTRY_CODE.fullmatch(value) is not None:
                found: Country | None = get_country(value)
                if found is not None:
                    return found
            continue
        record = tables.get(kind, {}).get(value)
        if record is not None:
            return record
    return None
