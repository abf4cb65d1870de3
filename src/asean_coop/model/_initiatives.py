"""Initiatives, projects, agreements and platforms that speeches mention."""

from __future__ import annotations

import attrs

from ._checks import COUNTRY_CODES, DISTINCT, SLUGS, TEXTS, check_slug, check_text
from ._methods import record_eq, record_hash, record_repr, short_repr
from ._provenance import Evidence
from ._references import refers_to

__all__ = ["Designation", "Initiative"]


@attrs.frozen(kw_only=True)
class Designation:
    """What a speaker calls an initiative (``"landmark project"``).

    Args:
        term: The words the speaker uses for it.
        speech_id: The id of the speech that uses them.

    Example:
        >>> Designation(term="landmark project", speech_id="vongpano-sipaseuth-address").term
        'landmark project'
    """

    __repr__ = record_repr
    __eq__ = record_eq
    __hash__ = record_hash

    term: str = attrs.field(validator=check_text)
    speech_id: str = attrs.field(validator=check_slug, metadata=refers_to("speeches"))


@attrs.frozen(kw_only=True)
class Initiative:
    """A named initiative, project, agreement or platform (not a body).

    Args:
        id: Slug, unique among the initiatives of an edition (``"laos-china-railway"``).
        name: The full name.
        short_name: The abbreviation the source uses (``"CAFTA 3.0"``).
        aliases: Other names the source uses.
        description: What it is, in the project's own words, where the source says
            more than its name.
        countries: Alpha-2 codes of the countries it involves, as the source names
            them, sorted.
        parties: Alpha-2 codes of the states party to it (an agreement's signatories),
            sorted.
        organization_ids: Ids of the organizations behind it (the body that set it up).
        route: The places a line links, in the order the source gives them.
        designations: What speakers call it.
        evidence: Where the source names it.

    Example:
        >>> railway = Initiative(id="laos-china-railway", name="Laos-China Railway",
        ...                      countries=("CN", "LA"), route=("Kunming", "Vientiane"))
        >>> railway.names, railway.route
        (('Laos-China Railway',), ('Kunming', 'Vientiane'))
    """

    __repr__ = short_repr
    __eq__ = record_eq
    __hash__ = record_hash

    id: str = attrs.field(validator=check_slug)
    name: str = attrs.field(validator=check_text)
    short_name: str | None = attrs.field(default=None, validator=check_text)
    aliases: tuple[str, ...] = attrs.field(default=(), validator=TEXTS)
    description: str | None = attrs.field(default=None, validator=check_text)
    countries: tuple[str, ...] = attrs.field(default=(), validator=COUNTRY_CODES)
    parties: tuple[str, ...] = attrs.field(default=(), validator=COUNTRY_CODES)
    organization_ids: tuple[str, ...] = attrs.field(
        default=(), validator=SLUGS, metadata=refers_to("organizations")
    )
    route: tuple[str, ...] = attrs.field(default=(), validator=TEXTS)
    designations: tuple[Designation, ...] = attrs.field(default=(), validator=DISTINCT)
    evidence: tuple[Evidence, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every name of the initiative: name, short name and aliases."""
        return tuple(n for n in (self.name, self.short_name, *self.aliases) if n)

    def _repr_html_(self) -> str:
        """HTML for notebooks: a compact table, every data string escaped."""
        from .._html import record_html

        return record_html(self)
