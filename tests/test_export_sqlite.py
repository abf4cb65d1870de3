"""SQLite export: keys, types and constraints, read back by sqlite3, sqlite-utils,
and datasette."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import sqlite3
from pathlib import Path

import attrs
import pytest

import asean_coop
import asean_coop.model
from asean_coop import Figure, load_edition
from asean_coop.export import TABLE_NAMES, sqlite_schema, tables, write_sqlite
from asean_coop.export._tables import Cell, Table
from asean_coop.model._references import COUNTRIES, references
from helpers import tiny_edition, with_codes_the_library_lacks


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_sqlite(load_edition(2025), tmp_path_factory.mktemp("db") / "asean.sqlite")


def _back(value: object, column_type: str) -> Cell:
    if value is None:
        return None
    if column_type == "array":
        assert isinstance(value, str)
        return tuple(json.loads(value))
    if column_type == "boolean":
        return bool(value)
    if column_type == "date":
        assert isinstance(value, str)
        return dt.date.fromisoformat(value)
    assert isinstance(value, str | int | float)
    return value


def rows_of(db: sqlite3.Connection, table: Table) -> list[tuple[Cell, ...]]:
    names = ", ".join(f'"{c.name}"' for c in table.columns)
    found = db.execute(f'SELECT {names} FROM "{table.name}" ORDER BY rowid').fetchall()
    return [
        tuple(_back(v, c.type) for v, c in zip(row, table.columns, strict=True)) for row in found
    ]


def test_every_table_reads_back_exactly(database: Path) -> None:
    with sqlite3.connect(database) as db:
        names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        assert names == list(TABLE_NAMES)
        for table in tables(load_edition(2025)):
            assert rows_of(db, table) == list(table.rows), table.name
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_declared_types_keys_and_checks(database: Path) -> None:
    with sqlite3.connect(database) as db:
        info = {r[1]: (r[2], r[3], r[5]) for r in db.execute("PRAGMA table_info(positions)")}
        assert info["index"] == ("INTEGER", 1, 2)
        assert info["person_id"] == ("TEXT", 1, 1)
        assert info["former"][0] == "INTEGER"
        keys = {(r[3], r[2], r[4]) for r in db.execute("PRAGMA foreign_key_list(positions)")}
        assert keys == {("person_id", "people", "id"), ("organization_id", "organizations", "id")}
        assert db.execute("SELECT typeof(value) FROM figures LIMIT 1").fetchone() == ("integer",)
        starts = db.execute(
            "SELECT COUNT(*) FROM milestones WHERE date_start BETWEEN '2025-01-01' AND '2025-12-31'"
        ).fetchone()[0]
        assert starts > 0
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("UPDATE speeches SET kind = 'adress' WHERE rowid = 1")
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("UPDATE positions SET former = 2 WHERE rowid = 1")
    db = sqlite3.connect(database, isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("BEGIN")
    db.execute("UPDATE positions SET organization_id = 'nowhere' WHERE rowid = 1")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("COMMIT")  # the keys are checked when a change is committed
    db.execute("ROLLBACK")
    db.close()
    assert sqlite_schema(load_edition(2025)).count("CREATE TABLE") == len(TABLE_NAMES)


def test_mentions_join_by_kind(database: Path) -> None:
    edition = load_edition(2025)
    with sqlite3.connect(database) as db:
        initiatives = db.execute(
            "SELECT COUNT(*) FROM speech_mentions m JOIN initiatives i ON m.initiative_id = i.id"
        ).fetchone()[0]
        countries = db.execute(
            "SELECT COUNT(*) FROM speech_mentions m JOIN countries c ON m.country = c.code"
        ).fetchone()[0]
        organizations = db.execute(
            "SELECT COUNT(*) FROM speech_mentions m "
            "JOIN organizations o ON m.organization_id = o.id"
        ).fetchone()[0]
    assert initiatives + countries + organizations == sum(len(s.mentions) for s in edition.speeches)
    assert initiatives > 0
    assert countries > 0


def test_a_failed_export_leaves_nothing_and_replaces_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.sqlite"
    write_sqlite(tiny_edition(), target)
    before = target.read_bytes()
    ceremony, release = tiny_edition().events
    huge = Figure(measure="attendees", value=2**70)  # beyond SQLite's integers
    edition = tiny_edition(events=(attrs.evolve(ceremony, attendance=huge), release))
    with pytest.raises(OverflowError, match=r"figures\.value"):
        write_sqlite(edition, target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["out.sqlite"]


def test_sqlite_utils_sees_keys(database: Path) -> None:
    sqlite_utils = pytest.importorskip("sqlite_utils")
    db = sqlite_utils.Database(database)
    assert db["people"].pks == ["id"]
    assert db["positions"].pks == ["person_id", "index"]
    references = {(k.column, k.other_table) for k in db["speech_mentions"].foreign_keys}
    assert ("initiative_id", "initiatives") in references
    db.close()


def test_datasette_serves_it_as_it_is(database: Path) -> None:
    datasette_app = pytest.importorskip("datasette.app")

    async def fetch() -> list[dict[str, object]]:
        ds = datasette_app.Datasette(files=[str(database)])
        response = await ds.client.get(
            "/asean/positions.json?_shape=array&_labels=on&person_id=hu-suojin"
        )
        assert response.status_code == 200
        rows: list[dict[str, object]] = response.json()
        return rows

    rows = asyncio.run(fetch())
    assert rows
    assert rows[0]["person_id"] == {"value": "hu-suojin", "label": "Hu Suojin"}
    assert {r["former"] for r in rows} == {0, 1}


def test_every_field_that_names_a_country_is_covered_here() -> None:
    # A new field that names a country joins the edition above, so the test below sees it.
    declared = {
        f"{cls.__name__}.{field.name}"
        for name in asean_coop.model.__all__
        if isinstance(cls := getattr(asean_coop.model, name), type) and attrs.has(cls)
        for field in attrs.fields(cls)
        if COUNTRIES in references(field)
    }
    assert declared == set(with_codes_the_library_lacks()[1])


def test_a_code_the_library_lacks_is_a_country_row_wherever_it_is_used(tmp_path: Path) -> None:
    edition, codes = with_codes_the_library_lacks()
    known = {country.code for country in asean_coop.countries()}
    assert not known & set(codes.values())
    countries = next(t for t in tables(edition) if t.name == "countries")
    rows = {row[0]: row for row in countries.rows}
    for fact, code in codes.items():
        assert code in rows, fact
        assert rows[code][1:] == (None,) * (len(countries.columns) - 1), fact
    with sqlite3.connect(write_sqlite(edition, tmp_path / "asean.sqlite")) as db:
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
