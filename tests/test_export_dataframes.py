"""pandas data frames behind the ``pandas`` extra; importing asean_coop stays light."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from typing import Any

import pandas as pd
import pytest
from hypothesis import given, settings

from asean_coop import AseanCoopError, Edition, available_editions, load_edition
from asean_coop.export import TABLE_NAMES, MissingExtraError, tables, to_dataframes
from helpers import tiny_edition
from strategies import editions

HEAVY = ("pandas", "numpy", "rdflib", "jsonschema", "referencing", "frictionless")


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
    if value is pd.NA:
        return None
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
    assert frames["speeches"].loc[0, "mentions"] == ("cicg", "KH")
    assert frames["people"].loc[1, "family_name"] is pd.NA


def test_empty_tables_keep_their_columns_and_dtypes() -> None:
    frames = to_dataframes(tiny_edition())
    assert frames["milestones"].empty
    assert list(frames["milestones"].columns) == ["index", "date", "title", "countries"]
    assert str(frames["milestones"]["index"].dtype) == "Int64"


@pytest.mark.parametrize("year", available_editions())
def test_bundled_edition_frames(year: int) -> None:
    edition = load_edition(year)
    frames = check_frames(edition)
    assert len(frames["people"]) == len(edition.people)
    merged = frames["positions"].merge(
        frames["organizations"], left_on="organization_id", right_on="id", how="left"
    )
    assert len(merged) == sum(len(p.positions) for p in edition.people)


@settings(max_examples=25, deadline=None)
@given(editions())
def test_generated_edition_frames(edition: Edition) -> None:
    check_frames(edition)
