"""Who belongs where: people by organization and by country.

A person is affiliated with the organizations they hold a position with, and, by
default, with every organization above those (a college's lecturer is affiliated with
its university). An organization without a country of its own takes the country of the
nearest organization above it that has one. Only current positions count unless
``include_former`` is set.

People come in the order of their name's ``sort_key``, ties broken by id.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import NotFoundError
from ..model import Country, Edition, Organization, Person
from .cache import cached
from .countries import country
from .keys import person_order
from .lookup import organization_index, person_index, resolve_organization

__all__ = [
    "affiliated_with",
    "countries_represented",
    "effective_country",
    "people_from",
    "suborganizations",
]


class _Affiliations:
    def __init__(self, edition: Edition) -> None:
        organizations = organization_index(edition)
        self.people = person_index(edition)
        parents = {o.id: o.parent_id for o in organizations.records}
        own_country = {o.id: o.country for o in organizations.records}
        # Each organization and every organization below it.
        below: dict[str, list[str]] = {o.id: [o.id] for o in organizations.records}
        self.country: dict[str, str | None] = {}
        for organization in organizations.records:
            found = own_country[organization.id]
            parent = organization.parent_id
            while parent is not None:
                below[parent].append(organization.id)
                if found is None:
                    found = own_country[parent]
                parent = parents[parent]
            self.country[organization.id] = found
        self.below = {k: tuple(v) for k, v in below.items()}
        self.codes = frozenset(c for c in self.country.values() if c is not None)
        # Keys (organization id or country code, include_former): who holds a position
        # with that organization itself, or with one of that country.
        members: dict[tuple[str, bool], set[str]] = {}
        from_country: dict[tuple[str, bool], set[str]] = {}
        for person in self.people.records:
            for position in person.positions:
                if position.organization_id is None:
                    continue
                code = self.country.get(position.organization_id)
                for include_former in (True,) if position.former else (True, False):
                    key = (position.organization_id, include_former)
                    members.setdefault(key, set()).add(person.id)
                    if code is not None:
                        from_country.setdefault((code, include_former), set()).add(person.id)
        self.members = members
        self.from_country = {k: self._sorted(v) for k, v in from_country.items()}
        self.memo: dict[tuple[str, bool, bool], tuple[Person, ...]] = {}

    def _sorted(self, ids: Iterable[str]) -> tuple[Person, ...]:
        found = (self.people.by_id(i) for i in ids)
        return tuple(sorted((p for p in found if p is not None), key=person_order))

    def affiliated(self, organization_id: str, below: bool, former: bool) -> tuple[Person, ...]:
        key = (organization_id, below, former)
        answer = self.memo.get(key)
        if answer is None:
            ids: set[str] = set()
            for member_of in self.below[organization_id] if below else (organization_id,):
                ids |= self.members.get((member_of, former), set())
            answer = self.memo[key] = self._sorted(ids)
        return answer


def _affiliations(edition: Edition) -> _Affiliations:
    return cached(edition, "query.affiliations", _Affiliations)


def effective_country(edition: Edition, organization: Organization | str) -> str | None:
    """The alpha-2 code an organization counts under: its own, else its nearest parent's.

    Args:
        edition: The edition.
        organization: The organization, or its id or name.

    Returns:
        The code, or None if neither it nor any organization above it has one.
    """
    organization_id = resolve_organization(edition, organization).id
    return _affiliations(edition).country[organization_id]


def suborganizations(edition: Edition, organization: Organization | str) -> tuple[str, ...]:
    """The ids of every organization below one, at any depth, in edition order.

    Args:
        edition: The edition.
        organization: The organization, or its id or name.

    Returns:
        The ids, not including the organization's own.
    """
    organization_id = resolve_organization(edition, organization).id
    return _affiliations(edition).below[organization_id][1:]


def affiliated_with(
    edition: Edition,
    organization: Organization | str,
    *,
    include_suborganizations: bool = True,
    include_former: bool = False,
) -> tuple[Person, ...]:
    """See :meth:`asean_coop.Edition.affiliated_with`."""
    organization_id = resolve_organization(edition, organization).id
    return _affiliations(edition).affiliated(
        organization_id, include_suborganizations, include_former
    )


def _country_code(edition: Edition, key: Country | str) -> str:
    try:
        return country(key).code
    except NotFoundError:
        # A code the edition uses is good even if the country table lacks it.
        code = key.strip().upper() if isinstance(key, str) else ""
        if code in _affiliations(edition).codes:
            return code
        raise


def people_from(
    edition: Edition, country_key: Country | str, *, include_former: bool = False
) -> tuple[Person, ...]:
    """See :meth:`asean_coop.Edition.people_from`."""
    code = _country_code(edition, country_key)
    return _affiliations(edition).from_country.get((code, include_former), ())


def _build_represented(edition: Edition) -> tuple[Country, ...]:
    codes = {code for code, former in _affiliations(edition).from_country if not former}
    return tuple(country(code) for code in sorted(codes))


def countries_represented(edition: Edition) -> tuple[Country, ...]:
    """See :meth:`asean_coop.Edition.countries_represented`."""
    return cached(edition, "query.represented", _build_represented)
