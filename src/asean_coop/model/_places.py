"""Countries and places."""

from __future__ import annotations

from collections.abc import Callable

import attrs

from ._checks import ALPHA3, TEXTS, check_country_code, check_text
from ._dates import PartialDate
from ._methods import record_eq, record_hash, record_repr
from ._references import refers_to

__all__ = ["Country", "Place"]


@attrs.frozen(kw_only=True)
class Country:
    """A state, with the names people write it by.

    Args:
        code: ISO 3166-1 alpha-2 (``"LA"``).
        code3: ISO 3166-1 alpha-3 (``"LAO"``).
        name: Common English name (``"Laos"``).
        official_name: Official name (``"Lao People's Democratic Republic"``).
        aliases: Other names people type (``"Lao PDR"``).
        asean_joined: When it became an ASEAN member state, if it is one.

    Example:
        >>> c = Country(code="KH", code3="KHM", name="Cambodia",
        ...             official_name="Kingdom of Cambodia")
        >>> c.is_asean_member_on(PartialDate(year=2025))
        False
    """

    __repr__ = record_repr
    __eq__ = record_eq
    __hash__ = record_hash

    # The country's own key, so not a reference to one (see _references.references).
    code: str = attrs.field(validator=check_country_code, metadata=refers_to())
    code3: str = attrs.field(validator=ALPHA3)
    name: str = attrs.field(validator=check_text)
    official_name: str = attrs.field(validator=check_text)
    aliases: tuple[str, ...] = attrs.field(default=(), validator=TEXTS)
    asean_joined: PartialDate | None = None

    def is_asean_member_on(self, when: PartialDate) -> bool:
        """Whether the country was an ASEAN member on the first day of ``when``.

        Args:
            when: The date (a partial date means its first day).

        Returns:
            True if it had joined by then.
        """
        return self.asean_joined is not None and self.asean_joined.earliest <= when.earliest

    @property
    def names(self) -> tuple[str, ...]:
        """Every name of the country: name, official name and aliases."""
        return (self.name, self.official_name, *self.aliases)

    def _repr_html_(self) -> str:
        """HTML for notebooks: a compact table, every data string escaped."""
        from .._html import record_html

        return record_html(self)


@attrs.frozen(kw_only=True)
class Place:
    """Where an event happened.

    ``str(place)`` names it as people write it, the country by its name
    (:meth:`label`).

    Args:
        city: The city (``"Nanning"``).
        region: The region or province, if the source gives it.
        country: ISO 3166-1 alpha-2 code of the country.

    Example:
        >>> str(Place(city="Nanning", region="Guangxi", country="CN"))
        'Nanning, Guangxi, China'
    """

    __repr__ = record_repr
    __eq__ = record_eq
    __hash__ = record_hash

    city: str = attrs.field(validator=check_text)
    region: str | None = attrs.field(default=None, validator=check_text)
    country: str = attrs.field(validator=check_country_code)

    def label(self, country_name: Callable[[str], str] | None = None) -> str:
        """The place as people write it: city, region (if known) and country name.

        Args:
            country_name: Gives the name for an alpha-2 code. By default the name in
                the library's country table (:func:`asean_coop.countries`, read on
                first use), or the code itself for a country the table lacks.

        Returns:
            For example ``"Nanning, Guangxi, China"``.

        Example:
            >>> place = Place(city="Nanning", country="CN")
            >>> place.label(), place.label(str), Place(city="Paris", country="FR").label()
            ('Nanning, China', 'Nanning, CN', 'Paris, FR')
        """
        if country_name is None:
            from ..bundled import country_name as library_name

            country_name = library_name
        return ", ".join(p for p in (self.city, self.region, country_name(self.country)) if p)

    def __str__(self) -> str:
        return self.label()
