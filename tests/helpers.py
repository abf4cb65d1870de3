"""Small hand-built records shared by tests that need a known, tiny edition."""

from __future__ import annotations

import copy
from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

import attrs
import pytest

from asean_coop import (
    Edition,
    Event,
    EventKind,
    Evidence,
    Figure,
    NameOrder,
    Organization,
    OrganizationKind,
    PartialDate,
    ParticipantRole,
    Participation,
    Person,
    PersonName,
    Place,
    Position,
    Qualifier,
    Ranking,
    Source,
    Speech,
    SpeechKind,
    Story,
    load_edition,
)

T = TypeVar("T")


def tiny_edition(**changes: Any) -> Edition:
    """A valid two-person edition; keyword arguments replace its fields."""
    cite = (Evidence(source_id="release", paragraphs=(1,)),)
    fields: dict[str, Any] = {
        "year": 2025,
        "number": 6,
        "title": "Top 10 News Stories on China-ASEAN Cooperation 2025",
        "sources": (
            Source(
                id="release",
                title="Release",
                publisher="Publisher",
                url="https://example.org/release",
                published=PartialDate(year=2026, month=1, day=27),
            ),
        ),
        "organizations": (
            Organization(
                id="cicg",
                name="China International Communications Group",
                short_name="CICG",
                kind=OrganizationKind.MEDIA,
                country="CN",
                evidence=cite,
            ),
            Organization(
                id="cicg-asia-pacific",
                name="CICG Center for Asia-Pacific",
                kind=OrganizationKind.MEDIA,
                country="CN",
                parent_id="cicg",
                evidence=cite,
            ),
        ),
        "people": (
            Person(
                id="yu-yunquan",
                name=PersonName(
                    text="Yu Yunquan", family="Yu", given="Yunquan", order=NameOrder.FAMILY_FIRST
                ),
                positions=(Position(title="vice president", organization_id="cicg"),),
                evidence=cite,
            ),
            Person(
                id="yin-myo-khine",
                name=PersonName(text="Yin Myo Khine", order=NameOrder.SINGLE),
                positions=(Position(title="Consul General"),),
                evidence=cite,
            ),
        ),
        "events": (
            Event(
                id="ceremony",
                name="Release ceremony",
                kind=EventKind.CEREMONY,
                date=PartialDate(year=2026, month=1, day=15),
                place=Place(city="Nanning", region="Guangxi", country="CN"),
                participants=(
                    Participation(person_id="yu-yunquan", role=ParticipantRole.SPEAKER),
                    Participation(person_id="yin-myo-khine", role=ParticipantRole.ATTENDEE),
                ),
                attendance=Figure(measure="attendees", value=300, qualifier=Qualifier.MORE_THAN),
                evidence=cite,
            ),
            Event(
                id="release",
                name="Release of the list",
                kind=EventKind.RELEASE,
                date=PartialDate(year=2026, month=1, day=15),
                parent_id="ceremony",
            ),
        ),
        "speeches": (
            Speech(
                id="yu-yunquan-address",
                event_id="ceremony",
                speaker_id="yu-yunquan",
                kind=SpeechKind.ADDRESS,
                summary="Partnership and media cooperation.",
                mentions=("cicg", "KH"),
                evidence=cite,
            ),
        ),
        "ranking": Ranking(
            id="top10-2025",
            title="Top 10 News Stories on China-ASEAN Cooperation 2025",
            year=2025,
            edition=6,
            size=10,
            released_at="release",
            selected_by=("cicg-asia-pacific",),
            stories=(Story(position=1, title="A visit", date=PartialDate(year=2025, month=4)),),
        ),
    }
    fields.update(changes)
    return Edition(**fields)


def json_paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path into plain JSON data: the keys and indexes leading to each value."""
    out = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            out.extend(json_paths(item, (*prefix, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out.extend(json_paths(item, (*prefix, index)))
    return out


def json_at(data: Any, path: tuple[Any, ...]) -> Any:
    """The value at ``path`` (as :func:`json_paths` gives it) in plain JSON data."""
    for step in path:
        data = data[step]
    return data


def mutations_at_every_path(
    document: Any,
    junk_values: Sequence[Any],
    *,
    extra_keys: Sequence[str] = ("unexpected",),
    extra_value: Any = 1,
    max_depth: int | None = None,
) -> Iterator[tuple[str, Any]]:
    """(label, document) for each value replaced by each junk value, each value deleted,
    and each of ``extra_keys`` added to each object (with ``extra_value``); only at paths of
    at most ``max_depth`` steps, if given."""
    paths = [p for p in json_paths(document) if max_depth is None or len(p) <= max_depth]
    for path in paths:
        if not path:
            continue
        for junk in [*junk_values, "deleted"]:
            data = copy.deepcopy(document)
            parent = json_at(data, path[:-1])
            if junk == "deleted":
                del parent[path[-1]]
            else:
                parent[path[-1]] = copy.deepcopy(junk)
            yield f"{path}={junk!r}", data
    for path in paths:
        if isinstance(json_at(document, path), dict):
            for key in extra_keys:
                data = copy.deepcopy(document)
                json_at(data, path)[key] = extra_value
                yield f"{path}+{key}", data


def with_codes_the_library_lacks() -> tuple[Edition, dict[str, str]]:
    """The 2025 edition with a code the library's country table lacks in each field that
    names a country, and which code went where (``Class.field``: code)."""
    edition = load_edition(2025)
    codes = {
        "Organization.country": "FR",
        "Place.country": "DE",
        "Event.attendance_from": "GB",
        "ParticipantGroup.countries": "US",
        "Initiative.countries": "JP",
        "Initiative.parties": "KR",
        "Figure.subject": "IN",
        "Speech.mentions": "AU",
        "Milestone.countries": "NZ",
        "Story.countries": "BR",
    }

    def more(held: tuple[str, ...], fact: str) -> tuple[str, ...]:
        return tuple(sorted({*held, codes[fact]}))

    org, *orgs = edition.organizations
    event, *events = edition.events
    assert event.place is not None
    grouped = next(i for i, e in enumerate(events) if e.groups)
    group = events[grouped].groups[0]
    events[grouped] = attrs.evolve(
        events[grouped],
        groups=(
            attrs.evolve(group, countries=more(group.countries, "ParticipantGroup.countries")),
            *events[grouped].groups[1:],
        ),
    )
    initiative, *initiatives = edition.initiatives
    speeches = list(edition.speeches)
    spoken = next(i for i, s in enumerate(speeches) if s.figures)
    speech = speeches[spoken]
    speeches[spoken] = attrs.evolve(
        speech,
        mentions=(*speech.mentions, codes["Speech.mentions"]),
        figures=(
            attrs.evolve(speech.figures[0], subject=codes["Figure.subject"]),
            *speech.figures[1:],
        ),
    )
    milestone, *milestones = edition.milestones
    story, *stories = edition.ranking.stories
    changed = attrs.evolve(
        edition,
        organizations=(attrs.evolve(org, country=codes["Organization.country"]), *orgs),
        events=(
            attrs.evolve(
                event,
                place=attrs.evolve(event.place, country=codes["Place.country"]),
                attendance_from=(*event.attendance_from, codes["Event.attendance_from"]),
            ),
            *events,
        ),
        initiatives=(
            attrs.evolve(
                initiative,
                countries=more(initiative.countries, "Initiative.countries"),
                parties=more(initiative.parties, "Initiative.parties"),
            ),
            *initiatives,
        ),
        speeches=tuple(speeches),
        milestones=(
            attrs.evolve(milestone, countries=more(milestone.countries, "Milestone.countries")),
            *milestones,
        ),
        ranking=attrs.evolve(
            edition.ranking,
            stories=(
                attrs.evolve(story, countries=more(story.countries, "Story.countries")),
                *stories,
            ),
        ),
    )
    return changed, codes


def instances_in(value: Any, cls: type[T]) -> list[T]:
    """Every instance of ``cls`` anywhere in ``value``, found by walking the fields of its
    records and the items of its tuples, in order."""
    if isinstance(value, cls):
        return [value]
    if isinstance(value, tuple):
        return [item for part in value for item in instances_in(part, cls)]
    if attrs.has(type(value)):
        parts = (getattr(value, f.name) for f in attrs.fields(type(value)))
        return [item for part in parts for item in instances_in(part, cls)]
    return []


def with_main_event_on_another_date(monkeypatch: pytest.MonkeyPatch) -> tuple[Edition, str]:
    """The 2025 edition, with ``Edition.main_event`` answering an event dated 2024-12
    (not the date of any event the edition lists): which event is the main one is the
    edition's to say. Returns the edition and that date, as ISO text."""
    edition = load_edition(2025)
    other = attrs.evolve(edition.main_event, date=PartialDate(year=2024, month=12))
    monkeypatch.setattr(Edition, "main_event", property(lambda self: other))
    return edition, other.date.isoformat()
