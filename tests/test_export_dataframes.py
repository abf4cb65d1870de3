"""pandas data frames behind the ``pandas`` extra; importing asean_coop stays light."""

from __future__ import annotations

import math
import subprocess
import sys
import textwrap
from typing import Any

import attrs
import pandas as pd
import pytest
from hypothesis import given, settings

from asean_coop import AseanCoopError, Edition, available_editions, load_edition
from asean_coop.export import TABLE_NAMES, MissingExtraError, tables, to_dataframes
from helpers import tiny_edition
from strategies import editions

HEAVY = (
    "pandas",
    "numpy",
    "pyarrow",
    "sqlite3",
    "rdflib",
    "jsonschema",
    "referencing",
    "frictionless",
)


def test_importing_asean_coop_and_its_exports_loads_no_heavy_module() -> None:
    code = textwrap.dedent(
        f"""
        import sys
        import asean_coop
        import asean_coop.export
        from asean_coop.export import to_dataframes, to_jsonld, to_popolo, write_datapackage
        asean_coop.json_schema()
        print([m for m in {HEAVY!r} if m in sys.modules])
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["[]"]


def test_without_pandas_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError) as caught:
        to_dataframes(tiny_edition())
    assert 'pip install "asean_coop[pandas]"' in str(caught.value)
    assert isinstance(caught.value, ImportError)
    assert isinstance(caught.value, AseanCoopError)
    assert caught.value.name == "pandas"


def _cell(value: Any) -> Any:
    if value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):  # a categorical's missing value
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def check_frames(edition: Edition) -> dict[str, pd.DataFrame]:
    frames = to_dataframes(edition)
    assert list(frames) == list(TABLE_NAMES)
    for table in tables(edition):
        frame = frames[table.name]
        assert tuple(frame.columns) == table.column_names
        assert len(frame) == len(table.rows)
        rows = [tuple(_cell(v) for v in row) for row in frame.itertuples(index=False)]
        assert rows == [tuple(row) for row in table.rows]
        for column in table.primary_key:
            assert frame[column].notna().all()
        assert not frame.duplicated(subset=list(table.primary_key)).any()
    return frames


def test_tiny_edition_frames_and_dtypes() -> None:
    frames = check_frames(tiny_edition())
    assert str(frames["people"]["id"].dtype) == "string"
    assert str(frames["positions"]["index"].dtype) == "Int64"
    assert str(frames["positions"]["former"].dtype) == "boolean"
    assert str(frames["figures"]["value"].dtype) == "Float64"
    role = frames["participations"]["role"]
    assert isinstance(role.dtype, pd.CategoricalDtype)
    assert "exhibitor" in list(role.cat.categories)
    assert role.tolist() == ["speaker", "attendee"]
    mentions = frames["speech_mentions"]
    assert mentions["mention"].tolist() == ["cicg", "KH"]
    assert mentions["kind"].tolist() == ["organization", "country"]
    assert frames["organizations"].loc[0, "aliases"] == ()
    assert frames["people"].loc[1, "family_name"] is pd.NA


def test_empty_tables_keep_their_columns_and_dtypes() -> None:
    frames = to_dataframes(tiny_edition())
    assert frames["milestones"].empty
    assert list(frames["milestones"].columns) == [
        "index",
        "date",
        "date_start",
        "date_end",
        "date_precision",
        "title",
        "countries",
        "organizations",
    ]
    assert str(frames["milestones"]["index"].dtype) == "Int64"
    assert str(frames["milestones"]["date_start"].dtype) == "datetime64[s]"


@pytest.mark.parametrize("year", available_editions())
def test_bundled_edition_frames(year: int) -> None:
    edition = load_edition(year)
    frames = check_frames(edition)
    assert len(frames["people"]) == len(edition.people)
    merged = frames["positions"].merge(
        frames["organizations"], left_on="organization_id", right_on="id", how="left"
    )
    assert len(merged) == sum(len(p.positions) for p in edition.people)


@settings(max_examples=10, deadline=None)
@given(editions())
def test_generated_edition_frames(edition: Edition) -> None:
    check_frames(edition)


def test_mixed_precision_dates_read_as_one_type() -> None:
    frames = to_dataframes(load_edition(2025))
    milestones = frames["milestones"]
    assert set(milestones["date_precision"]) >= {"year", "month"}
    starts = pd.to_datetime(milestones["date_start"])  # what failed on the ISO text
    assert (starts <= pd.to_datetime(milestones["date_end"])).all()
    assert starts.dt.year.tolist() == [int(d[:4]) for d in milestones["date"]]


@pytest.mark.parametrize(
    ("value", "dtype"),
    [(300, "Float64"), (2**53, "Float64"), (2**53 + 1, "object"), (10**30, "object")],
)
def test_numbers_stay_exact(value: int, dtype: str) -> None:
    from asean_coop import Figure, Qualifier

    edition = tiny_edition()
    ceremony = edition.events[0]
    figure = Figure(measure="attendees", value=value, qualifier=Qualifier.EXACT)
    edition = tiny_edition(events=(attrs.evolve(ceremony, attendance=figure), *edition.events[1:]))
    column = to_dataframes(edition)["figures"]["value"]
    assert str(column.dtype) == dtype
    assert int(column.iloc[0]) == value
    if dtype == "object":
        assert type(column.iloc[0]) is int


def test_integers_beyond_int64_stay_exact_python_ints() -> None:
    from asean_coop.export import _dataframes as dataframes
    from asean_coop.export._tables import Column, Table

    column = Column(name="n", type="integer", description="a count")
    small = Table(
        name="t",
        title="T",
        description="d",
        columns=(column,),
        primary_key=("n",),
        rows=((1,), (2**63 - 1,)),
    )
    big = attrs.evolve(small, rows=((1,), (2**70,), (None,)))
    assert str(dataframes._frame(pd, small)["n"].dtype) == "Int64"
    frame = dataframes._frame(pd, big)
    assert str(frame["n"].dtype) == "object"
    assert frame["n"].tolist() == [1, 2**70, None]
