"""Hypothesis strategies for every model class, shared by the whole test suite.

``editions()`` builds valid editions whose references all resolve.
"""

from __future__ import annotations

import copy
import string
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from asean_coop import (
    Country,
    Designation,
    Edition,
    Erratum,
    Event,
    EventKind,
    Evidence,
    EvidenceKind,
    Fact,
    Figure,
    Initiative,
    Milestone,
    NameOrder,
    Organization,
    OrganizationKind,
    Organizer,
    OrganizerRole,
    PartialDate,
    ParticipantGroup,
    ParticipantRole,
    Participation,
    Person,
    PersonName,
    Place,
    Position,
    Qualifier,
    Ranking,
    Series,
    SortBy,
    Source,
    Speech,
    SpeechKind,
    Story,
)
from asean_coop.model._checks import TEXT
from helpers import json_at, json_paths

SOURCE_ID = "release"
COUNTRY_CODES = ("BN", "CN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN")

# Text that may hold any printable character, Latin diacritics and Asian scripts.
_ALPHABET = st.characters(
    codec="utf-8",
    categories=("L", "M", "N", "P", "S", "Zs"),
)
texts = st.text(_ALPHABET, min_size=1, max_size=30).filter(lambda s: TEXT.problem(s) is None)
words = st.text(string.ascii_letters + "ạđìơưăếộñçøł", min_size=1, max_size=12)
slugs = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}", fullmatch=True)
country_codes = st.sampled_from(COUNTRY_CODES)
small_ints = st.integers(min_value=0, max_value=10**6)


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    """Any valid partial date, at any precision."""
    day = draw(st.dates())
    precision = draw(st.sampled_from(("year", "month", "day")))
    if precision == "year":
        return PartialDate(year=day.year)
    if precision == "month":
        return PartialDate(year=day.year, month=day.month)
    return PartialDate.from_date(day)


def evidence(source_id: str = SOURCE_ID) -> st.SearchStrategy[Evidence]:
    """Evidence citing ``source_id``."""
    paragraphs = st.lists(st.integers(0, 40), max_size=3, unique=True).map(
        lambda xs: tuple(sorted(xs))
    )
    return st.builds(Evidence, source_id=st.just(source_id), paragraphs=paragraphs)


def _tuples(strategy: st.SearchStrategy[object], max_size: int = 3) -> st.SearchStrategy[tuple]:  # type: ignore[type-arg]
    return st.lists(strategy, max_size=max_size).map(tuple)


def _distinct(strategy: st.SearchStrategy[Any], max_size: int = 3) -> st.SearchStrategy[tuple]:  # type: ignore[type-arg]
    return st.lists(strategy, max_size=max_size, unique=True).map(tuple)


def _sorted_codes(max_size: int = 3) -> st.SearchStrategy[tuple[str, ...]]:
    return st.lists(country_codes, max_size=max_size, unique=True).map(lambda xs: tuple(sorted(xs)))


figures = st.builds(
    Figure,
    measure=texts,
    value=st.one_of(small_ints, st.floats(0, 1e9, allow_nan=False, allow_infinity=False)),
    unit=st.none() | texts,
    qualifier=st.sampled_from(Qualifier),
    subject=st.none() | country_codes,
    as_of=st.none() | partial_dates(),
)


@st.composite
def person_names(draw: st.DrawFn) -> PersonName:
    """A name in any of the supported shapes."""
    order = draw(st.sampled_from(NameOrder))
    given = draw(words)
    family = draw(words)
    suffix = draw(st.none() | st.sampled_from(("Jr.", "III")))
    if order is NameOrder.SINGLE:
        text = draw(st.lists(words, min_size=1, max_size=3).map(" ".join))
        return PersonName(text=text, order=order, sort_by=draw(st.none() | st.just(SortBy.TEXT)))
    if order is NameOrder.FAMILY_FIRST:
        text = f"{family} {given}"
        return PersonName(text=text, given=given, family=family, order=order)
    patronymic = draw(st.none() | words.map(lambda w: f"bin {w}"))
    has_family = patronymic is None and draw(st.booleans())
    text = " ".join(p for p in (given, family if has_family else patronymic, suffix) if p)
    return PersonName(
        text=text,
        given=given,
        family=family if has_family else None,
        patronymic=patronymic,
        suffix=suffix,
        order=order,
        sort_by=draw(st.sampled_from((None, SortBy.GIVEN))),
        variants=draw(_tuples(texts, 2)),
    )


countries = st.builds(
    Country,
    code=country_codes,
    code3=st.from_regex(r"[A-Z]{3}", fullmatch=True),
    name=texts,
    official_name=texts,
    aliases=_tuples(texts),
    asean_joined=st.none() | partial_dates(),
)
places = st.builds(Place, city=texts, region=st.none() | texts, country=country_codes)
sources = st.builds(
    Source,
    id=slugs,
    title=texts,
    publisher=texts,
    url=slugs.map(lambda s: f"https://example.org/{s}"),
    published=partial_dates(),
)
errata = st.builds(
    Erratum,
    source_id=st.just(SOURCE_ID),
    paragraph=st.integers(0, 40),
    found=texts,
    meant=texts,
    note=texts,
)
milestones = st.builds(
    Milestone,
    date=partial_dates(),
    title=texts,
    countries=_sorted_codes(),
    evidence=_tuples(evidence()),
)


@st.composite
def stories(draw: st.DrawFn, position: int) -> Story:
    """A story at ``position``, with a valid date span if any."""
    start = draw(st.none() | partial_dates())
    end = None
    if start is not None and draw(st.booleans()):
        end = PartialDate.from_date(start.latest)
    return Story(
        position=position,
        title=draw(texts),
        summary=draw(st.none() | texts),
        date=start,
        end_date=end,
        countries=draw(_sorted_codes()),
        evidence=draw(_tuples(evidence())),
    )


@st.composite
def rankings(draw: st.DrawFn, released_at: str = "main", org_ids: tuple[str, ...] = ()) -> Ranking:
    """A ranking with distinct positions in order, possibly incomplete."""
    size = draw(st.integers(1, 10))
    positions = sorted(draw(st.sets(st.integers(1, size), max_size=size)))
    return Ranking(
        id=draw(slugs),
        title=draw(texts),
        year=2025,
        edition=draw(st.integers(1, 20)),
        size=size,
        released_at=released_at,
        selected_by=tuple(draw(st.lists(st.sampled_from(org_ids), max_size=2, unique=True)))
        if org_ids
        else (),
        dimensions=draw(_tuples(texts)),
        stories=tuple(draw(stories(p)) for p in positions),
    )


def _ids(prefix: str, count: int) -> tuple[str, ...]:
    return tuple(f"{prefix}-{i}" for i in range(count))


@st.composite
def editions(draw: st.DrawFn, max_people: int = 6) -> Edition:
    """A valid edition: unique ids, references that resolve, one main event."""
    org_ids = _ids("org", draw(st.integers(1, 5)))
    person_ids = _ids("person", draw(st.integers(1, max_people)))
    initiative_ids = _ids("initiative", draw(st.integers(0, 2)))
    event_ids = ("main", *_ids("part", draw(st.integers(0, 3))))
    organizations = []
    for index, org_id in enumerate(org_ids):
        parent = draw(st.none() | st.sampled_from(org_ids[:index])) if index else None
        organizations.append(
            Organization(
                id=org_id,
                name=draw(texts),
                short_name=draw(st.none() | words),
                kind=draw(st.sampled_from(OrganizationKind)),
                country=draw(st.none() | country_codes),
                parent_id=parent,
                aliases=draw(_tuples(texts, 2)),
                evidence=draw(_tuples(evidence(), 2)),
            )
        )
    people = [
        Person(
            id=person_id,
            name=draw(person_names()),
            positions=tuple(
                draw(
                    st.lists(
                        st.builds(
                            Position,
                            title=texts,
                            organization_id=st.none() | st.sampled_from(org_ids),
                            former=st.booleans(),
                        ),
                        max_size=2,
                    )
                )
            ),
            honors=draw(_tuples(texts, 1)),
            evidence=draw(_tuples(evidence(), 2)),
        )
        for person_id in person_ids
    ]
    participation = st.builds(
        Participation,
        person_id=st.sampled_from(person_ids),
        role=st.sampled_from(ParticipantRole),
    )
    events = [
        Event(
            id=event_id,
            name=draw(texts),
            kind=draw(st.sampled_from(EventKind)),
            date=draw(partial_dates()),
            place=draw(st.none() | places),
            parent_id=None if event_id == "main" else "main",
            organizers=tuple(
                draw(
                    st.lists(
                        st.builds(
                            Organizer,
                            organization_id=st.sampled_from(org_ids),
                            role=st.sampled_from(OrganizerRole),
                        ),
                        max_size=3,
                        unique=True,
                    )
                )
            ),
            participants=tuple(
                dict.fromkeys(draw(st.lists(participation, min_size=1, max_size=6)))
            ),
            attendance=draw(st.none() | figures),
            description=draw(st.none() | texts),
            evidence=draw(_tuples(evidence(), 2)),
        )
        for event_id in event_ids
    ]
    mention = st.sampled_from((*org_ids, *initiative_ids, *COUNTRY_CODES))
    speeches = []
    for index in range(draw(st.integers(0, 4))):
        event = draw(st.sampled_from(events))
        speeches.append(
            Speech(
                id=f"speech-{index}",
                event_id=event.id,
                speaker_id=draw(st.sampled_from(event.people())),
                kind=draw(st.sampled_from(SpeechKind)),
                summary=draw(texts),
                points=draw(_tuples(texts)),
                topics=draw(_distinct(slugs)),
                mentions=tuple(draw(st.lists(mention, max_size=3, unique=True))),
                figures=draw(_tuples(figures, 2)),
                evidence=draw(_tuples(evidence(), 2)),
            )
        )
    initiatives = [
        Initiative(
            id=initiative_id,
            name=draw(texts),
            short_name=draw(st.none() | words),
            aliases=draw(_tuples(texts, 2)),
            evidence=draw(_tuples(evidence(), 1)),
        )
        for initiative_id in initiative_ids
    ]
    ranking = draw(rankings(released_at=draw(st.sampled_from(event_ids)), org_ids=org_ids))
    return Edition(
        year=2025,
        number=ranking.edition,
        title=draw(texts),
        sources=(
            Source(
                id=SOURCE_ID,
                title=draw(texts),
                publisher=draw(texts),
                url="https://example.org/release",
                published=draw(partial_dates()),
            ),
        ),
        organizations=tuple(organizations),
        people=tuple(people),
        events=tuple(events),
        speeches=tuple(speeches),
        ranking=ranking,
        initiatives=tuple(initiatives),
        milestones=draw(_tuples(milestones, 2)),
        errata=draw(_tuples(errata, 1)),
    )


def mutate(
    draw: Callable[[st.SearchStrategy[Any]], Any],
    document: Any,
    *,
    junk: st.SearchStrategy[Any],
    keys: st.SearchStrategy[str],
    steps: int,
) -> Any:
    """A copy of plain JSON data with 1 to ``steps`` random replacements, deletions or
    additions (of ``junk`` values, under ``keys`` in objects)."""
    data = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, steps))):
        path = draw(st.sampled_from(json_paths(data)))
        action = draw(st.sampled_from(("replace", "delete", "add")))
        if not path:
            if action == "replace":
                data = draw(junk)
            continue
        parent = json_at(data, path[:-1])
        last = path[-1]
        if action == "replace":
            parent[last] = draw(junk)
        elif action == "delete":
            del parent[last]
        elif isinstance(parent, dict):
            parent[draw(keys)] = draw(junk)
        else:
            parent.insert(last, draw(junk))
    return data


# Every model class with a strategy for it; the round-trip tests run over all of them.
MODEL_STRATEGIES: dict[type, st.SearchStrategy[object]] = {
    PartialDate: partial_dates(),
    Figure: figures,
    PersonName: person_names(),
    Country: countries,
    Place: places,
    Source: sources,
    Evidence: evidence(),
    Erratum: errata,
    Milestone: milestones,
    Story: stories(1),
    Ranking: rankings(),
    Edition: editions(),
    Organization: st.builds(
        Organization,
        id=slugs,
        name=texts,
        short_name=st.none() | texts,
        kind=st.sampled_from(OrganizationKind),
        country=st.none() | country_codes,
        parent_id=st.none() | slugs,
        aliases=_tuples(texts),
        evidence=_tuples(evidence()),
    ),
    Person: st.builds(
        Person,
        id=slugs,
        name=person_names(),
        positions=_tuples(st.builds(Position, title=texts, organization_id=st.none() | slugs)),
        honors=_tuples(texts),
        evidence=_tuples(evidence()),
    ),
    Position: st.builds(
        Position, title=texts, organization_id=st.none() | slugs, former=st.booleans()
    ),
    Organizer: st.builds(Organizer, organization_id=slugs, role=st.sampled_from(OrganizerRole)),
    Participation: st.builds(Participation, person_id=slugs, role=st.sampled_from(ParticipantRole)),
    Initiative: st.builds(Initiative, id=slugs, name=texts, aliases=_tuples(texts)),
    Speech: st.builds(
        Speech,
        id=slugs,
        event_id=slugs,
        speaker_id=slugs,
        kind=st.sampled_from(SpeechKind),
        summary=texts,
        points=_tuples(texts),
        topics=_distinct(slugs),
        mentions=_distinct(slugs),
        figures=_tuples(figures),
        evidence=_tuples(evidence()),
    ),
    Event: st.builds(
        Event,
        id=slugs,
        name=texts,
        kind=st.sampled_from(EventKind),
        date=partial_dates(),
        place=st.none() | places,
        parent_id=st.none() | slugs,
        attendance=st.none() | figures,
    ),
    Designation: st.builds(Designation, term=texts, speech_id=slugs),
    ParticipantGroup: st.builds(
        ParticipantGroup,
        description=texts,
        role=st.sampled_from(ParticipantRole),
        organization_id=st.none() | slugs,
        countries=_sorted_codes(),
    ),
    Series: st.builds(
        Series,
        annual=st.booleans(),
        aims=_tuples(texts),
        fields=_tuples(texts),
        fields_open=st.booleans(),
        standing=st.none() | texts,
        evidence=_tuples(evidence()),
    ),
    Fact: st.builds(
        Fact,
        collection=slugs,
        record=texts,
        about=_distinct(st.sampled_from(("country", "parent_id", "name"))),
        kind=st.just(EvidenceKind.STATED),
        evidence=evidence(),
        source=sources,
    ),
}
