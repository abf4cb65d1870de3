"""Organizations: the bodies that organised, selected, spoke or were mentioned."""

from __future__ import annotations

import attrs

from ._checks import TEXTS, check_country_code, check_slug, check_text
from ._enums import ValueEnum
from ._methods import record_eq, record_hash, short_repr
from ._provenance import Evidence
from ._references import refers_to

__all__ = ["Organization", "OrganizationKind"]


class OrganizationKind(ValueEnum):
    """What sort of body an organization is."""

    ACADEMIC_UNIT = "academic_unit"
    """A faculty, college, school, division or committee inside a university."""
    ASSOCIATION = "association"
    DIPLOMATIC_MISSION = "diplomatic_mission"
    FOUNDATION = "foundation"
    GOVERNMENT = "government"
    MEDIA = "media"
    """Media, publishing and international communication bodies."""
    PARTY = "party"
    """Bodies of a political party."""
    RESEARCH = "research"
    """Research institutes, centres, academies and think tanks."""
    SECRETARIAT = "secretariat"
    UNIVERSITY = "university"
    OTHER = "other"


@attrs.frozen(kw_only=True)
class Organization:
    """A body named in a source.

    Args:
        id: Slug, unique among the organizations of an edition (``"cicg"``).
        name: The full name.
        short_name: The abbreviation the source uses (``"CICG"``).
        kind: What sort of body it is.
        country: ISO alpha-2 code of the state the body belongs to or represents (a
            consulate's sending state), not where it sits.
        parent_id: The id of the organization it is part of.
        aliases: Other names the source uses.
        evidence: Where the source names it.

    Example:
        >>> org = Organization(id="cicg", name="China International Communications Group",
        ...                    short_name="CICG", kind=OrganizationKind.MEDIA, country="CN")
        >>> org.names
        ('China International Communications Group', 'CICG')
    """

    __repr__ = short_repr
    __eq__ = record_eq
    __hash__ = record_hash

    id: str = attrs.field(validator=check_slug)
    name: str = attrs.field(validator=check_text)
    short_name: str | None = attrs.field(default=None, validator=check_text)
    kind: OrganizationKind
    country: str | None = attrs.field(default=None, validator=check_country_code)
    parent_id: str | None = attrs.field(
        default=None, validator=check_slug, metadata=refers_to("organizations")
    )
    aliases: tuple[str, ...] = attrs.field(default=(), validator=TEXTS)
    evidence: tuple[Evidence, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every name of the organization: name, short name and aliases."""
        return tuple(n for n in (self.name, self.short_name, *self.aliases) if n)

    def _repr_html_(self) -> str:
        """HTML for notebooks: a compact table, every data string escaped."""
        from .._html import record_html

        return record_html(self)
