"""CSV tables and a Frictionless Data Package v2, checked by ``frictionless validate``."""

from __future__ import annotations

import csv
import json
import socket
import tempfile
from pathlib import Path
from typing import Any

import frictionless
import pytest
from hypothesis import given, settings

from asean_coop import Edition, available_editions, load_edition
from asean_coop.export import (
    DATAPACKAGE_PROFILE,
    TABLE_NAMES,
    datapackage_descriptor,
    tables,
    write_datapackage,
)
from asean_coop.export.tables import Cell, Table
from helpers import tiny_edition
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


def problems(path: Path) -> list[list[str]]:
    """``[error type, table, note]`` for every error ``frictionless validate`` reports."""
    report = frictionless.validate(str(path))
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


@settings(max_examples=15, deadline=None)
@given(editions())
def test_generated_edition_packages_are_valid(edition: Edition) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        assert problems(write_datapackage(edition, tmp)) == []


def test_descriptor_declares_v2_types_and_keys() -> None:
    descriptor = datapackage_descriptor(tiny_edition())
    assert descriptor["$schema"] == DATAPACKAGE_PROFILE
    assert descriptor["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert descriptor["sources"] == [
        {"title": "Release (Publisher)", "path": "https://example.org/release"}
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
        return () if column_type == "array" else None
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
    expected = [
        tuple(
            () if v is None and c.type == "array" else v
            for v, c in zip(row, table.columns, strict=True)
        )
        for row in table.rows
    ]
    assert parsed == expected


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
    assert [error, table] in [p[:2] for p in problems(path)]


def test_rewriting_replaces_the_files(tmp_path: Path) -> None:
    write_datapackage(tiny_edition(), tmp_path)
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    rewrite_cell(tmp_path / "positions.csv", 1, "organization_id", "no-such-organization")
    path = write_datapackage(tiny_edition(), tmp_path)
    assert problems(path) == []
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"
