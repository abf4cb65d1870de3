"""Indexes: built once per edition, safely under threads, and no rescans after that."""

from __future__ import annotations

import pickle
import threading
import time
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

import asean_coop.query._index as index_module
import asean_coop.query._lookup as lookup
from asean_coop import Edition, NameOrder, NotFoundError, PersonName, load_edition

E = load_edition(2025)


def fresh() -> Edition:
    """A copy of the 2025 edition with nothing cached yet."""
    edition = attrs.evolve(E)
    assert edition._cache == {}
    return edition


def test_indexes_are_built_on_first_use_and_kept() -> None:
    edition = fresh()
    edition.person("Yu Yunquan")
    index = edition._cache["query.index.person"]
    edition.person("Li Xiao")
    edition.speeches_by("Li Guozhong")
    assert edition._cache["query.index.person"] is index
    assert "query.search" not in edition._cache  # built only when a search asks for it


def test_concurrent_first_use_builds_once(monkeypatch: pytest.MonkeyPatch) -> None:
    builds = []
    real = index_module.NameIndex

    def slow_build(kind: str, *args: Any, **kwargs: Any) -> Any:
        if kind == "person":
            builds.append(kind)
            time.sleep(0.05)  # widen the window in which threads would race
        return real(kind, *args, **kwargs)

    monkeypatch.setattr(lookup, "NameIndex", slow_build)
    edition = fresh()
    barrier = threading.Barrier(8)
    found: list[str] = []

    def ask() -> None:
        barrier.wait()
        found.append(edition.person("Pham Duy Binh").id)

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert found == ["pham-duy-binh"] * 8
    assert len(builds) == 1


class CountingTuple(tuple):  # type: ignore[type-arg]
    """A tuple that counts how often it is iterated."""

    reads = 0

    def __iter__(self) -> Iterator[Any]:
        CountingTuple.reads += 1
        return super().__iter__()


def test_no_query_rescans_the_records_once_warm() -> None:
    edition = attrs.evolve(
        E,
        people=CountingTuple(E.people),
        organizations=CountingTuple(E.organizations),
        events=CountingTuple(E.events),
        speeches=CountingTuple(E.speeches),
        initiatives=CountingTuple(E.initiatives),
        milestones=CountingTuple(E.milestones),
    )

    def ask_everything() -> None:
        edition.person("phạm duy bình")
        edition.person("Pitlo")
        edition.organization("CFAU")
        edition.initiative("CAFTA 3.0")
        edition.event("roundtable")
        edition.speech("Vongpano Sipaseuth")
        edition.search("guangxi uni")
        edition.participants("speaker", event="ceremony")
        edition.roles_of("Yang Yue")
        edition.speakers()
        edition.organizers("co-host")
        edition.affiliated_with("cicg")
        edition.speeches_by("Hu Suojin")
        edition.speeches_mentioning("Laos")
        edition.speeches_about("green development")
        edition.people_from("Malaysia")
        edition.countries_represented()
        edition.timeline()

    ask_everything()
    CountingTuple.reads = 0
    for _ in range(3):
        ask_everything()
    assert CountingTuple.reads == 0


def test_an_edited_copy_gets_its_own_indexes() -> None:
    renamed = attrs.evolve(
        E.person("Pham Duy Binh"),
        name=PersonName(
            text="Phạm Duy Bình",
            family="Phạm",
            given="Duy Bình",
            order=NameOrder.FAMILY_FIRST,
            variants=("Pham Duy Binh",),
        ),
    )
    E.person("Pham Duy Binh")  # warm the original
    edited = attrs.evolve(E, people=tuple(renamed if p.id == renamed.id else p for p in E.people))
    assert edited.person("pham duy binh") is renamed
    assert E.person("pham duy binh") is not renamed


def test_an_edition_with_indexes_pickles_and_its_copy_answers() -> None:
    edition = fresh()
    edition.search("pham")
    edition.speech("Hu Suojin")
    edition.people_from("Malaysia")
    copy = pickle.loads(pickle.dumps(edition))
    assert copy == edition
    found = copy.person("Phạm Duy Bình")
    assert found.id == "pham-duy-binh"
    assert any(p is found for p in copy.people)  # the copy's own record
    assert copy.people_from("MY") == edition.people_from("MY")
    with pytest.raises(NotFoundError, match="fits more than one person: Li Guozhong"):
        copy.speech("Li")


def test_person_lookup_is_dictionary_fast() -> None:
    # A loose bound, far above the ~2 microseconds measured, so that slow machines pass;
    # rebuilding the index on each call (about 125 microseconds) would still miss it.
    E.person("Phạm Duy Bình")
    start = time.perf_counter()
    for _ in range(2000):
        E.person("Phạm Duy Bình")
    assert (time.perf_counter() - start) / 2000 < 50e-6
