"""The model: immutability, local invariants and whole-edition checks."""

from __future__ import annotations

import enum
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import asean_coop
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
    PersonName,
    Position,
    Qualifier,
    Ranking,
    SortBy,
    Speech,
    SpeechKind,
    Story,
    ValidationError,
)
from asean_coop.model._integrity import _all_clear, _Checker
from helpers import tiny_edition
from strategies import MODEL_STRATEGIES, editions

MODEL_CLASSES = sorted(
    (getattr(asean_coop, n) for n in asean_coop.__all__ if attrs.has(getattr(asean_coop, n))),
    key=lambda c: c.__name__,
)
# What a query answers with, not records of the data: a problem, a search hit, a view.
RESULTS = {asean_coop.Problem, asean_coop.SearchHit, asean_coop.View}


def test_every_model_class_has_a_strategy() -> None:
    assert set(MODEL_CLASSES) - RESULTS == set(MODEL_STRATEGIES)


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
def test_classes_are_frozen_slotted_keyword_only(cls: type) -> None:
    assert "__slots__" in cls.__dict__
    if cls in RESULTS:
        return
    for field in attrs.fields(cls):
        if field.init:
            assert field.kw_only, f"{cls.__name__}.{field.name} is positional"
        origin = getattr(field.type, "__origin__", None)
        assert origin not in (list, set, dict, frozenset) or not field.init


@pytest.mark.parametrize("cls", list(MODEL_STRATEGIES), ids=lambda c: c.__name__)
def test_instances_are_immutable_and_hashable(cls: type) -> None:
    @given(MODEL_STRATEGIES[cls])
    def check(value: Any) -> None:
        field = attrs.fields(type(value))[0]
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(value, field.name, getattr(value, field.name))
        copy = attrs.evolve(value)
        assert copy is not value
        assert copy == value
        assert hash(copy) == hash(value)
        assert {value: 1}[copy] == 1

    check()


# A partial date has an equality of its own (with days too; see test_dates).
@pytest.mark.parametrize(
    "cls", [c for c in MODEL_CLASSES if c is not PartialDate], ids=lambda c: c.__name__
)
def test_equality_and_hash_read_every_field(cls: type) -> None:
    # Built without validation, each field holding its own name: records equal in every
    # field are equal and hash alike; a change to any one field makes them unequal.
    def make(**changed: str) -> Any:
        record: Any = object.__new__(cls)
        for field in attrs.fields(cls):
            object.__setattr__(record, field.name, changed.get(field.name, field.name))
        return record

    record = make()
    assert record == make()
    assert hash(record) == hash(make())
    assert record.__eq__(object()) is NotImplemented
    for field in attrs.fields(cls):
        changed = make(**{field.name: field.name + "'"})
        assert record != changed, field.name


def test_enums_are_string_valued() -> None:
    enums = [
        getattr(asean_coop, n)
        for n in asean_coop.__all__
        if isinstance(getattr(asean_coop, n), type)
        and issubclass(getattr(asean_coop, n), enum.Enum)
    ]
    assert len(enums) == 11
    for cls in enums:
        assert all(isinstance(m.value, str) and m.value == m.value.lower() for m in cls)


def test_qualifiers_are_distinct_facts() -> None:
    assert [q.value for q in Qualifier] == [
        "exact",
        "about",
        "nearly",
        "more_than",
        "at_least",
        "over",
    ]
    nearly = Figure(measure="passenger trips", value=20_000_000, qualifier=Qualifier.NEARLY)
    over = Figure(measure="passenger trips", value=20_000_000, qualifier=Qualifier.OVER)
    assert nearly != over
    assert nearly.describe() == "nearly 20,000,000 passenger trips"
    freight = Figure(measure="freight", value=24_000_000, unit="tons", qualifier=Qualifier.OVER)
    assert freight.describe() == "over 24,000,000 tons of freight"


@pytest.mark.parametrize("value", [float("nan"), float("inf"), True, "3"])
def test_figure_value_must_be_a_finite_number(value: object) -> None:
    with pytest.raises(ValidationError, match="value"):
        Figure(measure="x", value=value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"text": "Pham Duy Binh", "order": NameOrder.FAMILY_FIRST}, "needs a family name"),
        ({"text": "Yin Myo Khine", "given": "Yin", "order": NameOrder.SINGLE}, "single name"),
        ({"text": "A", "order": NameOrder.SINGLE, "sort_by": SortBy.GIVEN}, "needs a given name"),
        ({"text": "A", "order": NameOrder.SINGLE, "sort_by": SortBy.FAMILY}, "needs a family"),
        ({"text": "  ", "order": NameOrder.SINGLE}, "has no visible character"),
    ],
)
def test_person_name_invariants(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        PersonName(**kwargs)  # type: ignore[arg-type]


def test_person_name_sorting_follows_the_hand_set_data() -> None:
    vietnamese = PersonName(
        text="Phạm Duy Bình", family="Phạm", given="Duy Bình", order=NameOrder.FAMILY_FIRST
    )
    thai = PersonName(
        text="Wirun Phichaiwongphakdee",
        given="Wirun",
        family="Phichaiwongphakdee",
        order=NameOrder.GIVEN_FIRST,
        sort_by=SortBy.GIVEN,
    )
    filipino = PersonName(
        text="Lucio Blanco Pitlo III",
        given="Lucio Blanco",
        family="Pitlo",
        suffix="III",
        order=NameOrder.GIVEN_FIRST,
    )
    burmese = PersonName(text="Yin Myo Khine", order=NameOrder.SINGLE)
    assert vietnamese.sort_key == ("pham", "duy binh", "")
    assert thai.sort_key == ("wirun", "phichaiwongphakdee", "")
    assert filipino.sort_key == ("pitlo", "lucio blanco", "iii")
    assert burmese.sort_key == ("yin myo khine",)
    assert filipino.indexed == "Pitlo, Lucio Blanco, III"
    assert thai.indexed == "Wirun Phichaiwongphakdee"
    assert str(burmese) == "Yin Myo Khine"


def test_ranking_invariants_report_every_problem() -> None:
    with pytest.raises(ValidationError) as info:
        Ranking(
            id="r",
            title="T",
            year=2025,
            edition=6,
            size=3,
            released_at="e",
            stories=(
                Story(position=2, title="a"),
                Story(position=2, title="b"),
                Story(position=1, title="c"),
                Story(position=4, title="d"),
            ),
        )
    assert [str(p) for p in info.value.problems] == [
        "stories[1].position: position 2 appears twice",
        "stories[2].position: 1 comes after 2: stories must be in position order",
        "stories[3].position: 4 is outside 1..3",
    ]


def test_ranking_is_a_partial_sequence() -> None:
    ranking = tiny_edition().ranking
    assert len(ranking) == 1
    assert not ranking.complete
    assert ranking.missing_positions == (2, 3, 4, 5, 6, 7, 8, 9, 10)
    assert ranking[1].title == "A visit"
    assert [s.position for s in ranking.stories] == [1]
    with pytest.raises(LookupError, match=r"no story is known at position 2 of 10 \(known: 1\)"):
        ranking[2]


def test_story_end_date_needs_a_start_before_it() -> None:
    with pytest.raises(ValidationError, match="end_date 2025-04 ends before date 2025-05 begins"):
        Story(
            position=1,
            title="x",
            date=PartialDate(year=2025, month=5),
            end_date=PartialDate(year=2025, month=4),
        )
    with pytest.raises(ValidationError, match="end_date needs a date"):
        Story(position=1, title="x", end_date=PartialDate(year=2025))
    # A span known to the year may end in the year it began in a known month.
    story = Story(
        position=1, title="x", date=PartialDate(year=2025, month=4), end_date=PartialDate(year=2025)
    )
    assert story.end_date == PartialDate(year=2025)


def test_evidence_paragraphs_ascending() -> None:
    with pytest.raises(ValidationError, match="ascending"):
        Evidence(source_id="release", paragraphs=(3, 2))
    with pytest.raises(ValidationError, match="not a valid id"):
        Evidence(source_id="Release Notes")


@pytest.mark.parametrize("bad", ["Yu Yunquan", "yu--yunquan", "-yu", "", "ÿu"])
def test_ids_are_slugs(bad: str) -> None:
    with pytest.raises(ValidationError, match="is not a valid id"):
        Organization(id=bad, name="X", kind=OrganizationKind.OTHER)


def test_country_codes_are_checked() -> None:
    with pytest.raises(ValidationError, match="alpha-2"):
        Organization(id="x", name="X", kind=OrganizationKind.OTHER, country="CHN")


def test_edition_main_event_and_repr() -> None:
    edition = tiny_edition()
    assert edition.main_event.id == "ceremony"
    assert [e.id for e in edition.events] == ["ceremony", "release"]
    assert repr(edition) == (
        "<Edition 2025 #6: 2 people, 2 organizations, 2 events, 1 speeches, ranking 1/10>"
    )
    assert edition.events[0].people(ParticipantRole.SPEAKER) == ("yu-yunquan",)


def test_edition_reports_every_problem_with_its_path() -> None:
    base = tiny_edition()
    orphan = Event(
        id="ceremony",
        name="Duplicate",
        kind=EventKind.OTHER,
        date=PartialDate(year=2026),
        parent_id="nowhere",
        participants=(Participation(person_id="nobody", role=ParticipantRole.ATTENDEE),),
        evidence=(Evidence(source_id="unknown-source"),),
    )
    speech = Speech(
        id="s",
        event_id="release",
        speaker_id="yu-yunquan",
        kind=SpeechKind.REMARKS,
        summary="x",
        mentions=("nothing",),
    )
    person = attrs.evolve(
        base.people[0], positions=(Position(title="x", organization_id="no-org"),)
    )
    with pytest.raises(ValidationError) as info:
        tiny_edition(
            events=(*base.events, orphan),
            speeches=(*base.speeches, speech),
            people=(person, base.people[1]),
        )
    assert [str(p) for p in info.value.problems] == [
        "events[2].id: 'ceremony' is already the id of events[0]",
        "people[0].positions[0].organization_id: 'no-org' is not the id of an organization",
        "events[2].parent_id: 'nowhere' is not the id of an event",
        "events[2].participants[0].person_id: 'nobody' is not the id of a person",
        "events[2].evidence[0].source_id: 'unknown-source' is not the id of a source",
        "speeches[1].mentions[0]: 'nothing' is not the id of an organization or an "
        "initiative, nor an alpha-2 country code",
        "speeches[1].speaker_id: 'yu-yunquan' has no participation in event 'release'",
    ]


def test_edition_needs_exactly_one_main_event() -> None:
    base = tiny_edition()
    second_root = attrs.evolve(base.events[1], parent_id=None)
    with pytest.raises(
        ValidationError, match=r"exactly one main event .* found 'ceremony', 'release'"
    ):
        tiny_edition(events=(base.events[0], second_root))


def test_edition_rejects_cycles_and_year_mismatch() -> None:
    base = tiny_edition()
    looped = (
        attrs.evolve(base.organizations[0], parent_id="cicg-asia-pacific"),
        base.organizations[1],
    )
    with pytest.raises(ValidationError) as info:
        tiny_edition(organizations=looped, ranking=attrs.evolve(base.ranking, year=2024))
    assert [str(p) for p in info.value.problems] == [
        "organizations[0].parent_id: 'cicg' is its own ancestor",
        "organizations[1].parent_id: 'cicg-asia-pacific' is its own ancestor",
        "ranking.year: 2024 differs from the edition's year 2025",
    ]


# --- the whole-edition check: the bulk test clears only what the walk finds clear --------


def _records_by_class(values: dict[str, Any]) -> dict[type, list[Any]]:
    """Every record the values of an edition hold, by class (as the decoders hand them)."""
    found: dict[type, list[Any]] = {}
    stack: list[Any] = list(reversed(values.values()))
    while stack:
        value = stack.pop()
        if isinstance(value, tuple):
            stack.extend(reversed(value))
        elif attrs.has(type(value)) and not isinstance(value, asean_coop.PartialDate):
            found.setdefault(type(value), []).append(value)
            stack.extend(getattr(value, a.name) for a in reversed(attrs.fields(type(value))))
    return found


def _broken(edition: Edition, choice: int, target: str) -> dict[str, Any]:
    """The edition's values with one reference (or parent) pointed at ``target``."""
    values = {a.name: getattr(edition, a.name) for a in attrs.fields(Edition) if a.init}
    kind = ("speeches", "events", "organizations", "people")[choice % 4]
    records = list(values[kind])
    if not records:
        return values
    record = records[choice % len(records)]
    if kind == "speeches":
        record = attrs.evolve(record, speaker_id=target)
    elif kind == "people":
        positions = [attrs.evolve(p, organization_id=target) for p in record.positions]
        record = attrs.evolve(record, positions=tuple(positions))
    else:  # a parent: possibly the record itself, or a record of its own kind
        record = attrs.evolve(record, parent_id=record.id if target == "self" else target)
    records[choice % len(records)] = record
    values[kind] = tuple(records)
    return values


@given(editions(max_people=4), st.integers(0, 50), st.sampled_from(["nope", "self", "main"]))
def test_the_bulk_check_clears_only_what_the_walk_finds_clear(
    edition: Edition, choice: int, target: str
) -> None:
    values = _broken(edition, choice, target)
    walked = _Checker(Edition, values, {}, frozenset()).run()
    assert _all_clear(Edition, values) == (not walked)
    records = _records_by_class(values)
    assert _all_clear(Edition, values, records) == (not walked)
