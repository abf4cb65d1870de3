"""The asean_coop model written again with pydantic v2 and with msgspec, for comparison.

Benchmark-only: neither library is a dependency of asean_coop. Both peers read the
documents :func:`asean_coop.dumps` writes (``schema_version`` first, fields at their
default omitted, enums as their values, dates as ISO strings) and build frozen,
tuple-based objects of the same shape, as strictly as each library allows:

- pydantic: ``strict=True`` (no coercion: ``"1"`` is not an int, ``1`` is not a
  string, ``true`` is not a number), ``frozen=True``, ``extra="forbid"``,
  ``allow_inf_nan=False``, tuples.
- msgspec: ``Struct(frozen=True, forbid_unknown_fields=True, kw_only=True)``; msgspec
  never coerces types, and its JSON has no NaN or infinity.

What the peers check, like asean_coop: required and unknown keys, JSON types, enum
values, finite numbers, and each field's rule where a pattern or a bound says it:

- patterns (the model's own, anchored for each library's regex dialect): dates that
  exist (``2025``, ``2025-09``, ``2024-02-29``; not ``2025-02-30``, not year 0), slug
  ids (a record's own and every reference), alpha-2 codes, mentions (an id or an
  alpha-2 code), source addresses (an http or https URL, or a URN), the field names an
  evidence is ``about``, and text with a visible character and no control characters
  but tab and line breaks;
- integer ranges: years (1 to 9999), edition numbers (1 to 1000), ranking sizes and
  story positions (1 to 100), paragraph numbers (0 to 100,000).

What they do not check, unlike asean_coop: dates stay strings, not date objects; no
list is checked for repeats (ids, topics, mentions, organizers, participants, groups,
designations) nor for order (country lists, evidence paragraphs); repeated keys in an
object (both keep the last); none of the rules across fields (a document source needs
its date and general reference has none, an inference needs a note, reference evidence
cites no paragraphs, the naming rules of a ``PersonName``, a story's ``end_date``
needs a ``date`` and does not end before it, ranking positions within ``1..size`` and
in order, a complete list has no ``incomplete_reason``); and none of the whole-edition
checks (unique ids per kind, every reference resolves, one main event, reference
evidence cites general reference and only it does, the speaker of a speech takes part
in its event, no parent cycles, the ranking's year and edition number). Those cost
asean_coop real time (see README.md), so the peers have less to do.

:func:`shape_differences` compares both peers with the model, field by field: names,
types (nested records, enum values), the patterns and bounds above, and defaults.
"""

from __future__ import annotations

import enum
import re
import types
import typing
from typing import Annotated, Any, Literal

import msgspec
import pydantic
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from asean_coop import (
    EventKind,
    EvidenceKind,
    NameOrder,
    OrganizationKind,
    OrganizerRole,
    ParticipantRole,
    Qualifier,
    SortBy,
    SourceKind,
    SpeechKind,
)
from asean_coop.model._checks import (
    COUNTRY_CODE,
    MAX_EDITION_NUMBER,
    MAX_PARAGRAPH,
    MAX_RANKING_SIZE,
    MENTION,
    SLUG,
    SOURCE_ADDRESS,
    TEXT,
    YEAR,
    Matches,
)
from asean_coop.model._dates import ISO_DATE_PATTERN
from asean_coop.model._provenance import FIELD_NAMES

__all__ = [
    "MsgspecEdition",
    "PydanticEdition",
    "msgspec_decoder",
    "pydantic_adapter",
    "shape_differences",
]

# --- the model's patterns, in a form both regex dialects read -------------------------
#
# pydantic matches with Rust's regex crate (no look-around; ``$`` is the end of the
# text), msgspec with Python's re (``$`` also matches before a final newline, so ``\Z``);
# both *search*, so each pattern is anchored at both ends.


def _year_without_lookahead(pattern: str) -> str:
    """ISO_DATE_PATTERN with ``(?!0000)[0-9]{4}`` (look-ahead) spelled without it."""
    year = "(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})"
    out = pattern.replace("(?!0000)[0-9]{4}", year)
    assert "(?" not in out, "the date pattern has a construct Rust's regex cannot read"
    return out


def _code_points(char_class: str) -> set[int]:
    r"""The characters of a class body written as ``\uXXXX`` and ``\uXXXX-\uXXXX`` only."""
    found = re.findall(r"\\u([0-9a-f]{4})(?:-\\u([0-9a-f]{4}))?", char_class)
    assert "".join(f"\\u{a}" + (f"-\\u{b}" if b else "") for a, b in found) == char_class
    return {c for a, b in found for c in range(int(a, 16), int(b or a, 16) + 1)}


def _char_class(points: set[int]) -> str:
    r"""A class body of ``\uXXXX`` escapes and ranges for a set of basic-plane characters."""
    out, ordered = [], sorted(points)
    start = previous = ordered[0]
    for c in [*ordered[1:], -1]:
        if c != previous + 1:
            out.append(f"\\u{start:04x}" + (f"-\\u{previous:04x}" if previous > start else ""))
            start = c
        previous = c
    return "".join(out)


def _text_pattern() -> str:
    """The model's text rule as one pattern: no control character, a visible one.

    The model tests two patterns (a visible character is found; no control character
    is); a peer takes one per field. Written as: allowed invisible characters, the
    first visible one, then anything but a control character, which neither engine
    reads in more than linear time.
    """
    assert TEXT.visible.startswith("[^")
    assert TEXT.control.startswith("[")
    invisible = TEXT.visible[2:-1]
    control = TEXT.control[1:-1]
    blank = _char_class(_code_points(invisible) - _code_points(control))
    return f"[{blank}]*[^{invisible}][^{control}]*"


_FIELD_NAME = FIELD_NAMES.item
assert isinstance(_FIELD_NAME, Matches)

_BODIES = {
    "date": _year_without_lookahead(ISO_DATE_PATTERN),
    "text": _text_pattern(),
    "slug": SLUG.pattern,
    "code": COUNTRY_CODE.pattern,
    "mention": MENTION.pattern,
    "address": SOURCE_ADDRESS.pattern,
    "field": _FIELD_NAME.pattern,
}
_RUST = {name: f"^(?:{body})$" for name, body in _BODIES.items()}
_PYTHON = {name: f"^(?:{body})\\Z" for name, body in _BODIES.items()}
assert all(re.compile(p) for p in _PYTHON.values())

# --- pydantic v2 ---------------------------------------------------------------------

PDate = Annotated[str, StringConstraints(pattern=_RUST["date"])]
PText = Annotated[str, StringConstraints(pattern=_RUST["text"])]
PSlug = Annotated[str, StringConstraints(pattern=_RUST["slug"])]
PCode = Annotated[str, StringConstraints(pattern=_RUST["code"])]
PMention = Annotated[str, StringConstraints(pattern=_RUST["mention"])]
PAddress = Annotated[str, StringConstraints(pattern=_RUST["address"])]
PFieldName = Annotated[str, StringConstraints(pattern=_RUST["field"])]
PYear = Annotated[int, Field(ge=YEAR.low, le=YEAR.high)]
PNumber = Annotated[int, Field(ge=1, le=MAX_EDITION_NUMBER)]
PPositionNumber = Annotated[int, Field(ge=1, le=MAX_RANKING_SIZE)]
PParagraph = Annotated[int, Field(ge=0, le=MAX_PARAGRAPH)]


class _P(BaseModel):
    model_config = ConfigDict(strict=True, frozen=True, extra="forbid", allow_inf_nan=False)


class PSource(_P):
    id: PSlug
    title: PText
    publisher: PText
    url: PAddress
    published: PDate | None = None
    kind: SourceKind = SourceKind.DOCUMENT


class PEvidence(_P):
    source_id: PSlug
    paragraphs: tuple[PParagraph, ...] = ()
    kind: EvidenceKind = EvidenceKind.STATED
    about: tuple[PFieldName, ...] = ()
    note: PText | None = None


class PErratum(_P):
    source_id: PSlug
    paragraph: PParagraph
    found: PText
    meant: PText
    note: PText


class PFigure(_P):
    measure: PText
    value: int | float
    unit: PText | None = None
    qualifier: Qualifier = Qualifier.EXACT
    subject: PMention | None = None
    as_of: PDate | None = None
    cumulative: bool = False


class PPlace(_P):
    city: PText
    region: PText | None = None
    country: PCode


class POrganization(_P):
    id: PSlug
    name: PText
    short_name: PText | None = None
    kind: OrganizationKind
    country: PCode | None = None
    parent_id: PSlug | None = None
    aliases: tuple[PText, ...] = ()
    evidence: tuple[PEvidence, ...] = ()


class PPosition(_P):
    title: PText
    organization_id: PSlug | None = None
    former: bool = False


class PPersonName(_P):
    text: PText
    given: PText | None = None
    middle: PText | None = None
    family: PText | None = None
    order: NameOrder
    suffix: PText | None = None
    patronymic: PText | None = None
    variants: tuple[PText, ...] = ()
    sort_by: SortBy | None = None


class PPerson(_P):
    id: PSlug
    name: PPersonName
    positions: tuple[PPosition, ...]
    honors: tuple[PText, ...] = ()
    evidence: tuple[PEvidence, ...] = ()


class POrganizer(_P):
    organization_id: PSlug
    role: OrganizerRole


class PParticipation(_P):
    person_id: PSlug
    role: ParticipantRole


class PParticipantGroup(_P):
    description: PText
    role: ParticipantRole
    organization_id: PSlug | None = None
    countries: tuple[PCode, ...] = ()


class PEvent(_P):
    id: PSlug
    name: PText
    kind: EventKind
    date: PDate
    place: PPlace | None = None
    parent_id: PSlug | None = None
    organizers: tuple[POrganizer, ...] = ()
    participants: tuple[PParticipation, ...] = ()
    attendance: PFigure | None = None
    attendance_kinds: tuple[PText, ...] = ()
    attendance_from: tuple[PMention, ...] = ()
    groups: tuple[PParticipantGroup, ...] = ()
    description: PText | None = None
    evidence: tuple[PEvidence, ...] = ()


class PSpeech(_P):
    id: PSlug
    event_id: PSlug
    speaker_id: PSlug
    kind: SpeechKind
    summary: PText
    points: tuple[PText, ...] = ()
    topics: tuple[PSlug, ...] = ()
    mentions: tuple[PMention, ...] = ()
    figures: tuple[PFigure, ...] = ()
    evidence: tuple[PEvidence, ...] = ()


class PStory(_P):
    position: PPositionNumber
    title: PText
    summary: PText | None = None
    date: PDate | None = None
    end_date: PDate | None = None
    countries: tuple[PCode, ...] = ()
    evidence: tuple[PEvidence, ...] = ()


class PSeries(_P):
    annual: bool = False
    aims: tuple[PText, ...] = ()
    fields: tuple[PText, ...] = ()
    fields_open: bool = False
    standing: PText | None = None
    evidence: tuple[PEvidence, ...] = ()


class PRanking(_P):
    id: PSlug
    title: PText
    year: PYear
    edition: PNumber
    size: PPositionNumber
    released_at: PSlug
    selected_by: tuple[PSlug, ...] = ()
    dimensions: tuple[PText, ...] = ()
    dimensions_open: bool = False
    dimensions_by: PSlug | None = None
    collaborators: PText | None = None
    assessment: tuple[PText, ...] = ()
    series: PSeries | None = None
    incomplete_reason: PText | None = None
    stories: tuple[PStory, ...] = ()
    evidence: tuple[PEvidence, ...] = ()


class PDesignation(_P):
    term: PText
    speech_id: PSlug


class PInitiative(_P):
    id: PSlug
    name: PText
    short_name: PText | None = None
    aliases: tuple[PText, ...] = ()
    description: PText | None = None
    countries: tuple[PCode, ...] = ()
    parties: tuple[PCode, ...] = ()
    organization_ids: tuple[PSlug, ...] = ()
    route: tuple[PText, ...] = ()
    designations: tuple[PDesignation, ...] = ()
    evidence: tuple[PEvidence, ...] = ()


class PMilestone(_P):
    date: PDate
    title: PText
    countries: tuple[PCode, ...] = ()
    organizations: tuple[PSlug, ...] = ()
    evidence: tuple[PEvidence, ...] = ()


class PydanticEdition(_P):
    """An edition document, as pydantic v2 models (strict, frozen, extra forbidden)."""

    schema_version: Literal[1]
    year: PYear
    number: PNumber
    title: PText
    sources: tuple[PSource, ...]
    organizations: tuple[POrganization, ...]
    people: tuple[PPerson, ...]
    events: tuple[PEvent, ...]
    speeches: tuple[PSpeech, ...]
    ranking: PRanking
    initiatives: tuple[PInitiative, ...] = ()
    milestones: tuple[PMilestone, ...] = ()
    errata: tuple[PErratum, ...] = ()


def pydantic_adapter() -> pydantic.TypeAdapter[PydanticEdition]:
    """A TypeAdapter whose ``validate_json`` decodes an edition document."""
    return pydantic.TypeAdapter(PydanticEdition)


# --- msgspec -------------------------------------------------------------------------

MDate = Annotated[str, msgspec.Meta(pattern=_PYTHON["date"])]
MText = Annotated[str, msgspec.Meta(pattern=_PYTHON["text"])]
MSlug = Annotated[str, msgspec.Meta(pattern=_PYTHON["slug"])]
MCode = Annotated[str, msgspec.Meta(pattern=_PYTHON["code"])]
MMention = Annotated[str, msgspec.Meta(pattern=_PYTHON["mention"])]
MAddress = Annotated[str, msgspec.Meta(pattern=_PYTHON["address"])]
MFieldName = Annotated[str, msgspec.Meta(pattern=_PYTHON["field"])]
MYear = Annotated[int, msgspec.Meta(ge=YEAR.low, le=YEAR.high)]
MNumber = Annotated[int, msgspec.Meta(ge=1, le=MAX_EDITION_NUMBER)]
MPositionNumber = Annotated[int, msgspec.Meta(ge=1, le=MAX_RANKING_SIZE)]
MParagraph = Annotated[int, msgspec.Meta(ge=0, le=MAX_PARAGRAPH)]


class _M(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    pass


class MSource(_M, frozen=True, kw_only=True):
    id: MSlug
    title: MText
    publisher: MText
    url: MAddress
    published: MDate | None = None
    kind: SourceKind = SourceKind.DOCUMENT


class MEvidence(_M, frozen=True, kw_only=True):
    source_id: MSlug
    paragraphs: tuple[MParagraph, ...] = ()
    kind: EvidenceKind = EvidenceKind.STATED
    about: tuple[MFieldName, ...] = ()
    note: MText | None = None


class MErratum(_M, frozen=True, kw_only=True):
    source_id: MSlug
    paragraph: MParagraph
    found: MText
    meant: MText
    note: MText


class MFigure(_M, frozen=True, kw_only=True):
    measure: MText
    value: int | float
    unit: MText | None = None
    qualifier: Qualifier = Qualifier.EXACT
    subject: MMention | None = None
    as_of: MDate | None = None
    cumulative: bool = False


class MPlace(_M, frozen=True, kw_only=True):
    city: MText
    region: MText | None = None
    country: MCode


class MOrganization(_M, frozen=True, kw_only=True):
    id: MSlug
    name: MText
    short_name: MText | None = None
    kind: OrganizationKind
    country: MCode | None = None
    parent_id: MSlug | None = None
    aliases: tuple[MText, ...] = ()
    evidence: tuple[MEvidence, ...] = ()


class MPosition(_M, frozen=True, kw_only=True):
    title: MText
    organization_id: MSlug | None = None
    former: bool = False


class MPersonName(_M, frozen=True, kw_only=True):
    text: MText
    given: MText | None = None
    middle: MText | None = None
    family: MText | None = None
    order: NameOrder
    suffix: MText | None = None
    patronymic: MText | None = None
    variants: tuple[MText, ...] = ()
    sort_by: SortBy | None = None


class MPerson(_M, frozen=True, kw_only=True):
    id: MSlug
    name: MPersonName
    positions: tuple[MPosition, ...]
    honors: tuple[MText, ...] = ()
    evidence: tuple[MEvidence, ...] = ()


class MOrganizer(_M, frozen=True, kw_only=True):
    organization_id: MSlug
    role: OrganizerRole


class MParticipation(_M, frozen=True, kw_only=True):
    person_id: MSlug
    role: ParticipantRole


class MParticipantGroup(_M, frozen=True, kw_only=True):
    description: MText
    role: ParticipantRole
    organization_id: MSlug | None = None
    countries: tuple[MCode, ...] = ()


class MEvent(_M, frozen=True, kw_only=True):
    id: MSlug
    name: MText
    kind: EventKind
    date: MDate
    place: MPlace | None = None
    parent_id: MSlug | None = None
    organizers: tuple[MOrganizer, ...] = ()
    participants: tuple[MParticipation, ...] = ()
    attendance: MFigure | None = None
    attendance_kinds: tuple[MText, ...] = ()
    attendance_from: tuple[MMention, ...] = ()
    groups: tuple[MParticipantGroup, ...] = ()
    description: MText | None = None
    evidence: tuple[MEvidence, ...] = ()


class MSpeech(_M, frozen=True, kw_only=True):
    id: MSlug
    event_id: MSlug
    speaker_id: MSlug
    kind: SpeechKind
    summary: MText
    points: tuple[MText, ...] = ()
    topics: tuple[MSlug, ...] = ()
    mentions: tuple[MMention, ...] = ()
    figures: tuple[MFigure, ...] = ()
    evidence: tuple[MEvidence, ...] = ()


class MStory(_M, frozen=True, kw_only=True):
    position: MPositionNumber
    title: MText
    summary: MText | None = None
    date: MDate | None = None
    end_date: MDate | None = None
    countries: tuple[MCode, ...] = ()
    evidence: tuple[MEvidence, ...] = ()


class MSeries(_M, frozen=True, kw_only=True):
    annual: bool = False
    aims: tuple[MText, ...] = ()
    fields: tuple[MText, ...] = ()
    fields_open: bool = False
    standing: MText | None = None
    evidence: tuple[MEvidence, ...] = ()


class MRanking(_M, frozen=True, kw_only=True):
    id: MSlug
    title: MText
    year: MYear
    edition: MNumber
    size: MPositionNumber
    released_at: MSlug
    selected_by: tuple[MSlug, ...] = ()
    dimensions: tuple[MText, ...] = ()
    dimensions_open: bool = False
    dimensions_by: MSlug | None = None
    collaborators: MText | None = None
    assessment: tuple[MText, ...] = ()
    series: MSeries | None = None
    incomplete_reason: MText | None = None
    stories: tuple[MStory, ...] = ()
    evidence: tuple[MEvidence, ...] = ()


class MDesignation(_M, frozen=True, kw_only=True):
    term: MText
    speech_id: MSlug


class MInitiative(_M, frozen=True, kw_only=True):
    id: MSlug
    name: MText
    short_name: MText | None = None
    aliases: tuple[MText, ...] = ()
    description: MText | None = None
    countries: tuple[MCode, ...] = ()
    parties: tuple[MCode, ...] = ()
    organization_ids: tuple[MSlug, ...] = ()
    route: tuple[MText, ...] = ()
    designations: tuple[MDesignation, ...] = ()
    evidence: tuple[MEvidence, ...] = ()


class MMilestone(_M, frozen=True, kw_only=True):
    date: MDate
    title: MText
    countries: tuple[MCode, ...] = ()
    organizations: tuple[MSlug, ...] = ()
    evidence: tuple[MEvidence, ...] = ()


class MsgspecEdition(_M, frozen=True, kw_only=True):
    """An edition document, as msgspec Structs (frozen, unknown fields forbidden)."""

    schema_version: Literal[1]
    year: MYear
    number: MNumber
    title: MText
    sources: tuple[MSource, ...]
    organizations: tuple[MOrganization, ...]
    people: tuple[MPerson, ...]
    events: tuple[MEvent, ...]
    speeches: tuple[MSpeech, ...]
    ranking: MRanking
    initiatives: tuple[MInitiative, ...] = ()
    milestones: tuple[MMilestone, ...] = ()
    errata: tuple[MErratum, ...] = ()


def msgspec_decoder() -> msgspec.json.Decoder[MsgspecEdition]:
    """A Decoder whose ``decode`` reads an edition document (str or bytes)."""
    return msgspec.json.Decoder(MsgspecEdition)


# --- keeping the peers in step with the model ----------------------------------------
#
# Each side is described the same way, field by field: a type in words, with the rule
# a pattern or a bound says ("str /[A-Z]{2}/", "text", "date | None", "tuple[int
# 0..100000]", "Evidence", "enum(document, general_reference)"), and the default
# ("required", "= ()"). Records go by the model's class name (PSource and MSource are
# "Source"), and every record reachable from the edition is compared.

Fields = dict[str, tuple[str, str]]


def _enum(cls: type[enum.Enum]) -> str:
    return f"enum({', '.join(str(m.value) for m in cls)})"


def _pattern_names(patterns: dict[str, str]) -> dict[str, str]:
    words = {"date": "date", "text": "text"}
    return {p: words.get(name, f"str /{_BODIES[name]}/") for name, p in patterns.items()}


def _union(args: tuple[Any, ...], describe: Any) -> str:
    rest = [a for a in args if a is not type(None)]
    if len(rest) < len(args):
        inner = rest[0] if len(rest) == 1 else typing.Union[tuple(rest)]  # noqa: UP007
        return f"{describe(inner)} | None"
    return " | ".join(sorted(describe(a) for a in args))


def _model_fields(cls: type, todo: list[type]) -> Fields:
    import attrs

    from asean_coop import PartialDate
    from asean_coop.model._checks import Each, IntRange, Text, rule_of

    def describe(tp: Any, rule: Any) -> str:
        origin, args = typing.get_origin(tp), typing.get_args(tp)
        if tp is PartialDate:
            return "date"
        if origin in (typing.Union, types.UnionType):
            return _union(args, lambda t: describe(t, rule))
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            return f"tuple[{describe(args[0], rule.item if isinstance(rule, Each) else None)}]"
        if isinstance(tp, type) and attrs.has(tp):
            todo.append(tp)
            return tp.__name__
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return _enum(tp)
        if tp is str and isinstance(rule, Text):
            return "text"
        if tp is str and isinstance(rule, Matches):
            return f"str /{rule.pattern}/"
        if tp is int and isinstance(rule, IntRange):
            return f"int {rule.low}..{rule.high}"
        return getattr(tp, "__name__", repr(tp))

    hints = typing.get_type_hints(cls)
    out: Fields = {}
    for a in attrs.fields(cls):
        if not a.init:
            continue
        default = a.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory()
        shown = "required" if default is attrs.NOTHING else f"= {default!r}"
        out[a.name] = (describe(hints[a.name], rule_of(a)), shown)
    return out


def _pydantic_fields(cls: type[BaseModel], todo: list[type]) -> Fields:
    from pydantic.fields import FieldInfo

    patterns = _pattern_names(_RUST)

    def describe(tp: Any, metadata: tuple[Any, ...] = ()) -> str:
        origin, args = typing.get_origin(tp), typing.get_args(tp)
        if origin is Annotated:
            return describe(args[0], (*metadata, *tp.__metadata__))
        flat = [x for m in metadata for x in (m.metadata if isinstance(m, FieldInfo) else [m])]
        pattern = next((m.pattern for m in flat if getattr(m, "pattern", None)), None)
        ge = next((m.ge for m in flat if hasattr(m, "ge")), None)
        le = next((m.le for m in flat if hasattr(m, "le")), None)
        if origin in (typing.Union, types.UnionType):
            return _union(args, describe)
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            return f"tuple[{describe(args[0])}]"
        if origin is Literal:
            return f"literal {', '.join(map(repr, args))}"
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            todo.append(tp)
            return "Edition" if tp is PydanticEdition else tp.__name__.removeprefix("P")
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return _enum(tp)
        if tp is str and pattern is not None:
            return patterns.get(pattern, f"str {pattern!r}")
        if tp is int and (ge, le) != (None, None):
            return f"int {ge}..{le}"
        return getattr(tp, "__name__", repr(tp))

    out: Fields = {}
    for name, f in cls.model_fields.items():
        shown = "required" if f.is_required() else f"= {f.get_default(call_default_factory=True)!r}"
        out[name] = (describe(f.annotation, tuple(f.metadata)), shown)
    return out


def _msgspec_fields(cls: type[msgspec.Struct], todo: list[type]) -> Fields:
    from msgspec import inspect as mi

    patterns = _pattern_names(_PYTHON)

    def describe(t: mi.Type) -> str:
        if isinstance(t, mi.UnionType):
            rest = [x for x in t.types if not isinstance(x, mi.NoneType)]
            if len(rest) < len(t.types):
                inner = rest[0] if len(rest) == 1 else mi.UnionType(tuple(rest))
                return f"{describe(inner)} | None"
            return " | ".join(sorted(describe(x) for x in t.types))
        if isinstance(t, mi.VarTupleType):
            return f"tuple[{describe(t.item_type)}]"
        if isinstance(t, mi.StructType):
            todo.append(t.cls)
            return "Edition" if t.cls is MsgspecEdition else t.cls.__name__.removeprefix("M")
        if isinstance(t, mi.EnumType):
            return _enum(t.cls)
        if isinstance(t, mi.LiteralType):
            return f"literal {', '.join(map(repr, t.values))}"
        if isinstance(t, mi.StrType) and t.pattern is not None:
            return patterns.get(t.pattern, f"str {t.pattern!r}")
        if isinstance(t, mi.IntType) and (t.ge, t.le) != (None, None):
            return f"int {t.ge}..{t.le}"
        names = {mi.StrType: "str", mi.IntType: "int", mi.FloatType: "float", mi.BoolType: "bool"}
        return names.get(type(t), repr(t))

    info = mi.type_info(cls)
    assert isinstance(info, mi.StructType)
    out: Fields = {}
    for f in info.fields:
        if f.required:
            shown = "required"
        else:
            default = f.default if f.default_factory is msgspec.NODEFAULT else f.default_factory()
            shown = f"= {default!r}"
        out[f.encode_name] = (describe(f.type), shown)
    return out


def _walk(root: type, fields: Any, name: Any) -> dict[str, Fields]:
    """Every record class reachable from ``root``, by model name, with its fields."""
    found: dict[str, Fields] = {}
    todo = [root]
    while todo:
        cls = todo.pop()
        if name(cls) not in found:
            found[name(cls)] = fields(cls, todo)
    return found


def shape_differences() -> list[str]:
    """Where the peers differ from the model: classes, fields, types, rules, defaults.

    The model grows; a peer that lacks a field rejects every document that has it, and
    one with another default or a looser type reads a different document.
    """
    import asean_coop

    model = _walk(asean_coop.Edition, _model_fields, lambda c: c.__name__)
    model["Edition"] = {
        "schema_version": (f"literal {asean_coop.SCHEMA_VERSION!r}", "required"),
        **model["Edition"],
    }
    peers = {
        "pydantic": _walk(
            PydanticEdition,
            _pydantic_fields,
            lambda c: "Edition" if c is PydanticEdition else c.__name__.removeprefix("P"),
        ),
        "msgspec": _walk(
            MsgspecEdition,
            _msgspec_fields,
            lambda c: "Edition" if c is MsgspecEdition else c.__name__.removeprefix("M"),
        ),
    }
    found: list[str] = []
    for label, peer in peers.items():
        for cls in [*model, *(c for c in peer if c not in model)]:
            if cls not in peer or cls not in model:
                missing = "no peer class" if cls in model else "not in the model"
                found.append(f"{cls} ({label}): {missing}")
                continue
            mine, theirs = model[cls], peer[cls]
            for field in [*mine, *(f for f in theirs if f not in mine)]:
                m = " ".join(mine[field]) if field in mine else "absent"
                p = " ".join(theirs[field]) if field in theirs else "absent"
                if m != p:
                    found.append(f"{cls}.{field} ({label}): model {m}, peer {p}")
    return found
