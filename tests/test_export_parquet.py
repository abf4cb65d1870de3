"""Parquet export (the ``parquet`` extra): one stable Arrow type per column, read back by
pyarrow, pandas and DuckDB; CSV dates read by DuckDB as one type."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from asean_coop import load_edition
from asean_coop.export import (
    TABLE_NAMES,
    MissingExtraError,
    arrow_tables,
    tables,
    write_datapackage,
    write_parquet,
)
from helpers import tiny_edition

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")


@pytest.fixture(scope="module")
def directory(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_parquet(load_edition(2025), tmp_path_factory.mktemp("parquet") / "out")


def test_every_table_reads_back_exactly(directory: Path) -> None:
    assert sorted(p.name for p in directory.iterdir()) == sorted(
        f"{name}.parquet" for name in TABLE_NAMES
    )
    for table in tables(load_edition(2025)):
        read = pq.read_table(directory / f"{table.name}.parquet")
        assert tuple(read.column_names) == table.column_names
        rows = [
            tuple(tuple(v) if isinstance(v, list) else v for v in row.values())
            for row in read.to_pylist()
        ]
        assert rows == list(table.rows), table.name


def test_types_do_not_depend_on_the_values() -> None:
    big = arrow_tables(load_edition(2025))
    small = arrow_tables(tiny_edition())
    for name in TABLE_NAMES:
        assert big[name].schema.equals(small[name].schema), name
    schema = big["milestones"].schema
    assert schema.field("date").type == pa.string()
    assert schema.field("date_start").type == pa.date32()
    assert schema.field("countries").type == pa.list_(pa.string())
    assert not schema.field("date_start").nullable
    assert big["figures"].schema.field("as_of_start").nullable


def test_empty_and_missing_lists_stay_apart(directory: Path) -> None:
    countries = pq.read_table(directory / "countries.parquet").to_pylist()
    organizations = pq.read_table(directory / "organizations.parquet").to_pylist()
    assert [] in [o["aliases"] for o in organizations]
    assert all(c["aliases"] is not None for c in countries if c["name"] is not None)


def test_metadata_holds_keys_and_descriptions(directory: Path) -> None:
    import json

    schema = pq.read_schema(directory / "positions.parquet")
    meta = json.loads(schema.metadata[b"asean_coop"])
    assert meta["primary_key"] == ["person_id", "index"]
    assert {"fields": ["person_id"], "table": "people", "reference": ["id"]} in meta["foreign_keys"]
    assert schema.field("former").metadata[b"description"] == b"True for a former post"


def test_pandas_and_duckdb_read_it(directory: Path) -> None:
    frame = pq.read_table(directory / "events.parquet").to_pandas()
    assert frame["date_start"].iloc[0] == dt.date(2026, 1, 15)
    duckdb = pytest.importorskip("duckdb")
    found = duckdb.sql(
        f"SELECT typeof(date_start), count(*) FROM '{directory / 'milestones.parquet'}' "
        "WHERE date_end >= DATE '2026-01-01' GROUP BY 1"
    ).fetchall()
    assert found[0][0] == "DATE"
    assert found[0][1] == sum(1 for m in load_edition(2025).milestones if m.date.year >= 2026)


def test_duckdb_reads_csv_dates_as_dates(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    write_datapackage(load_edition(2025), tmp_path)
    for name, column in (("milestones", "date"), ("figures", "as_of"), ("events", "date")):
        kinds = duckdb.sql(
            f"SELECT DISTINCT typeof({column}_start), typeof({column}_end) "
            f"FROM read_csv('{tmp_path / (name + '.csv')}') WHERE {column}_start IS NOT NULL"
        ).fetchall()
        assert kinds == [("DATE", "DATE")], name


def test_a_failed_export_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = pq.write_table

    def failing(table: object, where: object) -> None:
        calls.append(where)
        if len(calls) == 5:
            raise OSError(28, "No space left on device")
        real(table, where)

    monkeypatch.setattr(pq, "write_table", failing)
    with pytest.raises(OSError, match="No space"):
        write_parquet(tiny_edition(), tmp_path / "out")
    assert list(tmp_path.iterdir()) == []


def test_numbers_beyond_2_53_are_refused_not_rounded() -> None:
    import attrs

    from asean_coop import Figure

    ceremony, release = tiny_edition().events
    figure = Figure(measure="attendees", value=2**53 + 1)
    edition = tiny_edition(events=(attrs.evolve(ceremony, attendance=figure), release))
    with pytest.raises(OverflowError, match="2\\*\\*53"):
        arrow_tables(edition)


def test_without_pyarrow_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(MissingExtraError, match=r"asean_coop\[parquet\]"):
        arrow_tables(tiny_edition())
