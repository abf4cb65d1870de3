"""The adversarial suites, bounded: whatever the input, a result or a documented error.

Only :class:`~asean_coop.AseanCoopError` may come out of ``loads``, ``from_dict`` and the
command line's ``validate``; the lookups raise their documented errors and nothing else.
Every suite here is exhaustive over a small document (every truncation, every bit flip,
a mutation at every JSON path) or a bounded hypothesis search, so the whole module runs in
about a minute. It carries the ``fuzz`` marker: deselected by default, run with
``python -m pytest -m fuzz`` (``.ci/run`` does, within its time budget).
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import math
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import asean_coop
from asean_coop import (
    AseanCoopError,
    Edition,
    NotFoundError,
    ValidationError,
    dumps,
    from_dict,
    loads,
    to_dict,
)
from asean_coop.cli import main
from helpers import json_paths, mutations_at_every_path, tiny_edition
from strategies import editions, mutate

pytestmark = pytest.mark.fuzz

SMALL_EDITION = tiny_edition()
SMALL = dumps(SMALL_EDITION).encode("utf-8")
"""A small valid document (about 2 KB): every byte of it is truncated and flipped."""


def decoded(document: bytes | str | Any, cls: type = Edition) -> object | ValidationError:
    """What ``loads`` gives: the record, or the ValidationError it raised. Any other
    exception propagates and fails the test."""
    try:
        return loads(document, cls)
    except ValidationError as error:
        return _checked(error)


def structured(data: Any, cls: type = Edition) -> object | ValidationError:
    """What ``from_dict`` gives: the record, or the ValidationError it raised."""
    try:
        return from_dict(data, cls)
    except ValidationError as error:
        return _checked(error)


def _checked(error: ValidationError) -> ValidationError:
    """A ValidationError lists its problems, each with a path and a message."""
    assert error.problems
    assert all(isinstance(p.path, str) and p.message for p in error.problems)
    return error


def assert_round_trips(value: object, cls: type = Edition) -> None:
    """An accepted document describes its record: the canonical text loads back to it."""
    text = dumps(value)
    assert loads(text, cls) == value
    assert dumps(loads(text, cls)) == text


# --- bytes: truncations, bit flips, encodings ------------------------------------


def test_every_truncation_of_a_small_document_is_refused() -> None:
    indented = dumps(SMALL_EDITION, indent=2)
    for cut in range(len(SMALL)):
        assert isinstance(decoded(SMALL[:cut]), ValidationError), cut
    for cut in range(len(indented.rstrip())):
        assert isinstance(decoded(indented[:cut]), ValidationError), cut
    assert decoded(SMALL) == SMALL_EDITION


def test_bit_flips_at_every_byte_of_a_small_document() -> None:
    # Two flips a byte: the ASCII case bit (letters stay letters, so some documents stay
    # valid) and one more bit, taken in turn. All eight bits of every byte take four times
    # as long (about 20 s); that run passed too.
    accepted = 0
    for index in range(len(SMALL)):
        for bit in sorted({5, index % 8}):
            flipped = bytearray(SMALL)
            flipped[index] ^= 1 << bit
            result = decoded(bytes(flipped))
            if not isinstance(result, ValidationError):
                accepted += 1
                assert isinstance(result, Edition)
                assert_round_trips(result)
    # Flips inside free text (a letter's case, a digit of a paragraph number) can make
    # another valid edition; most flips break the document.
    assert 0 < accepted < len(SMALL)


def _inside_a_name(insert: bytes) -> bytes:
    assert b"Yu Yunquan" in SMALL
    return SMALL.replace(b"Yu Yunquan", b"Yu " + insert + b"Yunquan", 1)


INVALID_UTF8 = {
    "lone continuation byte": b"\x80",
    "byte ff": b"\xff",
    "truncated two-byte sequence": b"\xc3",
    "truncated three-byte sequence": b"\xe2\x82",
    "overlong slash": b"\xc0\xaf",
    "overlong nul": b"\xc0\x80",
    "encoded surrogate (CESU-8)": b"\xed\xa0\x80",
    "beyond U+10FFFF": b"\xf4\x90\x80\x80",
}


@pytest.mark.parametrize("insert", list(INVALID_UTF8.values()), ids=list(INVALID_UTF8))
def test_invalid_utf8_is_refused(insert: bytes) -> None:
    assert isinstance(decoded(_inside_a_name(insert)), ValidationError)
    assert isinstance(decoded(SMALL[:40] + insert + SMALL[40:]), ValidationError)
    assert isinstance(decoded(insert + SMALL), ValidationError)


OTHER_ENCODINGS = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-8-sig"]


@pytest.mark.parametrize("encoding", OTHER_ENCODINGS)
def test_other_encodings_are_refused(encoding: str) -> None:
    # loads takes a str or UTF-8 bytes (its docstring); a BOM is not part of the text.
    assert isinstance(decoded(SMALL.decode("utf-8").encode(encoding)), ValidationError)


SURROGATES = {
    "lone high surrogate": "\\ud800",
    "lone low surrogate": "\\udc00",
    "reversed pair": "\\udc00\\ud800",
}


@pytest.mark.parametrize("escape", list(SURROGATES.values()), ids=list(SURROGATES))
def test_escaped_lone_surrogates_are_refused(escape: str) -> None:
    text = SMALL.decode("utf-8").replace("Yu Yunquan", f"Yu {escape}Yunquan", 1)
    assert escape in text
    for document in (text, text.encode("utf-8")):
        assert isinstance(decoded(document), ValidationError)


ESCAPES = {
    "nul": "\\u0000",
    "escape": "\\u001b[31m",
    "bidi override": "\\u202e",
    "noncharacter": "\\uffff",
}


@pytest.mark.parametrize("escape", list(ESCAPES.values()), ids=list(ESCAPES))
def test_escaped_characters_in_a_name(escape: str) -> None:
    text = SMALL.decode("utf-8").replace("Yu Yunquan", f"Yu {escape}Yunquan", 1)
    assert escape in text
    for document in (text, text.encode("utf-8")):
        result = decoded(document)
        if not isinstance(result, ValidationError):
            assert isinstance(result, Edition)
            assert_round_trips(result)


def test_raw_lone_surrogates_in_a_text_document() -> None:
    text = SMALL.decode("utf-8").replace("Yu Yunquan", "Yu \ud800Yunquan", 1)
    assert "\ud800" in text
    assert isinstance(decoded(text), ValidationError)


# --- a mutation at every JSON path --------------------------------------------------

JUNK: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    1.5,
    10**30,
    math.inf,
    math.nan,
    "",
    " ",
    "x",
    "\x00",
    "\u200b",
    "9999-99-99",
    [],
    {},
    ["x"],
    [None],
    {"id": "x"},
]


LONE_SURROGATE = "\ud800"


RECORDS = {
    "edition": (SMALL_EDITION, Edition),
    "person": (SMALL_EDITION.people[0], asean_coop.Person),
    "organization": (SMALL_EDITION.organizations[1], asean_coop.Organization),
    "event": (SMALL_EDITION.events[0], asean_coop.Event),
    "speech": (SMALL_EDITION.speeches[0], asean_coop.Speech),
    "ranking": (SMALL_EDITION.ranking, asean_coop.Ranking),
    "source": (SMALL_EDITION.sources[0], asean_coop.Source),
}


@pytest.mark.parametrize("kind", list(RECORDS))
def test_a_mutation_at_every_json_path(kind: str) -> None:
    record, cls = RECORDS[kind]
    document = to_dict(record)
    count = 0
    for label, data in mutations_at_every_path(document, JUNK):
        count += 1
        result = structured(data, cls)
        if not isinstance(result, ValidationError):
            assert isinstance(result, cls), label
            assert_round_trips(result, cls)
        try:
            text = json.dumps(data)
        except ValueError:  # a value plain JSON cannot hold
            continue
        loaded = decoded(text, cls)
        if not isinstance(loaded, ValidationError):
            assert isinstance(loaded, cls), label
            assert_round_trips(loaded, cls)
    assert count > len(json_paths(document))


@pytest.mark.parametrize("kind", list(RECORDS))
def test_a_lone_surrogate_at_every_json_path_is_refused_by_loads(kind: str) -> None:
    record, cls = RECORDS[kind]
    for label, data in mutations_at_every_path(to_dict(record), [LONE_SURROGATE]):
        loaded = decoded(json.dumps(data), cls)
        if not isinstance(loaded, ValidationError):
            assert "deleted" in label or "unexpected" in label, label
            assert_round_trips(loaded, cls)


def test_from_dict_refuses_a_lone_surrogate_as_loads_does() -> None:
    accepted = []
    for label, data in mutations_at_every_path(to_dict(SMALL_EDITION), [LONE_SURROGATE]):
        if "deleted" in label or "unexpected" in label:
            continue
        if not isinstance(structured(data), ValidationError):
            accepted.append(label)
    assert accepted == []


# --- generated editions, mutated at random ------------------------------------------

_DEEP_JUNK = st.one_of(
    st.sampled_from(JUNK).map(copy.deepcopy),
    st.integers(),
    st.floats(),
    st.text(max_size=8),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.none(), max_size=2),
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_generated_editions_mutated_at_random(data: st.DataObject) -> None:
    document = to_dict(data.draw(editions(max_people=4)))
    mutated = mutate(data.draw, document, junk=_DEEP_JUNK, keys=st.text(max_size=6), steps=8)
    result = structured(mutated)
    if not isinstance(result, ValidationError):
        assert isinstance(result, Edition)
        assert_round_trips(result)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2_000) | st.text(max_size=2_000))
def test_arbitrary_input(document: bytes | str) -> None:
    result = decoded(document)
    assert isinstance(result, (ValidationError, Edition))


@settings(max_examples=300, deadline=None)
@given(st.binary(min_size=1, max_size=20), st.integers(0, len(SMALL)))
def test_bytes_spliced_into_a_small_document(junk: bytes, at: int) -> None:
    result = decoded(SMALL[:at] + junk + SMALL[at:])
    if not isinstance(result, ValidationError):
        assert isinstance(result, Edition)
        assert_round_trips(result)


# --- lookups ----------------------------------------------------------------------

ANY_TEXT = st.text(max_size=60) | st.sampled_from(
    ["", " ", "\x00", "\ud800", "Lao\u0301", "ລາວ", "ພະມ້າ", "a" * 10_000, "..", "LA", "lao"]
)


def has_no_letter_or_digit(key: str) -> bool:
    """The documented reason for a lookup's ValueError (an oracle of its own: Unicode
    categories, not the library's folding)."""
    return not any(unicodedata.category(c)[0] in "LN" for c in key)


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT)
def test_country_gives_a_country_or_a_documented_error(key: str) -> None:
    try:
        found = asean_coop.country(key)
    except NotFoundError:
        return
    except AseanCoopError as error:
        pytest.fail(f"country({key!r}) raised {error!r}, not NotFoundError")
    except ValueError:
        assert has_no_letter_or_digit(key), key
        return
    assert found in asean_coop.countries()


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT)
def test_person_gives_a_person_or_a_documented_error(key: str) -> None:
    edition = asean_coop.load_edition(2025)
    try:
        found = edition.person(key)
    except NotFoundError:
        return
    except AseanCoopError as error:
        pytest.fail(f"person({key!r}) raised {error!r}, not NotFoundError")
    except ValueError:
        assert has_no_letter_or_digit(key), key
        return
    assert found in edition.people


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=30), st.dates().map(str), st.dates(), st.none()))
def test_asean_members_takes_dates_or_raises_validation_error(on: Any) -> None:
    try:
        members = asean_coop.asean_members(on=on)
    except ValidationError:
        assert isinstance(on, str)
        return
    assert all(isinstance(c, asean_coop.Country) for c in members)
    assert len(members) <= 11


@given(st.one_of(st.integers(), st.floats(), st.binary(), st.lists(st.integers())))
def test_asean_members_refuses_other_types_with_type_error(on: Any) -> None:
    with pytest.raises(TypeError):
        asean_coop.asean_members(on=on)


# --- the command line's validate ----------------------------------------------------


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(document=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_validate_exits_1_and_never_raises(tmp_path: Path, document: bytes) -> None:
    path = tmp_path / "document.json"
    path.write_bytes(document)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["validate", str(path)])
    assert code == 1  # nothing random is a valid edition
    assert err.getvalue() == ""  # the report, problems included, goes to stdout
    assert out.getvalue().startswith(f"{path}: invalid, ")


def test_validate_on_every_truncation_of_a_small_document(tmp_path: Path) -> None:
    paths = []
    for cut in range(0, len(SMALL), 7):
        path = tmp_path / f"cut-{cut}.json"
        path.write_bytes(SMALL[:cut])
        paths.append(str(path))
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["validate", *paths])
    assert code == 1
    assert err.getvalue() == ""  # the report, problems included, goes to stdout
    assert all(path in out.getvalue() for path in paths)


@pytest.mark.parametrize(
    "document",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"schema_version": 1, "year": ' + "9" * 5000 + "}",
        '{"schema_version": NaN}',
        json.dumps({"schema_version": 1, "title": "x" * 10_000_000}),
    ],
    ids=["deep", "huge-int", "nan", "10MB-string"],
)
def test_validate_on_hostile_documents(tmp_path: Path, document: str) -> None:
    path = tmp_path / "hostile.json"
    path.write_text(document, encoding="utf-8")
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = main(["validate", str(path)])
    assert code == 1
    assert "Traceback" not in err.getvalue()
