"""Whatever the input, a result or a documented error: never another exception or a hang.

``loads``, ``from_dict`` and ``PartialDate.parse`` are fuzzed beside their own tests
(tests/test_codec.py, tests/test_dates.py); this module covers the lookups and the
command line's ``validate``.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import asean_coop
from asean_coop import NotFoundError, ValidationError
from asean_coop.cli import main

ANY_TEXT = st.text(max_size=60) | st.sampled_from(
    ["", " ", "\x00", "\ud800", "Lao\u0301", "ລາວ", "ພະມ້າ", "a" * 10_000, "..", "LA", "lao"]
)


@given(ANY_TEXT)
def test_country_gives_a_country_or_a_lookup_error(key: str) -> None:
    try:
        found = asean_coop.country(key)
    except (NotFoundError, ValueError):
        return
    assert found in asean_coop.countries()


@given(ANY_TEXT)
def test_person_gives_a_person_or_a_lookup_error(key: str) -> None:
    edition = asean_coop.load_edition(2025)
    try:
        found = edition.person(key)
    except (NotFoundError, ValueError):
        return
    assert found in edition.people


@given(st.one_of(st.text(max_size=30), st.dates().map(str), st.none(), st.integers()))
def test_asean_members_takes_dates_or_raises_validation_error(on: object) -> None:
    try:
        members = asean_coop.asean_members(on=on)  # type: ignore[arg-type]
    except (ValidationError, TypeError, ValueError):
        return
    assert all(isinstance(c, asean_coop.Country) for c in members)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(document=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_validate_exits_0_1_or_2_and_never_raises(tmp_path: Path, document: bytes) -> None:
    path = tmp_path / "document.json"
    path.write_bytes(document)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["validate", str(path)])
    assert code == 1  # nothing random is a valid edition
    assert err.getvalue() == ""  # the report, problems included, goes to stdout
    assert out.getvalue().startswith(f"{path}: invalid, ")


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
