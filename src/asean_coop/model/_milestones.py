"""Dated facts that speeches cite."""

from __future__ import annotations

import attrs

from ._checks import COUNTRY_CODES, SLUGS, check_text
from ._dates import PartialDate
from ._methods import record_eq, record_hash, short_repr
from ._provenance import Evidence
from ._references import refers_to

__all__ = ["Milestone"]


@attrs.frozen(kw_only=True)
class Milestone:
    """A dated fact, at the precision the source supports.

    Args:
        date: When.
        title: What happened, briefly.
        countries: Alpha-2 codes of the countries concerned, sorted.
        organizations: Ids of the organizations whose act or event it is (``asean``
            for an act of the whole association), in the order the source names them.
        evidence: Where the source states it.

    Example:
        >>> from asean_coop import PartialDate
        >>> m = Milestone(date=PartialDate(year=2025), title="Vision adopted",
        ...               organizations=("asean",))
        >>> m.organizations, m.countries
        (('asean',), ())
    """

    __repr__ = short_repr
    __eq__ = record_eq
    __hash__ = record_hash

    date: PartialDate
    title: str = attrs.field(validator=check_text)
    countries: tuple[str, ...] = attrs.field(default=(), validator=COUNTRY_CODES)
    organizations: tuple[str, ...] = attrs.field(
        default=(), validator=SLUGS, metadata=refers_to("organizations")
    )
    evidence: tuple[Evidence, ...] = ()

    def _repr_html_(self) -> str:
        """HTML for notebooks: a compact table, every data string escaped."""
        from .._html import record_html

        return record_html(self)
