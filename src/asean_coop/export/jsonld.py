"""schema.org JSON-LD: the edition as one linked ``@graph``.

The ``@context`` is inline (``"@vocab": "https://schema.org/"``), so a JSON-LD
processor expands it offline, without fetching anything. Every record becomes a node
with an absolute ``@id`` (``urn:asean-coop:2025:person:yu-yunquan`` by default) and
links between records are ``{"@id": ...}`` objects. Only schema.org types and
properties are used:

- ``Event`` with ``name``, ``startDate``, ``description``, ``location`` (a ``Place``
  with a ``PostalAddress``), ``superEvent`` and ``subEvent``, ``organizer``,
  ``performer`` (speakers, presiders, commentators, panelists, performers) and
  ``attendee`` (attendees and exhibitors);
- ``Person`` with ``givenName``, ``familyName``, ``additionalName`` (a patronymic),
  ``honorificSuffix``, ``alternateName``, ``jobTitle`` and ``worksFor`` (current
  posts), ``affiliation`` (every post's organization) and ``award``;
- ``Organization`` with ``alternateName`` and ``parentOrganization``;
- each speech a ``CreativeWork`` with ``genre`` "speech", ``author``, ``abstract``,
  ``recordedAt``, ``keywords`` (topics) and ``mentions`` (organizations);
- the ranking an ``ItemList`` of ``ListItem`` s with ``numberOfItems`` (the list's
  size), ``itemListOrder`` and ``subjectOf`` (the event that released it).
"""

from __future__ import annotations

from typing import Any

from ..model import Edition, Event, Organization, ParticipantRole, Person, Speech
from .tables import edition_countries, place_label

__all__ = ["SCHEMA_ORG", "to_jsonld"]

SCHEMA_ORG = "https://schema.org/"
"""The vocabulary every term of the graph belongs to."""

_PERFORMING = frozenset(
    {
        ParticipantRole.SPEAKER,
        ParticipantRole.PRESIDER,
        ParticipantRole.COMMENTATOR,
        ParticipantRole.PANELIST,
        ParticipantRole.PERFORMER,
    }
)


class _Graph:
    def __init__(self, edition: Edition, base: str) -> None:
        self.edition = edition
        self.base = base
        self.countries = dict(edition_countries(edition))
        self.organization_ids = {o.id for o in edition.organizations}

    def iri(self, kind: str, key: str) -> str:
        return f"{self.base}{kind}:{key}"

    def link(self, kind: str, key: str) -> dict[str, str]:
        return {"@id": self.iri(kind, key)}

    def links(self, kind: str, keys: list[str]) -> list[dict[str, str]]:
        return [self.link(kind, k) for k in dict.fromkeys(keys)]

    def organization(self, org: Organization) -> dict[str, Any]:
        node: dict[str, Any] = {
            "@id": self.iri("organization", org.id),
            "@type": "Organization",
            "identifier": org.id,
            "name": org.name,
        }
        alternate = [n for n in (org.short_name, *org.aliases) if n]
        if alternate:
            node["alternateName"] = alternate
        if org.parent_id:
            node["parentOrganization"] = self.link("organization", org.parent_id)
        return node

    def person(self, person: Person) -> dict[str, Any]:
        name = person.name
        node: dict[str, Any] = {
            "@id": self.iri("person", person.id),
            "@type": "Person",
            "identifier": person.id,
            "name": name.text,
        }
        optional = {
            "givenName": name.given,
            "familyName": name.family,
            "additionalName": name.patronymic,
            "honorificSuffix": name.suffix,
        }
        node.update({k: v for k, v in optional.items() if v})
        if name.variants:
            node["alternateName"] = list(name.variants)
        current = person.current_positions
        if current:
            node["jobTitle"] = [p.title for p in current]
        works_for = [p.organization_id for p in current if p.organization_id]
        if works_for:
            node["worksFor"] = self.links("organization", works_for)
        affiliated = [p.organization_id for p in person.positions if p.organization_id]
        if affiliated:
            node["affiliation"] = self.links("organization", affiliated)
        if person.honors:
            node["award"] = list(person.honors)
        return node

    def event(self, event: Event) -> dict[str, Any]:
        node: dict[str, Any] = {
            "@id": self.iri("event", event.id),
            "@type": "Event",
            "identifier": event.id,
            "name": event.name,
            "startDate": event.date.isoformat(),
        }
        if event.description:
            node["description"] = event.description
        if event.place is not None:
            address = {"@type": "PostalAddress", "addressLocality": event.place.city}
            if event.place.region:
                address["addressRegion"] = event.place.region
            address["addressCountry"] = event.place.country
            node["location"] = {
                "@type": "Place",
                "name": place_label(event.place, self.countries),
                "address": address,
            }
        if event.parent_id:
            node["superEvent"] = self.link("event", event.parent_id)
        children = [e.id for e in self.edition.events if e.parent_id == event.id]
        if children:
            node["subEvent"] = self.links("event", children)
        organizers = [o.organization_id for o in event.organizers]
        if organizers:
            node["organizer"] = self.links("organization", organizers)
        performers = [p.person_id for p in event.participants if p.role in _PERFORMING]
        if performers:
            node["performer"] = self.links("person", performers)
        attendees = [p.person_id for p in event.participants if p.role not in _PERFORMING]
        if attendees:
            node["attendee"] = self.links("person", attendees)
        return node

    def speech(self, speech: Speech) -> dict[str, Any]:
        node: dict[str, Any] = {
            "@id": self.iri("speech", speech.id),
            "@type": "CreativeWork",
            "identifier": speech.id,
            "genre": "speech",
            "author": self.link("person", speech.speaker_id),
            "recordedAt": self.link("event", speech.event_id),
            "abstract": speech.summary,
        }
        if speech.topics:
            node["keywords"] = list(speech.topics)
        mentioned = [m for m in speech.mentions if m in self.organization_ids]
        if mentioned:
            node["mentions"] = self.links("organization", mentioned)
        return node

    def ranking(self) -> dict[str, Any]:
        ranking = self.edition.ranking
        items = []
        for story in ranking.stories:
            item: dict[str, Any] = {
                "@type": "ListItem",
                "position": story.position,
                "name": story.title,
            }
            if story.summary:
                item["description"] = story.summary
            items.append(item)
        return {
            "@id": self.iri("ranking", ranking.id),
            "@type": "ItemList",
            "identifier": ranking.id,
            "name": ranking.title,
            "numberOfItems": ranking.size,
            "itemListOrder": {"@id": f"{SCHEMA_ORG}ItemListOrderAscending"},
            "subjectOf": self.link("event", ranking.released_at),
            "itemListElement": items,
        }

    def document(self) -> dict[str, Any]:
        edition = self.edition
        graph: list[dict[str, Any]] = []
        graph += [self.organization(o) for o in edition.organizations]
        graph += [self.person(p) for p in edition.people]
        graph += [self.event(e) for e in edition.events]
        graph += [self.speech(s) for s in edition.speeches]
        graph.append(self.ranking())
        return {"@context": {"@vocab": SCHEMA_ORG}, "@graph": graph}


def to_jsonld(edition: Edition, *, base: str | None = None) -> dict[str, Any]:
    """The edition as schema.org JSON-LD: one ``@graph`` whose nodes link by ``@id``.

    The context is inline (``{"@vocab": "https://schema.org/"}``), so the document
    expands offline. Organizer roles, participation roles other than the
    performer/attendee split, figures, milestones, initiatives, story dates and
    countries, and provenance have no place in it: use the JSON, Popolo or CSV
    exports for those.

    Args:
        edition: The edition.
        base: The start of every node's ``@id``; the default,
            ``"urn:asean-coop:YEAR:"``, gives ids such as
            ``urn:asean-coop:2025:person:yu-yunquan``. Pass your own namespace
            (``"https://example.org/asean/2025/"``) to mint ids there.

    Returns:
        A new dict: ``{"@context": {...}, "@graph": [...]}``, ready for
        :func:`json.dumps`. Nodes come in this order: organizations, people, events,
        speeches, the ranking.

    Example:
        >>> from asean_coop import load_edition
        >>> doc = to_jsonld(load_edition(2025))
        >>> doc["@context"]
        {'@vocab': 'https://schema.org/'}
        >>> sorted({node["@type"] for node in doc["@graph"]})
        ['CreativeWork', 'Event', 'ItemList', 'Organization', 'Person']
    """
    return _Graph(
        edition, base if base is not None else f"urn:asean-coop:{edition.year}:"
    ).document()
