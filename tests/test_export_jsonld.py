"""schema.org JSON-LD, parsed offline by rdflib into triples."""

from __future__ import annotations

import json
import socket
from collections import Counter
from typing import Any

import pytest
import rdflib
from hypothesis import given, settings
from rdflib.namespace import RDF, SDO

from asean_coop import Edition, ParticipantRole, available_editions, load_edition
from asean_coop.export import to_jsonld
from helpers import tiny_edition
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


def expected_counts(edition: Edition) -> Counter[str]:
    placed = sum(1 for e in edition.events if e.place is not None)
    counts = Counter(
        {
            "Organization": len(edition.organizations),
            "Person": len(edition.people),
            "Event": len(edition.events),
            "CreativeWork": len(edition.speeches),
            "ItemList": 1,
            "ListItem": len(edition.ranking.stories),
            "Place": placed,
            "PostalAddress": placed,
        }
    )
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
    assert doc["@context"] == {"@vocab": "https://schema.org/"}
    assert all("@id" in node and "@type" in node for node in doc["@graph"])
    ids = [node["@id"] for node in doc["@graph"]]
    assert len(ids) == len(set(ids))
    assert "urn:asean-coop:2025:person:yu-yunquan" in ids


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

    assert (person, SDO.givenName, rdflib.Literal("Yunquan")) in graph
    assert (person, SDO.familyName, rdflib.Literal("Yu")) in graph
    assert (person, SDO.jobTitle, rdflib.Literal("vice president")) in graph
    assert (person, SDO.worksFor, cicg) in graph
    assert (person, SDO.affiliation, cicg) in graph
    assert (single, SDO.familyName, None) not in graph
    assert (unit, SDO.parentOrganization, cicg) in graph
    assert (cicg, SDO.alternateName, rdflib.Literal("CICG")) in graph
    assert (ceremony, SDO.subEvent, release) in graph
    assert (release, SDO.superEvent, ceremony) in graph
    assert (ceremony, SDO.performer, person) in graph
    assert (ceremony, SDO.attendee, single) in graph
    assert (ceremony, SDO.startDate, rdflib.Literal("2026-01-15")) in graph
    place = graph.value(ceremony, SDO.location)
    address = graph.value(place, SDO.address)
    assert graph.value(address, SDO.addressLocality) == rdflib.Literal("Nanning")
    assert graph.value(address, SDO.addressRegion) == rdflib.Literal("Guangxi")
    assert graph.value(address, SDO.addressCountry) == rdflib.Literal("CN")
    assert (speech, SDO.genre, rdflib.Literal("speech")) in graph
    assert (speech, SDO.author, person) in graph
    assert (speech, SDO.recordedAt, ceremony) in graph
    assert (speech, SDO.mentions, cicg) in graph
    assert graph.value(speech, SDO.abstract) == rdflib.Literal("Partnership and media cooperation.")
    assert graph.value(ranking, SDO.numberOfItems).toPython() == 10  # type: ignore[union-attr]
    assert (ranking, SDO.subjectOf, release) in graph
    item = graph.value(ranking, SDO.itemListElement)
    assert graph.value(item, SDO.position).toPython() == 1  # type: ignore[union-attr]
    assert graph.value(item, SDO.name) == rdflib.Literal("A visit")


def test_roles_split_into_performers_and_attendees() -> None:
    edition = load_edition(available_editions()[-1])
    doc = to_jsonld(edition)
    events = {node["identifier"]: node for node in doc["@graph"] if node["@type"] == "Event"}
    for event in edition.events:
        node = events[event.id]
        performers = {link["@id"].rsplit(":", 1)[1] for link in node.get("performer", [])}
        attendees = {link["@id"].rsplit(":", 1)[1] for link in node.get("attendee", [])}
        assert performers == {p.person_id for p in event.participants if p.role in PERFORMING}
        assert attendees == {p.person_id for p in event.participants if p.role not in PERFORMING}


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
