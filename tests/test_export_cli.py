"""``asean-coop export``: every format, --force, --excel, refusals that write nothing."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from asean_coop.cli import main
from asean_coop.export import TABLE_NAMES


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_sqlite_and_its_refusal_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "asean.sqlite"
    code, out, _ = run(capsys, "export", "--format", "sqlite", "-o", str(target))
    assert (code, out.strip()) == (0, f"wrote {target}")
    with sqlite3.connect(target) as db:
        assert db.execute("SELECT COUNT(*) FROM people").fetchone()[0] > 0
    target.write_bytes(b"mine")
    code, _, err = run(capsys, "export", "--format", "sqlite", "-o", str(target))
    assert code == 2
    assert "--force" in err
    assert target.read_bytes() == b"mine"
    code, _, _ = run(capsys, "export", "--format", "sqlite", "-o", str(target), "--force")
    assert code == 0
    assert target.read_bytes().startswith(b"SQLite format 3")


def test_json_formats_refuse_to_overwrite_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "edition.jsonld"
    assert run(capsys, "export", "-f", "jsonld", "-o", str(target))[0] == 0
    first = target.read_text(encoding="utf-8")
    assert "@graph" in json.loads(first)
    code, _, err = run(capsys, "export", "-f", "popolo", "-o", str(target))
    assert code == 2
    assert "exists" in err
    assert target.read_text(encoding="utf-8") == first
    assert run(capsys, "export", "-f", "popolo", "-o", str(target), "--force")[0] == 0
    assert "persons" in json.loads(target.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("fmt", "suffix"), [("csv", "csv"), ("parquet", "parquet")])
def test_directory_formats_refuse_to_overwrite_an_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, suffix: str
) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    target = tmp_path / "out"
    assert run(capsys, "export", "-f", fmt, "-o", str(target))[0] == 0
    assert {p.name for p in target.iterdir()} >= {f"{t}.{suffix}" for t in TABLE_NAMES}
    (target / f"people.{suffix}").write_bytes(b"mine")
    code, _, err = run(capsys, "export", "-f", fmt, "-o", str(target))
    assert code == 2
    assert "--force" in err
    assert (target / f"people.{suffix}").read_bytes() == b"mine"
    assert run(capsys, "export", "-f", fmt, "-o", str(target), "--force")[0] == 0
    assert (target / f"people.{suffix}").read_bytes() != b"mine"
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.txt").write_text("mine", encoding="utf-8")
    assert run(capsys, "export", "-f", fmt, "-o", str(other))[0] == 0  # no export there yet


def test_excel_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "excel"
    assert run(capsys, "export", "-f", "csv", "--excel", "-o", str(target))[0] == 0
    assert (target / "people_positions.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    code, _, err = run(capsys, "export", "-f", "json", "--excel", "-o", str(tmp_path / "x"))
    assert code == 2
    assert "--excel" in err
    assert not (tmp_path / "x").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_non_regular_targets_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for fmt in ("json", "sqlite"):
        code, _, err = run(capsys, "export", "-f", fmt, "-o", str(fifo), "--force")
        assert code == 2
        assert "not a regular file" in err
    code, _, err = run(capsys, "export", "-f", "csv", "-o", str(fifo))
    assert code == 2
    assert "not a directory" in err


def test_file_formats_need_a_path(capsys: pytest.CaptureFixture[str]) -> None:
    for fmt in ("csv", "parquet", "sqlite"):
        code, _, err = run(capsys, "export", "-f", fmt)
        assert code == 2
        assert ("-o FILE" if fmt == "sqlite" else "-o DIR") in err
