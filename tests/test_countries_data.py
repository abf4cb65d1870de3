"""The bundled country table: China and the eleven ASEAN member states."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from importlib import resources

import pytest

import asean_coop
from asean_coop import Country, PartialDate, ValidationError, countries, to_dict
from asean_coop.bundled import _parse_countries

# code: (code3, name, official name, aliases, ASEAN accession)
COUNTRIES: dict[str, tuple[str, str, str, tuple[str, ...], str | None]] = {
    "BN": (
        "BRN",
        "Brunei Darussalam",
        "Nation of Brunei, the Abode of Peace",
        ("Brunei",),
        "1984-01-07",
    ),
    "CN": ("CHN", "China", "People's Republic of China", ("PRC",), None),
    "ID": ("IDN", "Indonesia", "Republic of Indonesia", (), "1967-08-08"),
    "KH": ("KHM", "Cambodia", "Kingdom of Cambodia", (), "1999-04-30"),
    "LA": ("LAO", "Laos", "Lao People's Democratic Republic", ("Lao PDR",), "1997-07-23"),
    "MM": ("MMR", "Myanmar", "Republic of the Union of Myanmar", ("Burma",), "1997-07-23"),
    "MY": ("MYS", "Malaysia", "Malaysia", (), "1967-08-08"),
    "PH": ("PHL", "Philippines", "Republic of the Philippines", ("the Philippines",), "1967-08-08"),
    "SG": ("SGP", "Singapore", "Republic of Singapore", (), "1967-08-08"),
    "TH": ("THA", "Thailand", "Kingdom of Thailand", (), "1967-08-08"),
    "TL": (
        "TLS",
        "Timor-Leste",
        "Democratic Republic of Timor-Leste",
        ("East Timor",),
        "2025-10-26",
    ),
    "VN": (
        "VNM",
        "Vietnam",
        "Socialist Republic of Viet Nam",
        ("Viet Nam", "Socialist Republic of Vietnam"),
        "1995-07-28",
    ),
}


def _by_code(code: str) -> Country:
    return next(c for c in countries() if c.code == code)


def test_twelve_countries_in_code_order() -> None:
    assert [c.code for c in countries()] == list(COUNTRIES)
    assert list(COUNTRIES) == sorted(COUNTRIES)


@pytest.mark.parametrize("code", list(COUNTRIES))
def test_country(code: str) -> None:
    code3, name, official, aliases, joined = COUNTRIES[code]
    country = _by_code(code)
    assert (country.code3, country.name, country.official_name, country.aliases) == (
        code3,
        name,
        official,
        aliases,
    )
    assert country.asean_joined == (None if joined is None else PartialDate.from_iso(joined))


def test_the_names_people_type_are_there() -> None:
    names = {n.casefold(): c.code for c in countries() for n in c.names}
    assert {
        "laos": "LA",
        "lao pdr": "LA",
        "viet nam": "VN",
        "vietnam": "VN",
        "burma": "MM",
        "east timor": "TL",
        "brunei": "BN",
        "brunei darussalam": "BN",
        "china": "CN",
    }.items() <= names.items()


def test_every_name_belongs_to_one_country() -> None:
    names = [n.casefold() for c in countries() for n in set(c.names)]
    assert len(names) == len(set(names))


def test_accession_dates_are_exact_days() -> None:
    joined = [c.asean_joined for c in countries() if c.asean_joined is not None]
    assert len(joined) == 11
    assert all(d.is_exact for d in joined)


@pytest.mark.parametrize(
    ("on", "members"),
    [
        ("1967-08-08", {"ID", "MY", "PH", "SG", "TH"}),
        ("1984-01-06", {"ID", "MY", "PH", "SG", "TH"}),
        ("1984-01-07", {"BN", "ID", "MY", "PH", "SG", "TH"}),
        ("1997-07-23", {"BN", "ID", "LA", "MM", "MY", "PH", "SG", "TH", "VN"}),
        ("1999-04-30", {"BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "VN"}),
        ("2025-10-25", {"BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "VN"}),
        ("2025-10-26", {"BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN"}),
    ],
)
def test_membership_over_time(on: str, members: set[str]) -> None:
    when = PartialDate.from_iso(on)
    assert {c.code for c in countries() if c.is_asean_member_on(when)} == members


def test_china_is_not_a_member() -> None:
    assert _by_code("CN").asean_joined is None


def test_cached_and_re_exported() -> None:
    assert countries() is countries()
    assert asean_coop.countries is countries
    assert "countries" in asean_coop.__all__
    assert "countries" in asean_coop.bundled.__all__


def test_file_is_what_the_codec_writes() -> None:
    text = (
        resources.files("asean_coop")
        .joinpath("data")
        .joinpath("countries.json")
        .read_text(encoding="utf-8")
    )
    written = json.dumps(
        [to_dict(c) for c in countries()],
        ensure_ascii=False,
        indent=2,
        separators=(",", ": "),
        allow_nan=False,
    )
    assert text == written + "\n"
    assert _parse_countries(text.encode("utf-8")) == countries()


def test_first_load_is_lazy_cached_and_thread_safe() -> None:
    code = textwrap.dedent(
        """
        import threading
        import asean_coop
        from asean_coop import bundled
        assert bundled._countries.cache_info().currsize == 0
        barrier = threading.Barrier(8)
        results = []
        def work():
            barrier.wait()
            results.append(asean_coop.countries())
        threads = [threading.Thread(target=work) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        print(len(results), len({id(r) for r in results}), bundled._countries.cache_info().misses)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["8", "1", "1"]


_CHINA = {"code": "CN", "code3": "CHN", "name": "China", "official_name": "PRC"}


@pytest.mark.parametrize(
    ("raw", "path"),
    [
        (b"\xff", ""),
        (b"[", ""),
        (b"{}", ""),
        (b'"CN"', ""),
        (b"[1]", "[0]"),
        (b"[null]", "[0]"),
        (json.dumps([{**_CHINA, "code": "cn"}]).encode(), "[0].code"),
        (json.dumps([{**_CHINA, "capital": "Beijing"}]).encode(), "[0]"),
        (json.dumps([{**_CHINA, "asean_joined": "2025-02-30"}]).encode(), "[0].asean_joined"),
        (json.dumps([_CHINA, _CHINA]).encode(), "[1].code"),
    ],
)
def test_anything_but_an_array_of_countries_is_rejected(raw: bytes, path: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _parse_countries(raw)
    assert [p.path for p in caught.value.problems] == [path]


def test_every_problem_is_reported() -> None:
    raw = json.dumps([_CHINA, 1, {**_CHINA, "code3": "cn"}, _CHINA]).encode()
    with pytest.raises(ValidationError) as caught:
        _parse_countries(raw)
    assert [p.path for p in caught.value.problems] == ["[1]", "[2].code3", "[3].code"]
