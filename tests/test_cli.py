"""The ``asean-coop`` command: most behaviour in process through ``main``, then a few
runs of the installed console script in a subprocess."""

from __future__ import annotations

import ast
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest

import asean_coop
from asean_coop import (
    Edition,
    NameOrder,
    Person,
    PersonName,
    Ranking,
    Speech,
    dumps,
    from_dict,
    load_edition,
    loads,
)
from asean_coop.cli import build_parser, main
from asean_coop.cli._output import clean, table, wrapped
from asean_coop.cli._records import OUTPUT_SCHEMA, record_json
from asean_coop.export import schema_text, to_jsonld, to_popolo
from asean_coop.model._hits import label_of
from asean_coop.model._integrity import collections_of
from asean_coop.model._references import COUNTRIES, referenced
from helpers import tiny_edition

SCRIPT = Path(sys.executable).parent / (
    "asean-coop.exe" if sys.platform == "win32" else "asean-coop"
)
COMMANDS = (
    "show",
    "people",
    "speeches",
    "ranking",
    "timeline",
    "search",
    "export",
    "schema",
    "validate",
)


@pytest.fixture(scope="module")
def edition() -> Edition:
    return load_edition(2025)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    """The ``results`` of a ``--json`` run, after checking it against the output schema."""
    code, out, err = run(capsys, *argv, "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    jsonschema.validate(data, OUTPUT_SCHEMA)
    assert data["command"] == argv[0]
    assert data["count"] == len(data["results"])
    return data["results"]


def records(results: list[Any]) -> list[Any]:
    """The records of ``--json`` results, as the codec writes them."""
    return [r["record"] for r in results]


def assert_one_error(err: str, *fragments: str) -> None:
    """One clear message on standard error, no traceback."""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("asean-coop: error: ")
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0]


# -- help and usage --------------------------------------------------------------------


def test_the_parser_has_every_subcommand() -> None:
    help_text = build_parser().format_help()
    for name in COMMANDS:
        assert f"    {name} " in help_text


@pytest.mark.parametrize("name", COMMANDS)
def test_every_subcommand_has_help_with_an_example(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, name, "--help")
    assert (code, err) == (0, "")
    assert f"usage: asean-coop {name}" in out
    examples = out.split("examples:\n", 1)[1]
    assert f"  asean-coop {name}" in examples or f"| asean-coop {name}" in examples


def test_no_command_prints_the_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys)
    assert code == 2
    assert out == ""
    assert "commands:" in err
    assert "validate" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["show", "twenty"], "'twenty' is not a year such as 2025"),
        (["people", "--role", "king"], "'king' is not a role; roles: speaker"),
        (["export"], "the following arguments are required: --format"),
        (["export", "--format", "xml"], "invalid choice: 'xml'"),
        (["validate"], "the following arguments are required: FILE"),
        (["search"], "the following arguments are required: TEXT"),
    ],
)
def test_usage_errors_exit_2_with_one_message(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert message in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["show", "1999"],
        ["people", "1999"],
        ["speeches", "1999"],
        ["ranking", "1999"],
        ["timeline", "1999"],
        ["search", "1999", "Nanning"],
        ["export", "1999", "--format", "json"],
    ],
)
def test_an_unknown_edition_exits_2_and_lists_the_editions(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert_one_error(err, "1999", "editions: 2025")


# -- show ------------------------------------------------------------------------------


def test_show_defaults_to_the_latest_edition(capsys: pytest.CaptureFixture[str]) -> None:
    assert asean_coop.available_editions()[-1] == 2025
    assert run(capsys, "show") == run(capsys, "show", "2025")


def test_show_summarises_event_organizers_people_and_ranking(
    capsys: pytest.CaptureFixture[str], edition: Edition
) -> None:
    code, out, err = run(capsys, "show", "2025")
    assert (code, err) == (0, "")
    flat = " ".join(out.split())
    assert out.startswith("Top 10 News Stories on China-ASEAN Cooperation 2025 (6th edition)\n")
    assert f"Event: {edition.main_event.name}" in flat
    assert "Date: 2026-01-15" in flat
    assert "Place: Nanning, Guangxi Zhuang Autonomous Region, China" in flat
    assert "Attendance: more than 300 attendees" in flat
    assert "Parts: Release of the list, with expert comments; Roundtable Dialogue;" in flat
    organizers, people = out.split("\nOrganizers\n")[1].split("\nPeople (21)\n")
    assert " ".join(organizers.split()).startswith(
        "supervisor (3): China International Communications Group "
        "China Foreign Affairs University Publicity Department"
    )
    assert "co-host (4): CICG Center for Asia-Pacific" in " ".join(organizers.split())
    flat_people = " ".join(people.split())
    assert "speaker (7): Yu Yunquan (vice president, CICG)" in flat_people
    assert "presider (2): Tang Zhihua" in flat_people
    assert "attendee (4): Yang Jianping" in flat_people
    assert "commentator (3): Hu Suojin" in flat_people
    assert "panelist (5): Lucio Blanco Pitlo III" in flat_people
    for person in edition.people:
        assert person.name.text in flat_people
    assert "1 of 10 stories known (incomplete)" in flat
    assert "1. President Xi Jinping Chooses Southeast Asia" in flat
    assert "positions 2-10: not known" in flat


def test_show_json(capsys: pytest.CaptureFixture[str], edition: Edition) -> None:
    data = run_json(capsys, "show", "2025")
    main, *parts, ranking = data
    assert main["type"] == "event"
    assert main["record"]["date"] == "2026-01-15"
    assert main["record"]["place"]["city"] == "Nanning"
    assert [p["record"]["id"] for p in parts] == [e.id for e in edition.events if e.parent_id]
    supervisors = [o["id"] for o in main["organizers"] if o["role"] == "supervisor"]
    assert supervisors == ["cicg", "cfau", "cpc-guangxi-publicity-department"]
    assert main["names"]["cicg"] == "China International Communications Group"
    speakers = [p["id"] for p in main["participants"] if p["role"] == "speaker"]
    assert speakers[0] == "yu-yunquan"
    assert main["names"]["yu-yunquan"] == "Yu Yunquan"
    assert {o["role"] for o in main["organizers"]} >= {"co-host"}
    assert ranking["type"] == "ranking"
    assert ranking["known"] == 1
    assert ranking["complete"] is False
    assert ranking["missing"] == [[2, 10]]


def _declared_references(record: object) -> set[str]:
    """Every id or code the record's reference fields hold, as the model declares them,
    nested records too; not the sources its evidence cites."""
    kinds = {c.name for c in collections_of(Edition)} - {"sources"} | {COUNTRIES}
    return set().union(*(referenced(record, kind) for kind in kinds))


def test_json_names_every_id_and_code_a_record_refers_to(edition: Edition) -> None:
    # The names come from the fields' declarations: an organization's country, an
    # event's place and groups, an initiative's parties, a story's countries...
    for record in (*edition.records(), edition.ranking):
        names = record_json(edition, record)["names"]
        assert set(names) == _declared_references(record), label_of(record)
    assert record_json(edition, edition.organization("cicg"))["names"] == {"CN": "China"}
    railway = record_json(edition, edition.initiative("laos-china-railway"))["names"]
    assert railway["LA"] == "Laos"
    assert railway["vongpano-sipaseuth-address"] == label_of(
        edition.speech("vongpano-sipaseuth-address")
    )
    assert edition.ranking.dimensions_by in record_json(edition, edition.ranking)["names"]


def test_json_names_an_id_only_as_a_kind_its_field_may_name() -> None:
    # Ids are unique within a kind only: a person may share an organization's id.
    base = tiny_edition()
    namesake = attrs.evolve(
        base.people[1], id="cicg", name=PersonName(text="Cicg Namesake", order=NameOrder.SINGLE)
    )
    edition = tiny_edition(people=(*base.people, namesake))
    names = record_json(edition, edition.speeches[0])["names"]
    assert names["cicg"] == "China International Communications Group"
    assert names["yu-yunquan"] == "Yu Yunquan"


# -- people ----------------------------------------------------------------------------


def test_people_lists_everyone_with_roles_and_posts(
    capsys: pytest.CaptureFixture[str], edition: Edition
) -> None:
    code, out, err = run(capsys, "people")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "22 of 22 people of the 2025 edition"
    assert lines[2].split() == ["NAME", "ROLES", "POST"]
    assert len(lines) == 3 + len(edition.people)
    row = next(line for line in lines if line.startswith("Yang Yue "))
    assert row.endswith("  deputy director, CFAU Institute of Asian Studies")
    assert " presider " in row


def test_people_filters_by_role_and_country(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "people", "2025", "--role", "Speaker", "--country", "malaysia")
    assert code == 0
    assert (
        out.splitlines()[0] == "1 of 22 people of the 2025 edition (role speaker, country malaysia)"
    )
    assert "Ahmad Phadil bin Mohamed Ismail" in out
    assert "Tie Fatt Hee" not in out  # from Malaysia, but a commentator
    found = run_json(capsys, "people", "--country", "LA")
    assert {r["id"] for r in records(found)} == {"souliya-mounnarath", "vongpano-sipaseuth"}
    assert {c for r in found for c in r["countries"]} == {"LA"}
    speakers = run_json(capsys, "people", "--role", "speaker")
    assert len(speakers) == 7
    assert from_dict(speakers[0]["record"], Person) == load_edition(2025).person("yu-yunquan")
    assert speakers[0]["roles"] == ["speaker"]
    assert speakers[0]["names"] == {"cicg": "China International Communications Group"}


def test_people_of_an_unknown_country_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "people", "--country", "Narnia")
    assert (code, out) == (2, "")
    assert_one_error(err, "no country is called 'Narnia'")


def test_people_with_no_match_prints_an_empty_listing(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "people", "--role", "performer")
    assert code == 0
    assert out == "0 of 22 people of the 2025 edition (role performer)\n"
    assert run_json(capsys, "people", "--role", "performer") == []


# -- speeches --------------------------------------------------------------------------


def test_speeches_by_a_person_folds_case_and_accents(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "speeches", "--by", "VONGPANO sipaseuth")
    assert code == 0
    assert out.splitlines()[0] == "1 of 10 speeches of the 2025 edition"
    assert (
        "Vongpano Sipaseuth: address at Ceremony for the Top 10 News Stories on China-ASEAN "
        "Cooperation 2025 [vongpano-sipaseuth-address]"
    ) in out
    assert "Laos-China Railway" in out


def test_speeches_filters_combine(capsys: pytest.CaptureFixture[str], edition: Edition) -> None:
    mentioning = records(run_json(capsys, "speeches", "--mentioning", "CAEXPO"))
    assert [s["id"] for s in mentioning] == [s.id for s in edition.speeches_mentioning("CAEXPO")]
    assert len(mentioning) >= 2
    both = run_json(capsys, "speeches", "--mentioning", "CAEXPO", "--by", "Wang Jicai")
    assert [s["id"] for s in records(both)] == ["wang-jicai-address"]
    assert from_dict(both[0]["record"], Speech) == edition.speech("wang-jicai-address")
    assert both[0]["names"]["wang-jicai"] == "Wang Jicai"
    about = records(run_json(capsys, "speeches", "--about", "artificial intelligence"))
    assert {s["id"] for s in about} == {
        s.id for s in edition.speeches_about("artificial intelligence")
    }
    assert records(run_json(capsys, "speeches")) == [
        asean_coop.to_dict(s) for s in edition.speeches
    ]


def test_speeches_by_an_unknown_person_offers_close_matches(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "speeches", "--by", "Yu Yunqan")
    assert (code, out) == (2, "")
    assert_one_error(err, "no person is called 'Yu Yunqan'", "Yu Yunquan")


def test_an_empty_key_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "speeches", "--mentioning", " ")
    assert (code, out) == (2, "")
    assert_one_error(err)


# -- ranking, timeline, search ---------------------------------------------------------


def test_ranking_text_and_json(capsys: pytest.CaptureFixture[str], edition: Edition) -> None:
    code, out, _ = run(capsys, "ranking")
    assert code == 0
    assert out.splitlines()[:3] == [
        "Ranking: Top 10 News Stories on China-ASEAN Cooperation 2025",
        "  1 of 10 stories known (incomplete)",
        "   1. President Xi Jinping Chooses Southeast Asia for First Overseas Visit of 2025"
        " (2025-04-14 to 2025-04-18; KH, MY, VN)",  # not wrapped: the output is not a terminal
    ]
    assert out.splitlines()[-1] == "  positions 2-10: not known"
    assert from_dict(run_json(capsys, "ranking", "2025")[0]["record"], Ranking) == edition.ranking


def test_topics_json_fits_the_output_schema(
    capsys: pytest.CaptureFixture[str], edition: Edition
) -> None:
    results = run_json(capsys, "topics")
    assert [(r["topic"], r["speeches"]) for r in results] == list(edition.topics())


def test_the_output_schema_knows_every_kind_of_record_a_result_may_hold() -> None:
    # Results hold search hits (of every kind the search finds) and the ranking.
    from asean_coop.query._search import KINDS

    types = OUTPUT_SCHEMA["$defs"]["record"]["properties"]["type"]["enum"]
    assert set(types) == {*KINDS, "ranking"}


def test_timeline_is_in_date_order(capsys: pytest.CaptureFixture[str], edition: Edition) -> None:
    code, out, _ = run(capsys, "timeline")
    assert code == 0
    rows = out.splitlines()[3:]
    assert len(rows) == len(edition.milestones) + len(edition.events)
    dates = [row.split()[0] for row in rows]
    assert dates == [str(item.date) for item in edition.timeline()]
    assert rows[0].split(None, 2) == ["2004", "milestone", edition.milestones[0].title]
    data = run_json(capsys, "timeline")
    assert {d["type"] for d in data} == {"milestone", "event"}
    assert [d["record"]["date"] for d in data] == dates
    assert all(d["label"] for d in data)
    assert data[-1]["record"] == asean_coop.to_dict(edition.timeline()[-1])


def test_search_takes_an_optional_year_and_many_words(
    capsys: pytest.CaptureFixture[str], edition: Edition
) -> None:
    code, out, _ = run(capsys, "search", "2025", "pham", "duy", "binh")
    assert code == 0
    assert out.splitlines()[0] == "1 match for 'pham duy binh' in the 2025 edition"
    assert "person  pham-duy-binh  whole name (name)  Pham Duy Binh" in out
    found = run_json(capsys, "search", "consulate")
    assert [r["record"]["id"] for r in found] == [h.record.id for h in edition.search("consulate")]
    assert {r["type"] for r in found} == {"organization"}
    assert found[0]["why"].startswith("whole words of a name")
    code, out, _ = run(capsys, "search", "zzzzzz")
    assert (code, out) == (0, "0 matches for 'zzzzzz' in the 2025 edition\n")


# -- export and schema -----------------------------------------------------------------


def test_export_json_is_the_codec_document(
    capsys: pytest.CaptureFixture[str], edition: Edition, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "export", "--format", "json")
    assert code == 0
    assert out == dumps(edition, indent=2) + "\n"
    assert loads(out) == edition
    target = tmp_path / "edition.json"
    code, out, _ = run(capsys, "export", "2025", "-f", "json", "-o", str(target))
    assert (code, out) == (0, f"wrote {target}\n")
    assert target.read_text(encoding="utf-8") == dumps(edition, indent=2) + "\n"


def test_export_jsonld_and_popolo(capsys: pytest.CaptureFixture[str], edition: Edition) -> None:
    code, out, _ = run(capsys, "export", "--format", "jsonld")
    assert code == 0
    assert json.loads(out) == to_jsonld(edition)
    code, out, _ = run(capsys, "export", "--format", "popolo")
    assert code == 0
    assert json.loads(out) == to_popolo(edition)


def test_export_csv_writes_a_data_package(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(capsys, "export", "-f", "csv")
    assert (code, out) == (2, "")
    assert_one_error(err, "-o DIR")
    target = tmp_path / "package"
    code, out, _ = run(capsys, "export", "-f", "csv", "-o", str(target))
    assert code == 0
    assert out == f"wrote {target / 'datapackage.json'}\n"
    assert (target / "people.csv").read_text(encoding="utf-8").count("\n") >= 22


def test_export_to_an_unwritable_place_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    for fmt in ("json", "csv"):
        code, out, err = run(capsys, "export", "-f", fmt, "-o", str(blocker / "sub"))
        assert (code, out) == (2, "")
        assert_one_error(err, "cannot write")


def test_schema_prints_the_shipped_schema(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    assert out == schema_text()
    assert json.loads(out)["$schema"].startswith("https://json-schema.org/")
    target = tmp_path / "edition.schema.json"
    assert run(capsys, "schema", "-o", str(target))[0] == 0
    assert target.read_text(encoding="utf-8") == schema_text()


# -- validate --------------------------------------------------------------------------


@pytest.fixture
def files(tmp_path: Path, edition: Edition) -> dict[str, Path]:
    good = tmp_path / "good.json"
    good.write_text(dumps(edition, indent=2), encoding="utf-8")
    data = json.loads(good.read_text(encoding="utf-8"))
    data["speeches"][3]["kind"] = "adress"
    data["people"][0]["id"] = "Bad Id"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_bytes(b"{\xff")
    return {"good": good, "bad": bad, "broken": broken, "dir": tmp_path}


def test_validate_a_valid_file(capsys: pytest.CaptureFixture[str], files: dict[str, Path]) -> None:
    code, out, err = run(capsys, "validate", str(files["good"]))
    assert (code, out, err) == (0, f"{files['good']}: valid\n", "")


def test_validate_lists_every_problem_with_its_path(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    code, out, err = run(
        capsys, "validate", str(files["good"]), str(files["bad"]), str(files["broken"])
    )
    assert code == 1
    assert err == ""  # the report, problems included, is the output
    lines = out.splitlines()
    assert lines[0] == f"{files['good']}: valid"
    assert lines[1] == f"{files['bad']}: invalid, 4 problems:"
    assert "  speeches[3].kind: 'adress' is not one of: address, commentary, remarks" in lines
    assert any(line.startswith("  people[0].id: 'Bad Id' is not a valid id") for line in lines)
    assert "  speeches[0].speaker_id: 'yu-yunquan' is not the id of a person" in lines
    assert f"{files['broken']}: invalid, 1 problem:" in lines
    assert "  not UTF-8: byte 0xff at offset 1" in lines


def test_validate_a_missing_or_unreadable_file_exits_2(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    missing = files["dir"] / "missing.json"
    code, out, err = run(capsys, "validate", str(files["bad"]), str(missing), str(files["dir"]))
    assert code == 2
    assert err == ""
    assert f"{missing}: cannot be read: no such file" in out.splitlines()
    assert (
        f"{files['dir']}: cannot be read: is a directory, not an edition file" in out.splitlines()
    )
    assert "'adress'" in out  # the other files are still checked


def test_validate_json_and_standard_input(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = run_json_code(capsys, 1, "validate", str(files["good"]), str(files["bad"]))
    assert data[0] == {"type": "report", "file": str(files["good"]), "valid": True}
    assert data[1]["valid"] is False
    assert {
        "path": "speeches[3].kind",
        "message": "'adress' is not one of: address, commentary, remarks",
    } in data[1]["problems"]
    stdin = io.TextIOWrapper(io.BytesIO(files["good"].read_bytes()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert run(capsys, "validate", "-") == (0, "<stdin>: valid\n", "")


def run_json_code(capsys: pytest.CaptureFixture[str], expected: int, *argv: str) -> Any:
    code, out, _ = run(capsys, *argv, "--json")
    assert code == expected
    data = json.loads(out)
    jsonschema.validate(data, OUTPUT_SCHEMA)
    return data["results"]


# -- output helpers --------------------------------------------------------------------


def test_clean_escapes_terminal_control_characters() -> None:
    assert clean("Phạm Duy Bình") == "Phạm Duy Bình"
    assert clean("red \x1b[31mtext\x07") == "red \\x1b[31mtext\\x07"
    assert clean("a\nb\u202ec") == "a\nb\\u202ec"


def test_table_and_wrapped() -> None:
    assert table([("a", "bb", "c"), ("ddd", "e", "")], ("x", "y", "z")) == [
        "X    Y   Z",
        "a    bb  c",
        "ddd  e",
    ]
    assert wrapped("word " * 40, indent=4, first="  - ") == ["  - " + " ".join(["word"] * 40)]


# -- the installed console script ------------------------------------------------------


def script(*argv: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    assert SCRIPT.exists(), f"the console script is not installed at {SCRIPT}"
    return subprocess.run(
        [str(SCRIPT), *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        input=stdin,
        timeout=60,
        check=False,
    )


def test_the_installed_script_shows_2025() -> None:
    result = script("show", "2025")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "Date:       2026-01-15" in result.stdout
    assert "Nanning" in result.stdout
    assert "1 of 10 stories known (incomplete)" in result.stdout


def test_python_dash_m_runs_the_same_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "asean_coop", "ranking", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["results"][0]["record"]["size"] == 10


def test_the_installed_script_reports_errors_without_tracebacks(tmp_path: Path) -> None:
    result = script("people", "1999")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == "asean-coop: error: no edition for 1999 is bundled; editions: 2025\n"
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1, "year": "x"}', encoding="utf-8")
    result = script("validate", str(bad), str(tmp_path / "missing.json"))
    assert result.returncode == 2
    assert result.stderr == ""
    assert "year: expected an integer" in result.stdout
    assert "missing.json: cannot be read: no such file" in result.stdout


def test_the_installed_script_has_help() -> None:
    result = script("--help")
    assert result.returncode == 0
    assert "usage: asean-coop" in result.stdout
    assert "examples:" in result.stdout


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--version") == (0, f"asean-coop {asean_coop.__version__}\n", "")


def test_importing_the_cli_adds_no_other_layer() -> None:
    # The CLI brings the small helpers it formats with (display, search-hit labels, text
    # keys), which a bare ``import asean_coop`` no longer loads; the query and export
    # layers and the notebook HTML come only with the commands that use them.
    code = (
        "import sys; import asean_coop; before = set(sys.modules); import asean_coop.cli; "
        "print(sorted(m for m in set(sys.modules) - before "
        "if m.startswith('asean_coop') and not m.startswith('asean_coop.cli')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    added = ast.literal_eval(result.stdout.strip())
    assert added, "the CLI's helpers are not loaded by a bare import"
    layers = ("asean_coop.query", "asean_coop.export", "asean_coop._html", "asean_coop.codec.")
    assert [m for m in added if m.startswith(layers)] == []
