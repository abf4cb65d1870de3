"""The asean_coop model written again with pydantic v2 and with msgspec, for comparison.

Benchmark-only: neither library is a dependency of asean_coop. Both peers read the
documents :func:`asean_coop.dumps` writes (``schema_version`` first, fields at their
default omitted, enums as their values, dates as ISO strings) and build frozen,
tuple-based objects of the same shape, as strictly as each library allows:

- pydantic: ``strict=True`` (no coercion: ``"1"`` is not an int, ``1`` is not a
  string, ``true`` is not a number), ``frozen=True``, ``extra="forbid"``, tuples.
- msgspec: ``Struct(frozen=True, forbid_unknown_fields=True, kw_only=True)``; msgspec
  never coerces types.

What the peers check, like asean_coop: required and unknown keys, JSON types, enum
values, the date form (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, by pattern), slug ids,
alpha-2 and non-blank text (by pattern).

What they do not check, unlike asean_coop: that a date exists (``2025-02-30``; dates
stay strings, not date objects), the naming rules of a ``PersonName``, ascending
evidence paragraphs, ranking positions, story date order, and none of the
whole-edition checks (unique ids per kind, every reference resolves, one main event,
the speaker of a speech takes part in its event, no parent cycles, the ranking's
year). Those cost asean_coop real time (see README.md), so the peers have less to do.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

import msgspec
import pydantic
from pydantic import BaseModel, ConfigDict, StringConstraints

from asean_coop import (
    EventKind,
    NameOrder,
    OrganizationKind,
    OrganizerRole,
    ParticipantRole,
    Qualifier,
    SortBy,
    SpeechKind,
)

__all__ = [
    "MsgspecEdition",
    "PydanticEdition",
    "msgspec_decoder",
    "pydantic_adapter",
    "shape_differences",
]

# The patterns asean_coop's validators enforce. pydantic and msgspec both *search*
# for a pattern, so anchored ones carry ^...$ and "not blank" is "holds a non-space".
_DATE = r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$"
_SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_CODE = r"^[A-Z]{2}$"
_TEXT = r"\S"
assert all(re.compile(p) for p in (_DATE, _SLUG, _CODE, _TEXT))

# --- pydantic v2 ---------------------------------------------------------------------

PDate = Annotated[str, StringConstraints(pattern=_DATE)]
PSlug = Annotated[str, StringConstraints(pattern=_SLUG)]
PCode = Annotated[str, StringConstraints(pattern=_CODE)]
PText = Annotated[str, StringConstraints(pattern=_TEXT)]


class _P(BaseModel):
    model_config = ConfigDict(strict=True, frozen=True, extra="forbid")


class PSource(_P):
    id: PSlug
    title: PText
    publisher: PText
    url: PText
    published: PDate


class PEvidence(_P):
    source_id: PSlug
    paragraphs: tuple[int, ...] = ()


class PErratum(_P):
    source_id: PSlug
    paragraph: int
    found: PText
    meant: PText
    note: PText


class PFigure(_P):
    measure: PText
    value: int | float
    unit: PText | None = None
    qualifier: Qualifier = Qualifier.EXACT
    subject: str | None = None
    as_of: PDate | None = None


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
    parent_id: str | None = None
    aliases: tuple[str, ...] = ()
    evidence: tuple[PEvidence, ...] = ()


class PPosition(_P):
    title: PText
    organization_id: str | None = None
    former: bool = False


class PPersonName(_P):
    text: PText
    given: PText | None = None
    family: PText | None = None
    order: NameOrder
    suffix: PText | None = None
    patronymic: PText | None = None
    variants: tuple[str, ...] = ()
    sort_by: SortBy | None = None


class PPerson(_P):
    id: PSlug
    name: PPersonName
    positions: tuple[PPosition, ...]
    honors: tuple[str, ...] = ()
    evidence: tuple[PEvidence, ...] = ()


class POrganizer(_P):
    organization_id: str
    role: OrganizerRole


class PParticipation(_P):
    person_id: str
    role: ParticipantRole


class PEvent(_P):
    id: PSlug
    name: PText
    kind: EventKind
    date: PDate
    place: PPlace | None = None
    parent_id: str | None = None
    organizers: tuple[POrganizer, ...] = ()
    participants: tuple[PParticipation, ...] = ()
    attendance: PFigure | None = None
    description: PText | None = None
    evidence: tuple[PEvidence, ...] = ()


class PSpeech(_P):
    id: PSlug
    event_id: str
    speaker_id: str
    kind: SpeechKind
    summary: PText
    points: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    figures: tuple[PFigure, ...] = ()
    evidence: tuple[PEvidence, ...] = ()


class PStory(_P):
    position: int
    title: PText
    summary: PText | None = None
    date: PDate | None = None
    end_date: PDate | None = None
    countries: tuple[str, ...] = ()
    evidence: tuple[PEvidence, ...] = ()


class PRanking(_P):
    id: PSlug
    title: PText
    year: int
    edition: int
    size: int
    released_at: str
    selected_by: tuple[str, ...] = ()
    dimensions: tuple[str, ...] = ()
    stories: tuple[PStory, ...] = ()
    evidence: tuple[PEvidence, ...] = ()


class PInitiative(_P):
    id: PSlug
    name: PText
    short_name: PText | None = None
    aliases: tuple[str, ...] = ()
    evidence: tuple[PEvidence, ...] = ()


class PMilestone(_P):
    date: PDate
    title: PText
    countries: tuple[str, ...] = ()
    evidence: tuple[PEvidence, ...] = ()


class PydanticEdition(_P):
    """An edition document, as pydantic v2 models (strict, frozen, extra forbidden)."""

    schema_version: Literal[1]
    year: int
    number: int
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

MDate = Annotated[str, msgspec.Meta(pattern=_DATE)]
MSlug = Annotated[str, msgspec.Meta(pattern=_SLUG)]
MCode = Annotated[str, msgspec.Meta(pattern=_CODE)]
MText = Annotated[str, msgspec.Meta(pattern=_TEXT)]


class _M(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    pass


class MSource(_M, frozen=True, kw_only=True):
    id: MSlug
    title: MText
    publisher: MText
    url: MText
    published: MDate


class MEvidence(_M, frozen=True, kw_only=True):
    source_id: MSlug
    paragraphs: tuple[int, ...] = ()


class MErratum(_M, frozen=True, kw_only=True):
    source_id: MSlug
    paragraph: int
    found: MText
    meant: MText
    note: MText


class MFigure(_M, frozen=True, kw_only=True):
    measure: MText
    value: int | float
    unit: MText | None = None
    qualifier: Qualifier = Qualifier.EXACT
    subject: str | None = None
    as_of: MDate | None = None


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
    parent_id: str | None = None
    aliases: tuple[str, ...] = ()
    evidence: tuple[MEvidence, ...] = ()


class MPosition(_M, frozen=True, kw_only=True):
    title: MText
    organization_id: str | None = None
    former: bool = False


class MPersonName(_M, frozen=True, kw_only=True):
    text: MText
    given: MText | None = None
    family: MText | None = None
    order: NameOrder
    suffix: MText | None = None
    patronymic: MText | None = None
    variants: tuple[str, ...] = ()
    sort_by: SortBy | None = None


class MPerson(_M, frozen=True, kw_only=True):
    id: MSlug
    name: MPersonName
    positions: tuple[MPosition, ...]
    honors: tuple[str, ...] = ()
    evidence: tuple[MEvidence, ...] = ()


class MOrganizer(_M, frozen=True, kw_only=True):
    organization_id: str
    role: OrganizerRole


class MParticipation(_M, frozen=True, kw_only=True):
    person_id: str
    role: ParticipantRole


class MEvent(_M, frozen=True, kw_only=True):
    id: MSlug
    name: MText
    kind: EventKind
    date: MDate
    place: MPlace | None = None
    parent_id: str | None = None
    organizers: tuple[MOrganizer, ...] = ()
    participants: tuple[MParticipation, ...] = ()
    attendance: MFigure | None = None
    description: MText | None = None
    evidence: tuple[MEvidence, ...] = ()


class MSpeech(_M, frozen=True, kw_only=True):
    id: MSlug
    event_id: str
    speaker_id: str
    kind: SpeechKind
    summary: MText
    points: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    figures: tuple[MFigure, ...] = ()
    evidence: tuple[MEvidence, ...] = ()


class MStory(_M, frozen=True, kw_only=True):
    position: int
    title: MText
    summary: MText | None = None
    date: MDate | None = None
    end_date: MDate | None = None
    countries: tuple[str, ...] = ()
    evidence: tuple[MEvidence, ...] = ()


class MRanking(_M, frozen=True, kw_only=True):
    id: MSlug
    title: MText
    year: int
    edition: int
    size: int
    released_at: str
    selected_by: tuple[str, ...] = ()
    dimensions: tuple[str, ...] = ()
    stories: tuple[MStory, ...] = ()
    evidence: tuple[MEvidence, ...] = ()


class MInitiative(_M, frozen=True, kw_only=True):
    id: MSlug
    name: MText
    short_name: MText | None = None
    aliases: tuple[str, ...] = ()
    evidence: tuple[MEvidence, ...] = ()


class MMilestone(_M, frozen=True, kw_only=True):
    date: MDate
    title: MText
    countries: tuple[str, ...] = ()
    evidence: tuple[MEvidence, ...] = ()


class MsgspecEdition(_M, frozen=True, kw_only=True):
    """An edition document, as msgspec Structs (frozen, unknown fields forbidden)."""

    schema_version: Literal[1]
    year: int
    number: int
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


def shape_differences() -> list[str]:
    """Where the peers' fields differ from the model's (names, or required vs optional).

    The model grows; a peer that lacks a field rejects every document that has it.
    """
    import typing

    import attrs

    import asean_coop

    found: list[str] = []
    classes: list[type] = []
    todo: list[object] = [asean_coop.Edition]
    while todo:
        t = todo.pop()
        if isinstance(t, type) and attrs.has(t) and t is not asean_coop.PartialDate:
            if t not in classes:
                classes.append(t)
                todo.extend(typing.get_type_hints(t).values())
        else:
            todo.extend(typing.get_args(t))
    for cls in classes:
        name = cls.__name__
        model = {a.name: a.default is attrs.NOTHING for a in attrs.fields(cls) if a.init}
        pyd_cls = PydanticEdition if cls is asean_coop.Edition else globals().get(f"P{name}")
        msg_cls = MsgspecEdition if cls is asean_coop.Edition else globals().get(f"M{name}")
        if pyd_cls is None or msg_cls is None:
            found.append(f"{name}: no peer class")
            continue
        pyd = {k: f.is_required() for k, f in pyd_cls.model_fields.items()}
        fields = msgspec.structs.fields(msg_cls)
        msg = {f.name: f.required for f in fields}
        for label, peer in (("pydantic", pyd), ("msgspec", msg)):
            peer = {k: v for k, v in peer.items() if k != "schema_version"}
            if peer != model:
                found.append(f"{name} ({label}): model {model}, peer {peer}")
    return found
