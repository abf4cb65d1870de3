"""The generated JSON Schema accepts what ``loads`` accepts, checked with ``jsonschema``."""

from __future__ import annotations

import copy
import importlib.resources
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import asean_coop
from asean_coop import (
    Edition,
    PartialDate,
    ValidationError,
    available_editions,
    dumps,
    load_edition,
    loads,
    model,
    to_dict,
)
from asean_coop.export import json_schema, schema_text
from asean_coop.export.__main__ import main
from asean_coop.export._json_schema import DATE_PATTERN
from helpers import tiny_edition
from strategies import MODEL_STRATEGIES, editions

SCHEMA_FILE = "edition.schema.json"
MODEL_CLASSES = [
    getattr(model, name)
    for name in model.__all__
    if attrs.has(getattr(model, name)) and getattr(model, name) is not PartialDate
]


def validator(cls: type = Edition) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        json_schema(cls), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


EDITION_VALIDATOR = validator()


def schema_accepts(document: Any) -> bool:
    return bool(EDITION_VALIDATOR.is_valid(document))


def loads_accepts(document: Any) -> bool:
    try:
        loads(json.dumps(document))
    except ValidationError:
        return False
    return True


def shipped_text() -> str:
    return (importlib.resources.files("asean_coop") / "data" / SCHEMA_FILE).read_text("utf-8")


# --- the schema itself ----------------------------------------------------------------


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
def test_schema_of_every_model_class_is_a_valid_draft_2020_12_schema(cls: type) -> None:
    schema = json_schema(cls)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$ref"] == f"#/$defs/{cls.__name__}"
    assert list(schema["$defs"]) == sorted(schema["$defs"])


def test_every_object_forbids_unknown_keys_and_requires_fields_without_defaults() -> None:
    defs = json_schema()["$defs"]
    for cls in MODEL_CLASSES:
        if cls.__name__ not in defs:
            continue
        definition = defs[cls.__name__]
        assert definition["additionalProperties"] is False
        fields = [f for f in attrs.fields(cls) if f.init]
        expected = [f.name for f in fields if f.default is attrs.NOTHING]
        if cls is Edition:
            expected = ["schema_version", *expected]
        assert definition["required"] == expected, cls.__name__
        assert list(definition["properties"]) == (["schema_version"] if cls is Edition else []) + [
            f.name for f in fields
        ]


def test_schema_distinguishes_integers_from_numbers_and_lists_enum_values() -> None:
    defs = json_schema()["$defs"]
    assert defs["Edition"]["properties"]["year"]["type"] == "integer"
    assert defs["Figure"]["properties"]["value"]["type"] == "number"
    assert defs["Edition"]["properties"]["schema_version"] == {
        "description": "The version of the JSON layout; this library reads 1.",
        "type": "integer",
        "const": 1,
    }
    assert defs["SpeechKind"]["enum"] == [k.value for k in asean_coop.SpeechKind]
    assert defs["Position"]["properties"]["organization_id"]["type"] == ["string", "null"]


def test_json_schema_is_exported_at_the_top_level() -> None:
    assert asean_coop.json_schema is json_schema
    assert json_schema() == json_schema(Edition)
    assert json_schema() is not json_schema()  # a new dict each call


@pytest.mark.parametrize("bad", [PartialDate, int, "Edition"])
def test_json_schema_refuses_what_is_not_a_model_class(bad: Any) -> None:
    with pytest.raises(TypeError, match="model record class"):
        json_schema(bad)


# --- the shipped file -----------------------------------------------------------------


def test_shipped_schema_file_is_what_the_generator_makes() -> None:
    assert shipped_text() == schema_text(), (
        "regenerate it: python -m asean_coop.export src/asean_coop/data/edition.schema.json"
    )
    assert json.loads(shipped_text()) == json_schema()


def test_module_command_writes_and_checks_the_file(tmp_path: Path) -> None:
    target = tmp_path / SCHEMA_FILE
    assert main([str(target)]) == 0
    assert target.read_text(encoding="utf-8") == schema_text()
    assert main(["--check", str(target)]) == 0
    target.write_text(schema_text().replace('"integer"', '"number"', 1), encoding="utf-8")
    assert main(["--check", str(target)]) == 1
    assert main(["--check", str(tmp_path / "missing.json")]) == 1


# --- documents it accepts -------------------------------------------------------------


@pytest.mark.parametrize("year", available_editions())
def test_bundled_edition_file_validates(year: int) -> None:
    name = f"edition-{year}.json"
    text = (importlib.resources.files("asean_coop") / "data" / name).read_text("utf-8")
    errors = [
        f"{list(e.path)}: {e.message}" for e in EDITION_VALIDATOR.iter_errors(json.loads(text))
    ]
    assert errors == []
    assert schema_accepts(to_dict(load_edition(year)))


def test_tiny_edition_validates() -> None:
    assert schema_accepts(json.loads(dumps(tiny_edition())))


@settings(max_examples=25, deadline=None)
@given(editions())
def test_every_dumped_edition_validates(edition: Edition) -> None:
    document = json.loads(dumps(edition))
    errors = [f"{list(e.path)}: {e.message}" for e in EDITION_VALIDATOR.iter_errors(document)]
    assert errors == []


@pytest.mark.parametrize(
    "cls",
    [c for c in MODEL_STRATEGIES if c not in (PartialDate, Edition)],
    ids=lambda c: c.__name__,
)
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_every_dumped_record_validates_against_its_class_schema(
    cls: type, data: st.DataObject
) -> None:
    record = data.draw(MODEL_STRATEGIES[cls])
    assert validator(cls).is_valid(to_dict(record))


def test_explicit_nulls_and_defaults_are_accepted_as_loads_accepts_them() -> None:
    document = to_dict(tiny_edition())
    person = document["people"][0]
    person["honors"] = []
    person["name"]["suffix"] = None
    person["positions"][0]["former"] = False
    document["milestones"] = []
    assert loads_accepts(document)
    assert schema_accepts(document)


# --- documents it rejects, as loads does ----------------------------------------------

Mutation = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Mutation:
    """Set the value at a dotted path (``people.0.name.order``)."""

    def mutate(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = document
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        node[int(last) if last.isdigit() else last] = value

    return mutate


def _delete(path: str) -> Mutation:
    def mutate(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = document
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        del node[last]

    return mutate


REJECTED: dict[str, Mutation] = {
    "bad enum value": _set("speeches.0.kind", "adress"),
    "enum value in the wrong case": _set("organizations.0.kind", "MEDIA"),
    "unknown key at the top": _set("editor", "me"),
    "unknown key in a record": _set("people.0.nickname", "Yu"),
    "unknown key in a nested record": _set("events.0.place.street", "Main"),
    "date not ISO": _set("events.0.date", "15 January 2026"),
    "date with one-digit month": _set("events.0.date", "2026-1-15"),
    "month 13": _set("events.0.date", "2026-13"),
    "day that does not exist": _set("events.0.date", "2025-02-30"),
    "29 February of a common year": _set("events.0.date", "2025-02-29"),
    "31 April": _set("sources.0.published", "2026-04-31"),
    "year 0": _set("sources.0.published", "0000"),
    "date with a time": _set("events.0.date", "2026-01-15T10:00"),
    "date with a trailing newline": _set("events.0.date", "2026-01-15\n"),
    "date as a number": _set("events.0.date", 2026),
    "missing schema_version": _delete("schema_version"),
    "schema_version 2": _set("schema_version", 2),
    "missing required key": _delete("title"),
    "missing required nested key": _delete("people.0.name.order"),
    "string for an integer": _set("year", "2025"),
    "fraction for an integer": _set("year", 2025.5),
    "boolean for an integer": _set("number", True),
    "string for a boolean": _set("people.0.positions.0.former", "yes"),
    "null for a required string": _set("title", None),
    "object for an array": _set("people", {}),
    "string for a number": _set("events.0.attendance.value", "300"),
    "bad id": _set("people.0.id", "Yu Yunquan"),
    "id with a trailing newline": _set("people.0.id", "yu-yunquan\n"),
    "lowercase country code": _set("organizations.0.country", "cn"),
    "blank text": _set("speeches.0.summary", "   "),
    "family_first name without a family name": _delete("people.0.name.family"),
    "single name with a given name": _set("people.1.name.given", "Yin"),
    "sort_by given without a given name": _set("people.1.name.sort_by", "given"),
    "ranking size 0": _set("ranking.size", 0),
    "negative paragraph": _set("people.0.evidence.0.paragraphs", [-1]),
    "repeated paragraph": _set("people.0.evidence.0.paragraphs", [1, 1]),
    "paragraph as a string": _set("people.0.evidence.0.paragraphs", ["1"]),
    "paragraph as a fraction": _set("people.0.evidence.0.paragraphs", [1.5]),
    "story position 0": _set("ranking.stories.0.position", 0),
    "end_date without a date": _set(
        "ranking.stories.0", {"position": 1, "title": "A", "end_date": "2025"}
    ),
}


@pytest.mark.parametrize("mutation", REJECTED.values(), ids=REJECTED.keys())
def test_schema_rejects_what_loads_rejects(mutation: Mutation) -> None:
    document = to_dict(tiny_edition())
    assert schema_accepts(document)
    mutation(document)
    assert not loads_accepts(document), "the mutation should break the document"
    assert not schema_accepts(document)


# Known limits: what loads rejects and no JSON Schema can express.
BEYOND_SCHEMA: dict[str, Mutation] = {
    "dangling reference": _set("speeches.0.speaker_id", "nobody"),
    "duplicate id": _set("people.1.id", "yu-yunquan"),
    "paragraphs out of order": _set("people.0.evidence.0.paragraphs", [3, 1]),
    "integer written as a float": _set("year", 2025.0),
}


@pytest.mark.parametrize("mutation", BEYOND_SCHEMA.values(), ids=BEYOND_SCHEMA.keys())
def test_documented_limits_are_real(mutation: Mutation) -> None:
    document = to_dict(tiny_edition())
    mutation(document)
    assert not loads_accepts(document)
    assert schema_accepts(document)


def test_date_pattern_matches_exactly_the_dates_that_exist() -> None:
    pattern = re.compile(DATE_PATTERN)
    years = ["0000", "0001", "0004", "0100", "0400", "1900", "2000", "2023", "2024", "2100", "9999"]
    candidates = list(years)
    for year in years:
        for month in range(14):
            candidates.append(f"{year}-{month:02d}")
            candidates.extend(f"{year}-{month:02d}-{day:02d}" for day in range(33))
    for text in candidates:
        try:
            PartialDate.from_iso(text)
        except ValidationError:
            exists = False
        else:
            exists = True
        assert bool(pattern.search(text)) is exists, text


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"[0-9]{4}(-[0-9]{1,3}(-[0-9]{1,3})?)?[ \nT]?", fullmatch=True))
def test_date_pattern_agrees_with_the_codec_on_ascii_digits(text: str) -> None:
    try:
        PartialDate.from_iso(text)
    except ValidationError:
        exists = False
    else:
        exists = True
    assert bool(re.search(DATE_PATTERN, text)) is exists


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 3)
    | st.floats(-2, 2)
    | st.sampled_from(
        ["", " ", "x", "CN", "cicg", "yu-yunquan", "2025", "2025-02-30", "speaker", "address"]
    ),
    lambda inner: (
        st.lists(inner, max_size=2)
        | st.dictionaries(st.sampled_from(["id", "x"]), inner, max_size=2)
    ),
    max_leaves=4,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out += _paths(value, (*prefix, index))
    return out


# Problems that loads reports and no JSON Schema can express (see BEYOND_SCHEMA).
BEYOND_SCHEMA_MESSAGES = re.compile(
    r"is not the id of|is already the id of|has no participation|must be ascending"
    r"|its own ancestor|main event|differs from the edition|appears twice|comes after"
    r"|is outside 1\.\.|on or before|expected an integer, got -?[0-9]+\.0$"
    r"|^1\.0 is not a supported schema version"
)


def loads_problems(document: Any) -> list[str] | None:
    """The messages of loads' problems, or None if it accepts the document."""
    try:
        loads(json.dumps(document))
    except ValidationError as error:
        return [p.message for p in error.problems]
    return None


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_schema_and_loads_agree_on_random_changes(data: st.DataObject) -> None:
    document = copy.deepcopy(to_dict(tiny_edition()))
    path = data.draw(st.sampled_from(_paths(document)))
    node: Any = document
    for part in path[:-1]:
        node = node[part]
    if isinstance(node, dict) and data.draw(st.booleans()):
        del node[path[-1]]
    else:
        node[path[-1]] = data.draw(JSON_VALUES)
    problems = loads_problems(document)
    if problems is None:  # whatever loads accepts, the schema accepts
        assert schema_accepts(document)
    elif not any(BEYOND_SCHEMA_MESSAGES.search(m) for m in problems):
        assert not schema_accepts(document), problems  # and it rejects what it can express
