"""The edition as one SQLite database, with the standard library's :mod:`sqlite3`.

One SQL table per table of :func:`asean_coop.export.tables`, with its primary key,
its foreign keys (``REFERENCES``, checked when the file is written), ``NOT NULL`` on
required columns and ``CHECK`` constraints on enum and boolean columns. The file opens
as it is in the ``sqlite3`` shell, datasette, sqlite-utils or DuckDB.

Column types: ``TEXT`` for strings, ISO dates (``date``: ``2025``, ``2025-09``,
``2026-01-15``; ``date_start``/``date_end``: ``YYYY-MM-DD``, which compare and sort
as dates in SQL) and list cells (JSON arrays, ``[]`` for an empty list, ``NULL`` for
a missing one, readable with ``json_each``); ``INTEGER`` for integers and booleans
(0 or 1); ``NUMERIC`` for numbers, so an integer stays an exact integer and a
fraction a float.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import Edition
from ._tables import Cell, Column, Table, tables

if TYPE_CHECKING:
    import sqlite3

__all__ = ["SQL_TYPES", "sqlite_schema", "write_sqlite"]

SQL_TYPES = {
    "string": "TEXT",
    "integer": "INTEGER",
    "number": "NUMERIC",
    "boolean": "INTEGER",
    "date": "TEXT",
    "array": "TEXT",
}
"""The SQLite column type of each table column type."""

_INT64 = (-(2**63), 2**63 - 1)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _column(column: Column) -> str:
    name = _quote(column.name)
    parts = [name, SQL_TYPES[column.type]]
    if column.required:
        parts.append("NOT NULL")
    if column.enum is not None:
        parts.append(f"CHECK ({name} IN ({', '.join(_literal(v) for v in column.enum)}))")
    if column.type == "boolean":
        parts.append(f"CHECK ({name} IN (0, 1))")
    if column.type == "array":
        # NULL (no list at all) passes: json_valid(NULL) is 0 in SQLite before 3.45.
        check = f"json_valid({name}) AND json_type({name}) = 'array'"
        parts.append(f"CHECK ({name} IS NULL OR ({check}))")
    return " ".join(parts)


def _create(table: Table) -> str:
    lines = [_column(c) for c in table.columns]
    lines.append(f"PRIMARY KEY ({', '.join(_quote(k) for k in table.primary_key)})")
    for key in table.foreign_keys:
        fields = ", ".join(_quote(f) for f in key.fields)
        reference = ", ".join(_quote(f) for f in key.reference)
        lines.append(
            f"FOREIGN KEY ({fields}) REFERENCES {_quote(key.table)} ({reference}) "
            "DEFERRABLE INITIALLY DEFERRED"
        )
    body = ",\n  ".join(lines)
    return f"CREATE TABLE {_quote(table.name)} (\n  {body}\n)"


def sqlite_schema(edition: Edition) -> str:
    """The ``CREATE TABLE`` statements of the database, one per table.

    Args:
        edition: The edition (the table titles do not depend on it; the columns do
            not either).

    Returns:
        SQL text, statements separated by ``;`` and a blank line.

    Example:
        >>> from asean_coop import load_edition
        >>> "CREATE TABLE \\"people\\"" in sqlite_schema(load_edition(2025))
        True
    """
    return ";\n\n".join(_create(t) for t in tables(edition)) + ";\n"


def _value(table: Table, column: Column, value: Cell) -> object:
    if value is None:
        return None
    if isinstance(value, tuple):
        return json.dumps(list(value), ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int) and not _INT64[0] <= value <= _INT64[1]:
        raise OverflowError(
            f"{table.name}.{column.name}: {value} does not fit SQLite's 64-bit integers; "
            "the JSON, CSV and Parquet exports keep it exact"
        )
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _fill(connection: sqlite3.Connection, edition: Edition) -> None:
    all_tables = tables(edition)
    connection.execute("PRAGMA foreign_keys = ON")
    with connection:
        for table in all_tables:
            connection.execute(_create(table))
            marks = ", ".join("?" for _ in table.columns)
            names = ", ".join(_quote(c.name) for c in table.columns)
            connection.executemany(
                f"INSERT INTO {_quote(table.name)} ({names}) VALUES ({marks})",
                [
                    [_value(table, c, v) for c, v in zip(table.columns, row, strict=True)]
                    for row in table.rows
                ],
            )
        # a dangling reference raises sqlite3.IntegrityError when this block commits


def write_sqlite(edition: Edition, path: str | os.PathLike[str]) -> Path:
    """Write the edition as a SQLite database file.

    The database is built in a temporary file beside ``path`` and moved onto it only
    when complete, so a failed export leaves nothing behind and an existing file is
    replaced whole. Every foreign key is checked before the file is moved into place.

    Args:
        edition: The edition.
        path: The database file to write (its folder must exist).

    Returns:
        ``path``, as a :class:`~pathlib.Path`.

    Raises:
        OSError: If the file cannot be written.
        OverflowError: If an integer does not fit SQLite's 64-bit integers.

    Example:
        >>> import sqlite3, tempfile, pathlib
        >>> from asean_coop import load_edition
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     path = write_sqlite(load_edition(2025), pathlib.Path(tmp) / "asean.sqlite")
        ...     with sqlite3.connect(path) as db:
        ...         db.execute("SELECT name FROM people WHERE id = 'yu-yunquan'").fetchone()
        ('Yu Yunquan',)
    """
    import sqlite3

    target = Path(path)
    staging = target.with_name(f".{target.name}.{uuid.uuid4().hex}.partial")
    try:
        connection = sqlite3.connect(staging)
        try:
            _fill(connection, edition)
        finally:
            connection.close()
        os.replace(staging, target)
    finally:
        if staging.exists():
            staging.unlink()
    return target
