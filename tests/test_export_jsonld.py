"""schema.org JSON-LD, parsed offline by rdflib into triples."""

from __future__ import annotations

import json
import socket
from collections import Counter
from typing import Any

import attrs
import pytest
import rdflib
from hypothesis import given, settings
from rdflib.namespace import RDF, SDO, XSD

from asean_coop import (
    Designation,
    Edition,
    Evidence,
    EvidenceKind,
    PartialDate,
    ParticipantRole,
    SourceKind,
    available_editions,
    load_edition,
)
from asean_coop.export import to_jsonld
from asean_coop.export._jsonld import SCHEMA_ORG_HTTP, additional_properties
from asean_coop.export._tables import cited_records
from helpers import tiny_edition, with_main_event_on_another_date
from strategies import editions

# rdflib's own JSON-LD parser builds a ConjunctiveGraph, which rdflib 7 deprecates.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

# rdflib's SDO namespace lists every schema.org term (and `term in SDO` tests for one).
SCHEMA_ORG_TERMS: Any = SDO

PERFORMING = {
    ParticipantRole.SPEAKER,
    ParticipantRole.PRESIDER,
    ParticipantRole.COMMENTATOR,
    ParticipantRole.PANELIST,
    ParticipantRole.PERFORMER,
}


class NetworkUsedError(AssertionError):
    pass


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any attempt to open a network connection (a remote @context, say)."""

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise NetworkUsedError(f"network used: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def parse(edition: Edition, **options: Any) -> rdflib.Graph:
    text = json.dumps(to_jsonld(edition, **options), ensure_ascii=False)
    return rdflib.Graph().parse(data=text, format="json-ld")


def type_counts(graph: rdflib.Graph) -> Counter[str]:
    return Counter(
        str(o).removeprefix("https://schema.org/") for o in graph.objects(None, RDF.type)
    )


def _records(value: object) -> list[Any]:
    """Every record inside ``value`` (a record or a tuple of them), nested ones too."""
    if isinstance(value, tuple):
        return [r for item in value for r in _records(item)]
    if not attrs.has(type(value)) or isinstance(value, PartialDate):
        return []
    found = [value]
    cls: Any = type(value)
    for field in attrs.fields(cls):
        if field.init and not field.name.startswith("_"):
            found += _records(getattr(value, field.name))
    return found


def expected_counts(edition: Edition) -> Counter[str]:
    placed = sum(1 for e in edition.events if e.place is not None)
    posts = [p for person in edition.people for p in person.positions]
    with_org = sum(1 for p in posts if p.organization_id)
    figures = sum(len(s.figures) for s in edition.speeches)
    points = sum(len(s.points) for s in edition.speeches)
    located = sum(1 for _, _, items in cited_records(edition) for e in items if e.paragraphs)
    # fields with no term of their own, on every record whose node writes them
    unwritten = (Edition, Evidence, Designation)  # written with terms, or as evidence
    extra = sum(
        len(additional_properties(r)) for r in _records(edition) if not isinstance(r, unwritten)
    )
    evidence = [e for _, _, items in cited_records(edition) for e in items]
    qualified = [e for e in evidence if e.kind is not EvidenceKind.STATED or e.about or e.note]
    about = sum(1 for e in qualified if e.about)
    designations = sum(len(i.designations) for i in edition.initiatives)
    groups = sum(len(e.groups) for e in edition.events)
    documents = sum(1 for s in edition.sources if s.kind is SourceKind.DOCUMENT)
    series = 0 if edition.ranking.series is None else 1
    figures += sum(1 for e in edition.events if e.attendance is not None)
    organizers = sum(len(set(e.organizers)) for e in edition.events)
    participants = sum(len(set(e.participants)) for e in edition.events)
    counts = Counter(
        {
            "Dataset": 1,
            "NewsArticle": documents,
            "CorrectionComment": len(edition.errata),
            # + publishers, + the unnamed groups
            "Organization": len(edition.organizations) + len(edition.sources) + groups,
            "Project": len(edition.initiatives),
            "Person": len(edition.people),
            "EmployeeRole": with_org,
            "Role": organizers + participants + groups + len(posts) - with_org,
            "Occupation": len(posts) - with_org,
            "Event": len(edition.events) + len(edition.milestones) + len(edition.ranking.stories),
            # + the ranking, + general reference (a source that is no news article)
            "CreativeWork": len(edition.speeches) + points + 1 + len(edition.sources) - documents,
            "CreativeWorkSeries": series,
            "QuantitativeValue": figures,
            "PropertyValue": figures + located + extra + len(qualified) + about + designations,
            "ItemList": 1,
            "ListItem": len(edition.ranking.stories),
            "Place": placed,
            "PostalAddress": placed,
        }
    )
    graph = to_jsonld(edition)["@graph"]
    counts["Country"] = sum(1 for node in graph if node["@type"] == "Country")
    return +counts  # drop zero counts


def check_graph(edition: Edition) -> rdflib.Graph:
    graph = parse(edition)
    assert type_counts(graph) == expected_counts(edition)
    # Only schema.org terms (rdflib's SDO namespace lists them and nothing else).
    for predicate in set(graph.predicates()):
        assert predicate == RDF.type or predicate in SCHEMA_ORG_TERMS, predicate
    for kind in set(graph.objects(None, RDF.type)):
        assert kind in SCHEMA_ORG_TERMS, kind
    # Every link leads to a node of the graph (or a schema.org enumeration member).
    subjects = set(graph.subjects())
    for s, p, o in graph:
        if isinstance(o, rdflib.URIRef) and p != RDF.type:
            assert o in subjects or o in SCHEMA_ORG_TERMS, (s, p, o)
    return graph


def test_document_shape_and_inline_context() -> None:
    doc = to_jsonld(tiny_edition())
    assert set(doc) == {"@context", "@graph"}
    assert doc["@context"] == {
        "@vocab": "https://schema.org/",
        "xsd": "http://www.w3.org/2001/XMLSchema#",
    }
    assert all("@id" in node and "@type" in node for node in doc["@graph"])
    ids = [node["@id"] for node in doc["@graph"]]
    assert len(ids) == len(set(ids))
    assert "urn:asean-coop:2025:person:yu-yunquan" in ids


def test_http_namespace_of_the_official_context() -> None:
    graph = parse(tiny_edition(), vocab=SCHEMA_ORG_HTTP)
    person = rdflib.URIRef("urn:asean-coop:2025:person:yu-yunquan")
    assert (person, RDF.type, rdflib.URIRef("http://schema.org/Person")) in graph
    assert not any(str(p).startswith("https://schema.org/") for p in graph.predicates())
    with pytest.raises(ValueError, match="vocab"):
        to_jsonld(tiny_edition(), vocab="https://example.org/")


def test_fields_without_a_term_are_property_values() -> None:
    graph = parse(tiny_edition())
    person = rdflib.URIRef("urn:asean-coop:2025:person:yin-myo-khine")
    values = {
        (str(graph.value(v, SDO.name)), str(graph.value(v, SDO.value)))
        for v in graph.objects(person, SDO.additionalProperty)
    }
    assert ("name.order", "single") in values
    assert ("paragraphs", "1") in values
    sources = {
        str(graph.value(v, SDO.propertyID)) for v in graph.objects(person, SDO.additionalProperty)
    }
    assert "release" in sources


def test_pyld_expands_it_offline() -> None:
    jsonld = pytest.importorskip("pyld.jsonld")
    expanded = jsonld.expand(to_jsonld(tiny_edition()))
    people = [n for n in expanded if "https://schema.org/Person" in n.get("@type", [])]
    assert len(people) == 2
    ceremony = next(n for n in expanded if n["@id"].endswith("event:ceremony"))
    assert ceremony["https://schema.org/startDate"] == [
        {"@value": "2026-01-15", "@type": "http://www.w3.org/2001/XMLSchema#date"}
    ]


def test_tiny_edition_types_terms_and_links() -> None:
    check_graph(tiny_edition())


@pytest.mark.parametrize("year", available_editions())
def test_bundled_edition_types_terms_and_links(year: int) -> None:
    edition = load_edition(year)
    graph = check_graph(edition)
    assert len(graph) > 100


@settings(max_examples=25, deadline=None)
@given(editions())
def test_generated_editions_types_terms_and_links(edition: Edition) -> None:
    check_graph(edition)


def _role(graph: rdflib.Graph, node: rdflib.term.Node, prop: rdflib.URIRef) -> set[Any]:
    """``(roleName, target)`` of every Role under ``prop``."""
    return {
        (str(graph.value(role, SDO.roleName)), graph.value(role, prop))
        for role in graph.objects(node, prop)
    }


def test_links_and_values_of_the_tiny_edition() -> None:
    edition = tiny_edition()
    graph = parse(edition)
    base = "urn:asean-coop:2025:"
    person = rdflib.URIRef(base + "person:yu-yunquan")
    single = rdflib.URIRef(base + "person:yin-myo-khine")
    ceremony = rdflib.URIRef(base + "event:ceremony")
    release = rdflib.URIRef(base + "event:release")
    speech = rdflib.URIRef(base + "speech:yu-yunquan-address")
    cicg = rdflib.URIRef(base + "organization:cicg")
    unit = rdflib.URIRef(base + "organization:cicg-asia-pacific")
    ranking = rdflib.URIRef(base + "ranking:top10-2025")
    source = rdflib.URIRef(base + "source:release")
    cambodia = rdflib.URIRef(base + "country:KH")
    day = rdflib.URIRef(str(XSD) + "date")

    assert (person, SDO.givenName, rdflib.Literal("Yunquan")) in graph
    assert (person, SDO.familyName, rdflib.Literal("Yu")) in graph
    assert (person, SDO.jobTitle, rdflib.Literal("vice president")) in graph
    assert _role(graph, person, SDO.worksFor) == {("vice president", cicg)}
    assert (single, SDO.familyName, None) not in graph
    assert (unit, SDO.parentOrganization, cicg) in graph
    assert (cicg, SDO.alternateName, rdflib.Literal("CICG")) in graph
    assert (cicg, SDO.citation, source) in graph
    assert (ceremony, SDO.subEvent, release) in graph
    assert (release, SDO.superEvent, ceremony) in graph
    assert _role(graph, ceremony, SDO.performer) == {("speaker", person)}
    assert _role(graph, ceremony, SDO.attendee) == {("attendee", single)}
    assert (ceremony, SDO.startDate, rdflib.Literal("2026-01-15", datatype=day)) in graph
    place = graph.value(ceremony, SDO.location)
    address = graph.value(place, SDO.address)
    assert graph.value(address, SDO.addressLocality) == rdflib.Literal("Nanning")
    assert graph.value(address, SDO.addressRegion) == rdflib.Literal("Guangxi")
    assert graph.value(address, SDO.addressCountry) == rdflib.Literal("CN")
    assert (speech, SDO.genre, rdflib.Literal("address")) in graph
    assert (speech, SDO.author, person) in graph
    assert (speech, SDO.recordedAt, ceremony) in graph
    assert (speech, SDO.mentions, cicg) in graph
    assert (speech, SDO.mentions, cambodia) in graph
    assert (cambodia, RDF.type, SDO.Country) in graph
    assert graph.value(speech, SDO.abstract) == rdflib.Literal("Partnership and media cooperation.")
    assert graph.value(ranking, SDO.numberOfItems).toPython() == 10  # type: ignore[union-attr]
    assert graph.value(ranking, SDO.version).toPython() == 6  # type: ignore[union-attr]
    assert (ranking, SDO.creator, unit) in graph
    assert (ranking, SDO.subjectOf, release) in graph
    item = graph.value(ranking, SDO.itemListElement)
    assert graph.value(item, SDO.position).toPython() == 1  # type: ignore[union-attr]
    assert graph.value(item, SDO.name) == rdflib.Literal("A visit")
    story = graph.value(item, SDO.item)
    month = rdflib.URIRef(str(XSD) + "gYearMonth")
    assert graph.value(story, SDO.startDate) == rdflib.Literal("2025-04", datatype=month)
    assert graph.value(source, SDO.publisher) is not None
    published = graph.value(source, SDO.datePublished)
    assert published == rdflib.Literal("2026-01-27", datatype=day)


def test_roles_keep_their_names_and_the_performer_attendee_split() -> None:
    edition = load_edition(available_editions()[-1])
    doc = to_jsonld(edition)
    events = {node["identifier"]: node for node in doc["@graph"] if node.get("identifier")}
    for event in edition.events:
        node = events[event.id]
        found = set()
        groups = set()
        for prop in ("performer", "attendee"):
            for role in node.get(prop, []):
                if "@id" in role[prop]:
                    person = role[prop]["@id"].rsplit(":", 1)[1]
                    found.add((person, role["roleName"]))
                else:  # a group, described but not named
                    groups.add((role[prop]["description"], role["roleName"]))
                assert (role["roleName"] in {r.value for r in PERFORMING}) is (prop == "performer")
        assert found == {(p.person_id, p.role.value) for p in event.participants}
        assert groups == {(g.description, g.role.value) for g in event.groups}
        organizers = {
            (r["organizer"]["@id"].rsplit(":", 1)[1], r["roleName"])
            for r in node.get("organizer", [])
        }
        assert organizers == {(o.organization_id, o.role.value) for o in event.organizers}


def test_base_mints_ids_in_the_callers_namespace() -> None:
    graph = parse(tiny_edition(), base="https://example.org/asean/2025/")
    person = rdflib.URIRef("https://example.org/asean/2025/person:yu-yunquan")
    assert (person, RDF.type, SDO.Person) in graph


def test_offline_guard_is_live() -> None:
    with pytest.raises(NetworkUsedError):
        socket.create_connection(("127.0.0.1", 9))
    remote = json.dumps({"@context": "https://schema.org/", "@id": "urn:x", "name": "x"})
    with pytest.raises(NetworkUsedError):  # a URL context would be fetched, and fail here
        rdflib.Graph().parse(data=remote, format="json-ld")


def test_a_former_post_ends_on_the_date_of_the_main_event_the_edition_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    edition, date = with_main_event_on_another_date(monkeypatch)
    ended = [
        role["endDate"]
        for node in to_jsonld(edition)["@graph"]
        if node["@type"] == "Person"
        for role in [*node.get("worksFor", []), *node.get("hasOccupation", [])]
        if "endDate" in role
    ]
    assert ended
    assert {end["@value"] for end in ended} == {date}
