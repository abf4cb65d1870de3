"""Who took part and in what role; who organised; who spoke.

People come in the order of their name's ``sort_key`` (the order a reference
librarian files them), ties broken by id. Roles come in the order of the enum.
Organizers come by role (supervisors, then co-hosts, then organizers), then in the
order the events list them, the main event first; each organization once.

Every answer is read from tables built once per edition.
"""

from __future__ import annotations

from ..model import (
    Edition,
    Event,
    Organization,
    OrganizerRole,
    ParticipantRole,
    Person,
)
from ._cache import cached
from ._keys import organizer_role, participant_role, person_order
from ._lookup import index, lookup

__all__ = ["organizers", "participants", "roles_of", "speakers"]

# Keys: (event id or None for every event, role or None for every role).
_PeopleTable = dict[tuple[str | None, ParticipantRole | None], tuple[Person, ...]]
_RoleTable = dict[tuple[str, str | None], tuple[ParticipantRole, ...]]
_OrganizerTable = dict[tuple[str | None, OrganizerRole | None], tuple[Organization, ...]]

_ROLE_ORDER = {role: number for number, role in enumerate(ParticipantRole)}


def _build_participation(edition: Edition) -> tuple[_PeopleTable, _RoleTable]:
    people = index(edition, Person)
    by_key: dict[tuple[str | None, ParticipantRole | None], set[str]] = {}
    roles: dict[tuple[str, str | None], set[ParticipantRole]] = {}
    for event in edition.events:
        for taking_part in event.participants:
            person_id, role = taking_part.person_id, taking_part.role
            for where in (event.id, None):
                for which in (role, None):
                    by_key.setdefault((where, which), set()).add(person_id)
            for where in (event.id, None):
                roles.setdefault((person_id, where), set()).add(role)
    table: _PeopleTable = {}
    for key, ids in by_key.items():
        found = (people.by_id(i) for i in ids)
        table[key] = tuple(sorted((p for p in found if p is not None), key=person_order))
    role_table: _RoleTable = {
        key: tuple(sorted(held, key=_ROLE_ORDER.__getitem__)) for key, held in roles.items()
    }
    return table, role_table


def _people_tables(edition: Edition) -> tuple[_PeopleTable, _RoleTable]:
    return cached(edition, "query.participation", _build_participation)


def _event_id(edition: Edition, event: Event | str | None) -> str | None:
    return None if event is None else lookup(edition, Event, event).id


def participants(
    edition: Edition,
    role: ParticipantRole | str | None = None,
    event: Event | str | None = None,
) -> tuple[Person, ...]:
    """See :meth:`asean_coop.Edition.participants`."""
    wanted = None if role is None else participant_role(role)
    return _people_tables(edition)[0].get((_event_id(edition, event), wanted), ())


def roles_of(
    edition: Edition, person: Person | str, event: Event | str | None = None
) -> tuple[ParticipantRole, ...]:
    """See :meth:`asean_coop.Edition.roles_of`."""
    person_id = lookup(edition, Person, person).id
    return _people_tables(edition)[1].get((person_id, _event_id(edition, event)), ())


def _build_speakers(edition: Edition) -> tuple[Person, ...]:
    people = index(edition, Person)
    found = (people.by_id(i) for i in dict.fromkeys(s.speaker_id for s in edition.speeches))
    return tuple(sorted((p for p in found if p is not None), key=person_order))


def speakers(edition: Edition) -> tuple[Person, ...]:
    """See :meth:`asean_coop.Edition.speakers`."""
    return cached(edition, "query.speakers", _build_speakers)


def _build_organizers(edition: Edition) -> _OrganizerTable:
    organizations = index(edition, Organization)
    events = index(edition, Event).records  # the main event first
    table: dict[tuple[str | None, OrganizerRole | None], list[Organization]] = {}
    for role in OrganizerRole:
        for event in events:
            for organizer in event.organizers:
                if organizer.role is not role:
                    continue
                organization = organizations.by_id(organizer.organization_id)
                if organization is None:  # pragma: no cover - the edition checks references
                    continue
                for where in (event.id, None):
                    for which in (role, None):
                        listed = table.setdefault((where, which), [])
                        if organization not in listed:
                            listed.append(organization)
    return {key: tuple(listed) for key, listed in table.items()}


def organizers(
    edition: Edition,
    role: OrganizerRole | str | None = None,
    event: Event | str | None = None,
) -> tuple[Organization, ...]:
    """See :meth:`asean_coop.Edition.organizers`."""
    wanted = None if role is None else organizer_role(role)
    table = cached(edition, "query.organizers", _build_organizers)
    return table.get((_event_id(edition, event), wanted), ())
