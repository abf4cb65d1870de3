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
from helpers import json_at, json_paths

SOURCE_ID = "release"
COUNTRY_CODES = ("BN", "CN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN")

# Every strategy below is built once, at import: hypothesis validates a strategy the first
# time it draws from it, so a strategy built inside a composite is validated again on every
# draw. That was about 40% of the cost of a generated edition in a profile; references are
# drawn as numbers for the same reason (one strategy for any number of candidates).

# Text that may hold any printable character, Latin diacritics and Asian scripts. Its first
# or second character is a letter or a digit, so it is never blank (and needs no filter that
# throws draws away); not a Hangul filler, a letter that shows nothing.
_ALPHABET = st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S", "Zs"))
_FIRST = st.characters(
    codec="utf-8", categories=("L", "N"), exclude_characters="\u115f\u1160\u3164\uffa0"
)
texts = st.builds(
    lambda lead, first, rest: lead + first + rest,
    st.text(_ALPHABET, max_size=1),
    _FIRST,
    st.text(_ALPHABET, max_size=28),
)
words = st.text(string.ascii_letters + "ạđìơưăếộñçøł", min_size=1, max_size=12)
# Slugs: [a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}, built from words (st.from_regex spends about
# twenty draws on one slug; this about four).
_SLUG_CHARS = string.ascii_lowercase + string.digits
slugs = st.builds(
    lambda first, rest: "-".join((first, *rest)),
    st.text(_SLUG_CHARS, min_size=1, max_size=8),
    st.lists(st.text(_SLUG_CHARS, min_size=1, max_size=6), max_size=2),
)
country_codes = st.sampled_from(COUNTRY_CODES)
small_ints = st.integers(min_value=0, max_value=10**6)

# A reference to one of the records drawn before it: any natural number, taken modulo the
# number of candidates, so one strategy serves every count (and shrinks to the first).
_refs = st.integers(0, 63)
_maybe_refs = st.none() | _refs


def _pick(items: tuple[str, ...], ref: int) -> str:
    return items[ref % len(items)]


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


_dates = partial_dates()
_paragraphs = st.lists(st.integers(0, 40), max_size=3, unique=True).map(
    lambda xs: tuple(sorted(xs))
)


def evidence(source_id: str = SOURCE_ID) -> st.SearchStrategy[Evidence]:
    """Evidence citing ``source_id``."""
    return st.builds(Evidence, source_id=st.just(source_id), paragraphs=_paragraphs)


_evidence = evidence()


def _tuples(strategy: st.SearchStrategy[object], max_size: int = 3) -> st.SearchStrategy[tuple]:  # type: ignore[type-arg]
    return st.lists(strategy, max_size=max_size).map(tuple)


def _distinct(strategy: st.SearchStrategy[Any], max_size: int = 3) -> st.SearchStrategy[tuple]:  # type: ignore[type-arg]
    return st.lists(strategy, max_size=max_size, unique=True).map(tuple)


# Country lists are sorted and hold each code once (the model's rule).
_codes = st.lists(country_codes, max_size=3, unique=True).map(lambda xs: tuple(sorted(xs)))

_cites = _tuples(_evidence, 2)

figures = st.builds(
    Figure,
    measure=texts,
    value=st.one_of(small_ints, st.floats(0, 1e9, allow_nan=False, allow_infinity=False)),
    unit=st.none() | texts,
    qualifier=st.sampled_from(Qualifier),
    subject=st.none() | country_codes,
    as_of=st.none() | _dates,
)

_orders = st.sampled_from(NameOrder)
_suffixes = st.none() | st.sampled_from(("Jr.", "III"))
_single_texts = st.lists(words, min_size=1, max_size=3).map(" ".join)
_single_sort = st.none() | st.just(SortBy.TEXT)
_patronymics = st.none() | words.map(lambda w: f"bin {w}")
_given_sort = st.sampled_from((None, SortBy.GIVEN))
_variants = _tuples(texts, 2)


@st.composite
def person_names(draw: st.DrawFn) -> PersonName:
    """A name in any of the supported shapes."""
    order = draw(_orders)
    given = draw(words)
    family = draw(words)
    suffix = draw(_suffixes)
    if order is NameOrder.SINGLE:
        text = draw(_single_texts)
        return PersonName(text=text, order=order, sort_by=draw(_single_sort))
    if order is NameOrder.FAMILY_FIRST:
        text = f"{family} {given}"
        return PersonName(text=text, given=given, family=family, order=order)
    patronymic = draw(_patronymics)
    has_family = patronymic is None and draw(st.booleans())
    text = " ".join(p for p in (given, family if has_family else patronymic, suffix) if p)
    return PersonName(
        text=text,
        given=given,
        family=family if has_family else None,
        patronymic=patronymic,
        suffix=suffix,
        order=order,
        sort_by=draw(_given_sort),
        variants=draw(_variants),
    )


_person_names = person_names()

countries = st.builds(
    Country,
    code=country_codes,
    code3=st.from_regex(r"[A-Z]{3}", fullmatch=True),
    name=texts,
    official_name=texts,
    aliases=_tuples(texts),
    asean_joined=st.none() | _dates,
)
places = st.builds(Place, city=texts, region=st.none() | texts, country=country_codes)
sources = st.builds(
    Source,
    id=slugs,
    title=texts,
    publisher=texts,
    url=slugs.map(lambda s: f"https://example.org/{s}"),
    published=_dates,
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
    date=_dates,
    title=texts,
    countries=_codes,
    evidence=_tuples(_evidence),
)


@st.composite
def _story_spans(draw: st.DrawFn) -> tuple[PartialDate | None, PartialDate | None]:
    start = draw(st.none() | _dates)
    if start is not None and draw(st.booleans()):
        return start, PartialDate.from_date(start.latest)
    return start, None


_story_fields: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
    {
        "title": texts,
        "summary": st.none() | texts,
        "span": _story_spans(),
        "countries": _codes,
        "evidence": _tuples(_evidence),
    }
)


def _story(position: int, fields: dict[str, Any]) -> Story:
    start, end = fields["span"]
    rest = {key: value for key, value in fields.items() if key != "span"}
    return Story(position=position, date=start, end_date=end, **rest)


def stories(position: int) -> st.SearchStrategy[Story]:
    """A story at ``position``, with a valid date span if any."""
    return _story_fields.map(lambda fields: _story(position, fields))


_ranking_fields: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
    {
        "id": slugs,
        "title": texts,
        "edition": st.integers(1, 20),
        "size": st.integers(1, 10),
        # At most five stories known: a ranking's document, and the tests that mutate it
        # at every path, grow with each story; the bundled ranking knows one of ten.
        "positions": st.sets(st.integers(1, 10), max_size=5),
        "selected_by": st.lists(_refs, max_size=2),
        "dimensions": _tuples(texts),
    }
)


@st.composite
def rankings(draw: st.DrawFn, released_at: str = "main", org_ids: tuple[str, ...] = ()) -> Ranking:
    """A ranking with distinct positions in order, possibly incomplete."""
    fields = draw(_ranking_fields)
    size = fields["size"]
    positions = sorted(p for p in fields["positions"] if p <= size)
    selected = (
        tuple(dict.fromkeys(_pick(org_ids, r) for r in fields["selected_by"])) if org_ids else ()
    )
    return Ranking(
        id=fields["id"],
        title=fields["title"],
        year=2025,
        edition=fields["edition"],
        size=size,
        released_at=released_at,
        selected_by=selected,
        dimensions=fields["dimensions"],
        stories=tuple(_story(p, draw(_story_fields)) for p in positions),
    )


def _ids(prefix: str, count: int) -> tuple[str, ...]:
    return tuple(f"{prefix}-{i}" for i in range(count))


_organization_fields: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
    {
        "name": texts,
        "short_name": st.none() | words,
        "kind": st.sampled_from(OrganizationKind),
        "country": st.none() | country_codes,
        "aliases": _tuples(texts, 2),
        "evidence": _cites,
    }
)
_position_fields = st.lists(st.tuples(texts, _maybe_refs, st.booleans()), max_size=2)
_person_fields: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
    {
        "name": _person_names,
        "positions": _position_fields,
        "honors": _tuples(texts, 1),
        "evidence": _cites,
    }
)
_event_fields: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
    {
        "name": texts,
        "kind": st.sampled_from(EventKind),
        "date": _dates,
        "place": st.none() | places,
        "organizers": st.lists(
            st.tuples(_refs, st.sampled_from(OrganizerRole)), max_size=3, unique=True
        ),
        "participants": st.lists(
            st.tuples(_refs, st.sampled_from(ParticipantRole)), min_size=1, max_size=6
        ),
        "attendance": st.none() | figures,
        "description": st.none() | texts,
        "evidence": _cites,
    }
)
_speech_fields: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
    {
        "event": _refs,
        "speaker": _refs,
        "kind": st.sampled_from(SpeechKind),
        "summary": texts,
        "points": _tuples(texts),
        "topics": _distinct(slugs),
        "mentions": st.lists(_refs, max_size=3),
        "figures": _tuples(figures, 2),
        "evidence": _cites,
    }
)
_initiative_fields: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
    {
        "name": texts,
        "short_name": st.none() | words,
        "aliases": _tuples(texts, 2),
        "evidence": _tuples(_evidence, 1),
    }
)
_edition_fields: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
    {
        "orgs": st.integers(1, 5),
        "initiatives": st.integers(0, 2),
        "parts": st.integers(0, 3),
        "speeches": st.integers(0, 4),
        "title": texts,
        "source_title": texts,
        "publisher": texts,
        "published": _dates,
        "released_at": _refs,
        "milestones": _tuples(milestones, 2),
        "errata": _tuples(errata, 1),
    }
)


@st.composite
def editions(draw: st.DrawFn, max_people: int = 6) -> Edition:
    """A valid edition: unique ids, references that resolve, one main event."""
    top = draw(_edition_fields)
    org_ids = _ids("org", top["orgs"])
    person_ids = _ids("person", draw(st.integers(1, max_people)))
    initiative_ids = _ids("initiative", top["initiatives"])
    event_ids = ("main", *_ids("part", top["parts"]))
    organizations = []
    for index, org_id in enumerate(org_ids):
        parent = draw(_maybe_refs) if index else None
        organizations.append(
            Organization(
                id=org_id,
                parent_id=None if parent is None else _pick(org_ids[:index], parent),
                **draw(_organization_fields),
            )
        )
    people = []
    for person_id in person_ids:
        fields = dict(draw(_person_fields))
        positions = tuple(
            Position(
                title=title,
                organization_id=None if org is None else _pick(org_ids, org),
                former=former,
            )
            for title, org, former in fields.pop("positions")
        )
        people.append(Person(id=person_id, positions=positions, **fields))
    events = []
    for event_id in event_ids:
        fields = dict(draw(_event_fields))
        organizers = tuple(
            dict.fromkeys(
                Organizer(organization_id=_pick(org_ids, org), role=role)
                for org, role in fields.pop("organizers")
            )
        )
        participants = tuple(
            dict.fromkeys(
                Participation(person_id=_pick(person_ids, person), role=role)
                for person, role in fields.pop("participants")
            )
        )
        events.append(
            Event(
                id=event_id,
                parent_id=None if event_id == "main" else "main",
                organizers=organizers,
                participants=participants,
                **fields,
            )
        )
    mentionable = (*org_ids, *initiative_ids, *COUNTRY_CODES)
    speeches = []
    for index in range(top["speeches"]):
        fields = dict(draw(_speech_fields))
        event = events[fields.pop("event") % len(events)]
        speakers = event.people()
        speeches.append(
            Speech(
                id=f"speech-{index}",
                event_id=event.id,
                speaker_id=speakers[fields.pop("speaker") % len(speakers)],
                mentions=tuple(
                    dict.fromkeys(_pick(mentionable, m) for m in fields.pop("mentions"))
                ),
                **fields,
            )
        )
    initiatives = [
        Initiative(id=initiative_id, **draw(_initiative_fields)) for initiative_id in initiative_ids
    ]
    ranking = draw(rankings(released_at=_pick(event_ids, top["released_at"]), org_ids=org_ids))
    return Edition(
        year=2025,
        number=ranking.edition,
        title=top["title"],
        sources=(
            Source(
                id=SOURCE_ID,
                title=top["source_title"],
                publisher=top["publisher"],
                url="https://example.org/release",
                published=top["published"],
            ),
        ),
        organizations=tuple(organizations),
        people=tuple(people),
        events=tuple(events),
        speeches=tuple(speeches),
        ranking=ranking,
        initiatives=tuple(initiatives),
        milestones=top["milestones"],
        errata=top["errata"],
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
    additions (of ``junk`` values, under ``keys`` in objects).

    Each junk value is copied before it goes in: a later step may change it in place, and
    a value of ``st.just([])`` is the same list every time it is drawn."""
    data = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, steps))):
        path = draw(st.sampled_from(json_paths(data)))
        action = draw(st.sampled_from(("replace", "delete", "add")))
        if not path:
            if action == "replace":
                data = copy.deepcopy(draw(junk))
            continue
        parent = json_at(data, path[:-1])
        last = path[-1]
        if action == "replace":
            parent[last] = copy.deepcopy(draw(junk))
        elif action == "delete":
            del parent[last]
        elif isinstance(parent, dict):
            parent[draw(keys)] = copy.deepcopy(draw(junk))
        else:
            parent.insert(last, copy.deepcopy(draw(junk)))
    return data


# Every model class with a strategy for it; the round-trip tests run over all of them.
MODEL_STRATEGIES: dict[type, st.SearchStrategy[object]] = {
    PartialDate: _dates,
    Figure: figures,
    PersonName: _person_names,
    Country: countries,
    Place: places,
    Source: sources,
    Evidence: _evidence,
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
        evidence=_tuples(_evidence),
    ),
    Person: st.builds(
        Person,
        id=slugs,
        name=_person_names,
        positions=_tuples(st.builds(Position, title=texts, organization_id=st.none() | slugs)),
        honors=_tuples(texts),
        evidence=_tuples(_evidence),
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
        evidence=_tuples(_evidence),
    ),
    Event: st.builds(
        Event,
        id=slugs,
        name=texts,
        kind=st.sampled_from(EventKind),
        date=_dates,
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
        countries=_codes,
    ),
    Series: st.builds(
        Series,
        annual=st.booleans(),
        aims=_tuples(texts),
        fields=_tuples(texts),
        fields_open=st.booleans(),
        standing=st.none() | texts,
        evidence=_cites,
    ),
    Fact: st.builds(
        Fact,
        collection=slugs,
        record=texts,
        about=_distinct(st.sampled_from(("country", "parent_id", "name"))),
        kind=st.just(EvidenceKind.STATED),
        evidence=_evidence,
        source=sources,
    ),
}
