"""Dated facts that speeches cite."""

from __future__ import annotations

import attrs

from ._checks import COUNTRY_CODES, check_text
from .dates import PartialDate
from .provenance import Evidence

__all__ = ["Milestone"]


@attrs.frozen(kw_only=True)
class Milestone:
    """A dated fact, at the precision the source supports.

    Args:
        date: When.
        title: What happened, briefly.
        countries: Alpha-2 codes of the countries concerned, sorted.
        evidence: Where the source states it.
    """

    date: PartialDate
    title: str = attrs.field(validator=check_text)
    countries: tuple[str, ...] = attrs.field(default=(), validator=COUNTRY_CODES)
    evidence: tuple[Evidence, ...] = ()
