"""CSV tables and a Frictionless Data Package (v2) descriptor.

:func:`write_datapackage` writes one CSV file per table of
:func:`asean_coop.export.tables` and a ``datapackage.json`` that declares every
column's type, the primary keys and the foreign keys, so that ``frictionless
validate`` (or any Data Package tool) can check the files and their links.
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Any

from ..model import Edition
from .tables import Cell, Column, Table, tables

__all__ = ["DATAPACKAGE_PROFILE", "datapackage_descriptor", "write_datapackage"]

DATAPACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
"""The ``$schema`` of the descriptor: Data Package v2."""


def _field(column: Column) -> dict[str, Any]:
    field: dict[str, Any] = {
        "name": column.name,
        "type": column.type,
        "description": column.description,
    }
    constraints: dict[str, Any] = {}
    if column.required:
        constraints["required"] = True
    if column.enum is not None:
        constraints["enum"] = list(column.enum)
    if column.pattern is not None:
        constraints["pattern"] = column.pattern
    if constraints:
        field["constraints"] = constraints
    return field


def _resource(table: Table) -> dict[str, Any]:
    foreign_keys = []
    for key in table.foreign_keys:
        reference: dict[str, Any] = {"fields": list(key.reference)}
        if key.table != table.name:  # a key of the same table names no resource (v2)
            reference = {"resource": key.table, **reference}
        foreign_keys.append({"fields": list(key.fields), "reference": reference})
    schema: dict[str, Any] = {
        "fields": [_field(c) for c in table.columns],
        "missingValues": [""],
        "primaryKey": list(table.primary_key),
    }
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    return {
        "name": table.name,
        "type": "table",
        "path": f"{table.name}.csv",
        "scheme": "file",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "title": table.title,
        "description": table.description,
        "schema": schema,
    }


def datapackage_descriptor(edition: Edition) -> dict[str, Any]:
    """The ``datapackage.json`` descriptor of the edition's tables.

    Args:
        edition: The edition.

    Returns:
        A Data Package v2 descriptor: ``$schema``, ``name``, ``title``, ``sources``
        (the edition's sources) and one tabular resource per table, each with its
        field types and constraints, ``primaryKey`` and ``foreignKeys``.

    Example:
        >>> from asean_coop import load_edition
        >>> descriptor = datapackage_descriptor(load_edition(2025))
        >>> [r["path"] for r in descriptor["resources"]][:3]
        ['countries.csv', 'organizations.csv', 'people.csv']
    """
    return _descriptor(edition, tables(edition))


def _descriptor(edition: Edition, all_tables: tuple[Table, ...]) -> dict[str, Any]:
    return {
        "$schema": DATAPACKAGE_PROFILE,
        "name": f"asean-coop-{edition.year}",
        "title": edition.title,
        "description": (
            f"Edition {edition.number} of the Top 10 News Stories on China-ASEAN Cooperation "
            f"(the list for {edition.year}): its events, organizers, people, speeches and "
            "ranking, exported by the asean_coop library."
        ),
        "sources": [
            {"title": f"{s.title} ({s.publisher})", "path": s.url} for s in edition.sources
        ],
        "resources": [_resource(t) for t in all_tables],
    }


def _cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return json.dumps(list(value), ensure_ascii=False) if value else ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


def write_datapackage(edition: Edition, directory: str | os.PathLike[str]) -> Path:
    """Write the edition as CSV files and a Frictionless ``datapackage.json``.

    One UTF-8 CSV file per table (``countries.csv``, ``organizations.csv``,
    ``people.csv``, ``positions.csv``, ``events.csv``, ``organizers.csv``,
    ``participations.csv``, ``speeches.csv``, ``figures.csv``, ``milestones.csv``,
    ``stories.csv``), with a header row; empty cells are missing values, booleans
    are ``true``/``false``, list-valued cells are JSON arrays. Existing files of
    those names are replaced; other files are left alone.

    Args:
        edition: The edition.
        directory: Where to write; created (with its parents) if missing.

    Returns:
        The path of the written ``datapackage.json``.

    Raises:
        OSError: If the files cannot be written.

    Example:
        >>> import tempfile
        >>> from asean_coop import load_edition
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     path = write_datapackage(load_edition(2025), tmp)
        ...     print(path.name, (path.parent / "people.csv").is_file())
        datapackage.json True
    """
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    all_tables = tables(edition)
    for table in all_tables:
        with open(root / f"{table.name}.csv", "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(table.column_names)
            writer.writerows([_cell(v) for v in row] for row in table.rows)
    path = root / "datapackage.json"
    text = json.dumps(_descriptor(edition, all_tables), indent=2, ensure_ascii=False) + "\n"
    path.write_text(text, encoding="utf-8")
    return path
