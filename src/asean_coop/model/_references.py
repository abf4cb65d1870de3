"""References between records, declared on the fields that hold them.

A field that holds the id of another record says so in its attrs metadata,
``attrs.field(metadata=refers_to("people"))``; the edition's integrity check, the
exports' foreign keys and the docs read the declaration from there, so a new reference
field is checked as soon as it is declared. A field checked by the alpha-2 rule
(:data:`~asean_coop.model._checks.COUNTRY_CODE`, on its value or on each item) names a
country, and needs no declaration: the rule says so.

Example:
    >>> import attrs
    >>> from asean_coop import Speech
    >>> references(attrs.fields(Speech).speaker_id)
    ('people',)
"""

from __future__ import annotations

from typing import Any

import attrs

from ._checks import COUNTRY_CODE, Each, rule_of

__all__ = ["COUNTRIES", "REFERS_TO", "references", "refers_to"]

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
