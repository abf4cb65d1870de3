"""The codec: round trips, canonical output and strict, path-precise loading."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import asean_coop
from asean_coop import (
    AseanCoopError,
    Edition,
    PartialDate,
    Person,
    PersonName,
    Position,
    Speech,
    ValidationError,
    dump,
    dumps,
    from_dict,
    load,
    loads,
    to_dict,
)
from helpers import tiny_edition
from strategies import MODEL_STRATEGIES, editions, mutate

RECORD_STRATEGIES = {cls: s for cls, s in MODEL_STRATEGIES.items() if cls is not PartialDate}


@pytest.mark.parametrize("cls", list(RECORD_STRATEGIES), ids=lambda c: c.__name__)
def test_round_trips(cls: type) -> None:
    @given(RECORD_STRATEGIES[cls])
    def check(value: Any) -> None:
        assert from_dict(to_dict(value), cls) == value
        text = dumps(value)
        assert loads(text, cls) == value
        assert dumps(loads(text, cls)) == text
        indented = dumps(value, indent=2)
        assert dumps(loads(indented, cls), indent=2) == indented

    check()


@given(editions())
def test_edition_round_trip_is_byte_stable(edition: Edition) -> None:
    text = dumps(edition, indent=2)
    again: Edition = loads(text)
    assert again == edition
    assert dumps(again, indent=2) == text
    assert loads(text.encode("utf-8")) == edition


def test_output_shape() -> None:
    data = to_dict(tiny_edition())
    assert list(data)[:4] == ["schema_version", "year", "number", "title"]
    assert data["schema_version"] == asean_coop.SCHEMA_VERSION == 1
    ceremony = data["events"][0]
    assert ceremony["date"] == "2026-01-15"
    assert ceremony["kind"] == "ceremony"
    assert ceremony["attendance"] == {
        "measure": "attendees",
        "value": 300,
        "qualifier": "more_than",
    }
    # Fields at their default are omitted.
    assert "parent_id" not in ceremony
    assert "initiatives" not in data
    assert to_dict(Position(title="x")) == {"title": "x"}
    assert dumps(Position(title="Đà Nẵng")) == '{"title":"Đà Nẵng"}'


def test_to_dict_rejects_non_records() -> None:
    with pytest.raises(TypeError, match="expected a model record, got dict"):
        to_dict({"a": 1})
    with pytest.raises(TypeError, match="got PartialDate"):
        to_dict(PartialDate(year=2025))
    with pytest.raises(TypeError, match="expected a model record class"):
        from_dict({}, dict)


def test_dump_and_load_files(tmp_path: Path) -> None:
    edition = tiny_edition()
    path = tmp_path / "edition.json"
    dump(edition, path)
    assert path.read_text(encoding="utf-8") == dumps(edition, indent=2) + "\n"
    assert load(path) == edition
    assert load(str(path)) == edition
    buffer = io.StringIO()
    dump(edition, buffer, indent=None)
    assert buffer.getvalue() == dumps(edition) + "\n"
    assert load(io.StringIO(buffer.getvalue())) == edition
    assert load(io.BytesIO(buffer.getvalue().encode())) == edition
    with pytest.raises(FileNotFoundError, match=r"missing\.json"):
        load(tmp_path / "missing.json")


# --- strict types: nothing is coerced --------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"title": None}, "title: expected a string, got null"),
        ({"title": 123}, "title: expected a string, got 123"),
        ({"title": ["a"]}, "title: expected a string, got an array"),
        ({"title": "x", "former": 1}, "former: expected true or false, got 1"),
        ({"title": "x", "former": "true"}, "former: expected true or false, got 'true'"),
        (
            {"title": "x", "organization_id": {}},
            "organization_id: expected a string, got an object",
        ),
        (
            {"title": "x", "extra": 1},
            "unknown key 'extra'; expected only: title, organization_id, former",
        ),
        ({}, "title: required key missing"),
    ],
)
def test_strict_scalars(data: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as info:
        from_dict(data, Position)
    assert [str(p) for p in info.value.problems] == [message]


@pytest.mark.parametrize(
    ("variants", "message"),
    [
        ("abc", "variants: expected an array, got 'abc'"),
        ({}, "variants: expected an array, got an object"),
        (["a", 1], "variants[1]: expected a string, got 1"),
        ([None], "variants[0]: expected a string, got null"),
    ],
)
def test_strict_tuples(variants: object, message: str) -> None:
    data = {"text": "A", "order": "single", "variants": variants}
    with pytest.raises(ValidationError) as info:
        from_dict(data, PersonName)
    assert [str(p) for p in info.value.problems] == [message]


def test_numbers_are_not_booleans_or_strings() -> None:
    base = {"measure": "m", "value": 1}
    assert from_dict(base, asean_coop.Figure).value == 1
    assert from_dict({**base, "value": 2.5}, asean_coop.Figure).value == 2.5
    for bad, shown in ((True, "true"), ("1", "'1'"), (None, "null")):
        with pytest.raises(ValidationError) as info:
            from_dict({**base, "value": bad}, asean_coop.Figure)
        assert str(info.value.problems[0]) == f"value: expected a number, got {shown}"


def _speech(**changes: Any) -> dict[str, Any]:
    data = to_dict(tiny_edition().speeches[0])
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"kind": "adress"}, "kind: 'adress' is not one of: address, commentary, remarks"),
        ({"kind": "ADDRESS"}, "kind: 'ADDRESS' is not one of: address, commentary, remarks"),
        ({"kind": 1}, "kind: 1 is not one of: address, commentary, remarks"),
        (
            {"figures": [{"measure": "m", "value": 1, "qualifier": "roughly"}]},
            "figures[0].qualifier: 'roughly' is not one of: exact, about, nearly, more_than, "
            "at_least, over",
        ),
        (
            {"figures": [{"measure": "m", "value": 1, "as_of": "2025-02-30"}]},
            "figures[0].as_of: day 30 does not exist in 2025-02 (last day 28)",
        ),
        (
            {"figures": [{"measure": "m", "value": 1, "as_of": "Sept 2025"}]},
            "figures[0].as_of: 'Sept 2025' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)",
        ),
        (
            {"figures": [{"measure": "m", "value": 1, "as_of": 2025}]},
            "figures[0].as_of: expected an ISO date string, got 2025",
        ),
        (
            {"evidence": [{"source_id": "release", "paragraphs": [3, 1]}]},
            "evidence[0].paragraphs: must be in ascending order, got [3, 1]",
        ),
        ({"evidence": ["release"]}, "evidence[0]: expected an object (Evidence), got 'release'"),
        (
            {"id": "Not A Slug"},
            "id: 'Not A Slug' is not a valid id (lowercase letters, digits and single hyphens)",
        ),
    ],
)
def test_documented_errors(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as info:
        from_dict(_speech(**changes), Speech)
    assert [str(p) for p in info.value.problems] == [message]


def test_three_independent_mistakes_are_reported_together() -> None:
    data = to_dict(tiny_edition())
    data["speeches"][0]["kind"] = "adress"
    data["people"][1]["name"]["text"] = None
    data["events"][0]["participants"][0]["person_id"] = "nobody"
    with pytest.raises(ValidationError) as info:
        loads(json.dumps(data))
    assert [str(p) for p in info.value.problems] == [
        "people[1].name.text: expected a string, got null",
        "speeches[0].kind: 'adress' is not one of: address, commentary, remarks",
        "events[0].participants[0].person_id: 'nobody' is not the id of a person",
    ]
    assert str(info.value).startswith("3 problems:\n  people[1].name.text")


def test_references_to_broken_records_are_not_reported_twice() -> None:
    data = to_dict(tiny_edition())
    data["people"][0]["positions"] = "oops"
    data["sources"] = "oops"
    with pytest.raises(ValidationError) as info:
        loads(json.dumps(data))
    assert [str(p) for p in info.value.problems] == [
        "sources: expected an array, got 'oops'",
        "people[0].positions: expected an array, got 'oops'",
    ]


def test_evidence_kinds_match_the_kind_of_source_they_cite() -> None:
    data = to_dict(tiny_edition())
    data["sources"].append(
        {
            "id": "general-reference",
            "title": "General reference",
            "publisher": "Reference works",
            "url": "urn:asean-coop:general-reference",
            "kind": "general_reference",
        }
    )
    data["organizations"][1]["evidence"] = [
        {"source_id": "release", "kind": "reference"},  # reference evidence, a release
        {"source_id": "general-reference", "kind": "reference"},  # right
    ]
    data["ranking"]["stories"][0]["evidence"] = [
        {"source_id": "release", "paragraphs": [1]},  # right
        {"source_id": "general-reference", "paragraphs": [1]},  # stated, from reference
    ]
    with pytest.raises(ValidationError) as info:
        loads(json.dumps(data))
    message = (
        "reference evidence cites general reference, and general reference supports only "
        "reference evidence"
    )
    assert [tuple(p) for p in info.value.problems] == [
        ("organizations[1].evidence[0].kind", message),
        ("ranking.stories[0].evidence[1].kind", message),
    ]


def test_edition_document_level_errors() -> None:
    data = to_dict(tiny_edition())
    del data["ranking"]
    data["colour"] = "red"
    with pytest.raises(ValidationError) as info:
        from_dict(data, Edition)
    messages = [str(p) for p in info.value.problems]
    assert messages[0].startswith("unknown key 'colour'; expected only: schema_version, year")
    assert messages[1] == "ranking: required key missing"
    for version, shown in ((2, "2"), ("1", "'1'")):
        with pytest.raises(ValidationError, match=f"schema_version: {shown} is not a supported"):
            from_dict({**to_dict(tiny_edition()), "schema_version": version}, Edition)
    data = to_dict(tiny_edition())
    del data["schema_version"]
    with pytest.raises(ValidationError, match="schema_version: required key missing"):
        from_dict(data, Edition)


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (b"\xff\xfe", "not UTF-8: byte 0xff at offset 0"),
        (b'{"a": "\xc3', "not UTF-8: byte 0xc3 at offset 7"),
        ('{"schema_version": 1', "not valid JSON: Expecting ',' delimiter at line 1, column 21"),
        ("", "not valid JSON: Expecting value at line 1, column 1"),
        ('{"year": NaN}', "NaN is not valid JSON (numbers must be finite)"),
        ('{"year": -Infinity}', "-Infinity is not valid JSON (numbers must be finite)"),
        ("[" * 100_000 + "]" * 100_000, "not accepted: nested too deeply"),
        ("9" * 5000, "not accepted: Exceeds the limit"),
        ('"\\ud800"', "contains a lone surrogate '\\ud800' at index 0"),
        ('{"title": "x\ud800"}', "title: contains a lone surrogate"),
        ("[]", "expected an object (Edition), got an array"),
        ("null", "expected an object (Edition), got null"),
    ],
)
def test_bad_documents(document: str | bytes, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        loads(document)
    assert str(info.value.problems[0]).startswith(message)


def test_lone_surrogate_paths() -> None:
    text = '{"title": "ok", "organization_id": "\\udc00x"}'
    with pytest.raises(ValidationError) as info:
        loads(text, Position)
    assert str(info.value.problems[0]) == (
        "organization_id: contains a lone surrogate '\\udc00' at index 0"
    )
    # A surrogate pair written as escapes is one valid character.
    assert loads('{"title": "\\ud83d\\ude00"}', Position).title == "\U0001f600"


def test_size_limit_is_configurable() -> None:
    text = dumps(tiny_edition())
    with pytest.raises(ValidationError, match="larger than the limit of 100; pass a larger"):
        loads(text, max_size=100)
    with pytest.raises(ValidationError, match="bytes is larger than the limit"):
        loads(text.encode(), max_size=100)
    assert loads(text, max_size=len(text)) == tiny_edition()
    assert asean_coop.DEFAULT_MAX_SIZE == 32 * 1024 * 1024


def test_loads_rejects_non_text() -> None:
    with pytest.raises(ValidationError, match="expected JSON text"):
        loads(12)  # type: ignore[call-overload]


def test_huge_integers_and_ten_megabyte_strings() -> None:
    assert loads(json.dumps({"title": "x" * 10_000_000}), Position).title == "x" * 10_000_000
    big = 10**30
    doc = json.dumps({"measure": "m", "value": big})
    assert loads(doc, asean_coop.Figure).value == big
    assert dumps(loads(doc, asean_coop.Figure)) == '{"measure":"m","value":' + str(big) + "}"


def test_duplicate_keys_are_refused() -> None:
    with pytest.raises(ValidationError, match="the key 'title' appears twice in one object"):
        loads('{"title": "a", "title": "b"}', Position)
    # the same key in two different objects is fine
    assert loads('{"title": "a", "organization_id": "b"}', Position).title == "a"


# --- fuzzing: whatever the mutation, only AseanCoopError escapes ----------------

_JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=5),
    st.just([]),
    st.just({}),
    st.just(["x"]),
    st.just({"id": "x"}),
)


@st.composite
def mutated_documents(draw: st.DrawFn) -> Any:
    document = to_dict(draw(editions(max_people=3)))
    return mutate(draw, document, junk=_JUNK, keys=st.text(max_size=5), steps=4)


@given(mutated_documents())
def test_mutated_documents_raise_only_validation_errors(data: Any) -> None:
    try:
        edition = from_dict(data, Edition)
    except ValidationError as exc:
        problems = exc.problems
    else:
        # A mutation the loader accepts (say, a default written out) must still describe
        # the edition it loaded: its canonical document loads back to the same edition.
        assert from_dict(to_dict(edition), Edition) == edition
        assert loads(dumps(edition)) == edition
        return
    assert problems
    assert all(isinstance(p.path, str) and p.message for p in problems)


@given(st.binary(max_size=200) | st.text(max_size=200))
def test_arbitrary_input_raises_only_library_errors(document: bytes | str) -> None:
    with contextlib.suppress(AseanCoopError):
        loads(document)


@given(editions(max_people=3), st.integers(0, 10_000))
def test_truncated_documents(edition: Edition, cut: int) -> None:
    data = dumps(edition).encode("utf-8")
    cut = cut % len(data)
    with pytest.raises(ValidationError):
        loads(data[:cut])


def test_person_documents_load_standalone() -> None:
    person = tiny_edition().people[0]
    assert loads(dumps(person), Person) == person


def test_key_order_is_required_then_present_defaults() -> None:
    organization = tiny_edition().organizations[1]
    assert list(to_dict(organization)) == [
        "id",
        "name",
        "kind",
        "country",
        "parent_id",
        "evidence",
    ]
