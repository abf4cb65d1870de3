"""CSV tables and a Frictionless Data Package (v2) descriptor.

:func:`write_datapackage` writes one CSV file per table of
:func:`asean_coop.export.tables` and a ``datapackage.json`` that declares every
column's type, the primary keys and the foreign keys, so that ``frictionless
validate`` (or any Data Package tool) can check the files and their links.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from ..model import Edition
from ._folders import write_folder
from ._tables import Cell, Column, Table, tables

__all__ = [
    "DATAPACKAGE_PROFILE",
    "FORMULA_PREFIXES",
    "datapackage_descriptor",
    "neutralise_formula",
    "package_files",
    "write_datapackage",
]

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


def _package_metadata() -> tuple[str | None, str | None]:
    """The library's version and licence, from its installed metadata."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        meta = metadata("asean_coop")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return None, None
    licences = meta.get_all("License-Expression") or meta.get_all("License") or [None]
    return meta["Version"], licences[0]


def datapackage_descriptor(
    edition: Edition, *, created: dt.datetime | None = None
) -> dict[str, Any]:
    """The ``datapackage.json`` descriptor of the edition's tables.

    Args:
        edition: The edition.
        created: When the package was made (written as ``created``); now, in UTC,
            when None.

    Returns:
        A Data Package v2 descriptor: ``$schema``, ``name``, ``title``, ``version``
        (the library's version), ``licenses``, ``created``, ``sources`` (the
        edition's sources, with publisher and date) and one tabular resource per
        table, each with its field types and constraints, ``primaryKey`` and
        ``foreignKeys``.

    Example:
        >>> from asean_coop import load_edition
        >>> descriptor = datapackage_descriptor(load_edition(2025))
        >>> [r["path"] for r in descriptor["resources"]][:3]
        ['edition.csv', 'countries.csv', 'sources.csv']
    """
    return _descriptor(edition, tables(edition), created=created)


def _descriptor(
    edition: Edition,
    all_tables: tuple[Table, ...],
    *,
    created: dt.datetime | None = None,
    encoding: str = "utf-8",
) -> dict[str, Any]:
    version, licence = _package_metadata()
    when = created or dt.datetime.now(dt.timezone.utc)
    resources = [_resource(t) for t in all_tables]
    for resource in resources:
        resource["encoding"] = encoding
    head: dict[str, Any] = {"$schema": DATAPACKAGE_PROFILE}
    head["name"] = f"asean-coop-{edition.year}"
    if version:
        head["version"] = version
    if licence:
        head["licenses"] = [{"name": licence, "title": f"{licence} (the asean_coop licence)"}]
    head["created"] = when.isoformat(timespec="seconds")
    return {
        **head,
        "name": f"asean-coop-{edition.year}",
        "title": edition.title,
        "description": (
            f"Edition {edition.number} of the Top 10 News Stories on China-ASEAN Cooperation "
            f"(the list for {edition.year}): its events, organizers, people, speeches and "
            "ranking, exported by the asean_coop library."
        ),
        "sources": [
            {
                "title": s.citation,
                "path": s.url,
            }
            for s in edition.sources
        ],
        "resources": resources,
    }


FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
"""Leading characters a spreadsheet may read as the start of a formula."""


def neutralise_formula(text: str) -> str:
    """Make a text cell safe to open in a spreadsheet.

    A cell that begins with one of :data:`FORMULA_PREFIXES` gets a leading apostrophe,
    which spreadsheets show as text and never evaluate; every other cell is unchanged.

    Args:
        text: A cell's text.

    Returns:
        The text, or ``"'"`` followed by it.

    Example:
        >>> neutralise_formula("=HYPERLINK(1)"), neutralise_formula("Nanning")
        ("'=HYPERLINK(1)", 'Nanning')
    """
    return f"'{text}" if text.startswith(FORMULA_PREFIXES) else text


def _cell(value: Cell, *, excel: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        text = json.dumps(list(value), ensure_ascii=False)
        return text  # an empty list is "[]"; a missing list is an empty cell
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    return neutralise_formula(value) if excel else value


def package_files() -> tuple[str, ...]:
    """The names of the files :func:`write_datapackage` writes, descriptor last.

    Example:
        >>> package_files()[-1], "people.csv" in package_files()
        ('datapackage.json', True)
    """
    from ._tables import TABLE_NAMES

    return (*(f"{name}.csv" for name in TABLE_NAMES), "datapackage.json")


def _write_files(edition: Edition, root: Path, *, excel: bool, created: dt.datetime | None) -> None:
    all_tables = tables(edition)
    encoding = "utf-8-sig" if excel else "utf-8"
    for table in all_tables:
        with open(root / f"{table.name}.csv", "w", encoding=encoding, newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n" if excel else "\n")
            writer.writerow(table.column_names)
            writer.writerows([_cell(v, excel=excel) for v in row] for row in table.rows)
    descriptor = _descriptor(edition, all_tables, created=created, encoding=encoding)
    if excel:
        descriptor["description"] += (
            " Written for spreadsheets: UTF-8 with a byte order mark, and text cells that "
            "begin with =, +, -, @, a tab or a carriage return prefixed with an apostrophe."
        )
    text = json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n"
    (root / "datapackage.json").write_text(text, encoding="utf-8")


def write_datapackage(
    edition: Edition,
    directory: str | os.PathLike[str],
    *,
    excel: bool = False,
    created: dt.datetime | None = None,
) -> Path:
    """Write the edition as CSV files and a Frictionless ``datapackage.json``.

    One UTF-8 CSV file per table (see :func:`package_files`), with a header row;
    empty cells are missing values, booleans are ``true``/``false``, typed dates are
    ``YYYY-MM-DD``, list-valued cells are JSON arrays (``[]`` for an empty list,
    an empty cell for a missing one).

    The files are written into a temporary directory first and moved into place only
    once all of them are complete, so a failed export leaves no partial output.
    Existing files of those names are replaced; other files are left alone.

    With ``excel=True`` the files are for spreadsheets: UTF-8 with a byte order mark
    (so Excel reads the accents right), CRLF line ends, and every text cell that
    begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return prefixed with
    ``'`` (see :func:`neutralise_formula`) so that no cell runs as a formula. Those
    cells then differ from the data; the default package (and the SQLite, Parquet
    and JSON exports) keep every text as it is.

    Args:
        edition: The edition.
        directory: Where to write; created (with its parents) if missing.
        excel: Write the spreadsheet-safe variant described above.
        created: When the package was made, for its descriptor (now when None).

    Returns:
        The path of the written ``datapackage.json``.

    Raises:
        OSError: If the files cannot be written; nothing is left behind then.

    Example:
        >>> import tempfile
        >>> from asean_coop import load_edition
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     path = write_datapackage(load_edition(2025), tmp)
        ...     print(path.name, (path.parent / "people.csv").is_file())
        datapackage.json True
    """

    def write(staging: Path) -> list[str]:
        _write_files(edition, staging, excel=excel, created=created)
        return list(package_files())

    return write_folder(directory, write) / "datapackage.json"
