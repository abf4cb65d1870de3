"""schema.org JSON-LD: the whole edition as one linked ``@graph``.

The ``@context`` is inline (``"@vocab": "https://schema.org/"``, or the
``http://schema.org/`` namespace of the official context with
``vocab=SCHEMA_ORG_HTTP``), so a JSON-LD processor expands it offline. Every record is
a node with an absolute ``@id`` (``urn:asean-coop:2025:person:yu-yunquan`` by default)
and links between records are ``{"@id": ...}`` objects. Only schema.org types and
properties are used:

- the edition: a ``Dataset`` (``name``, ``temporalCoverage`` the year, ``version`` the
  edition number, ``hasPart`` its records, ``isBasedOn`` its sources);
- sources: ``NewsArticle`` nodes (``headline``, ``publisher``, ``url``,
  ``datePublished``; general reference, undated, a ``CreativeWork``), with errata as
  ``correction`` (``CorrectionComment`` nodes);
  every record that cites a source links to it with ``citation``;
- ``Organization`` (``alternateName``, ``parentOrganization``, ``keywords`` its kind,
  ``countryOfOrigin`` its state) and ``Country`` nodes;
- ``Person`` with the name parts, ``alternateName``, ``award``, ``jobTitle`` (current
  titles) and ``worksFor`` as ``EmployeeRole`` objects that pair each title
  (``roleName``) with its organization; a former post has an ``endDate`` (the date of
  the edition's main event: it had ended by then) and the ``description``
  ``"former post"``; a post with no organization is an ``Occupation`` under
  ``hasOccupation``;
- ``Event`` with typed ``startDate``, ``location`` (a ``Place`` with a
  ``PostalAddress``, inside its ``Country``), ``superEvent``/``subEvent``, and
  ``organizer``, ``performer`` and ``attendee`` as ``Role`` objects whose ``roleName``
  is the library's role (``supervisor``, ``co_host``, ``organizer``; ``speaker``,
  ``presider``, ...); attendance a ``QuantitativeValue`` ``about`` the event;
- each speech a ``CreativeWork`` with ``genre`` its kind, ``author``, ``abstract``,
  ``recordedAt``, ``keywords`` (topics), ``hasPart`` (its points, in order),
  ``mentions`` (organizations, initiatives, countries and its figures, each a
  ``QuantitativeValue`` with ``value``, ``unitText``, ``name`` the measure,
  ``valueReference`` the qualifier, ``about`` its subject, ``observationDate``);
- initiatives as ``Project`` nodes, what speakers call them a ``PropertyValue``
  (``name`` ``designation``, ``propertyID`` the speech's id, ``value`` the term) under
  ``additionalProperty``; milestones as ``Event`` nodes with ``keywords``
  ``"milestone"`` and their countries as ``location``;
- the ranking an ``ItemList`` (also a ``CreativeWork``: ``creator`` the selecting
  organizations, ``temporalCoverage``, ``version``, ``keywords`` its dimensions)
  whose ``ListItem`` s hold each story as an ``Event`` (dates, ``spatialCoverage``),
  ``isPartOf`` its series, a ``CreativeWorkSeries`` (``description`` its standing; its
  aims, fields and flags as ``additionalProperty``);
- groups that took part without being named as ``performer`` or ``attendee`` roles
  holding an unnamed ``Organization`` (``description``, ``memberOf`` the organization
  they belong to, ``countryOfOrigin`` their countries).

Every record that cites a source also gives the paragraphs as a ``PropertyValue``
(``name`` ``paragraphs``, ``propertyID`` the source id) under ``additionalProperty``;
evidence that qualifies its claim (an inference, general reference, a note, or the
fields it supports) is one more ``PropertyValue`` there (``name`` ``evidence``,
``propertyID`` the source id, ``value`` its kind, ``description`` its note,
``valueReference`` a ``PropertyValue`` ``about`` listing the fields), and
every plain field that has no schema.org term of its own (a name's ``order``, say)
is an ``additionalProperty`` named after the field: a field added to the model reaches
the graph without an edit here.

Dates are typed literals by precision: ``xsd:date`` (``2026-01-15``),
``xsd:gYearMonth`` (``2025-09``) and ``xsd:gYear`` (``2025``), so SPARQL compares
and extracts them as dates.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

from ..model import (
    Edition,
    Erratum,
    Event,
    Evidence,
    EvidenceKind,
    Figure,
    Initiative,
    Milestone,
    Organization,
    PartialDate,
    ParticipantGroup,
    ParticipantRole,
    Person,
    Precision,
    Source,
    SourceKind,
    Speech,
)
from ..model._references import is_record
from ._tables import edition_countries, mention_kind, place_label

__all__ = [
    "SCHEMA_ORG",
    "SCHEMA_ORG_HTTP",
    "XSD",
    "additional_properties",
    "jsonld_date",
    "to_jsonld",
]

SCHEMA_ORG = "https://schema.org/"
"""The vocabulary every term of the graph belongs to (the default)."""

SCHEMA_ORG_HTTP = "http://schema.org/"
"""The namespace the official schema.org context maps terms to; pass it as ``vocab``."""

XSD = "http://www.w3.org/2001/XMLSchema#"
"""The XML Schema datatypes namespace of the typed date literals."""

_DATE_TYPES = {
    Precision.DAY: "xsd:date",
    Precision.MONTH: "xsd:gYearMonth",
    Precision.YEAR: "xsd:gYear",
}

_PERFORMING = frozenset(
    {
        ParticipantRole.SPEAKER,
        ParticipantRole.PRESIDER,
        ParticipantRole.COMMENTATOR,
        ParticipantRole.PANELIST,
        ParticipantRole.PERFORMER,
    }
)
"""Roles written under ``performer``; the others (attendee, exhibitor) under ``attendee``."""


def jsonld_date(date: PartialDate) -> dict[str, str]:
    """A date as a typed JSON-LD literal, typed by its precision.

    Args:
        date: The date.

    Returns:
        ``{"@value": ISO text, "@type": "xsd:date" | "xsd:gYearMonth" | "xsd:gYear"}``.

    Example:
        >>> jsonld_date(PartialDate(year=2025, month=9))
        {'@value': '2025-09', '@type': 'xsd:gYearMonth'}
    """
    return {"@value": date.isoformat(), "@type": _DATE_TYPES[date.precision]}


_MAPPED: dict[str, frozenset[str]] = {
    name: frozenset(fields.split())
    for name, fields in {
        "Source": "id title publisher url published",
        "Erratum": "source_id paragraph found meant note",
        "Organization": "id name short_name kind country parent_id aliases evidence",
        "Initiative": "id name short_name aliases designations evidence",
        "Person": "id name positions honors evidence",
        "PersonName": "text given family patronymic suffix variants",
        "Position": "title organization_id former",
        "Event": "id name kind date place parent_id organizers participants attendance "
        "groups description evidence",
        "Place": "city region country",
        "Organizer": "organization_id role",
        "Participation": "person_id role",
        "Speech": "id event_id speaker_id kind summary points topics mentions figures evidence",
        "Figure": "measure value unit qualifier subject as_of",
        "Milestone": "date title countries evidence",
        "Ranking": "id title year edition size released_at selected_by dimensions series "
        "stories evidence",
        "Series": "standing evidence",
        "ParticipantGroup": "description role organization_id countries",
        "Story": "position title summary date end_date countries evidence",
    }.items()
}
"""The fields each record's node writes with a schema.org term of its own; every other
plain field is written as an ``additionalProperty`` (a ``PropertyValue`` named after the
field), so a field added to the model reaches the graph without an edit here."""


def _literal(value: object) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, PartialDate):
        return jsonld_date(value)
    if isinstance(value, tuple):
        return [_literal(v) for v in value]
    return value


def _is_plain(value: object) -> bool:
    if isinstance(value, tuple):
        return all(_is_plain(v) for v in value)
    return not is_record(type(value))


def additional_properties(record: Any, prefix: str = "") -> list[dict[str, Any]]:
    """``PropertyValue`` s for the record's plain fields that have no term of their own.

    Fields at their default are left out, as the library's JSON leaves them out.

    Args:
        record: A model record (a :class:`~asean_coop.Person`, a
            :class:`~asean_coop.PersonName`...).
        prefix: Put before each field name (``"name."`` for a person's name parts).

    Returns:
        ``[{"@type": "PropertyValue", "name": FIELD, "value": VALUE}, ...]``.

    Example:
        >>> from asean_coop import NameOrder, PersonName
        >>> additional_properties(PersonName(text="Yin Myo Khine", order=NameOrder.SINGLE))
        [{'@type': 'PropertyValue', 'name': 'order', 'value': 'single'}]
    """
    mapped = _MAPPED.get(type(record).__name__, frozenset())
    found = []
    for field in attrs.fields(type(record)):
        if field.name in mapped or field.name.startswith("_") or not field.init:
            continue
        value = getattr(record, field.name)
        if field.default is not attrs.NOTHING and value == field.default:
            continue
        if value is None or not _is_plain(value):
            continue
        found.append(
            {"@type": "PropertyValue", "name": f"{prefix}{field.name}", "value": _literal(value)}
        )
    return found


class _Graph:
    def __init__(self, edition: Edition, base: str, vocab: str) -> None:
        self.edition = edition
        self.vocab = vocab
        self.base = base
        self.countries = dict(edition_countries(edition))
        self.used_countries: dict[str, None] = {}
        self.main_date = edition.main_event.date

    def iri(self, kind: str, key: str) -> str:
        return f"{self.base}{kind}:{key}"

    def link(self, kind: str, key: str) -> dict[str, str]:
        if kind == "country":
            self.used_countries[key] = None
        return {"@id": self.iri(kind, key)}

    def links(self, kind: str, keys: list[str]) -> list[dict[str, str]]:
        return [self.link(kind, k) for k in dict.fromkeys(keys)]

    def reference(self, key: str) -> dict[str, str]:
        """A link to an organization, initiative or country, by what the key names."""
        return self.link(mention_kind(self.edition, key), key)

    def cite(self, node: dict[str, Any], evidence: tuple[Evidence, ...]) -> dict[str, Any]:
        if evidence:
            node["citation"] = self.links("source", [e.source_id for e in evidence])
        located = [
            {
                "@type": "PropertyValue",
                "name": "paragraphs",
                "propertyID": e.source_id,
                "value": list(e.paragraphs),
            }
            for e in evidence
            if e.paragraphs
        ]
        qualified = [self.evidence(e) for e in evidence if self.qualifies(e)]
        if located or qualified:
            node.setdefault("additionalProperty", []).extend([*located, *qualified])
        return node

    @staticmethod
    def qualifies(evidence: Evidence) -> bool:
        """True for evidence that says more than which paragraphs state the record."""
        return evidence.kind is not EvidenceKind.STATED or bool(evidence.about or evidence.note)

    @staticmethod
    def evidence(evidence: Evidence) -> dict[str, Any]:
        node: dict[str, Any] = {
            "@type": "PropertyValue",
            "name": "evidence",
            "propertyID": evidence.source_id,
            "value": evidence.kind.value,
        }
        if evidence.note:
            node["description"] = evidence.note
        if evidence.about:
            node["valueReference"] = {
                "@type": "PropertyValue",
                "name": "about",
                "value": list(evidence.about),
            }
        return node

    @staticmethod
    def rest(node: dict[str, Any], record: Any, prefix: str = "") -> dict[str, Any]:
        extra = additional_properties(record, prefix)
        if extra:
            node.setdefault("additionalProperty", []).extend(extra)
        return node

    # -- records ------------------------------------------------------------------------

    def dataset(self) -> dict[str, Any]:
        edition = self.edition
        parts = [
            *(self.link("organization", o.id) for o in edition.organizations),
            *(self.link("initiative", i.id) for i in edition.initiatives),
            *(self.link("person", p.id) for p in edition.people),
            *(self.link("event", e.id) for e in edition.events),
            *(self.link("speech", s.id) for s in edition.speeches),
            *(self.link("milestone", str(i)) for i in range(1, len(edition.milestones) + 1)),
            self.link("ranking", edition.ranking.id),
        ]
        return {
            "@id": self.iri("edition", str(edition.year)),
            "@type": "Dataset",
            "name": edition.title,
            "temporalCoverage": jsonld_date(PartialDate(year=edition.year)),
            "version": edition.number,
            "isBasedOn": self.links("source", [s.id for s in edition.sources]),
            "hasPart": parts,
        }

    def source(self, source: Source) -> dict[str, Any]:
        node: dict[str, Any] = {
            "@id": self.iri("source", source.id),
            "@type": "NewsArticle" if source.kind is SourceKind.DOCUMENT else "CreativeWork",
            "identifier": source.id,
            "headline": source.title,
            "publisher": {"@type": "Organization", "name": source.publisher},
            "url": source.url,
        }
        if source.published is not None:
            node["datePublished"] = jsonld_date(source.published)
        corrections = [
            self.erratum(index, e)
            for index, e in enumerate(self.edition.errata, start=1)
            if e.source_id == source.id
        ]
        if corrections:
            node["correction"] = corrections
        return self.rest(node, source)

    def erratum(self, index: int, erratum: Erratum) -> dict[str, Any]:
        return {
            "@type": "CorrectionComment",
            "identifier": f"erratum-{index}",
            "position": erratum.paragraph,
            "name": f"{erratum.found!r} should read {erratum.meant!r}",
            "text": erratum.note,
            **({"additionalProperty": extra} if (extra := additional_properties(erratum)) else {}),
        }

    def country(self, code: str) -> dict[str, Any]:
        node: dict[str, Any] = {
            "@id": self.iri("country", code),
            "@type": "Country",
            "identifier": code,
        }
        country = self.countries.get(code)
        if country is not None:
            node["name"] = country.name
            node["alternateName"] = [country.official_name, country.code3, *country.aliases]
        return node

    def organization(self, org: Organization) -> dict[str, Any]:
        node: dict[str, Any] = {
            "@id": self.iri("organization", org.id),
            "@type": "Organization",
            "identifier": org.id,
            "name": org.name,
            "keywords": org.kind.value,
        }
        alternate = [n for n in (org.short_name, *org.aliases) if n]
        if alternate:
            node["alternateName"] = alternate
        if org.parent_id:
            node["parentOrganization"] = self.link("organization", org.parent_id)
        if org.country:
            node["countryOfOrigin"] = self.link("country", org.country)
        return self.cite(self.rest(node, org), org.evidence)

    def initiative(self, initiative: Initiative) -> dict[str, Any]:
        node: dict[str, Any] = {
            "@id": self.iri("initiative", initiative.id),
            "@type": "Project",
            "identifier": initiative.id,
            "name": initiative.name,
        }
        alternate = [n for n in (initiative.short_name, *initiative.aliases) if n]
        if alternate:
            node["alternateName"] = alternate
        designations = [
            {
                "@type": "PropertyValue",
                "name": "designation",
                "propertyID": d.speech_id,
                "value": d.term,
            }
            for d in initiative.designations
        ]
        if designations:
            node["additionalProperty"] = designations
        return self.cite(self.rest(node, initiative), initiative.evidence)

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
        roles: list[dict[str, Any]] = []
        occupations: list[dict[str, Any]] = []
        for position in person.positions:
            role: dict[str, Any] = self.rest({"roleName": position.title}, position)
            if position.former:
                role["endDate"] = jsonld_date(self.main_date)
                role["description"] = "former post"
            if position.organization_id:
                role = {
                    "@type": "EmployeeRole",
                    **role,
                    "worksFor": self.link("organization", position.organization_id),
                }
                roles.append(role)
            else:
                occupations.append(
                    {
                        "@type": "Role",
                        **role,
                        "hasOccupation": {"@type": "Occupation", "name": position.title},
                    }
                )
        if roles:
            node["worksFor"] = roles
        if occupations:
            node["hasOccupation"] = occupations
        if person.honors:
            node["award"] = list(person.honors)
        self.rest(self.rest(node, person), person.name, "name.")
        return self.cite(node, person.evidence)

    def figure(self, key: str, figure: Figure, about: dict[str, str] | None) -> dict[str, Any]:
        node: dict[str, Any] = {
            "@id": self.iri("figure", key),
            "@type": "QuantitativeValue",
            "name": figure.measure,
            "value": figure.value,
            "description": figure.describe(),
            "valueReference": {
                "@type": "PropertyValue",
                "name": "qualifier",
                "value": figure.qualifier.value,
            },
        }
        if figure.unit:
            node["unitText"] = figure.unit
        subject = about or (self.reference(figure.subject) if figure.subject else None)
        if subject is not None:
            node["about"] = subject
        if figure.as_of is not None:
            node["observationDate"] = jsonld_date(figure.as_of)
        return self.rest(node, figure)

    def event(self, event: Event) -> list[dict[str, Any]]:
        node: dict[str, Any] = {
            "@id": self.iri("event", event.id),
            "@type": "Event",
            "identifier": event.id,
            "name": event.name,
            "keywords": event.kind.value,
            "startDate": jsonld_date(event.date),
        }
        if event.description:
            node["description"] = event.description
        if event.place is not None:
            address = {"@type": "PostalAddress", "addressLocality": event.place.city}
            if event.place.region:
                address["addressRegion"] = event.place.region
            address["addressCountry"] = event.place.country
            node["location"] = self.rest(
                {
                    "@type": "Place",
                    "name": place_label(event.place, self.countries),
                    "address": address,
                    "containedInPlace": self.link("country", event.place.country),
                },
                event.place,
            )
        if event.parent_id:
            node["superEvent"] = self.link("event", event.parent_id)
        children = [e.id for e in self.edition.events if e.parent_id == event.id]
        if children:
            node["subEvent"] = self.links("event", children)
        organizers = [
            self.rest(
                {
                    "@type": "Role",
                    "roleName": o.role.value,
                    "organizer": self.link("organization", o.organization_id),
                },
                o,
            )
            for o in dict.fromkeys(event.organizers)
        ]
        if organizers:
            node["organizer"] = organizers
        for prop, wanted in (("performer", True), ("attendee", False)):
            roles = [
                self.rest(
                    {
                        "@type": "Role",
                        "roleName": p.role.value,
                        prop: self.link("person", p.person_id),
                    },
                    p,
                )
                for p in dict.fromkeys(event.participants)
                if (p.role in _PERFORMING) is wanted
            ]
            if roles:
                node[prop] = roles
        for group in event.groups:
            prop = "performer" if group.role in _PERFORMING else "attendee"
            node.setdefault(prop, []).append(self.group(group, prop))
        nodes = [self.cite(self.rest(node, event), event.evidence)]
        if event.attendance is not None:
            key = f"event/{event.id}/attendance"
            nodes.append(self.figure(key, event.attendance, self.link("event", event.id)))
        return nodes

    def group(self, group: ParticipantGroup, prop: str) -> dict[str, Any]:
        members: dict[str, Any] = {"@type": "Organization", "description": group.description}
        if group.organization_id:
            members["memberOf"] = self.link("organization", group.organization_id)
        if group.countries:
            members["countryOfOrigin"] = self.links("country", list(group.countries))
        return self.rest({"@type": "Role", "roleName": group.role.value, prop: members}, group)

    def speech(self, speech: Speech) -> list[dict[str, Any]]:
        node: dict[str, Any] = {
            "@id": self.iri("speech", speech.id),
            "@type": "CreativeWork",
            "identifier": speech.id,
            "genre": speech.kind.value,
            "author": self.link("person", speech.speaker_id),
            "recordedAt": self.link("event", speech.event_id),
            "abstract": speech.summary,
        }
        if speech.topics:
            node["keywords"] = list(speech.topics)
        if speech.points:
            node["hasPart"] = [
                {"@type": "CreativeWork", "position": index, "text": point}
                for index, point in enumerate(speech.points, start=1)
            ]
        figures = [
            self.figure(f"speech/{speech.id}/{index}", figure, None)
            for index, figure in enumerate(speech.figures, start=1)
        ]
        mentioned = [self.reference(m) for m in dict.fromkeys(speech.mentions)]
        mentioned += [{"@id": f["@id"]} for f in figures]
        if mentioned:
            node["mentions"] = mentioned
        return [self.cite(self.rest(node, speech), speech.evidence), *figures]

    def milestone(self, index: int, milestone: Milestone) -> dict[str, Any]:
        node: dict[str, Any] = {
            "@id": self.iri("milestone", str(index)),
            "@type": "Event",
            "identifier": f"milestone-{index}",
            "keywords": "milestone",
            "name": milestone.title,
            "startDate": jsonld_date(milestone.date),
        }
        if milestone.countries:
            node["location"] = self.links("country", list(milestone.countries))
        return self.cite(self.rest(node, milestone), milestone.evidence)

    def ranking(self) -> dict[str, Any]:
        ranking = self.edition.ranking
        items = []
        for story in ranking.stories:
            event: dict[str, Any] = {
                "@id": self.iri("story", str(story.position)),
                "@type": "Event",
                "name": story.title,
            }
            if story.summary:
                event["description"] = story.summary
            if story.date is not None:
                event["startDate"] = jsonld_date(story.date)
            if story.end_date is not None:
                event["endDate"] = jsonld_date(story.end_date)
            if story.countries:
                event["location"] = self.links("country", list(story.countries))
            items.append(
                {
                    "@type": "ListItem",
                    "position": story.position,
                    "name": story.title,
                    "item": self.cite(self.rest(event, story), story.evidence),
                }
            )
        node: dict[str, Any] = {
            "@id": self.iri("ranking", ranking.id),
            "@type": ["ItemList", "CreativeWork"],
            "identifier": ranking.id,
            "name": ranking.title,
            "temporalCoverage": jsonld_date(PartialDate(year=ranking.year)),
            "version": ranking.edition,
            "numberOfItems": ranking.size,
            "itemListOrder": {"@id": f"{self.vocab}ItemListOrderAscending"},
            "subjectOf": self.link("event", ranking.released_at),
            "itemListElement": items,
        }
        if ranking.selected_by:
            node["creator"] = self.links("organization", list(ranking.selected_by))
        if ranking.dimensions:
            node["keywords"] = list(ranking.dimensions)
        if ranking.series is not None:
            node["isPartOf"] = self.link("series", ranking.id)
        return self.cite(self.rest(node, ranking), ranking.evidence)

    def series(self) -> list[dict[str, Any]]:
        ranking = self.edition.ranking
        if ranking.series is None:
            return []
        node: dict[str, Any] = {
            "@id": self.iri("series", ranking.id),
            "@type": "CreativeWorkSeries",
            "hasPart": self.link("ranking", ranking.id),
        }
        if ranking.series.standing:
            node["description"] = ranking.series.standing
        return [self.cite(self.rest(node, ranking.series), ranking.series.evidence)]

    def document(self) -> dict[str, Any]:
        edition = self.edition
        graph: list[dict[str, Any]] = [self.dataset()]
        graph += [self.source(s) for s in edition.sources]
        graph += [self.organization(o) for o in edition.organizations]
        graph += [self.initiative(i) for i in edition.initiatives]
        graph += [self.person(p) for p in edition.people]
        graph += [node for e in edition.events for node in self.event(e)]
        graph += [node for s in edition.speeches for node in self.speech(s)]
        graph += [self.milestone(i, m) for i, m in enumerate(edition.milestones, start=1)]
        graph.append(self.ranking())
        graph += self.series()
        graph += [self.country(code) for code in sorted(self.used_countries)]
        return {"@context": {"@vocab": self.vocab, "xsd": XSD}, "@graph": graph}


def to_jsonld(
    edition: Edition, *, base: str | None = None, vocab: str = SCHEMA_ORG
) -> dict[str, Any]:
    """The edition as schema.org JSON-LD: one ``@graph`` whose nodes link by ``@id``.

    The context is inline, so the document expands offline; the module docstring
    lists which schema.org terms carry what. Fields schema.org has no term for (a
    name's order, the part it files under) and evidence paragraphs are
    ``PropertyValue`` s under ``additionalProperty``.

    Args:
        edition: The edition.
        base: The start of every node's ``@id``; the default,
            ``"urn:asean-coop:YEAR:"``, gives ids such as
            ``urn:asean-coop:2025:person:yu-yunquan``. Pass your own namespace
            (``"https://example.org/asean/2025/"``) to mint ids there.
        vocab: The schema.org namespace: :data:`SCHEMA_ORG` (``https://``, the
            default) or :data:`SCHEMA_ORG_HTTP` (``http://``, the namespace the
            official schema.org context uses, for stores that hold data in it).

    Returns:
        A new dict: ``{"@context": {...}, "@graph": [...]}``, ready for
        :func:`json.dumps`. Nodes come in this order: the edition's ``Dataset``,
        sources, organizations, initiatives, people, events (each followed by its
        attendance), speeches (each followed by its figures), milestones, the
        ranking, its series (if it has one), countries.

    Example:
        >>> from asean_coop import load_edition
        >>> doc = to_jsonld(load_edition(2025))
        >>> doc["@context"]["@vocab"]
        'https://schema.org/'
        >>> doc["@graph"][0]["@type"]
        'Dataset'
    """
    if vocab not in (SCHEMA_ORG, SCHEMA_ORG_HTTP):
        raise ValueError(f"vocab must be {SCHEMA_ORG!r} or {SCHEMA_ORG_HTTP!r}, got {vocab!r}")
    base = base if base is not None else f"urn:asean-coop:{edition.year}:"
    return _Graph(edition, base, vocab).document()
