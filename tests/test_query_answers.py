"""Everyday questions get the right answer: search, lookups, values, views, the CLI.

Each test reproduces a question that was answered wrongly, or not at all, before.
"""

from __future__ import annotations

import ast
import datetime as dt
import html
import importlib
import io
import pickle
import sys
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
import pytest

import asean_coop
from asean_coop import (
    Edition,
    Event,
    Figure,
    NotFoundError,
    Organization,
    OrganizerRole,
    PartialDate,
    ParticipantRole,
    Person,
    Place,
    Qualifier,
    Speech,
    Story,
    load_edition,
)
from asean_coop.cli import main
from helpers import tiny_edition

E = load_edition(2025)
SRC = Path(asean_coop.__file__).parent


# -- search over everything ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "kind", "ref"),
    [
        ("Xi Jinping", "story", "story 1"),
        ("Ceremony", "event", "ceremony"),
        ("railway", "initiative", "laos-china-railway"),
        ("Nanning", "event", "ceremony"),
        ("Vongpanno", "person", "vongpano-sipaseuth"),  # a typo
        ("passenger trips", "figure", "figure of vongpano-sipaseuth-address"),
        ("artificial intelligence", "speech", "li-guozhong-address"),
    ],
)
def test_search_finds_every_kind_of_record(query: str, kind: str, ref: str) -> None:
    hits = E.search(query)
    assert any((h.kind, h.ref) == (kind, ref) for h in hits), [(h.kind, h.ref) for h in hits]


def test_search_hits_say_what_and_why_and_rank_names_first() -> None:
    hits = E.search("Nanning")
    assert (hits[0].kind, hits[0].record.id, hits[0].field) == ("event", "ceremony", "place")
    assert hits[0].why == "whole name (place)"
    assert {h.kind for h in hits} >= {"event", "organization"}
    assert [h.level for h in hits] == sorted(h.level for h in hits)
    typo = E.search("Vongpanno")[0]
    assert typo.corrected == (("vongpanno", "vongpano"),)
    assert "read as 'vongpano'" in typo.why
    assert len({id(h.record) for h in hits}) == len(hits)  # a record once


def test_the_cli_search_covers_events_speeches_and_typos(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["search", "railway"]) == 0
    out = capsys.readouterr().out
    assert "initiative  laos-china-railway" in out
    assert "speech      vongpano-sipaseuth-address" in out
    assert main(["search", "Vongpanno"]) == 0
    assert "'vongpanno' read as 'vongpano'" in capsys.readouterr().out


def test_mentions_of_people_and_free_text_are_answerable() -> None:
    ai = E.speeches_mentioning("artificial intelligence")
    assert ai
    assert all("artificial intelligence" in " ".join((s.summary, *s.points)).lower() for s in ai)
    assert E.speeches_mentioning("Xi Jinping") == ()  # in a story's title, in no speech
    assert E.speeches_saying("Laos-China Railway") == E.speeches_mentioning("Laos-China Railway")
    person = E.person("Vongpano Sipaseuth")
    said = E.speeches_mentioning(person)
    assert said
    assert all("Vongpano Sipaseuth" in s.summary for s in said)
    with pytest.raises(NotFoundError, match="close matches"):
        E.speeches_mentioning("Laos-China Railwya")


# -- topics --------------------------------------------------------------------------------


def test_topics_are_listed_with_counts() -> None:
    topics = E.topics()
    counted: dict[str, int] = {}
    for speech in E.speeches:
        for topic in set(speech.topics):
            counted[topic] = counted.get(topic, 0) + 1
    assert dict(topics) == counted
    assert [n for _, n in topics] == sorted((n for _, n in topics), reverse=True)


def test_an_unknown_topic_is_an_error_with_close_matches(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(NotFoundError) as caught:
        E.speeches_about("digitl transformation")
    assert caught.value.candidates == ("digital-transformation",)
    assert main(["speeches", "--about", "space travel"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("asean-coop: error: no speech has the topic 'space travel'")
    assert main(["topics", "--json"]) == 0
    results = __import__("json").loads(capsys.readouterr().out)["results"]
    assert [(r["topic"], r["speeches"]) for r in results] == list(E.topics())


# -- lookups: get, candidates, one table of kinds ------------------------------------------


def test_get_beside_each_raising_lookup() -> None:
    assert E.get(Person, "Yang Yue") is E.person("Yang Yue")
    assert E.get(Person, "Nobody Here") is None
    assert E.get(Organization, "Nowhere U", "none") == "none"
    assert E.get(Event, "roundtable") is E.event("roundtable")
    assert E.get(Speech, "Hu Suojin") is E.speech("Hu Suojin")
    assert E.lookup(Organization, "cfau") is E.organization("cfau")
    assert asean_coop.get_country("Laos") is asean_coop.country("Laos")
    assert asean_coop.get_country("Atlantis") is None
    with pytest.raises(TypeError):
        E.get(Story, "x")


def test_not_found_errors_carry_their_candidates() -> None:
    with pytest.raises(NotFoundError) as missed:
        E.person("Yu Yunqan")
    assert [p.id for p in missed.value.candidates] == ["yu-yunquan"]
    with pytest.raises(NotFoundError) as ambiguous:
        E.person("Li")
    assert [p.id for p in ambiguous.value.candidates] == ["li-guozhong", "li-xiao"]
    with pytest.raises(NotFoundError) as country:
        asean_coop.country("Cambodja")
    assert [c.code for c in country.value.candidates] == ["KH"]
    copy = pickle.loads(pickle.dumps(missed.value))
    assert (str(copy), copy.candidates) == (str(missed.value), missed.value.candidates)


def test_event_is_the_lookup_and_main_event_the_main_event() -> None:
    assert E.event("roundtable").id == "roundtable-dialogue"
    assert E.main_event.id == "ceremony"
    with pytest.warns(DeprecationWarning, match="main_event"):
        assert E.event.id == "ceremony"
    with pytest.warns(DeprecationWarning, match="event\\(key\\)"):
        assert E.find_event("roundtable") is E.event("roundtable")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        E.event("ceremony")  # the new spelling does not warn


def test_lookups_read_one_table_of_kinds_and_use_one_verb() -> None:
    from asean_coop.query import _lookup as lookup

    assert [k.cls for k in lookup.KINDS] == [
        Person,
        Organization,
        asean_coop.Initiative,
        Event,
        Speech,
    ]
    for module in ("lookup", "affiliation", "participation", "speeches", "search"):
        names = importlib.import_module(f"asean_coop.query._{module}").__all__
        assert not [n for n in names if n.startswith(("find_", "resolve_"))], module


def test_the_query_layer_has_no_import_cycle() -> None:
    graph: dict[str, set[str]] = {}
    for path in (SRC / "query").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[path.stem] = {
            (node.module or "").lstrip(".")
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
        } & {p.stem for p in (SRC / "query").glob("*.py")}

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for nxt in graph[start]:
            if nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt})):
                return True
        return False

    assert [m for m in graph if reaches(m, m, {m})] == []


def test_the_countries_module_is_not_shadowed() -> None:
    module = importlib.import_module("asean_coop.query._countries")
    assert asean_coop.query._countries is module
    assert callable(asean_coop.countries)
    assert asean_coop.countries()[0].code == "BN"


def test_the_lookup_cache_stays_out_of_fields_equality_and_pickles() -> None:
    edition = attrs.evolve(E)
    edition.person("Yang Yue")
    assert "_cache" not in {f.name for f in attrs.fields(Edition)}
    assert "_cache" not in attrs.asdict(edition, recurse=False)
    assert edition == E
    assert hash(edition) == hash(E)
    copy = pickle.loads(pickle.dumps(edition))
    assert copy == edition
    assert copy._cache == {}


def test_people_from_reads_no_country_file_for_a_hand_built_edition(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import asean_coop.bundled as bundled
    import asean_coop.query._affiliation as affiliation

    def refuse() -> Any:
        raise AssertionError("the country table was read")

    edition = tiny_edition()
    monkeypatch.setattr(affiliation, "bundled_country", lambda key: refuse())
    monkeypatch.setattr(bundled, "countries", refuse)
    assert [p.id for p in edition.people_from("CN")] == ["yu-yunquan"]
    table = [asean_coop.Country(code="CN", code3="CHN", name="China", official_name="PRC")]
    assert [p.id for p in edition.people_from("China", countries=table)] == ["yu-yunquan"]
    assert [c.name for c in edition.countries_represented(table)] == ["China"]


# -- the edition and the ranking as collections -------------------------------------------


def test_the_edition_is_a_collection_of_its_records() -> None:
    kinds = (Person, Organization, asean_coop.Initiative, Event, Speech, asean_coop.Milestone)
    assert len(E) == sum(len(E.records(k)) for k in kinds) + len(E.ranking.stories)
    assert list(E) == list(E.records())
    assert E.person("Yang Yue") in E
    assert attrs.evolve(E.person("Yang Yue"), id="someone-else") not in E
    assert "yang-yue" not in E
    assert 3 not in E
    assert E.records(Speech) == E.speeches


def test_the_ranking_is_a_mapping_of_positions() -> None:
    ranking = E.ranking
    assert isinstance(ranking, Mapping)
    assert list(ranking) == [1]
    assert list(ranking.keys()) == [1]
    assert ranking[1] is ranking.stories[0]
    assert ranking.get(1) is ranking.stories[0]
    assert ranking.get(2) is None
    assert ranking.get(-1) is None
    assert 1 in ranking
    assert 2 not in ranking
    assert -1 not in ranking
    assert dict(ranking.items()) == {1: ranking.stories[0]}
    for bad in (0, -1, 2):
        with pytest.raises(NotFoundError):
            ranking[bad]
    with pytest.raises(TypeError, match="slice"):
        ranking[0:1]
    assert ranking.missing_spans == ((2, 10),)
    assert ranking.missing_positions == tuple(range(2, 11))


# -- values with the standard library ----------------------------------------------------


def test_partial_dates_compare_with_datetime_dates() -> None:
    day = PartialDate(year=2026, month=1, day=15)
    september = PartialDate(year=2025, month=9)
    assert day == dt.date(2026, 1, 15)
    assert dt.date(2026, 1, 15) == day
    assert hash(day) == hash(dt.date(2026, 1, 15))  # equal, so hashed alike
    assert september != dt.date(2025, 9, 1)
    assert PartialDate(year=2025) != dt.date(2025, 1, 1)
    assert september < dt.date(2025, 10, 1)
    assert dt.date(2025, 10, 1) > september
    assert september > dt.date(2025, 8, 31)
    assert september >= dt.date(2025, 9, 1)
    assert september <= dt.date(2025, 9, 30)
    assert not september <= dt.date(2025, 9, 29)
    inside = dt.date(2025, 9, 15)
    assert not september < inside
    assert not september > inside
    assert september != inside
    assert inside in september
    assert dt.date(2025, 10, 1) not in september
    assert PartialDate(year=2025, month=9, day=3) in september in PartialDate(year=2025)
    assert dt.datetime(2025, 9, 3, 12) not in september  # a time is not a day
    assert sorted([september, PartialDate(year=2025)]) == [PartialDate(year=2025), september]
    assert repr(september) == "PartialDate(year=2025, month=9)"


def test_enums_figures_and_roles_print_for_people() -> None:
    assert str(ParticipantRole.SPEAKER) == "speaker"
    assert f"{OrganizerRole.CO_HOST}" == "co_host"
    assert str(Qualifier.MORE_THAN) == "more_than"
    figure = Figure(measure="attendees", value=300, qualifier=Qualifier.MORE_THAN)
    assert str(figure) == figure.describe() == "more than 300 attendees"
    from asean_coop._display import role_label

    assert role_label(OrganizerRole.CO_HOST) == "co-host"
    assert "co-host" in E._repr_html_()
    assert "co_host" not in E._repr_html_()


def test_a_place_prints_with_its_country_named() -> None:
    nanning = Place(city="Nanning", region="Guangxi Zhuang Autonomous Region", country="CN")
    assert str(nanning) == "Nanning, Guangxi Zhuang Autonomous Region, China"
    assert nanning.label(str) == "Nanning, Guangxi Zhuang Autonomous Region, CN"
    assert nanning.label({"CN": "PRC"}.__getitem__).endswith(", PRC")
    assert str(Place(city="Paris", country="FR")) == "Paris, FR"  # not in the table
    for country in asean_coop.countries():
        assert str(Place(city="X", country=country.code)) == f"X, {country.name}"
    place = E.main_event.place
    assert place is not None
    assert str(place) == "Nanning, Guangxi Zhuang Autonomous Region, China"
    named = "Nanning, Guangxi Zhuang Autonomous Region, China"
    assert named in E.view(E.main_event)._repr_html_()


def test_role_labels_have_one_spelling_in_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show"]) == 0
    out = capsys.readouterr().out
    assert "co-host" in out
    assert "co_host" not in out


def test_reprs_of_large_records_stay_readable() -> None:
    for record in (E.main_event, *E.speeches, *E.people, E.ranking):
        assert len(repr(record)) <= 300, repr(record)[:100]
    assert repr(E.main_event).startswith("<Event 'ceremony': ")
    position = E.people[0].positions[0]
    assert eval(repr(position), vars(asean_coop)) == position  # short ones stay eval-able


# -- notebooks: records with names --------------------------------------------------------


def test_views_name_what_records_refer_to() -> None:
    speech = E.speech("Vongpano Sipaseuth")
    plain = speech._repr_html_()
    named = E.view(speech)._repr_html_()
    assert "LA, CN, laos-china-railway, asean<" in plain  # the mentions, by id
    assert ">vongpano-sipaseuth<" in plain
    assert "Vongpano Sipaseuth (Consul General" in named
    assert "Laos, China, Laos-China Railway, " in named  # the mentions, by name
    assert "laos-china-railway" not in named.replace("vongpano-sipaseuth-address", "")
    assert E.main_event.name in named
    event = E.view(E.main_event)._repr_html_()
    assert "China International Communications Group" in event
    assert "Yu Yunquan" in event
    person = E.view(E.person("Yu Yunquan"))._repr_html_()
    assert "China International Communications Group" in person
    org = E.view(E.organization("cfau-institute-of-asian-studies"))._repr_html_()
    assert "China Foreign Affairs University" in org
    assert "China" in org
    story = E.view(E.ranking[1])._repr_html_()
    assert "Cambodia" in story
    assert "Malaysia" in story
    table = E.view(E.speakers())._repr_html_()
    assert table.count("<tr>") == 1 + len(E.speakers())
    others: tuple[Any, ...] = (
        *E.initiatives[:1],
        *E.milestones[:1],
        E.main_event.attendance,
        asean_coop.country("LA"),
    )
    for record in others:
        assert "<table>" in E.view(record)._repr_html_()
        assert "<table>" in record._repr_html_()
    view = E.view(speech)
    assert view == E.view(speech)
    assert view.subject is speech


def test_views_escape_the_data() -> None:
    evil = "<script>alert(1)</script>"
    base = tiny_edition()
    org = attrs.evolve(base.organizations[0], name=f"Group {evil}")
    edition = attrs.evolve(base, organizations=(org, *base.organizations[1:]))
    for subject in (
        edition.people[0],
        edition.events[0],
        edition.speeches[0],
        edition.organizations[1],
        edition.people,
    ):
        markup = edition.view(subject)._repr_html_()
        assert evil not in markup
    assert html.escape(evil) in edition.view(edition.people[0])._repr_html_()


# -- the command line ---------------------------------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_output_wraps_to_the_terminal_and_not_when_piped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    terminal = Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main(["people"]) == 0
    lines = terminal.getvalue().splitlines()
    assert max(len(line) for line in lines) <= 80
    header = next(line for line in lines if line.startswith("NAME"))
    post_column = header.index("POST")
    wrapped = [line for line in lines if line.startswith(" " * post_column) and line.strip()]
    assert wrapped, "a long post wraps under its own column"
    piped = io.StringIO()
    monkeypatch.setattr(sys, "stdout", piped)
    assert main(["people"]) == 0
    assert max(len(line) for line in piped.getvalue().splitlines()) > 80
    assert len(piped.getvalue().splitlines()) == 3 + len(E.people)


def test_validate_reports_on_stdout_and_quiet_prints_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1, "year": "x"}', encoding="utf-8")
    assert main(["validate", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert err == ""
    assert out.startswith(f"{bad}: invalid")
    assert main(["validate", "--quiet", str(bad), str(tmp_path / "missing.json")]) == 2
    assert capsys.readouterr() == ("", "")


def test_the_json_output_schema_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    import jsonschema

    assert main(["schema", "--json-output"]) == 0
    schema = json.loads(capsys.readouterr().out)
    jsonschema.Draft202012Validator.check_schema(schema)
    for argv in (["show"], ["people"], ["speeches"], ["timeline"], ["search", "cicg"], ["ranking"]):
        assert main([*argv, "--json"]) == 0
        jsonschema.validate(json.loads(capsys.readouterr().out), schema)
