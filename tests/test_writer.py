"""``dumps`` writes JSON straight from the records: exactly what it wrote through the dict.

``dumps(obj)`` used to be ``json.dumps(to_dict(obj), ...)``; it now writes the text with
functions generated from the attrs classes (:mod:`asean_coop.codec._writer`), and hands
anything unusual to that same dict path. Whatever the record holds, the text (or the
exception) must be what the dict path gives: these tests compare the two on the bundled
edition, generated records of every class, awkward strings and numbers, values of the
wrong type (records built with validators disabled), and classes the writer does not
write itself.
"""

from __future__ import annotations

import copy
import enum
import json
import math
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

import asean_coop
from asean_coop import (
    Edition,
    Event,
    EventKind,
    Evidence,
    EvidenceKind,
    Figure,
    NameOrder,
    Organization,
    OrganizationKind,
    PartialDate,
    Person,
    PersonName,
    Position,
    Qualifier,
    Ranking,
    Series,
    Source,
    SourceKind,
    SpeechKind,
    dumps,
    to_dict,
)
from asean_coop.codec._writer import write
from helpers import tiny_edition
from strategies import MODEL_STRATEGIES, editions

# A handful of records per class (more in the ci profile): the generated classes' own
# strategies are shared with the rest of the suite, so this stays cheap.
EXAMPLES = max(3, settings().max_examples // 4)

RECORD_STRATEGIES = {
    cls: s for cls, s in MODEL_STRATEGIES.items() if cls not in (PartialDate, Edition)
}

AWKWARD_STRINGS = [
    "",
    "\x00\x01\x08\x0b\x1f\x7f\x9f",
    "\t\n\r",
    '"quoted" and \\back\\slashed\\',
    "\\u0041 is not A",
    "lone \ud800 and \udfff surrogates",
    "Hà Nội, 河内, ທ່ານ, ព្រះរាជាណាចក្រ, 🇻🇳",
    "line\u2028and paragraph\u2029separators",
    "</script><!--",
    "\ufeffbyte order mark",
]

NUMBERS: list[int | float] = [
    0,
    -0.0,
    0.1,
    1.0,
    1e300,
    -1e-300,
    5e-324,
    1e16,
    2.5e-7,
    123456789.125,
    2**53 + 1,
    10**30,
    -(10**100),
]


def reference(obj: Any) -> str:
    """What ``dumps`` wrote before it wrote the text itself."""
    return json.dumps(to_dict(obj), ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def outcome(write: Any, obj: Any) -> tuple[str, str]:
    """The text ``write(obj)`` gives, or the type and message of what it raises."""
    try:
        return "text", write(obj)
    except Exception as exc:  # noqa: BLE001 - the two paths must raise alike
        return type(exc).__name__, str(exc)


def same_as_reference(obj: Any) -> None:
    assert outcome(dumps, obj) == outcome(reference, obj)


def holding(record: Any, **values: Any) -> Any:
    """A copy of ``record`` holding ``values``, set past its validators and its checks."""
    made = copy.copy(record)
    for name, value in values.items():
        object.__setattr__(made, name, value)
    return made


def test_the_bundled_edition() -> None:
    edition = asean_coop.load_edition(2025)
    text = dumps(edition)
    assert text == reference(edition)
    assert text.startswith('{"schema_version":1,"year":2025,')
    assert write(edition, {"schema_version": 1}) == text  # written, not handed to the dict


def test_the_first_keys_go_first_even_with_nothing_after_them() -> None:
    head = {"schema_version": 1}
    assert write(Series(), head) == '{"schema_version":1}'
    assert write(Series(annual=True), head) == '{"schema_version":1,"annual":true}'
    assert write(Series(), {}) == "{}"


def test_an_edition_with_nothing_optional_set() -> None:
    edition = Edition(
        year=2025,
        number=1,
        title="T",
        sources=(),
        organizations=(Organization(id="o", name="O", kind=OrganizationKind.MEDIA),),
        people=(Person(id="p", name=PersonName(text="P", order=NameOrder.SINGLE), positions=()),),
        events=(Event(id="e", name="E", kind=EventKind.CEREMONY, date=PartialDate(year=2025)),),
        speeches=(),
        ranking=Ranking(id="r", title="R", year=2025, edition=1, size=1, released_at="e"),
    )
    assert dumps(edition) == reference(edition)
    assert '"initiatives"' not in dumps(edition)


@pytest.mark.parametrize("cls", list(RECORD_STRATEGIES), ids=lambda c: c.__name__)
def test_generated_records(cls: type) -> None:
    @settings(max_examples=EXAMPLES)
    @given(RECORD_STRATEGIES[cls])
    def check(record: Any) -> None:
        assert write(record, {}) == dumps(record) == reference(record)

    check()


@settings(max_examples=EXAMPLES)
@given(editions(max_people=3))
def test_generated_editions(edition: Edition) -> None:
    assert write(edition, {"schema_version": 1}) == dumps(edition) == reference(edition)


def _string_fields(record: Any) -> list[str]:
    return [a.name for a in attrs.fields(type(record)) if isinstance(getattr(record, a.name), str)]


@pytest.mark.parametrize("text", AWKWARD_STRINGS, ids=ascii)
def test_awkward_strings_in_every_string_field(text: str) -> None:
    edition = tiny_edition()
    records: list[Any] = [
        edition,
        *edition.sources,
        *edition.organizations,
        *edition.people,
        edition.people[0].name,
        edition.people[0].positions[0],
        edition.organizations[0].evidence[0],
        *edition.events,
        *edition.events[0].participants,
        *edition.speeches,
        edition.ranking,
        *edition.ranking.stories,
    ]
    for record in records:
        for name in _string_fields(record):
            same_as_reference(holding(record, **{name: text}))
    same_as_reference(holding(edition, title=text))
    speech = edition.speeches[0]
    same_as_reference(holding(speech, mentions=(text,), points=(text, text, text)))
    same_as_reference(holding(edition, speeches=(holding(speech, summary=text),)))


@pytest.mark.parametrize("value", NUMBERS, ids=repr)
def test_numbers(value: float) -> None:
    figure = Figure(measure="m", value=value, qualifier=Qualifier.ABOUT)
    assert dumps(figure) == reference(figure)
    same_as_reference(holding(tiny_edition(), year=value))


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf], ids=repr)
def test_a_number_json_cannot_write_raises_as_before(value: float) -> None:
    figure = holding(Figure(measure="m", value=1), value=value)
    with pytest.raises(ValueError, match="Out of range float values are not JSON compliant"):
        dumps(figure)
    same_as_reference(figure)
    same_as_reference(holding(Evidence(source_id="s"), paragraphs=(1, value)))


class _Text(str):
    pass


class _Number(int):
    def __repr__(self) -> str:
        return "not a number"


class _Tuple(tuple):  # type: ignore[type-arg]
    pass


_SOURCE = Source(
    id="s", title="t", publisher="p", url="https://e.org", published=PartialDate(year=2026)
)


@pytest.mark.parametrize(
    ("record", "values"),
    [
        (Position(title="t"), {"former": 1}),
        (Position(title="t"), {"former": 0}),
        (Position(title="t"), {"former": None}),
        (Position(title="t"), {"title": _Text("sub")}),
        (Position(title="t"), {"title": None}),
        (Position(title="t"), {"title": 3}),
        (Position(title="t", organization_id="o"), {"organization_id": _Text("o")}),
        (Figure(measure="m", value=1), {"value": True}),
        (Figure(measure="m", value=1), {"value": _Number(5)}),
        (Figure(measure="m", value=1), {"value": "1"}),
        (Figure(measure="m", value=1), {"cumulative": 1}),
        (Figure(measure="m", value=1), {"qualifier": "exact"}),  # equal to the default
        (Figure(measure="m", value=1), {"qualifier": "about"}),  # equal to another member
        (Figure(measure="m", value=1), {"qualifier": SpeechKind.REMARKS}),
        (Figure(measure="m", value=1), {"as_of": "2025"}),
        (Evidence(source_id="s"), {"paragraphs": [1, 2]}),
        (Evidence(source_id="s"), {"paragraphs": (True,)}),
        (Evidence(source_id="s"), {"paragraphs": (1, False)}),
        (Evidence(source_id="s"), {"paragraphs": (1, 2.5)}),
        (Evidence(source_id="s"), {"paragraphs": (_Number(7),)}),
        (Evidence(source_id="s"), {"paragraphs": (1, 2, 3, _Number(7))}),
        (Evidence(source_id="s"), {"paragraphs": _Tuple()}),
        (Evidence(source_id="s"), {"paragraphs": "12"}),
        (Evidence(source_id="s"), {"paragraphs": {1: 2}}),
        (Evidence(source_id="s"), {"about": ["x"]}),
        (Evidence(source_id="s"), {"about": "xy"}),
        (Evidence(source_id="s"), {"about": {0: "x"}}),
        (Evidence(source_id="s"), {"about": _Tuple()}),
        (Evidence(source_id="s"), {"about": (None,)}),
        (Evidence(source_id="s"), {"kind": EvidenceKind.REFERENCE}),
        (Evidence(source_id="s"), {"note": ""}),
        (_SOURCE, {"kind": "document"}),  # equal to the default, not it
        (_SOURCE, {"kind": "general_reference"}),
        (_SOURCE, {"kind": SourceKind.GENERAL_REFERENCE}),
        (tiny_edition(), {"year": True}),
        (tiny_edition(), {"people": list(tiny_edition().people)}),
        (tiny_edition(), {"people": (None,)}),
        (tiny_edition(), {"ranking": None}),
        (tiny_edition(), {"milestones": _Tuple()}),
    ],
    ids=repr,
)
def test_values_of_another_type_are_written_as_the_dict_path_writes_them(
    record: Any, values: dict[str, Any]
) -> None:
    same_as_reference(holding(record, **values))


# --- classes beyond the model: the writer writes what it can, the dict path the rest ------


class _Colour(enum.Enum):
    RED = 1
    GREEN = (2, "green")


@attrs.frozen
class _Node:
    name: str
    children: tuple[_Node, ...] = ()
    parent: _Node | None = None
    colours: tuple[_Colour, ...] = ()
    weights: tuple[float | None, ...] = ()
    count: int = 7
    ratio: float = 0.5
    labels: tuple[str, ...] = attrs.field(factory=tuple)
    stamped: tuple[PartialDate, ...] = ()
    hidden: list[int] = attrs.field(init=False, factory=list)


def _strip(value: str) -> str:
    return value.strip()


@attrs.frozen
class _Converted:
    value: str = attrs.field(converter=_strip)


@attrs.frozen
class _Loose:
    values: list[int] = attrs.field(factory=list)


@pytest.mark.parametrize(
    ("record", "written"),
    [
        (_Node("root"), True),
        (_Node("a", children=(_Node("b"), _Node("c", children=(_Node("d"),)))), True),
        (_Node("a", parent=_Node("p"), colours=(_Colour.RED, _Colour.GREEN)), True),
        (_Node("a", weights=(None, 1.5, 2), count=8, ratio=0.25, labels=("x",)), True),
        (_Node("a", count=7.0, ratio=1), True),  # type: ignore[arg-type]
        (_Node("a", stamped=(PartialDate(year=2025), PartialDate(year=2025, month=2))), True),
        (_Converted(" v "), False),  # an attrs converter
        (_Loose([1, 2]), False),  # a list
    ],
    ids=repr,
)
def test_other_attrs_classes(record: Any, written: bool) -> None:
    same_as_reference(record)
    assert (write(record, {}) is not None) is written


def test_a_record_that_holds_itself_raises_as_before() -> None:
    loop = _Node("a")
    object.__setattr__(loop, "parent", loop)
    with pytest.raises(RecursionError):
        reference(loop)
    with pytest.raises(RecursionError):
        dumps(loop)


@pytest.mark.parametrize("value", [None, 1, "text", {}, PartialDate(year=2025), Edition])
def test_anything_but_a_record_is_refused(value: Any) -> None:
    with pytest.raises(TypeError, match="expected a model record"):
        dumps(value)


def test_indented_text_is_unchanged() -> None:
    edition = tiny_edition()
    expected = json.dumps(
        to_dict(edition), ensure_ascii=False, indent=2, separators=(",", ": "), allow_nan=False
    )
    assert dumps(edition, indent=2) == expected
