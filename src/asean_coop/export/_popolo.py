"""Popolo JSON: people, organizations, posts, memberships, events and speeches.

The document follows the Popolo data specification (popoloproject.com) and its
field names, so that civic-tech tools that read Popolo take the edition in with
their standard fields:

- ``persons``: ``id``, ``name``, ``sort_name`` (the name as an index files it),
  ``given_name``, ``family_name``, ``patronymic_name``, ``honorific_suffix``,
  ``other_names`` (written variants), ``sources``;
- ``organizations``: ``id``, ``name``, ``other_names`` (short name, aliases),
  ``classification`` (the organization kind), ``parent_id``, ``area_id`` (its
  country), ``sources``;
- ``posts``: one per title held in an organization: ``id``, ``label`` (the title),
  ``organization_id``;
- ``memberships``: one per position a person holds or held: ``id`` (``PERSON/N``),
  ``person_id``, ``organization_id``, ``post_id``, ``role`` (the title), ``label``,
  ``sources``; a former post has an ``end_date`` (the date of the edition's main
  event, by which the source says it had ended) and a label ending in
  ``(former)``, so a standard reader does not take it as current;
- ``events``: ``id``, ``name``, ``description``, ``start_date`` and ``end_date``
  (ISO reduced dates), ``classification``, ``location``, ``parent_id``,
  ``organization_id`` (the principal organizer: the one with the ``organizer``
  role, else the first co-host, never a supervisor), ``attendees``, ``sources``;
- ``speeches``: ``id``, ``creator_id``, ``event_id``, ``role`` (``Chair`` for a
  presider, else the role capitalised: ``Speaker``, ``Commentator``...),
  ``attribution_text``, ``type`` (``speech``, from Popolo's list; the library's kind
  is in the extension), ``title``, ``text`` (the project's summary: no transcript is
  published), ``sources``;
- ``areas``: the countries of organizations and of events' places, with Open Civic Data
  ids (``ocd-division/country:cn``); the countries other records name are in the
  extension, with those records.

Sources are Popolo links whose ``note`` gives title, publisher and date. What Popolo
has no field for sits under the extension key ``"x-asean-coop"``
(:data:`EXTENSION_KEY`), in the library's own JSON form: the ranking, initiatives,
milestones, errata, the full sources, every organizer and participation with its
role, speeches' kinds, points, topics, mentions and figures, events' kinds, places
and attendance, name order and honors, and the evidence of every record with its
paragraphs. Every field of the edition that holds records is there: in full, or, for
the collections Popolo has items for, per id with the fields those items do not carry.
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
from ..model._references import record_fields
from ._tables import cited_records, edition_countries, place_label

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
    return {k: v for k, v in item.items() if v is not None and v != [] and v != {}}


_SPEECH_ROLES = {ParticipantRole.PRESIDER: "Chair"}
"""Popolo's word for a speaker's role, where it differs from the role capitalised."""


def _post_id(organization_id: str | None, title: str) -> str:
    words = "-".join("".join(c if c.isalnum() else " " for c in title.lower()).split())
    return f"{organization_id or 'none'}/{words}"


class _Document:
    def __init__(self, edition: Edition) -> None:
        self.edition = edition
        self.sources = {s.id: s for s in edition.sources}
        self.people = {p.id: p for p in edition.people}
        self.events = {e.id: e for e in edition.events}
        self.countries = dict(edition_countries(edition))
        self.main_date = edition.main_event.date

    def links(self, evidence: Iterable[Evidence]) -> list[dict[str, str]]:
        ids = dict.fromkeys(e.source_id for e in evidence)
        return [
            {
                "url": self.sources[i].url,
                "note": self.sources[i].citation,
            }
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

    def posts(self) -> list[dict[str, Any]]:
        posts: dict[str, dict[str, Any]] = {}
        for person in self.edition.people:
            for position in person.positions:
                key = _post_id(position.organization_id, position.title)
                posts.setdefault(
                    key,
                    _compact(
                        {
                            "id": key,
                            "label": position.title,
                            "organization_id": position.organization_id,
                        }
                    ),
                )
        return list(posts.values())

    def memberships(self, person: Person) -> list[dict[str, Any]]:
        return [
            _compact(
                {
                    "id": f"{person.id}/{index}",
                    "person_id": person.id,
                    "organization_id": position.organization_id,
                    "post_id": _post_id(position.organization_id, position.title),
                    "role": position.title,
                    "label": f"{position.title} (former)" if position.former else position.title,
                    "end_date": self.main_date.isoformat() if position.former else None,
                    "sources": self.links(person.evidence),
                }
            )
            for index, position in enumerate(person.positions, start=1)
        ]

    def event(self, event: Event) -> dict[str, Any]:
        principal = next(
            (o for o in event.organizers if o.role is OrganizerRole.ORGANIZER),
            next((o for o in event.organizers if o.role is OrganizerRole.CO_HOST), None),
        )
        return _compact(
            {
                "id": event.id,
                "name": event.name,
                "description": event.description,
                "start_date": event.date.isoformat(),
                "end_date": event.date.isoformat(),
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
        event = self.events.get(speech.event_id)
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
                "role": _SPEECH_ROLES.get(role, role.value.capitalize()) if role else None,
                "attribution_text": speaker.name.text if speaker else None,
                "type": "speech",
                "title": f"{speech.kind.value.capitalize()} by {speaker.name.text}"
                if speaker
                else None,
                "text": speech.summary,
                "sources": self.links(speech.evidence),
            }
        )

    def areas(self) -> list[dict[str, Any]]:
        codes = {o.country for o in self.edition.organizations if o.country}
        codes |= {e.place.country for e in self.edition.events if e.place is not None}
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
            for code in sorted(codes)
        ]

    def extension(self) -> dict[str, Any]:
        edition = self.edition
        evidence = {
            f"{kind}/{key}": [to_dict(e) for e in items]
            for kind, key, items in cited_records(edition)
            if items
        }
        held = [name for name, _, _ in record_fields(Edition)]
        return {
            "schema_version": SCHEMA_VERSION,
            "edition": {
                "year": edition.year,
                "number": edition.number,
                "title": edition.title,
            },
            **{
                name: _json(getattr(edition, name)) for name in held if name not in _STANDARD_FIELDS
            },
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
            **{
                name: _rests(getattr(edition, name), _STANDARD_FIELDS[name])
                for name in held
                if name in _STANDARD_FIELDS
            },
            "evidence": evidence,
        }

    def document(self) -> dict[str, Any]:
        edition = self.edition
        return {
            "persons": [self.person(p) for p in edition.people],
            "organizations": [self.organization(o) for o in edition.organizations],
            "posts": self.posts(),
            "memberships": [m for p in edition.people for m in self.memberships(p)],
            "events": [self.event(e) for e in edition.events],
            "speeches": [self.speech(s) for s in edition.speeches],
            "areas": self.areas(),
            EXTENSION_KEY: self.extension(),
        }


_PERSON_KEYS = frozenset({"id", "positions", "evidence"})
_ORG_KEYS = frozenset(
    {"id", "name", "short_name", "aliases", "kind", "parent_id", "country", "evidence"}
)
_EVENT_KEYS = frozenset(
    {"id", "name", "date", "parent_id", "organizers", "participants", "description", "evidence"}
)
_SPEECH_KEYS = frozenset({"id", "event_id", "speaker_id", "summary", "evidence"})

_STANDARD_FIELDS = {
    "organizations": _ORG_KEYS,
    "people": _PERSON_KEYS,
    "events": _EVENT_KEYS,
    "speeches": _SPEECH_KEYS,
}
"""The collections Popolo has items for, each with the fields its items (and the
extension's organizers, participations and evidence) carry; every other field of the
edition that holds records is in the extension in full."""


def _json(value: Any) -> Any:
    """A record, or each record of a tuple, in the library's JSON form."""
    if isinstance(value, tuple):
        return [to_dict(item) for item in value]
    return None if value is None else to_dict(value)


def _rests(records: Iterable[Any], standard: frozenset[str]) -> dict[str, dict[str, Any]]:
    """Per id, what :func:`_rest` keeps of each record; records it keeps nothing of are
    left out."""
    return {record.id: rest for record in records if (rest := _rest(record, standard))}


def _rest(record: Any, standard: frozenset[str]) -> dict[str, Any]:
    """The record's JSON form less what the standard Popolo fields already carry.

    Every field the model adds later lands here without an edit."""
    return {k: v for k, v in to_dict(record).items() if k not in standard}


def to_popolo(edition: Edition) -> dict[str, Any]:
    """The edition as a Popolo JSON document.

    Top-level collections ``persons``, ``organizations``, ``posts``, ``memberships``
    (one per position; former ones end), ``events``, ``speeches`` and ``areas``
    (countries), each item using Popolo's field names and valid against Popolo's
    JSON Schemas; empty and unknown fields are left out. What Popolo has no field
    for is under :data:`EXTENSION_KEY` (``"x-asean-coop"``), in the library's own
    JSON form: ``schema_version``, ``edition``, ``sources``, ``ranking``,
    ``initiatives``, ``milestones``, ``errata``, ``organizers``,
    ``participations``, ``former_membership_ids``, and per-record ``organizations``, ``people``,
    ``events``, ``speeches`` and ``evidence``.

    Args:
        edition: The edition.

    Returns:
        A new dict, ready for :func:`json.dumps`.

    Example:
        >>> from asean_coop import load_edition
        >>> doc = to_popolo(load_edition(2025))
        >>> sorted(doc)  # doctest: +NORMALIZE_WHITESPACE
        ['areas', 'events', 'memberships', 'organizations', 'persons', 'posts', 'speeches',
         'x-asean-coop']
        >>> doc["events"][0]["start_date"]
        '2026-01-15'
    """
    return _Document(edition).document()
