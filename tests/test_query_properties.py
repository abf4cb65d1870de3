"""Properties of the queries on generated editions, checked against plain loops."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asean_coop import (
    Edition,
    NotFoundError,
    ParticipantRole,
    Person,
    country,
    load_edition,
)
from asean_coop._text import search_key
from strategies import COUNTRY_CODES, editions

# Half the profile's examples (15 by default, 100 in CI): each draws a whole edition.
LIMITS = settings(deadline=None, max_examples=max(10, settings().max_examples // 2))

# The diacritics tests/strategies.py puts into names, and their plain letters: an oracle
# independent of the library's folding.
PLAIN = {
    "ạ": "a",
    "đ": "d",
    "ì": "i",
    "ơ": "o",
    "ư": "u",
    "ă": "a",
    "ế": "e",
    "ộ": "o",
    "ñ": "n",
    "ç": "c",
    "ø": "o",
    "ł": "l",
}


def without_diacritics(text: str) -> str:
    return "".join(PLAIN.get(c, PLAIN.get(c.lower(), c)) for c in text)


def listed(people: tuple[Person, ...]) -> list[tuple[tuple[str, ...], str]]:
    return [(p.name.sort_key, p.id) for p in people]


def is_sorted(people: tuple[Person, ...]) -> bool:
    keys = listed(people)
    return keys == sorted(keys) and len(set(keys)) == len(keys)


def reordered(edition: Edition) -> Edition:
    """The same edition with every list of records reversed."""
    return attrs.evolve(
        edition,
        people=edition.people[::-1],
        organizations=edition.organizations[::-1],
        events=edition.events[::-1],
    )


@LIMITS
@given(editions())
def test_everyone_is_found_by_their_own_name(edition: Edition) -> None:
    for person in edition.people:
        text = person.name.text
        for form in {text, text.upper(), text.lower(), text.swapcase(), without_diacritics(text)}:
            assert search_key(form) == search_key(text)
            namesakes = [p for p in edition.people if search_key(text) in p.name.keys]
            assert person in namesakes
            if len(namesakes) == 1:
                assert edition.person(form) is person
            else:
                with pytest.raises(NotFoundError, match="more than one person"):
                    edition.person(form)
            assert edition.person(person.id) is person
            hits = edition.search(form)
            found = [h.record for h in hits if h.kind in ("person", "organization")]
            assert person in found
            assert search_key(text) in _names(found[0])


def _names(record: object) -> set[str]:
    if isinstance(record, Person):
        return set(record.name.keys)
    return {search_key(n) for n in record.names}  # type: ignore[attr-defined]


@LIMITS
@given(editions())
def test_participants_by_role_partition_the_participations_and_give_roles_of(
    edition: Edition,
) -> None:
    for event in (None, *edition.events):
        events = edition.events if event is None else (event,)
        pairs = [
            (p.id, role)
            for role in ParticipantRole
            for p in edition.participants(role, event=event)
        ]
        assert len(pairs) == len(set(pairs))
        assert set(pairs) == {(x.person_id, x.role) for e in events for x in e.participants}
        everyone = edition.participants(event=event)
        assert {p.id for p in everyone} == {person_id for person_id, _ in pairs}
        assert is_sorted(everyone)
        for role in ParticipantRole:
            assert is_sorted(edition.participants(role.value, event=event))
        for person in edition.people:
            expected = tuple(r for r in ParticipantRole if (person.id, r) in pairs)
            assert edition.roles_of(person, event=event) == expected


@LIMITS
@given(editions())
def test_sorted_results_are_stable(edition: Edition) -> None:
    other = reordered(edition)
    assert edition.participants() == other.participants()
    assert edition.speakers() == other.speakers()
    assert is_sorted(edition.speakers())
    for code in COUNTRY_CODES:
        assert edition.people_from(code) == other.people_from(code)
        assert is_sorted(edition.people_from(code))
    for organization in edition.organizations:
        found = edition.affiliated_with(organization.id)
        assert found == other.affiliated_with(organization.id)
        assert is_sorted(found)
    for person in edition.people:
        assert edition.search(person.name.text) == other.search(person.name.text)
    # Asking twice gives the same tuple.
    assert edition.participants() is edition.participants()
    # The timeline is every dated record, in date order, whatever the record order.
    items = edition.timeline()
    assert sorted(map(id, items)) == sorted(map(id, (*edition.milestones, *edition.events)))
    assert [item.date for item in items] == sorted(item.date for item in items)
    assert [x.date for x in other.timeline()] == [x.date for x in items]


def _ancestors(edition: Edition, organization_id: str) -> list[str]:
    parents = {o.id: o.parent_id for o in edition.organizations}
    chain: list[str] = []
    current: str | None = organization_id
    while current is not None:
        chain.append(current)
        current = parents[current]
    return chain


def _country_of(edition: Edition, organization_id: str) -> str | None:
    own = {o.id: o.country for o in edition.organizations}
    for org_id in _ancestors(edition, organization_id):
        if own[org_id] is not None:
            return own[org_id]
    return None


@LIMITS
@given(editions(), st.booleans())
def test_affiliations_and_countries_follow_the_organization_tree(
    edition: Edition, former: bool
) -> None:
    def posts(person: Person) -> list[str]:
        return [
            p.organization_id
            for p in person.positions
            if p.organization_id is not None and (former or not p.former)
        ]

    for organization in edition.organizations:
        with_below = {
            p.id
            for p in edition.people
            if any(organization.id in _ancestors(edition, o) for o in posts(p))
        }
        only = {p.id for p in edition.people if organization.id in posts(p)}
        found = edition.affiliated_with(organization, include_former=former)
        assert {p.id for p in found} == with_below
        alone = edition.affiliated_with(
            organization.id, include_suborganizations=False, include_former=former
        )
        assert {p.id for p in alone} == only
    represented = set()
    for code in COUNTRY_CODES:
        expected = {
            p.id for p in edition.people if any(_country_of(edition, o) == code for o in posts(p))
        }
        assert {p.id for p in edition.people_from(code, include_former=former)} == expected
        assert edition.people_from(country(code), include_former=former) == edition.people_from(
            code.lower(), include_former=former
        )
        if expected and not former:
            represented.add(code)
    if not former:
        assert [c.code for c in edition.countries_represented()] == sorted(represented)


@LIMITS
@given(editions())
def test_speech_queries_agree_with_plain_loops(edition: Edition) -> None:
    order = {s.id: n for n, s in enumerate(edition.speeches)}

    def in_order(found: tuple[object, ...]) -> bool:
        numbers = [order[s.id] for s in found]  # type: ignore[attr-defined]
        return numbers == sorted(set(numbers))

    for person in edition.people:
        said = edition.speeches_by(person)
        assert said == tuple(s for s in edition.speeches if s.speaker_id == person.id)
    for organization in edition.organizations:
        below = {
            o.id for o in edition.organizations if organization.id in _ancestors(edition, o.id)
        }
        for include in (True, False):
            targets = below if include else {organization.id}
            found = edition.speeches_mentioning(organization, include_suborganizations=include)
            assert found == tuple(s for s in edition.speeches if targets & set(s.mentions))
            assert in_order(found)
    for initiative in edition.initiatives:
        found = edition.speeches_mentioning(initiative.id)
        assert found == tuple(s for s in edition.speeches if initiative.id in s.mentions)
    for code in COUNTRY_CODES:
        found = edition.speeches_mentioning(country(code))
        assert found == tuple(s for s in edition.speeches if code in s.mentions)
    for topic in {t for s in edition.speeches for t in s.topics}:
        words = set(search_key(topic).split())
        found = edition.speeches_about(topic)
        assert found == tuple(
            s
            for s in edition.speeches
            if any(words <= set(search_key(t).split()) for t in s.topics)
        )
        assert in_order(found)


@LIMITS
@given(st.text(alphabet=" \t.,;:!?-\u2013\u2014()[]'\"/\u0301", max_size=10))
def test_a_query_with_no_word_is_refused(text: str) -> None:
    edition = load_edition(2025)
    with pytest.raises(ValueError, match="empty"):
        edition.search(text)
    with pytest.raises(ValueError, match="empty"):
        edition.person(text)
