"""Layer 5: the edition in other tools' formats, one module per format.

- :func:`json_schema`: a JSON Schema (draft 2020-12) of the JSON documents, generated
  from the model; the shipped copy is ``asean_coop/data/edition.schema.json``.
- :func:`to_jsonld`: schema.org JSON-LD, one linked ``@graph`` with an inline context:
  roles, typed dates, sources, initiatives, milestones, figures and the ranking.
- :func:`to_popolo`: a Popolo JSON document (persons, organizations, posts,
  memberships, events, speeches, areas), with what Popolo has no field for under
  ``"x-asean-coop"``.
- :func:`write_datapackage`: CSV tables and a Frictionless Data Package v2 descriptor
  (``excel=True`` for spreadsheets: a byte order mark, formulas neutralised).
- :func:`write_sqlite`: the same tables as one SQLite database (standard library).
- :func:`write_parquet`: the same tables as Parquet files (the ``parquet`` extra).
- :func:`to_dataframes`: the same tables as pandas data frames (the ``pandas`` extra).
- :func:`tables`: the same tables as plain Python rows, for any other tool.

Each export carries the whole edition in its format's own terms; the docs page "What
each export carries" has the fact-by-fact table that the test suite computes.

Nothing here imports pandas, pyarrow, rdflib or jsonschema at import time.
"""

from ._dataframes import MissingExtraError, to_dataframes
from ._datapackage import (
    DATAPACKAGE_PROFILE,
    datapackage_descriptor,
    neutralise_formula,
    write_datapackage,
)
from ._json_schema import json_schema, schema_text
from ._jsonld import SCHEMA_ORG, to_jsonld
from ._parquet import arrow_tables, write_parquet
from ._popolo import EXTENSION_KEY, area_id, to_popolo
from ._sqlite import sqlite_schema, write_sqlite
from ._tables import TABLE_NAMES, Column, ForeignKey, Table, tables

__all__ = [
    "DATAPACKAGE_PROFILE",
    "EXTENSION_KEY",
    "SCHEMA_ORG",
    "TABLE_NAMES",
    "Column",
    "ForeignKey",
    "MissingExtraError",
    "Table",
    "area_id",
    "arrow_tables",
    "datapackage_descriptor",
    "json_schema",
    "neutralise_formula",
    "schema_text",
    "sqlite_schema",
    "tables",
    "to_dataframes",
    "to_jsonld",
    "to_popolo",
    "write_datapackage",
    "write_parquet",
    "write_sqlite",
]
