"""Singular lookups: one person, organization, initiative, event or speech by key.

Each kind has a :class:`~.index.NameIndex`, built once per edition on first use; see
:mod:`.index` for the order in which a key is tried.
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from ..errors import NotFoundError
from ..model import Edition, Event, Initiative, Organization, Person, Speech
from .cache import cached
from .index import NameIndex

__all__ = [
    "event_index",
    "find_event",
    "find_initiative",
    "find_organization",
    "find_person",
    "find_speech",
    "initiative_index",
    "organization_index",
    "person_index",
    "resolve_event",
    "resolve_initiative",
    "resolve_organization",
    "resolve_person",
]


def _build_people(edition: Edition) -> NameIndex[Person]:
    return NameIndex(
        "person",
        edition.people,
        ids=lambda p: (p.id,),
        names=lambda p: (p.name.text, *p.name.variants),
        label=lambda p: f"{p.name.text} ({p.id})",
    )


def _build_organizations(edition: Edition) -> NameIndex[Organization]:
    return NameIndex(
        "organization",
        edition.organizations,
        ids=lambda o: (o.id,),
        names=lambda o: o.names,
        label=lambda o: f"{o.name} ({o.id})",
    )


def _build_initiatives(edition: Edition) -> NameIndex[Initiative]:
    return NameIndex(
        "initiative",
        edition.initiatives,
        ids=lambda i: (i.id,),
        names=lambda i: i.names,
        label=lambda i: f"{i.name} ({i.id})",
    )


def _build_events(edition: Edition) -> NameIndex[Event]:
    main = edition.event
    ordered = (main, *(e for e in edition.events if e is not main))
    return NameIndex(
        "event",
        ordered,
        ids=lambda e: (e.id,),
        names=lambda e: (e.name,),
        label=lambda e: f"{e.name} ({e.id})",
    )


def person_index(edition: Edition) -> NameIndex[Person]:
    """The edition's people by id and name."""
    return cached(edition, "query.people", _build_people)


def organization_index(edition: Edition) -> NameIndex[Organization]:
    """The edition's organizations by id, name, short name and alias."""
    return cached(edition, "query.organizations", _build_organizations)


def initiative_index(edition: Edition) -> NameIndex[Initiative]:
    """The edition's initiatives by id, name, short name and alias."""
    return cached(edition, "query.initiatives", _build_initiatives)


def event_index(edition: Edition) -> NameIndex[Event]:
    """The edition's events by id and name; the main event comes first."""
    return cached(edition, "query.events", _build_events)


def find_person(edition: Edition, key: str) -> Person:
    """See :meth:`asean_coop.Edition.person`."""
    return person_index(edition).find(key)


def find_organization(edition: Edition, key: str) -> Organization:
    """See :meth:`asean_coop.Edition.organization`."""
    return organization_index(edition).find(key)


def find_initiative(edition: Edition, key: str) -> Initiative:
    """See :meth:`asean_coop.Edition.initiative`."""
    return initiative_index(edition).find(key)


def find_event(edition: Edition, key: str) -> Event:
    """See :meth:`asean_coop.Edition.find_event`."""
    return event_index(edition).find(key)


def _speech_label(edition: Edition, speech: Speech) -> str:
    speaker = person_index(edition).find(speech.speaker_id)
    return f"{speech.id} ({speech.kind.value} by {speaker.name.text})"


def _build_speeches(edition: Edition) -> NameIndex[Speech]:
    return NameIndex(
        "speech",
        edition.speeches,
        ids=lambda s: (s.id,),
        names=lambda s: (),
        label=lambda s: _speech_label(edition, s),  # called now, not kept
    )


def find_speech(edition: Edition, key: str) -> Speech:
    """See :meth:`asean_coop.Edition.speech`."""
    speeches = cached(edition, "query.speech-ids", _build_speeches)
    found = speeches.matches(key)
    if found:
        return found[0]
    from .speeches import speeches_by

    people = person_index(edition)
    if people.matches(key):
        person = people.find(key)  # refuses a key that fits several people
        said = speeches_by(edition, person)
        if len(said) == 1:
            return said[0]
        if said:
            listed = "; ".join(speeches.label(s) for s in said)
            raise NotFoundError(
                f"{person.name.text} made {len(said)} speeches: {listed}; use a speech id"
            )
        raise NotFoundError(f"{people.label(person)} made no speech")
    known = ", ".join(s.id for s in edition.speeches) or "none"
    raise NotFoundError(
        f"no speech has the id {key!r}, and no person is called that; speech ids: {known}"
    )


class _Record(Protocol):
    @property
    def id(self) -> str: ...


H = TypeVar("H", bound=_Record)


def _resolve(index: NameIndex[H], value: H | str, cls: type[H]) -> H:
    if isinstance(value, cls):
        record = index.by_id(value.id)
        if record is None or record != value:
            raise NotFoundError(
                f"the {index.kind} given ({value.id!r}) is not one of the edition's records"
            )
        return record
    if not isinstance(value, str):
        raise TypeError(f"expected a {cls.__name__} or a string key, got {value!r}")
    return index.find(value)


def resolve_person(edition: Edition, person: Person | str) -> Person:
    """A person of the edition, given as the record or as a key.

    Args:
        edition: The edition.
        person: A :class:`~asean_coop.Person` of the edition, or an id or name.

    Returns:
        The edition's record.

    Raises:
        NotFoundError: If the key finds no one person, or the record is not one of
            the edition's.
        TypeError: If ``person`` is neither a Person nor a string.
    """
    return _resolve(person_index(edition), person, Person)


def resolve_organization(edition: Edition, organization: Organization | str) -> Organization:
    """An organization of the edition, given as the record or as a key (see above)."""
    return _resolve(organization_index(edition), organization, Organization)


def resolve_initiative(edition: Edition, initiative: Initiative | str) -> Initiative:
    """An initiative of the edition, given as the record or as a key (see above)."""
    return _resolve(initiative_index(edition), initiative, Initiative)


def resolve_event(edition: Edition, event: Event | str) -> Event:
    """An event of the edition, given as the record or as a key (see above)."""
    return _resolve(event_index(edition), event, Event)
