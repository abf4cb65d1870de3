"""The questions a researcher asks of the JSON-LD, in SPARQL (rdflib), answered as the
edition answers them."""

from __future__ import annotations

import json
from typing import Any

import pytest
import rdflib

from asean_coop import Edition, ParticipantRole, SourceKind, load_edition
from asean_coop.export import to_jsonld

pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

PREFIXES = """
PREFIX schema: <https://schema.org/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


@pytest.fixture(scope="module")
def edition() -> Edition:
    return load_edition(2025)


@pytest.fixture(scope="module")
def graph(edition: Edition) -> rdflib.Graph:
    text = json.dumps(to_jsonld(edition), ensure_ascii=False)
    return rdflib.Graph().parse(data=text, format="json-ld")


def ask(graph: rdflib.Graph, query: str) -> set[tuple[Any, ...]]:
    return {
        tuple(None if v is None else v.toPython() for v in row)  # type: ignore[union-attr]
        for row in graph.query(PREFIXES + query)
    }


def test_who_held_which_title_where(graph: rdflib.Graph, edition: Edition) -> None:
    query = """
    SELECT ?person ?title ?org ?former WHERE {
        ?p a schema:Person ; schema:identifier ?person ; schema:worksFor ?role .
        ?role schema:roleName ?title ; schema:worksFor ?o .
        ?o schema:identifier ?org .
        BIND (EXISTS { ?role schema:endDate ?end } AS ?former)
    }"""
    expected = {
        (p.id, post.title, post.organization_id, post.former)
        for p in edition.people
        for post in p.positions
        if post.organization_id
    }
    assert ask(graph, query) == expected
    assert any(former for *_, former in expected)  # the data has former posts to tell apart


def test_former_posts_end_by_the_main_event(graph: rdflib.Graph, edition: Edition) -> None:
    query = """
    SELECT ?title ?end WHERE {
        ?role schema:roleName ?title ; schema:endDate ?end .
        FILTER (?end <= "2026-01-15"^^xsd:date)
    }"""
    titles = {t for t, _ in ask(graph, query)}
    assert titles == {post.title for p in edition.people for post in p.positions if post.former}


def test_who_presided(graph: rdflib.Graph, edition: Edition) -> None:
    query = """
    SELECT ?event ?person WHERE {
        ?e schema:identifier ?event ; schema:performer ?role .
        ?role schema:roleName "presider" ; schema:performer ?p .
        ?p schema:identifier ?person .
    }"""
    expected = {
        (e.id, person) for e in edition.events for person in e.people(ParticipantRole.PRESIDER)
    }
    assert expected
    assert ask(graph, query) == expected


def test_which_speeches_cite_which_figure(graph: rdflib.Graph, edition: Edition) -> None:
    query = """
    SELECT ?speech ?measure ?value ?qualifier WHERE {
        ?s a schema:CreativeWork ; schema:identifier ?speech ; schema:mentions ?f .
        ?f a schema:QuantitativeValue ; schema:name ?measure ; schema:value ?value ;
           schema:valueReference [ schema:value ?qualifier ] .
    }"""
    expected = {
        (s.id, f.measure, f.value, f.qualifier.value) for s in edition.speeches for f in s.figures
    }
    assert expected
    assert ask(graph, query) == expected


def test_which_speeches_mention_an_initiative(graph: rdflib.Graph, edition: Edition) -> None:
    query = """
    SELECT ?speech ?initiative WHERE {
        ?s schema:identifier ?speech ; schema:mentions ?i .
        ?i a schema:Project ; schema:identifier ?initiative .
    }"""
    initiatives = {i.id for i in edition.initiatives}
    expected = {(s.id, m) for s in edition.speeches for m in s.mentions if m in initiatives}
    assert expected
    assert ask(graph, query) == expected


def test_what_happened_between_two_dates(graph: rdflib.Graph, edition: Edition) -> None:
    # Day-precise dates compare as xsd:date; a month or a year lies within the range
    # when its ISO text starts inside it.
    query = """
    SELECT ?name WHERE {
        ?e a schema:Event ; schema:name ?name ; schema:startDate ?d .
        FILTER (
            (datatype(?d) = xsd:date
             && ?d >= "2026-01-01"^^xsd:date && ?d <= "2026-12-31"^^xsd:date)
            || (datatype(?d) != xsd:date && SUBSTR(STR(?d), 1, 4) = "2026")
        )
    }"""
    dated = [(e.name, e.date) for e in edition.events]
    dated += [(m.title, m.date) for m in edition.milestones]
    dated += [(s.title, s.date) for s in edition.ranking.stories if s.date is not None]
    expected = {(name,) for name, date in dated if date.year == 2026}
    assert len(expected) > len(edition.events)  # milestones of 2026 too
    assert ask(graph, query) == expected


def test_which_records_cite_each_source(graph: rdflib.Graph, edition: Edition) -> None:
    query = """
    SELECT ?source ?type (COUNT(DISTINCT ?record) AS ?n) WHERE {
        ?record schema:citation ?s . ?s a ?type ; schema:identifier ?source .
    } GROUP BY ?source ?type"""
    cited: dict[str, set[str]] = {}
    records: list[tuple[str, Any]] = [
        *((o.id, o.evidence) for o in edition.organizations),
        *((i.id, i.evidence) for i in edition.initiatives),
        *((p.id, p.evidence) for p in edition.people),
        *((e.id, e.evidence) for e in edition.events),
        *((s.id, s.evidence) for s in edition.speeches),
        *((f"m{i}", m.evidence) for i, m in enumerate(edition.milestones)),
        *((f"s{s.position}", s.evidence) for s in edition.ranking.stories),
        ("ranking", edition.ranking.evidence),
    ]
    if edition.ranking.series is not None:
        records.append(("series", edition.ranking.series.evidence))
    for key, evidence in records:
        for item in evidence:
            cited.setdefault(item.source_id, set()).add(key)
    # a dated document is a NewsArticle; general reference, undated, a CreativeWork
    types = {
        s.id: (
            "https://schema.org/"
            + ("NewsArticle" if s.kind is SourceKind.DOCUMENT else "CreativeWork")
        )
        for s in edition.sources
    }
    expected = {(source, types[source], len(keys)) for source, keys in cited.items()}
    assert {types[source] for source, _, _ in expected} == set(types.values())
    assert ask(graph, query) == expected


def test_years_extract_from_day_precise_dates(graph: rdflib.Graph, edition: Edition) -> None:
    query = """
    SELECT DISTINCT (YEAR(?d) AS ?y) WHERE {
        ?e a schema:Event ; schema:startDate ?d . FILTER (datatype(?d) = xsd:date)
    }"""
    dates = [e.date for e in edition.events] + [m.date for m in edition.milestones]
    dates += [s.date for s in edition.ranking.stories if s.date is not None]
    assert ask(graph, query) == {(d.year,) for d in dates if d.day is not None}
