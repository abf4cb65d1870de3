"""Popolo JSON: people, organizations, memberships, events and speeches.

The document follows the Popolo data specification (popoloproject.com) and its
field names, so that civic-tech tools that read Popolo can take the edition in:

- ``persons``: ``id``, ``name``, ``sort_name`` (the name as an index files it),
  ``given_name``, ``family_name``, ``patronymic_name``, ``honorific_suffix``,
  ``other_names`` (written variants), ``sources``;
- ``organizations``: ``id``, ``name``, ``other_names`` (short name, aliases),
  ``classification`` (the organization kind), ``parent_id``, ``area_id`` (its
  country), ``sources``;
- ``memberships``: one per position a person holds or held: ``id``
  (``PERSON/N``), ``person_id``, ``organization_id``, ``role`` (the title),
  ``sources``;
- ``events``: ``id``, ``name``, ``description``, ``start_date`` (an ISO reduced
  date), ``classification``, ``location``, ``parent_id``, ``organization_id`` (the
  principal organizer), ``attendees``, ``sources``;
- ``speeches``: ``id``, ``creator_id``, ``event_id``, ``role``, ``attribution_text``,
  ``type`` (the speech kind), ``text`` (the project's summary: no transcript is
  published), ``sources``;
- ``areas``: the countries the organizations belong to, with Open Civic Data ids
  (``ocd-division/country:cn``).

What Popolo cannot express sits under the extension key ``"x-asean-coop"``
(:data:`EXTENSION_KEY`): the ranking in the library's own JSON form, every
organizer and participation with its role, and which memberships are former ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..codec import SCHEMA_VERSION, to_dict
from ..model import (
    Edition,
    Event,
    Evidence,
    Organization,
    OrganizerRole,
    ParticipantRole,
    Person,
    Speech,
)
from .tables import edition_countries, place_label

__all__ = ["EXTENSION_KEY", "area_id", "to_popolo"]

EXTENSION_KEY = "x-asean-coop"
"""The top-level key of the document that holds what Popolo cannot express."""


def area_id(code: str) -> str:
    """The Open Civic Data division id Popolo areas use for a country.

    Args:
        code: An ISO 3166-1 alpha-2 code.

    Returns:
        The division id.

    Example:
        >>> area_id("CN")
        'ocd-division/country:cn'
    """
    return f"ocd-division/country:{code.lower()}"


def _compact(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if v is not None and v != []}


class _Document:
    def __init__(self, edition: Edition) -> None:
        self.edition = edition
        self.sources = {s.id: s for s in edition.sources}
        self.people = {p.id: p for p in edition.people}
        self.countries = dict(edition_countries(edition))

    def links(self, evidence: Iterable[Evidence]) -> list[dict[str, str]]:
        ids = dict.fromkeys(e.source_id for e in evidence)
        return [
            {"url": self.sources[i].url, "note": self.sources[i].title}
            for i in ids
            if i in self.sources
        ]

    def person(self, person: Person) -> dict[str, Any]:
        name = person.name
        return _compact(
            {
                "id": person.id,
                "name": name.text,
                "sort_name": name.indexed,
                "given_name": name.given,
                "family_name": name.family,
                "patronymic_name": name.patronymic,
                "honorific_suffix": name.suffix,
                "other_names": [{"name": v, "note": "variant"} for v in name.variants],
                "sources": self.links(person.evidence),
            }
        )

    def organization(self, org: Organization) -> dict[str, Any]:
        other = [{"name": org.short_name, "note": "short name"}] if org.short_name else []
        other += [{"name": a, "note": "alias"} for a in org.aliases]
        return _compact(
            {
                "id": org.id,
                "name": org.name,
                "other_names": other,
                "classification": org.kind.value,
                "parent_id": org.parent_id,
                "area_id": area_id(org.country) if org.country else None,
                "sources": self.links(org.evidence),
            }
        )

    def memberships(self, person: Person) -> list[dict[str, Any]]:
        return [
            _compact(
                {
                    "id": f"{person.id}/{index}",
                    "person_id": person.id,
                    "organization_id": position.organization_id,
                    "role": position.title,
                    "sources": self.links(person.evidence),
                }
            )
            for index, position in enumerate(person.positions, start=1)
        ]

    def event(self, event: Event) -> dict[str, Any]:
        principal = next(
            (o for o in event.organizers if o.role is OrganizerRole.ORGANIZER),
            event.organizers[0] if event.organizers else None,
        )
        return _compact(
            {
                "id": event.id,
                "name": event.name,
                "description": event.description,
                "start_date": event.date.isoformat(),
                "classification": event.kind.value,
                "location": place_label(event.place, self.countries) if event.place else None,
                "parent_id": event.parent_id,
                "organization_id": principal.organization_id if principal else None,
                "attendees": [
                    {"id": pid, "name": self.people[pid].name.text}
                    for pid in event.people()
                    if pid in self.people
                ],
                "sources": self.links(event.evidence),
            }
        )

    def speech(self, speech: Speech) -> dict[str, Any]:
        event = next((e for e in self.edition.events if e.id == speech.event_id), None)
        roles = [
            p.role
            for p in (event.participants if event else ())
            if p.person_id == speech.speaker_id
        ]
        role = next((r for r in roles if r is not ParticipantRole.ATTENDEE), None)
        speaker = self.people.get(speech.speaker_id)
        return _compact(
            {
                "id": speech.id,
                "creator_id": speech.speaker_id,
                "event_id": speech.event_id,
                "role": role.value if role else None,
                "attribution_text": speaker.name.text if speaker else None,
                "type": speech.kind.value,
                "text": speech.summary,
                "sources": self.links(speech.evidence),
            }
        )

    def areas(self) -> list[dict[str, Any]]:
        codes = sorted({o.country for o in self.edition.organizations if o.country})
        names = {code: country.name for code, country in self.countries.items() if country}
        return [
            _compact(
                {
                    "id": area_id(code),
                    "name": names.get(code),
                    "identifier": code,
                    "classification": "country",
                }
            )
            for code in codes
        ]

    def extension(self) -> dict[str, Any]:
        edition = self.edition
        return {
            "schema_version": SCHEMA_VERSION,
            "edition": {"year": edition.year, "number": edition.number, "title": edition.title},
            "ranking": to_dict(edition.ranking),
            "organizers": [
                {"event_id": e.id, "organization_id": o.organization_id, "role": o.role.value}
                for e in edition.events
                for o in e.organizers
            ],
            "participations": [
                {"event_id": e.id, "person_id": p.person_id, "role": p.role.value}
                for e in edition.events
                for p in e.participants
            ],
            "former_membership_ids": [
                f"{person.id}/{index}"
                for person in edition.people
                for index, position in enumerate(person.positions, start=1)
                if position.former
            ],
        }

    def document(self) -> dict[str, Any]:
        edition = self.edition
        return {
            "persons": [self.person(p) for p in edition.people],
            "organizations": [self.organization(o) for o in edition.organizations],
            "memberships": [m for p in edition.people for m in self.memberships(p)],
            "events": [self.event(e) for e in edition.events],
            "speeches": [self.speech(s) for s in edition.speeches],
            "areas": self.areas(),
            EXTENSION_KEY: self.extension(),
        }


def to_popolo(edition: Edition) -> dict[str, Any]:
    """The edition as a Popolo JSON document.

    Top-level collections ``persons``, ``organizations``, ``memberships`` (one per
    position), ``events``, ``speeches`` and ``areas`` (countries), each item using
    Popolo's field names and valid against Popolo's JSON Schemas; empty and unknown
    fields are left out. The ranking, organizer and participation roles and former
    posts, which Popolo cannot express, are under :data:`EXTENSION_KEY`
    (``"x-asean-coop"``): ``ranking`` (as :func:`asean_coop.to_dict` writes a
    Ranking), ``organizers``, ``participations``, ``former_membership_ids``,
    ``edition`` and ``schema_version``.

    Args:
        edition: The edition.

    Returns:
        A new dict, ready for :func:`json.dumps`.

    Example:
        >>> from asean_coop import load_edition
        >>> doc = to_popolo(load_edition(2025))
        >>> sorted(doc)
        ['areas', 'events', 'memberships', 'organizations', 'persons', 'speeches', 'x-asean-coop']
        >>> doc["events"][0]["start_date"]
        '2026-01-15'
    """
    return _Document(edition).document()
