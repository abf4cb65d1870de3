"""Popolo JSON, each item validated against Popolo's own draft-03 JSON Schemas, offline."""

from __future__ import annotations

import datetime
import functools
import importlib
import json
import typing
from typing import Any

import attrs
import jsonschema
import pytest
import referencing
from hypothesis import given, settings
from referencing.jsonschema import DRAFT3

from asean_coop import (
    Edition,
    OrganizerRole,
    Ranking,
    available_editions,
    from_dict,
    load_edition,
)
from asean_coop.export import EXTENSION_KEY, area_id, to_popolo
from helpers import tiny_edition, with_codes_the_library_lacks, with_main_event_on_another_date
from shared_files import POPOLO_SCHEMAS, requires_shared
from strategies import editions

# The Popolo schemas live in the shared interop folder beside the repository
# (see ../shared/interop/README.md); they are not copied into the project.

COLLECTIONS = {
    "persons": "person",
    "organizations": "organization",
    "posts": "post",
    "memberships": "membership",
    "events": "event",
    "speeches": "speech",
    "areas": "area",
}


@functools.cache
def registry() -> referencing.Registry[Any]:
    resources = []
    for path in sorted(POPOLO_SCHEMAS.glob("*.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((contents["id"], DRAFT3.create_resource(contents)))
    return referencing.Registry().with_resources(resources)


@functools.cache
def validator(name: str) -> jsonschema.Draft3Validator:
    schema = json.loads((POPOLO_SCHEMAS / f"{name}.json").read_text(encoding="utf-8"))
    jsonschema.Draft3Validator.check_schema(schema)
    return jsonschema.Draft3Validator(
        schema, registry=registry(), format_checker=jsonschema.Draft3Validator.FORMAT_CHECKER
    )


def popolo_errors(doc: dict[str, Any]) -> list[str]:
    errors = []
    for collection, schema in COLLECTIONS.items():
        for index, item in enumerate(doc[collection]):
            for error in validator(schema).iter_errors(item):
                errors.append(f"{collection}[{index}]{list(error.path)}: {error.message}")
    return errors


def check(edition: Edition) -> dict[str, Any]:
    doc = to_popolo(edition)
    json.dumps(doc)  # plain JSON data
    assert popolo_errors(doc) == []
    # Ids link inside the document.
    ids = {c: {item["id"] for item in doc[c]} for c in COLLECTIONS}
    links = [
        ("organizations", "parent_id", "organizations"),
        ("organizations", "area_id", "areas"),
        ("memberships", "person_id", "persons"),
        ("memberships", "organization_id", "organizations"),
        ("memberships", "post_id", "posts"),
        ("posts", "organization_id", "organizations"),
        ("events", "parent_id", "events"),
        ("events", "organization_id", "organizations"),
        ("speeches", "creator_id", "persons"),
        ("speeches", "event_id", "events"),
    ]
    for collection, key, target in links:
        for item in doc[collection]:
            if key in item:
                assert item[key] in ids[target], (collection, key, item[key])
    for item in doc["events"]:
        assert {a["id"] for a in item.get("attendees", [])} <= ids["persons"]
    return doc


@requires_shared
def test_validator_is_live_and_resolves_references_offline() -> None:
    bad_person = {"id": 5, "other_names": [{"name": 3}], "sources": [{"note": "no url"}]}
    messages = sorted(e.message for e in validator("person").iter_errors(bad_person))
    assert messages == [
        "'url' is a required property",
        "3 is not of type 'string'",
        "5 is not of type 'string', 'null'",
    ]
    assert not validator("event").is_valid({"start_date": "15 January 2026"})


@requires_shared
def test_tiny_edition() -> None:
    doc = check(tiny_edition())
    person = doc["persons"][0]
    assert person == {
        "id": "yu-yunquan",
        "name": "Yu Yunquan",
        "sort_name": "Yu, Yunquan",
        "given_name": "Yunquan",
        "family_name": "Yu",
        "sources": [
            {"url": "https://example.org/release", "note": "Release (Publisher, 2026-01-27)"}
        ],
    }
    assert doc["memberships"][0] == {
        "id": "yu-yunquan/1",
        "person_id": "yu-yunquan",
        "organization_id": "cicg",
        "post_id": "cicg/vice-president",
        "role": "vice president",
        "label": "vice president",
        "sources": [
            {"url": "https://example.org/release", "note": "Release (Publisher, 2026-01-27)"}
        ],
    }
    org = doc["organizations"][1]
    assert org["parent_id"] == "cicg"
    assert org["classification"] == "media"
    assert org["area_id"] == "ocd-division/country:cn"
    assert doc["areas"] == [
        {
            "id": "ocd-division/country:cn",
            "name": "China",
            "identifier": "CN",
            "classification": "country",
        }
    ]
    ceremony, release = doc["events"]
    assert ceremony["start_date"] == ceremony["end_date"] == "2026-01-15"
    assert ceremony["location"] == "Nanning, Guangxi, China"
    assert release["parent_id"] == "ceremony"
    assert ceremony["attendees"] == [
        {"id": "yu-yunquan", "name": "Yu Yunquan"},
        {"id": "yin-myo-khine", "name": "Yin Myo Khine"},
    ]
    assert doc["speeches"][0] == {
        "id": "yu-yunquan-address",
        "creator_id": "yu-yunquan",
        "event_id": "ceremony",
        "role": "Speaker",
        "attribution_text": "Yu Yunquan",
        "type": "speech",
        "title": "Address by Yu Yunquan",
        "text": "Partnership and media cooperation.",
        "sources": [
            {"url": "https://example.org/release", "note": "Release (Publisher, 2026-01-27)"}
        ],
    }


def test_extension_holds_the_ranking_and_the_roles() -> None:
    edition = tiny_edition()
    extension = to_popolo(edition)[EXTENSION_KEY]
    assert from_dict(extension["ranking"], Ranking) == edition.ranking
    assert extension["schema_version"] == 1
    assert extension["edition"] == {"year": 2025, "number": 6, "title": edition.title}
    assert extension["participations"] == [
        {"event_id": "ceremony", "person_id": "yu-yunquan", "role": "speaker"},
        {"event_id": "ceremony", "person_id": "yin-myo-khine", "role": "attendee"},
    ]
    assert extension["organizers"] == []
    assert extension["former_membership_ids"] == []
    assert extension["speeches"]["yu-yunquan-address"]["kind"] == "address"
    assert extension["speeches"]["yu-yunquan-address"]["mentions"] == ["cicg", "KH"]
    assert extension["evidence"]["person/yu-yunquan"] == [
        {"source_id": "release", "paragraphs": [1]}
    ]
    assert extension["sources"][0]["publisher"] == "Publisher"


@requires_shared
@pytest.mark.parametrize("year", available_editions())
def test_bundled_edition(year: int) -> None:
    edition = load_edition(year)
    doc = check(edition)
    assert len(doc["persons"]) == len(edition.people)
    assert len(doc["organizations"]) == len(edition.organizations)
    assert len(doc["memberships"]) == sum(len(p.positions) for p in edition.people)
    assert len(doc["events"]) == len(edition.events)
    assert len(doc["speeches"]) == len(edition.speeches)
    with_patronymic = [p for p in edition.people if p.name.patronymic]
    by_id = {p["id"]: p for p in doc["persons"]}
    for person in with_patronymic:
        assert by_id[person.id]["patronymic_name"] == person.name.patronymic
        assert "family_name" not in by_id[person.id]


@requires_shared
@settings(max_examples=25, deadline=None)
@given(editions())
def test_generated_editions(edition: Edition) -> None:
    doc = check(edition)
    extension = doc[EXTENSION_KEY]
    assert from_dict(extension["ranking"], Ranking) == edition.ranking
    former = {
        f"{p.id}/{i}" for p in edition.people for i, pos in enumerate(p.positions, 1) if pos.former
    }
    assert set(extension["former_membership_ids"]) == former
    assert [m["role"] for m in doc["memberships"]] == [
        pos.title for p in edition.people for pos in p.positions
    ]
    assert [e["start_date"] for e in doc["events"]] == [str(e.date) for e in edition.events]


def test_area_id() -> None:
    assert area_id("KH") == "ocd-division/country:kh"


def test_everypolitician_reader_sees_former_posts_roles_and_counts() -> None:
    importer = pytest.importorskip("popolo_data.importer")
    edition = load_edition(2025)
    popolo = importer.Popolo(json.loads(json.dumps(to_popolo(edition))))
    assert len(popolo.persons) == len(edition.people)
    assert len(popolo.organizations) == len(edition.organizations)
    assert len(popolo.events) == len(edition.events)
    assert len(popolo.memberships) == sum(len(p.positions) for p in edition.people)
    after = datetime.date(2026, 2, 1)
    current = {(m.person_id, m.role) for m in popolo.memberships if m.current_at(after)}
    expected = {(p.id, pos.title) for p in edition.people for pos in p.current_positions}
    assert current == expected
    former = [m for m in popolo.memberships if not m.current_at(after)]
    assert former
    assert {(m.person_id, m.role) for m in former} == {
        (p.id, pos.title) for p in edition.people for pos in p.positions if pos.former
    }
    hu = popolo.persons.get(id="hu-suojin")
    assert any(not m.current_at(after) for m in hu.memberships)
    assert not any(e.current_at(after) for e in popolo.events)  # past events, not current
    organizers = {e.organization_id for e in popolo.events if e.organization_id}
    roles = {(e.id, o.organization_id): o.role for e in edition.events for o in e.organizers}
    for event in popolo.events:
        if event.organization_id:
            assert roles[(event.id, event.organization_id)] is not OrganizerRole.SUPERVISOR
    assert organizers


def test_principal_organizer_is_never_a_supervisor() -> None:
    edition = load_edition(2025)
    doc = to_popolo(edition)
    for event, item in zip(edition.events, doc["events"], strict=True):
        roles = {o.organization_id: o.role for o in event.organizers}
        if "organization_id" in item:
            assert roles[item["organization_id"]] in (
                OrganizerRole.ORGANIZER,
                OrganizerRole.CO_HOST,
            )
        else:
            assert set(roles.values()) <= {OrganizerRole.SUPERVISOR}
    assert {s["type"] for s in doc["speeches"]} == {"speech"}


def _record_fields_of_edition() -> list[str]:
    """The fields of Edition that hold records, found by walking its field types."""
    hints = typing.get_type_hints(Edition)
    return [
        field.name
        for field in attrs.fields(Edition)
        if any(
            isinstance(held, type) and attrs.has(held)
            for held in (hints[field.name], *typing.get_args(hints[field.name]))
        )
    ]


def test_every_field_of_the_edition_that_holds_records_is_in_the_extension() -> None:
    # A collection added to the model reaches the extension without an edit of the export.
    extension = to_popolo(load_edition(2025))[EXTENSION_KEY]
    fields = _record_fields_of_edition()
    assert {"organizations", "people", "ranking", "errata"} <= set(fields)
    assert sorted(key for key in extension if key in fields) == sorted(fields)


def test_the_extension_keeps_an_organizations_fields_popolo_does_not_carry(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Organizations' standard items carry every field today; one that they did not
    carry would be in the extension, for the organizations that have it only."""
    popolo = importlib.import_module("asean_coop.export._popolo")
    edition = load_edition(2025)
    assert to_popolo(edition)[EXTENSION_KEY]["organizations"] == {}
    carried = popolo._STANDARD_FIELDS["organizations"] - {"aliases"}
    monkeypatch.setitem(popolo._STANDARD_FIELDS, "organizations", carried)
    extension = to_popolo(edition)[EXTENSION_KEY]
    assert extension["organizations"] == {
        o.id: {"aliases": list(o.aliases)} for o in edition.organizations if o.aliases
    }
    assert extension["organizations"]


def test_every_area_an_organization_names_is_an_area() -> None:
    # A code the library's table lacks, in every field that names a country.
    edition, _ = with_codes_the_library_lacks()
    doc = to_popolo(edition)
    areas = {area["id"] for area in doc["areas"]}
    named = {o["area_id"] for o in doc["organizations"] if "area_id" in o}
    assert area_id("FR") in named
    assert named <= areas


def test_a_former_post_ends_on_the_date_of_the_main_event_the_edition_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    edition, date = with_main_event_on_another_date(monkeypatch)
    ended = {m["end_date"] for m in to_popolo(edition)["memberships"] if "end_date" in m}
    assert ended == {date}
