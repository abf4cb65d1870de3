"""Countries: lookups by code or name in the bundled country table, ASEAN membership.

A country key is an ISO 3166-1 code, alpha-2 (``"LA"``) or alpha-3 (``"LAO"``), in
any case, or a name, official name or alias (``"Laos"``, ``"Lao People's Democratic
Republic"``, ``"Lao PDR"``), case- and diacritic-insensitively. Lists of countries come
in the order of :func:`asean_coop.countries`: by alpha-2 code.
"""

from __future__ import annotations

import datetime as dt
import functools

from ..bundled import countries
from ..model import Country, PartialDate
from .index import NameIndex
from .keys import as_partial_date

__all__ = ["asean_members", "countries", "country", "country_index"]


@functools.cache
def country_index() -> NameIndex[Country]:
    """The bundled countries by code and name, built on first use."""
    return NameIndex(
        "country",
        countries(),
        ids=lambda c: (c.code, c.code3),
        names=lambda c: c.names,
        label=lambda c: f"{c.name} ({c.code})",
    )


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
