"""The edition as Parquet files, one per table (the ``parquet`` extra, through pyarrow).

pyarrow is imported when :func:`write_parquet` or :func:`arrow_tables` is called,
never when :mod:`asean_coop` is imported; without it the call raises
:class:`~asean_coop.export.MissingExtraError` naming the extra to install.

Every column has one Arrow type whatever the edition holds, so DuckDB, pandas and
polars read the same schema every year: ``string``; ``int64``; ``double`` for
numbers; ``bool``; ``date32`` for the typed date columns (the ISO text beside them
keeps the precision); ``list<string>`` for list cells, where an empty list and a
missing one (null) stay apart. Each file's schema metadata holds the table's
description, primary key and foreign keys under ``asean_coop``, and each field's
metadata its description.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ..model import Edition
from ._dataframes import EXACT_FLOAT
from ._extras import install_hint, require
from ._folders import write_folder
from ._tables import Column, Table, tables

__all__ = ["PARQUET_INSTALL_HINT", "arrow_tables", "write_parquet"]

PARQUET_INSTALL_HINT = install_hint("parquet")


def _pyarrow() -> Any:
    return require("pyarrow", "pyarrow.parquet", extra="parquet", purpose="Parquet export")


def _type(pa: Any, column: Column) -> Any:
    return {
        "string": pa.string(),
        "integer": pa.int64(),
        "number": pa.float64(),
        "boolean": pa.bool_(),
        "date": pa.date32(),
        "array": pa.list_(pa.string()),
    }[column.type]


def _values(table: Table, index: int, column: Column) -> list[Any]:
    values = [row[index] for row in table.rows]
    if column.type == "number":
        for value in values:
            if isinstance(value, int) and abs(value) > EXACT_FLOAT:
                raise OverflowError(
                    f"{table.name}.{column.name}: {value} is beyond 2**53 and would be "
                    "rounded as a Parquet double; the JSON and CSV exports keep it exact"
                )
    if column.type == "array":
        return [None if v is None else list(v) for v in values]  # type: ignore[arg-type]
    return values


def _arrow(pa: Any, table: Table) -> Any:
    fields = [
        pa.field(
            c.name,
            _type(pa, c),
            nullable=not c.required,
            metadata={"description": c.description},
        )
        for c in table.columns
    ]
    meta = {
        "name": table.name,
        "title": table.title,
        "description": table.description,
        "primary_key": list(table.primary_key),
        "foreign_keys": [
            {"fields": list(k.fields), "table": k.table, "reference": list(k.reference)}
            for k in table.foreign_keys
        ],
    }
    schema = pa.schema(fields, metadata={"asean_coop": json.dumps(meta, ensure_ascii=False)})
    arrays = [
        pa.array(_values(table, i, c), type=_type(pa, c)) for i, c in enumerate(table.columns)
    ]
    return pa.Table.from_arrays(arrays, schema=schema)


def arrow_tables(edition: Edition) -> dict[str, Any]:
    """The edition's tables as ``pyarrow.Table`` objects, keyed by table name.

    Args:
        edition: The edition.

    Returns:
        One Arrow table per name in :data:`~asean_coop.export.TABLE_NAMES`, in
        that order, with the types described in this module.

    Raises:
        MissingExtraError: If pyarrow is not installed.
        OverflowError: If a number column holds an integer beyond 2**53.

    Example:
        >>> from asean_coop import load_edition
        >>> arrow = arrow_tables(load_edition(2025))
        >>> str(arrow["events"].schema.field("date_start").type)
        'date32[day]'
    """
    pa = _pyarrow()
    return {t.name: _arrow(pa, t) for t in tables(edition)}


def write_parquet(edition: Edition, directory: str | os.PathLike[str]) -> Path:
    """Write one Parquet file per table into a directory.

    The files (``people.parquet``, ``positions.parquet``, ...) are written into a
    temporary directory and moved into place only once all are complete, so a failed
    export leaves no partial output; existing files of those names are replaced and
    other files are left alone.

    Args:
        edition: The edition.
        directory: Where to write; created (with its parents) if missing.

    Returns:
        The directory, as a :class:`~pathlib.Path`.

    Raises:
        MissingExtraError: If pyarrow is not installed.
        OSError: If the files cannot be written.

    Example:
        >>> import tempfile
        >>> from asean_coop import load_edition
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     out = write_parquet(load_edition(2025), tmp)
        ...     print((out / "people.parquet").is_file())
        True
    """
    pa = _pyarrow()

    def write(staging: Path) -> list[str]:
        names = []
        for table in tables(edition):
            name = f"{table.name}.parquet"
            pa.parquet.write_table(_arrow(pa, table), staging / name)
            names.append(name)
        return names

    return write_folder(directory, write)
