"""The queries read the model's declarations: which fields name a country, which kinds an
edition holds, which records and figures it has; a field or kind declared later is read."""

from __future__ import annotations

import attrs

from asean_coop import Edition, Figure, Source, Speech, load_edition
from asean_coop.model._integrity import collections_of
from asean_coop.model._references import COUNTRIES, references
from asean_coop.query._lookup import KINDS
from asean_coop.query._search import _index
from helpers import instances_in, with_codes_the_library_lacks

E = load_edition(2025)


def test_a_code_the_edition_names_in_any_field_is_a_country_to_people_from() -> None:
    # Each field that names a country holds a code the library's table lacks: the
    # edition names that country, so nobody is from it (or its organization's people
    # are), and no lookup fails.
    edition, codes = with_codes_the_library_lacks()
    for fact, code in codes.items():
        found = edition.people_from(code)
        if fact == "Organization.country":
            assert found, fact
        else:
            assert found == (), fact


def test_a_code_the_edition_names_in_any_field_is_a_country_to_speeches_mentioning() -> None:
    edition, codes = with_codes_the_library_lacks()
    for fact, code in codes.items():
        expected = tuple(s for s in edition.speeches if code in s.mentions)
        assert edition.speeches_mentioning(code) == expected, fact


def test_every_collection_but_the_sources_is_a_kind_looked_up_by_key() -> None:
    # A collection the edition gains must join the lookups (or be left out here, on
    # purpose, as the sources are: no one asks for a source by name).
    looked_up = {kind.cls: kind for kind in KINDS}
    declared = collections_of(Edition)
    assert {c.record for c in declared} - set(looked_up) == {Source}
    assert set(looked_up) <= {c.record for c in declared}
    for collection in declared:
        kind = looked_up.get(collection.record)
        if kind is not None:
            held = getattr(E, collection.name)
            assert sorted(map(id, kind.records(E))) == sorted(map(id, held)), collection.name


def test_every_record_and_every_figure_of_the_edition_is_searched() -> None:
    # A record kind or a figure field the edition gains must join the search.
    searched = {id(record) for record in _index(E).records}
    records = [*E.records(), *instances_in(E, Figure)]
    assert len(records) > 100
    missing = [r for r in records if id(r) not in searched]
    assert missing == []


def test_a_speech_is_found_by_a_mention_of_every_kind_its_mentions_may_name() -> None:
    # A kind that Speech.mentions is declared to name must be looked up by
    # speeches_mentioning too.
    for kind in references(attrs.fields(Speech).mentions):
        value = "SG" if kind == COUNTRIES else getattr(E, kind)[-1].id
        speech = attrs.evolve(E.speeches[0], mentions=(*E.speeches[0].mentions, value))
        edition = attrs.evolve(E, speeches=(speech, *E.speeches[1:]))
        assert speech in edition.speeches_mentioning(value), kind


def test_every_collection_but_the_sources_holds_records_of_the_edition() -> None:
    # A collection the edition gains must join Edition.records (what len, iteration and
    # the search count as the edition's records), or be left out here on purpose.
    for collection in collections_of(Edition):
        if collection.record is Source:
            continue
        held = getattr(E, collection.name)
        assert E.records(collection.record) == held, collection.name
    assert len(E) == sum(len(E.records(kind)) for kind in {type(r) for r in E.records()})
