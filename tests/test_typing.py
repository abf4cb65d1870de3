"""The public API as type checkers see it.

``mypy --strict`` runs over this file in CI: every ``assert_type`` below is a
check that the library's annotations reach users. The last test runs mypy on code
that misuses the API and asserts it is rejected.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from typing_extensions import assert_type

import asean_coop
from asean_coop import (
    Edition,
    Figure,
    PartialDate,
    Person,
    Position,
    Problem,
    Qualifier,
    Ranking,
    Story,
)
from helpers import tiny_edition


def test_public_types() -> None:
    edition = tiny_edition()
    assert_type(edition.people, tuple[Person, ...])
    assert_type(edition.ranking, Ranking)
    assert_type(edition.ranking[1], Story)
    assert_type(edition.year, int)
    assert_type(PartialDate.parse("2025"), PartialDate)
    assert_type(PartialDate.parse("2025").month, int | None)
    assert_type(asean_coop.loads(asean_coop.dumps(edition)), Edition)
    assert_type(asean_coop.loads('{"title": "x"}', Position), Position)
    assert_type(asean_coop.from_dict({"title": "x"}, Position), Position)
    assert_type(asean_coop.to_dict(edition), dict[str, Any])
    figure = Figure(measure="m", value=1, qualifier=Qualifier.OVER)
    assert_type(figure.value, int | float)
    try:
        asean_coop.loads("{}")
    except asean_coop.ValidationError as exc:
        assert_type(exc.problems, tuple[Problem, ...])
    assert edition.people[0].name.text == "Yu Yunquan"


@pytest.mark.skipif(
    shutil.which("mypy", path=str(Path(sys.executable).parent)) is None,
    reason="mypy is not installed beside this interpreter",
)
def test_type_checkers_reject_misuse(tmp_path: Path) -> None:
    bad = tmp_path / "misuse.py"
    bad.write_text(
        textwrap.dedent(
            """
            from asean_coop import PartialDate, Position

            Position("vice president")
            Position(title=3)
            p = Position(title="x")
            p.title = "y"
            PartialDate(year=2025).nonexistent
            """
        )
    )
    mypy = Path(sys.executable).parent / "mypy"
    result = subprocess.run(
        [str(mypy), "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "c"), str(bad)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    out = result.stdout
    assert result.returncode == 1, out
    assert "Too many positional arguments" in out
    assert 'incompatible type "int"; expected "str"' in out
    assert 'Property "title" defined in "Position" is read-only' in out
    assert '"PartialDate" has no attribute "nonexistent"' in out
