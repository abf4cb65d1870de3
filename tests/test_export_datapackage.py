"""CSV tables and a Frictionless Data Package v2, checked by ``frictionless validate``."""

from __future__ import annotations

import csv
import datetime as dt
import json
import socket
import tempfile
from pathlib import Path
from typing import Any

import attrs
import frictionless
import pytest
from hypothesis import given, settings

import asean_coop
from asean_coop import Edition, available_editions, load_edition
from asean_coop.export import (
    DATAPACKAGE_PROFILE,
    TABLE_NAMES,
    datapackage_descriptor,
    tables,
    write_datapackage,
)
from asean_coop.export._tables import Cell, Table
from helpers import tiny_edition, with_codes_the_library_lacks
from strategies import editions


class NetworkUsedError(AssertionError):
    pass


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any attempt to open a network connection (fetching the v2 profile, say)."""

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise NetworkUsedError(f"network used: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def problems(path: Path, table: str | None = None) -> list[list[str]]:
    """``[error type, table, note]`` for every error ``frictionless validate`` reports (for
    the whole package, or for one table of it: a sixth of the time)."""
    report = frictionless.validate(str(path), resource_name=table)
    found = [[e.type, "", e.note] for e in report.errors]
    found += [[e.type, task.name, e.note] for task in report.tasks for e in task.errors]
    assert report.valid is (found == [])
    return found


def read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def rewrite_cell(path: Path, row: int, column: str, value: str) -> None:
    rows = read_csv(path)
    rows[row][rows[0].index(column)] = value
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


def test_tiny_edition_package_is_valid(tmp_path: Path) -> None:
    path = write_datapackage(tiny_edition(), tmp_path / "out" / "nested")
    assert path == tmp_path / "out" / "nested" / "datapackage.json"
    assert sorted(p.name for p in path.parent.iterdir()) == sorted(
        ["datapackage.json", *(f"{name}.csv" for name in TABLE_NAMES)]
    )
    assert problems(path) == []


@pytest.mark.parametrize("year", available_editions())
def test_bundled_edition_package_is_valid(tmp_path: Path, year: int) -> None:
    path = write_datapackage(load_edition(year), tmp_path)
    assert problems(path) == []


def test_codes_the_library_lacks_make_a_valid_package(tmp_path: Path) -> None:
    # Each field that names a country holds a code the library's table lacks: every one
    # is a row of the countries table, so every foreign key to it holds.
    edition, _ = with_codes_the_library_lacks()
    assert problems(write_datapackage(edition, tmp_path)) == []


@settings(max_examples=4, deadline=None)  # frictionless takes ~0.9 s a package
@given(editions())
def test_generated_edition_packages_are_valid(edition: Edition) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        assert problems(write_datapackage(edition, tmp)) == []


def test_descriptor_declares_v2_types_and_keys() -> None:
    descriptor = datapackage_descriptor(tiny_edition())
    assert descriptor["$schema"] == DATAPACKAGE_PROFILE
    assert descriptor["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert descriptor["sources"] == [
        {"title": "Release (Publisher, 2026-01-27)", "path": "https://example.org/release"}
    ]
    resources = {r["name"]: r for r in descriptor["resources"]}
    assert list(resources) == list(TABLE_NAMES)
    for resource in resources.values():
        assert resource["type"] == "table"
        assert resource["path"] == f"{resource['name']}.csv"
        assert resource["schema"]["primaryKey"]
    positions = resources["positions"]["schema"]
    assert positions["primaryKey"] == ["person_id", "index"]
    assert positions["foreignKeys"] == [
        {"fields": ["person_id"], "reference": {"resource": "people", "fields": ["id"]}},
        {
            "fields": ["organization_id"],
            "reference": {"resource": "organizations", "fields": ["id"]},
        },
    ]
    organizations = resources["organizations"]["schema"]["foreignKeys"]
    assert {"fields": ["parent_id"], "reference": {"fields": ["id"]}} in organizations
    types = {f["name"]: f["type"] for f in resources["positions"]["schema"]["fields"]}
    assert types == {
        "person_id": "string",
        "index": "integer",
        "title": "string",
        "organization_id": "string",
        "former": "boolean",
    }
    value = next(f for f in resources["figures"]["schema"]["fields"] if f["name"] == "value")
    assert value["type"] == "number"
    kind = next(f for f in resources["speeches"]["schema"]["fields"] if f["name"] == "kind")
    assert kind["constraints"]["enum"] == ["address", "commentary", "remarks"]


def _parse(text: str, column_type: str) -> Cell:
    if text == "":
        return None
    if column_type == "date":
        return dt.date.fromisoformat(text)
    if column_type == "integer":
        return int(text)
    if column_type == "number":
        return float(text)
    if column_type == "boolean":
        return {"true": True, "false": False}[text]
    if column_type == "array":
        return tuple(json.loads(text))
    return text


@settings(max_examples=15, deadline=None)
@given(editions())
def test_csv_files_hold_the_table_rows(edition: Edition) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        write_datapackage(edition, tmp)
        for table in tables(edition):
            check_csv(Path(tmp) / f"{table.name}.csv", table)


def check_csv(path: Path, table: Table) -> None:
    header, *rows = read_csv(path)
    assert tuple(header) == table.column_names
    parsed = [
        tuple(_parse(cell, column.type) for cell, column in zip(row, table.columns, strict=True))
        for row in rows
    ]
    assert parsed == list(table.rows)


def test_broken_foreign_key_makes_it_invalid(tmp_path: Path) -> None:
    path = write_datapackage(tiny_edition(), tmp_path)
    assert problems(path) == []
    rewrite_cell(tmp_path / "positions.csv", 1, "organization_id", "no-such-organization")
    found = problems(path)
    assert [p[:2] for p in found] == [["foreign-key", "positions"]]
    assert "no-such-organization" in found[0][2]


def test_broken_self_reference_makes_it_invalid(tmp_path: Path) -> None:
    path = write_datapackage(tiny_edition(), tmp_path)
    rewrite_cell(tmp_path / "events.csv", 2, "parent_id", "no-such-event")
    assert [p[:2] for p in problems(path)] == [["foreign-key", "events"]]


def test_duplicate_primary_key_makes_it_invalid(tmp_path: Path) -> None:
    path = write_datapackage(tiny_edition(), tmp_path)
    rewrite_cell(tmp_path / "people.csv", 2, "id", "yu-yunquan")
    kinds = {p[0] for p in problems(path)}
    assert "primary-key" in kinds


@pytest.mark.parametrize(
    ("table", "column", "value", "error"),
    [
        ("positions", "former", "maybe", "type-error"),
        ("stories", "position", "first", "type-error"),
        ("figures", "value", "300+", "type-error"),
        ("speeches", "topics", "not json", "type-error"),
        ("speeches", "kind", "adress", "constraint-error"),
        ("events", "date", "2025-02-30", "constraint-error"),
        ("people", "id", "Yu Yunquan", "constraint-error"),
        ("people", "name", "", "constraint-error"),
    ],
)
def test_bad_cells_make_it_invalid(
    tmp_path: Path, table: str, column: str, value: str, error: str
) -> None:
    path = write_datapackage(tiny_edition(), tmp_path)
    rewrite_cell(tmp_path / f"{table}.csv", 1, column, value)
    assert [error, table] in [p[:2] for p in problems(path, table)]


def test_rewriting_replaces_the_files(tmp_path: Path) -> None:
    write_datapackage(tiny_edition(), tmp_path)
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    rewrite_cell(tmp_path / "positions.csv", 1, "organization_id", "no-such-organization")
    path = write_datapackage(tiny_edition(), tmp_path)
    assert problems(path) == []
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_descriptor_names_licence_version_and_creation() -> None:
    when = dt.datetime(2026, 2, 1, 12, 0, tzinfo=dt.timezone.utc)
    descriptor = datapackage_descriptor(tiny_edition(), created=when)
    assert descriptor["created"] == "2026-02-01T12:00:00+00:00"
    assert descriptor["version"] == asean_coop.__version__
    assert [lic["name"] for lic in descriptor["licenses"]] == ["MIT"]
    fresh = datapackage_descriptor(tiny_edition())
    assert dt.datetime.fromisoformat(fresh["created"]) > when


def test_dates_are_iso_text_plus_typed_bounds_and_precision(tmp_path: Path) -> None:
    write_datapackage(tiny_edition(), tmp_path)
    header, row = read_csv(tmp_path / "stories.csv")
    story = dict(zip(header, row, strict=True))
    assert story["date"] == "2025-04"
    assert (story["date_start"], story["date_end"], story["date_precision"]) == (
        "2025-04-01",
        "2025-04-30",
        "month",
    )
    assert story["end_date"] == story["end_date_start"] == story["end_date_precision"] == ""
    resource = next(
        r for r in datapackage_descriptor(tiny_edition())["resources"] if r["name"] == "stories"
    )
    types = {f["name"]: f["type"] for f in resource["schema"]["fields"]}
    assert (types["date"], types["date_start"], types["date_end"]) == ("string", "date", "date")


def test_empty_list_and_missing_value_are_told_apart(tmp_path: Path) -> None:
    write_datapackage(tiny_edition(), tmp_path)
    header, *rows = read_csv(tmp_path / "countries.csv")
    by_code = {r[0]: dict(zip(header, r, strict=True)) for r in rows}
    assert by_code["CN"]["aliases"] != ""  # a known country: its list, [] when empty
    header, *rows = read_csv(tmp_path / "organizations.csv")
    assert {dict(zip(header, r, strict=True))["aliases"] for r in rows} == {"[]"}


def test_mentions_are_typed_links_with_foreign_keys(tmp_path: Path) -> None:
    edition = tiny_edition()
    mentions = {t.name: t for t in tables(edition)}["speech_mentions"]
    assert [
        (r["mention"], r["kind"], r["organization_id"], r["country"]) for r in mentions.records()
    ] == [("cicg", "organization", "cicg", None), ("KH", "country", None, "KH")]
    path = write_datapackage(edition, tmp_path)
    rewrite_cell(tmp_path / "speech_mentions.csv", 1, "organization_id", "no-such-organization")
    assert ["foreign-key", "speech_mentions"] in [p[:2] for p in problems(path)]


def test_every_record_kind_has_a_table() -> None:
    edition = load_edition(2025)
    by_name = {t.name: t for t in tables(edition)}
    assert len(by_name["initiatives"].rows) == len(edition.initiatives)
    assert len(by_name["sources"].rows) == len(edition.sources)
    assert len(by_name["errata"].rows) == len(edition.errata)
    cited = sum(max(1, len(e.paragraphs)) for p in edition.people for e in p.evidence)
    people_rows = [r for r in by_name["evidence"].records() if r["record_kind"] == "person"]
    assert len(people_rows) == cited
    assert {r["paragraph"] for r in people_rows} - {None} <= {
        n for p in edition.people for e in p.evidence for n in e.paragraphs
    }
    # evidence that cites no paragraph (general reference) is one row with none
    uncited = sum(1 for p in edition.people for e in p.evidence if not e.paragraphs)
    assert sum(1 for r in people_rows if r["paragraph"] is None) == uncited
    assert by_name["rankings"].records()[0]["size"] == edition.ranking.size
    selectors = [r["organization_id"] for r in by_name["ranking_selectors"].records()]
    assert tuple(selectors) == edition.ranking.selected_by
    joined = by_name["people_positions"].records()
    assert len(joined) == sum(max(1, len(p.positions)) for p in edition.people)


def test_a_failed_export_leaves_no_partial_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from asean_coop.export import _datapackage as datapackage

    real = datapackage._cell

    def failing(value: Cell, *, excel: bool = False) -> str:
        if value == "A visit":  # a cell of the stories table, written late
            raise OSError(28, "No space left on device")
        return real(value, excel=excel)

    monkeypatch.setattr(datapackage, "_cell", failing)
    with pytest.raises(OSError, match="No space"):
        write_datapackage(tiny_edition(), tmp_path / "new")
    assert list(tmp_path.iterdir()) == []
    monkeypatch.setattr(datapackage, "_cell", real)
    write_datapackage(tiny_edition(), tmp_path / "old")
    before = {p.name: p.read_bytes() for p in (tmp_path / "old").iterdir()}
    monkeypatch.setattr(datapackage, "_cell", failing)
    with pytest.raises(OSError, match="No space"):
        write_datapackage(tiny_edition(), tmp_path / "old")
    assert {p.name: p.read_bytes() for p in (tmp_path / "old").iterdir()} == before


def test_excel_variant_has_a_bom_and_neutralises_formulas(tmp_path: Path) -> None:
    from asean_coop import Milestone, PartialDate

    risky = ('=HYPERLINK("x")', "+1", "-2", "@SUM(A1)", "\tTab", "plain")
    edition = tiny_edition(
        milestones=tuple(Milestone(date=PartialDate(year=2025), title=title) for title in risky)
    )
    raw = write_datapackage(edition, tmp_path / "raw")
    excel = write_datapackage(edition, tmp_path / "excel", excel=True)
    assert (tmp_path / "excel" / "milestones.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert not (tmp_path / "raw" / "milestones.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    with open(tmp_path / "excel" / "milestones.csv", encoding="utf-8-sig", newline="") as f:
        titles = [row["title"] for row in csv.DictReader(f)]
    assert titles == ['\'=HYPERLINK("x")', "'+1", "'-2", "'@SUM(A1)", "'\tTab", "plain"]
    header, *rows = read_csv(tmp_path / "raw" / "milestones.csv")
    assert [r[header.index("title")] for r in rows] == list(risky)  # the raw data, as it is
    numbers = read_csv(tmp_path / "excel" / "figures.csv")
    assert numbers[1][numbers[0].index("value")] == "300"
    assert problems(raw) == []
    assert problems(excel) == []


def test_frictionless_index_and_publish_into_sqlite(tmp_path: Path) -> None:
    import sqlite3

    from frictionless import Package
    from frictionless.console.console import console
    from typer.testing import CliRunner

    edition = tiny_edition()  # what broke was the schemas, which every edition shares
    path = write_datapackage(edition, tmp_path / "package")
    Package(str(path)).publish(f"sqlite:///{tmp_path / 'published.sqlite'}")
    with sqlite3.connect(tmp_path / "published.sqlite") as db:
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert names == set(TABLE_NAMES)
        assert db.execute("SELECT COUNT(*) FROM evidence").fetchone()[0] > 0
    database = f"sqlite:///{tmp_path / 'indexed.sqlite'}"
    result = CliRunner().invoke(console, ["index", str(path), "--database", database])
    assert result.exit_code == 0, result.output
    assert "errored" not in result.output
    with sqlite3.connect(tmp_path / "indexed.sqlite") as db:
        for table in tables(edition):
            count = db.execute(f'SELECT COUNT(*) FROM "{table.name}"').fetchone()[0]
            assert count == len(table.rows), table.name


def test_a_model_field_no_column_names_becomes_a_column(monkeypatch: pytest.MonkeyPatch) -> None:
    """Columns come from the model: drop a column's spec and the field still appears."""
    import importlib

    module = importlib.import_module("asean_coop.export._tables")
    people = module._PEOPLE
    kept = tuple(s for s in people.columns if s.column.name != "given_name")
    monkeypatch.setattr(module, "_PEOPLE", attrs.evolve(people, columns=kept))
    table = module._PEOPLE.build(tiny_edition())
    assert "given_name" not in table.column_names
    column = table.columns[table.column_names.index("name_given")]
    assert column.carries == ("PersonName.given",)
    assert [r["name_given"] for r in table.records()] == ["Yunquan", None]


def test_patterns_are_safe_for_sql_indexers() -> None:
    """SQLAlchemy reads ``:name`` as a bind parameter; SQL REGEXP fails on NULLs."""
    import importlib
    import re

    patterns = importlib.import_module("asean_coop.export._patterns")
    for name in ("DATE", "SLUG", "COUNTRY", "ALPHA3"):
        assert not re.search(r":\w", getattr(patterns, name)), name
    for table in tables(load_edition(2025)):
        for column in table.columns:
            if column.pattern is not None:
                assert column.required, f"{table.name}.{column.name}"


def test_csvkit_reads_typed_dates_as_dates(tmp_path: Path) -> None:
    agate = pytest.importorskip("agate")
    pytest.importorskip("csvkit")
    write_datapackage(load_edition(2025), tmp_path)
    table = agate.Table.from_csv(str(tmp_path / "milestones.csv"))
    kinds = dict(zip(table.column_names, table.column_types, strict=True))
    assert isinstance(kinds["date_start"], agate.Date)
    assert isinstance(kinds["date_end"], agate.Date)
    assert isinstance(kinds["date"], agate.Text)  # "2025", "2026-09": kept as written
    assert [json.loads(row["countries"]) for row in table.rows][:1] == [["CN"]]
