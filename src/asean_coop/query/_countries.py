"""Countries: lookups by code or name in the bundled country table, ASEAN membership.

A country key is an ISO 3166-1 code, alpha-2 (``"LA"``) or alpha-3 (``"LAO"``), in
any case, or a name, official name or alias (``"Laos"``, ``"Lao People's Democratic
Republic"``, ``"Lao PDR"``), case- and diacritic-insensitively. Lists of countries come
in the order of :func:`asean_coop.countries`: by alpha-2 code.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from typing import TypeVar

from ..bundled import countries as bundled_countries
from ..model import Country, Edition, PartialDate
from ..model._checks import COUNTRY_CODE
from ..model._references import COUNTRIES, referenced
from ._cache import cached
from ._index import NameIndex
from ._keys import as_partial_date

__all__ = [
    "asean_members",
    "country",
    "country_in",
    "country_index",
    "edition_codes",
    "get_country",
]

D = TypeVar("D")


def _index_of(table: Sequence[Country]) -> NameIndex[Country]:
    return NameIndex(
        "country",
        table,
        ids=lambda c: (c.code, c.code3),
        names=lambda c: c.names,
        label=lambda c: f"{c.name} ({c.code})",
    )


@functools.cache
def country_index() -> NameIndex[Country]:
    """The bundled countries by code and name, built on first use."""
    return _index_of(bundled_countries())


def _codes(edition: Edition) -> frozenset[str]:
    return frozenset(filter(COUNTRY_CODE.fullmatch, referenced(edition, COUNTRIES)))


def edition_codes(edition: Edition) -> frozenset[str]:
    """The alpha-2 codes an edition names, in any field that may name a country.

    The fields are found by their declarations (a field that may also name records,
    such as a speech's mentions, gives only its alpha-2 codes), so a field declared
    later is read too. A code the country table lacks is one of them.

    Example:
        >>> from asean_coop import load_edition
        >>> sorted(edition_codes(load_edition(2025)))[:4]
        ['CN', 'KH', 'LA', 'MM']
    """
    return cached(edition, "query.country-codes", _codes)


def country_in(table: Sequence[Country], key: Country | str) -> Country:
    """Find a country by code or name in a country table of the caller's.

    Args:
        table: The countries to look in.
        key: As for :func:`country`.

    Returns:
        The country.

    Raises:
        NotFoundError: If no country of ``table``, or more than one, answers to the
            key; ``.candidates`` holds the close matches.

    Example:
        >>> from asean_coop import Country
        >>> table = [Country(code="KH", code3="KHM", name="Cambodia",
        ...                  official_name="Kingdom of Cambodia")]
        >>> country_in(table, "khm").name
        'Cambodia'
    """
    if isinstance(key, Country):
        return key
    return _index_of(table).find(key)


def get_country(key: str, default: D = None) -> Country | D:  # type: ignore[assignment]
    """Like :func:`country`, returning ``default`` when no one country answers to the key.

    Example:
        >>> from asean_coop import get_country
        >>> get_country("Laos").code, get_country("Atlantis")
        ('LA', None)
    """
    found = country_index().get(key, None)
    return default if found is None else found


def country(key: Country | str) -> Country:
    """Find a country by code or name.

    Args:
        key: An alpha-2 or alpha-3 code, in any case, or a name, official name or
            alias, case- and diacritic-insensitively. A :class:`~asean_coop.Country`
            is returned as it is.

    Returns:
        The country.

    Raises:
        NotFoundError: If no country, or more than one, has that code or name; the
            message offers close matches.
        ValueError: If ``key`` holds no letter or digit.

    Example:
        >>> from asean_coop import country
        >>> country("Lao PDR").code, country("vnm").name, country("MY").code3
        ('LA', 'Vietnam', 'MYS')
    """
    if isinstance(key, Country):
        return key
    return country_index().find(key)


def asean_members(on: dt.date | PartialDate | str | None = None) -> tuple[Country, ...]:
    """The ASEAN member states as of a date.

    Args:
        on: The date: a ``datetime.date``, a :class:`~asean_coop.PartialDate` or any
            string :meth:`PartialDate.parse <asean_coop.PartialDate.parse>` accepts. A
            partial date means its first day (``"1997"`` is 1 January 1997). None
            means today.

    Returns:
        The member states on that day, by alpha-2 code.

    Raises:
        ValidationError: If ``on`` is a string that is not a date.
        TypeError: If ``on`` is of another type.

    Example:
        >>> from asean_coop import asean_members
        >>> [c.name for c in asean_members(on="1990")]
        ['Brunei Darussalam', 'Indonesia', 'Malaysia', 'Philippines', 'Singapore', 'Thailand']
        >>> len(asean_members(on="2025-10-26")), len(asean_members(on="25 October 2025"))
        (11, 10)
    """
    when = as_partial_date(on)
    return tuple(c for c in country_index().records if c.is_asean_member_on(when))
