"""Who belongs where: people by organization and by country.

A person is affiliated with the organizations they hold a position with, and, by
default, with every organization above those (a college's lecturer is affiliated with
its university). An organization without a country of its own takes the country of the
nearest organization above it that has one. Only current positions count unless
``include_former`` is set.

Every walk up or down the ``parent_id`` tree is memoised or done once, so the tables
cost time linear in the number of organizations and positions, whatever the depth of
the tree (a chain of 16,000 organizations included).

People come in the order of their name's ``sort_key``, ties broken by id.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..errors import NotFoundError
from ..model import Country, Edition, Organization, Person
from ._cache import cached
from ._countries import country as bundled_country
from ._countries import edition_codes
from ._keys import person_order
from ._lookup import index, lookup

__all__ = [
    "affiliated_with",
    "countries_represented",
    "effective_country",
    "people_from",
    "suborganizations",
]


class _Affiliations:
    def __init__(self, edition: Edition) -> None:
        organizations = index(edition, Organization).records
        self.people = index(edition, Person)
        self.order = {o.id: n for n, o in enumerate(organizations)}
        parent = {o.id: o.parent_id for o in organizations}
        self.children: dict[str, list[str]] = {}
        for organization in organizations:
            if organization.parent_id is not None:
                self.children.setdefault(organization.parent_id, []).append(organization.id)
        # The effective country, memoised: each organization is resolved once.
        own = {o.id: o.country for o in organizations}
        self.country: dict[str, str | None] = {}
        for organization in organizations:
            chain: list[str] = []  # organizations without a country of their own
            current: str | None = organization.id
            while current is not None and current not in self.country:
                if own.get(current) is not None:
                    self.country[current] = own[current]
                    break
                chain.append(current)
                current = parent.get(current)
            found = None if current is None else self.country[current]
            for member in chain:
                self.country[member] = found
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

    def below(self, organization_id: str) -> list[str]:
        """Every organization under one, at any depth (one pass, no recursion)."""
        found: list[str] = []
        stack = list(self.children.get(organization_id, ()))
        while stack:
            current = stack.pop()
            found.append(current)
            stack.extend(self.children.get(current, ()))
        return found

    def affiliated(self, organization_id: str, below: bool, former: bool) -> tuple[Person, ...]:
        key = (organization_id, below, former)
        answer = self.memo.get(key)
        if answer is None:
            ids: set[str] = set()
            for member_of in (organization_id, *(self.below(organization_id) if below else ())):
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
    organization_id = lookup(edition, Organization, organization).id
    return _affiliations(edition).country[organization_id]


def suborganizations(edition: Edition, organization: Organization | str) -> tuple[str, ...]:
    """The ids of every organization below one, at any depth, in edition order.

    Args:
        edition: The edition.
        organization: The organization, or its id or name.

    Returns:
        The ids, not including the organization's own.
    """
    organization_id = lookup(edition, Organization, organization).id
    tables = _affiliations(edition)
    return tuple(sorted(tables.below(organization_id), key=tables.order.__getitem__))


def affiliated_with(
    edition: Edition,
    organization: Organization | str,
    *,
    include_suborganizations: bool = True,
    include_former: bool = False,
) -> tuple[Person, ...]:
    """See :meth:`asean_coop.Edition.affiliated_with`."""
    organization_id = lookup(edition, Organization, organization).id
    return _affiliations(edition).affiliated(
        organization_id, include_suborganizations, include_former
    )


def _country_code(edition: Edition, key: Country | str, table: Sequence[Country] | None) -> str:
    """The alpha-2 code a country key stands for.

    A :class:`Country` and a code the edition names (in any field that may name a
    country, :func:`~._countries.edition_codes`) need no table; any other key is looked
    up in ``table``, or in the bundled table when it is None.
    """
    if isinstance(key, Country):
        return key.code
    if not isinstance(key, str):
        raise TypeError(f"expected a Country or a string key, got {key!r}")
    code = key.strip().upper()
    if code in edition_codes(edition):
        return code
    if table is None:
        return bundled_country(key).code
    from ._countries import country_in

    return country_in(table, key).code


def people_from(
    edition: Edition,
    country_key: Country | str,
    *,
    include_former: bool = False,
    countries: Sequence[Country] | None = None,
) -> tuple[Person, ...]:
    """See :meth:`asean_coop.Edition.people_from`."""
    code = _country_code(edition, country_key, countries)
    return _affiliations(edition).from_country.get((code, include_former), ())


def countries_represented(
    edition: Edition, countries: Sequence[Country] | None = None
) -> tuple[Country, ...]:
    """See :meth:`asean_coop.Edition.countries_represented`."""
    codes = sorted({code for code, former in _affiliations(edition).from_country if not former})
    if countries is None:
        return tuple(bundled_country(code) for code in codes)
    by_code = {c.code: c for c in countries}
    missing = [code for code in codes if code not in by_code]
    if missing:
        raise NotFoundError(f"the country table given has no {', '.join(missing)}")
    return tuple(by_code[code] for code in codes)
