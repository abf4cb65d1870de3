"""Bounded cost in the query layer and the command line: each test reproduces a finding.

Memory is measured with :mod:`tracemalloc` (deterministic, unlike timings); where a
time bound is asserted it is generous, many times what the bounded code needs and a
fraction of what the unbounded code took.
"""

from __future__ import annotations

import gc
import importlib
import json
import os
import stat
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

import asean_coop
from asean_coop import (
    Edition,
    NameOrder,
    NotFoundError,
    Organization,
    OrganizationKind,
    Person,
    PersonName,
    Position,
    Ranking,
    Story,
    dumps,
    load_edition,
)
from asean_coop._text import MAX_CACHED_KEY, search_key
from asean_coop.cli import main
from asean_coop.query._search import MAX_PREFIX
from helpers import tiny_edition

E = load_edition(2025)
SCRIPT = Path(sys.executable).parent / "asean-coop"


def peak_bytes(action: Callable[[], object]) -> int:
    """The peak of memory allocated while ``action`` runs."""
    gc.collect()
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def kept_bytes(action: Callable[[], object]) -> int:
    """The memory still allocated after ``action`` ran and its result was dropped."""
    gc.collect()
    tracemalloc.start()
    try:
        action()
        gc.collect()
        return tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()


def chain_edition(length: int) -> Edition:
    """An edition with ``length`` organizations in one parent chain, a person at its foot."""
    base = tiny_edition()
    chain = tuple(
        Organization(
            id=f"unit-{i}",
            name=f"Unit {i}",
            kind=OrganizationKind.OTHER,
            parent_id=f"unit-{i - 1}" if i else "cicg",
        )
        for i in range(length)
    )
    deep = Person(
        id="deep",
        name=PersonName(text="Deep Member", order=NameOrder.SINGLE),
        positions=(Position(title="member", organization_id=f"unit-{length - 1}"),),
    )
    return attrs.evolve(
        base, organizations=(*base.organizations, *chain), people=(*base.people, deep)
    )


# -- affiliation: linear on parent chains -------------------------------------------------


def test_people_from_and_affiliated_with_are_linear_on_a_long_parent_chain() -> None:
    edition = chain_edition(2_000)
    found: dict[str, tuple[Person, ...]] = {}

    def ask() -> None:
        found["from"] = edition.people_from("CN")
        found["with"] = edition.affiliated_with("cicg")

    # Storing every organization's descendants, or walking every organization's
    # ancestors, is 2,000,000 steps here (over 16 MB); one pass is a few hundred KB.
    assert peak_bytes(ask) < 4_000_000
    assert [p.id for p in found["from"]] == ["deep", "yu-yunquan"]
    assert [p.id for p in found["with"]] == ["deep", "yu-yunquan"]
    assert len(asean_coop.query._affiliation.suborganizations(edition, "unit-0")) == 1_999


# -- search: bounded prefixes ------------------------------------------------------------


def test_the_search_index_stores_bounded_prefixes_of_a_long_word() -> None:
    long_word = "a" + "b" * 2_999
    person = attrs.evolve(E.people[0], name=attrs.evolve(E.people[0].name, variants=(long_word,)))
    edition = attrs.evolve(E, people=(person, *E.people[1:]))
    hits: list[Any] = []
    # Every prefix of a 3,000-character word is 4.5 MB of text; bounded, a few KB.
    assert peak_bytes(lambda: hits.extend(edition.search("abbb"))) < 2_500_000
    assert hits[0].record.id == person.id
    assert edition.search(long_word)[0].record.id == person.id  # longer than MAX_PREFIX
    assert edition.search("a" + "b" * (MAX_PREFIX + 5))[0].record.id == person.id
    assert edition.search("a" + "b" * MAX_PREFIX + "c") == ()


# -- failed lookups: bounded key, cheap pre-checks ---------------------------------------

HUGE = "x" * 1_000_000


@pytest.mark.parametrize(
    "lookup",
    [
        pytest.param(lambda: E.person(HUGE), id="person"),
        pytest.param(lambda: E.organization(HUGE), id="organization"),
        pytest.param(lambda: asean_coop.country(HUGE), id="country"),
        pytest.param(lambda: E.speeches_mentioning(HUGE), id="speeches_mentioning"),
        pytest.param(lambda: E.speeches_about(HUGE), id="speeches_about"),
    ],
)
def test_a_huge_key_fails_fast(lookup: Callable[[], object]) -> None:
    started = time.perf_counter()
    with pytest.raises(NotFoundError) as caught:
        lookup()
    assert time.perf_counter() - started < 3  # unbounded, 24 s to 207 s
    assert len(str(caught.value)) < 2_000  # the key is not repeated whole


@pytest.mark.parametrize("option", ["--country", "--by", "--mentioning"])
def test_the_cli_refuses_a_huge_key_fast(option: str, capsys: pytest.CaptureFixture[str]) -> None:
    command = "people" if option == "--country" else "speeches"
    started = time.perf_counter()
    assert main([command, option, "y" * 1_000_000]) == 2
    assert time.perf_counter() - started < 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert len(err) < 2_000


def test_a_miss_rates_only_names_the_cheap_bounds_leave_a_chance(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import difflib

    calls = []
    real = difflib.SequenceMatcher.ratio

    def counted(self: difflib.SequenceMatcher[str]) -> float:
        calls.append(1)
        return real(self)

    monkeypatch.setattr(difflib.SequenceMatcher, "ratio", counted)
    with pytest.raises(NotFoundError):
        E.person("qqqqqqqqqqqqqqqqqqqq")  # no name shares a letter with it
    assert calls == []
    with pytest.raises(NotFoundError) as caught:
        E.person("Yu Yunqan")
    assert 0 < len(calls) < len(E.people)
    assert [p.id for p in caught.value.candidates] == ["yu-yunquan"]


def test_search_key_keeps_no_long_keys_in_its_cache() -> None:
    def fold_many() -> None:
        for n in range(50):
            search_key(f"{n} " + "k" * 100_000)

    # 50 folded 100 KB keys kept would be 10 MB.
    assert kept_bytes(fold_many) < 1_000_000
    assert search_key("  Phạm  " * 1) == "pham"
    assert len("k" * (MAX_CACHED_KEY + 1)) > MAX_CACHED_KEY


# -- rankings: no range of the size is built ---------------------------------------------


def test_a_huge_ranking_renders_without_building_its_positions() -> None:
    ranking = Ranking(
        id="top",
        title="Top",
        year=2025,
        edition=6,
        size=10,
        released_at="release",
        stories=(Story(position=3, title="C"),),
    )
    # A size no loader accepts, forced in, to show that nothing counts up to it.
    object.__setattr__(ranking, "size", 2_000_000)
    markup: list[str] = []
    importlib.import_module("asean_coop._html")  # imported first: its import is not measured

    assert peak_bytes(lambda: markup.append(ranking._repr_html_())) < 1_000_000
    assert ranking.missing_spans == ((1, 2), (4, 2_000_000))
    assert "4-2000000" in markup[0]


# -- the command line: errors, not tracebacks -------------------------------------------


def script(*argv: str | bytes, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    assert SCRIPT.exists(), f"the console script is not installed at {SCRIPT}"
    if "stdout" not in kwargs:
        kwargs["capture_output"] = True
    kwargs.setdefault("timeout", 60)
    return subprocess.run([str(SCRIPT), *argv], check=False, **kwargs)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_is_one_line_and_exit_3() -> None:
    with open("/dev/full", "wb") as full:
        result = script("people", stdout=full, stderr=subprocess.PIPE)
    assert result.returncode == 3
    assert result.stderr == b"asean-coop: error: cannot write the output: No space left on device\n"


def test_validate_from_a_closed_standard_input() -> None:
    result = subprocess.run(
        ["sh", "-c", f'exec "{SCRIPT}" validate - <&-'],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == b"<stdin>: cannot be read: standard input is closed\n"
    assert result.stderr == b""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_validate_refuses_a_named_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    result = script("validate", str(fifo), timeout=20)  # reading it would block forever
    assert result.returncode == 2
    assert b"is not a regular file" in result.stdout
    assert result.stderr == b""


@pytest.mark.parametrize("where", ["_run", "build_parser", "handler", "output"])
def test_ctrl_c_anywhere_exits_130_quietly(
    where: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import asean_coop.cli._commands as commands
    import asean_coop.cli._main as cli_main
    import asean_coop.cli._output as output

    def interrupt(*args: object, **kwargs: object) -> Any:
        raise KeyboardInterrupt

    if where == "handler":
        monkeypatch.setattr(commands, "_edition", interrupt)
    elif where == "output":
        monkeypatch.setattr(output, "flush", interrupt)
        monkeypatch.setattr(cli_main, "flush", interrupt)
    else:
        monkeypatch.setattr(cli_main, where, interrupt)
    assert main(["people"]) == 130
    assert capsys.readouterr().err == ""


def test_ctrl_c_in_a_real_process_exits_130_without_a_traceback() -> None:
    code = (
        "import signal, sys\n"
        "import asean_coop.cli._commands as c\n"
        "real = c._edition\n"
        "def slow(year):\n"
        "    signal.raise_signal(signal.SIGINT)\n"
        "    return real(year)\n"
        "c._edition = slow\n"
        "from asean_coop.cli import main\n"
        "sys.exit(main(['show']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, timeout=60, check=False
    )
    assert result.returncode == 130
    assert b"Traceback" not in result.stderr
    assert result.stderr == b""


# Ctrl-C while the package is still being imported: the console script's entry point
# (``_asean_coop_cli:main``) starts before any of the package loads.
INTERRUPTED_IMPORT = (
    "import signal, sys\n"
    "class Interrupt:\n"
    "    def find_spec(self, name, path=None, target=None):\n"
    "        if name == 'asean_coop.codec._api':\n"
    "            signal.raise_signal(signal.SIGINT)\n"
    "        return None\n"
    "sys.meta_path.insert(0, Interrupt())\n"
)


def test_ctrl_c_while_the_package_loads_exits_130_without_a_traceback() -> None:
    code = INTERRUPTED_IMPORT + "import _asean_coop_cli\nsys.exit(_asean_coop_cli.main())\n"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, timeout=60, check=False
    )
    assert (result.returncode, result.stderr) == (130, b"")
    # The same interrupt, with the package imported first, is a traceback: the entry
    # point is what makes the difference.
    bare = INTERRUPTED_IMPORT + "from asean_coop.cli import main\n"
    result = subprocess.run(
        [sys.executable, "-c", bare], capture_output=True, timeout=60, check=False
    )
    assert b"Traceback" in result.stderr


def test_the_console_script_starts_outside_the_package() -> None:
    import _asean_coop_cli
    import asean_coop.cli._main as cli_main

    assert _asean_coop_cli.INTERRUPTED == cli_main.INTERRUPTED
    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    if pyproject.is_file():
        assert 'asean-coop = "_asean_coop_cli:main"' in pyproject.read_text(encoding="utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names are bytes")
def test_json_output_escapes_file_names_that_are_not_utf8(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/caf\xe9.json"
    with open(name, "wb") as handle:
        handle.write(dumps(E).encode("utf-8"))
    result = script("validate", "--json", name)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.decode("utf-8"))  # valid UTF-8, valid JSON
    assert data["results"][0]["file"].endswith("caf\\xe9.json")
    assert data["results"][0]["valid"] is True
    text = script("validate", name)
    assert text.stdout.decode("utf-8").endswith("caf\\xe9.json: valid\n")
