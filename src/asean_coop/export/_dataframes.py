"""pandas data frames of the edition's tables (the ``pandas`` extra).

pandas is imported when :func:`to_dataframes` is called, never when
:mod:`asean_coop` is imported; without it, the call raises
:class:`MissingExtraError` naming the extra to install.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import MissingExtraError
from ..model import Edition
from ._extras import install_hint, require
from ._tables import Cell, Column, Table, tables

if TYPE_CHECKING:
    import pandas

__all__ = ["MissingExtraError", "to_dataframes"]

PANDAS_INSTALL_HINT = install_hint("pandas")


def _pandas() -> Any:
    return require("pandas", extra="pandas", purpose="to_dataframes")


INT64_RANGE = (-(2**63), 2**63 - 1)
"""The integers an ``Int64`` column holds; an integer column with a value outside it is
an ``object`` column of Python ints instead."""

EXACT_FLOAT = 2**53
"""Integers up to this size (either sign) are exact as floats; a ``number`` column with
a larger integer is an ``object`` column of Python numbers instead."""


def _exact(column: Column, values: list[Cell]) -> bool:
    """True if the column's usual nullable dtype holds every value exactly."""
    if column.type == "integer":
        low, high = INT64_RANGE
        return all(low <= v <= high for v in values if isinstance(v, int))
    if column.type == "number":
        return all(
            abs(v) <= EXACT_FLOAT for v in values if isinstance(v, int) and not isinstance(v, bool)
        )
    return True


def _dtype(pd: Any, column: Column, values: list[Cell]) -> Any:
    if column.enum is not None:
        return pd.CategoricalDtype(categories=list(column.enum))
    if not _exact(column, values):
        return "object"
    return {
        "string": "string",
        "integer": "Int64",
        "number": "Float64",
        "boolean": "boolean",
        "date": "datetime64[s]",
        "array": "object",
    }[column.type]


def to_dataframes(edition: Edition) -> dict[str, pandas.DataFrame]:
    """The edition's tables as pandas data frames, one per table.

    The same tables, columns and rows as the CSV data package (see
    :func:`asean_coop.export.tables`), with pandas' nullable dtypes: ``string``,
    ``Int64``, ``Float64``, ``boolean``, ``datetime64[s]`` for the typed date
    columns (``date_start``, ``date_end``: the ISO text in ``date`` keeps the
    precision), ``category`` for enum columns (every value of the enum is a
    category) and ``object`` holding tuples of strings for list-valued columns
    (``df.explode("countries")`` gives one row per item; ``()`` is an empty list,
    ``None`` a missing one). Frames have a plain ``RangeIndex``: the primary keys
    are ordinary columns.

    Numbers stay exact: an integer column with a value outside int64, or a number
    column with an integer beyond 2**53 (where floats skip integers), becomes an
    ``object`` column of Python numbers rather than overflowing or rounding.

    Args:
        edition: The edition.

    Returns:
        One data frame per table, keyed by its name, for every name in
        :data:`~asean_coop.export.TABLE_NAMES` and in that order (``"edition"``,
        ``"countries"``, ``"sources"``, ``"organizations"``, ...).

    Raises:
        MissingExtraError: If pandas is not installed (an :class:`ImportError`;
            install it with ``pip install "asean_coop[pandas]"``).

    Example:
        >>> from asean_coop import load_edition
        >>> frames = to_dataframes(load_edition(2025))
        >>> frames["participations"].columns.tolist()
        ['event_id', 'person_id', 'role']
        >>> str(frames["positions"]["former"].dtype)
        'boolean'
    """
    pd = _pandas()
    return {table.name: _frame(pd, table) for table in tables(edition)}


def _frame(pd: Any, table: Table) -> pandas.DataFrame:
    data = {}
    for index, column in enumerate(table.columns):
        values = [row[index] for row in table.rows]
        data[column.name] = pd.Series(values, dtype=_dtype(pd, column, values), name=column.name)
    frame: pandas.DataFrame = pd.DataFrame(data, columns=list(table.column_names))
    return frame
