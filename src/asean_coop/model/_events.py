"""Events, their organizers and their participants."""

from __future__ import annotations

import attrs

from ._checks import COUNTRY_CODES, DISTINCT, MENTIONS, TEXTS, check_slug, check_text
from ._dates import PartialDate
from ._enums import ValueEnum
from ._figures import Figure
from ._methods import record_eq, record_hash, record_repr, short_repr
from ._places import Place
from ._provenance import Evidence
from ._references import COUNTRIES, refers_to

__all__ = [
    "Event",
    "ParticipantGroup",
    "EventKind",
    "Organizer",
    "OrganizerRole",
    "ParticipantRole",
    "Participation",
]


class EventKind(ValueEnum):
    """What sort of event an event is."""

    CEREMONY = "ceremony"
    RELEASE = "release"
    ROUNDTABLE = "roundtable"
    EXHIBITION = "exhibition"
    PERFORMANCE = "performance"
    OTHER = "other"


class OrganizerRole(ValueEnum):
    """The part an organization played in organising an event."""

    SUPERVISOR = "supervisor"
    CO_HOST = "co_host"
    ORGANIZER = "organizer"


class ParticipantRole(ValueEnum):
    """The part a person played at an event."""

    SPEAKER = "speaker"
    PRESIDER = "presider"
    ATTENDEE = "attendee"
    COMMENTATOR = "commentator"
    PANELIST = "panelist"
    PERFORMER = "performer"
    EXHIBITOR = "exhibitor"


@attrs.frozen(kw_only=True)
class Organizer:
    """An organization's role in organising an event.

    Args:
        organization_id: The id of the organization.
        role: Its role.
    """

    __repr__ = record_repr
    __eq__ = record_eq
    __hash__ = record_hash

    organization_id: str = attrs.field(validator=check_slug, metadata=refers_to("organizations"))
    role: OrganizerRole


@attrs.frozen(kw_only=True)
class Participation:
    """A person's role at an event.

    Args:
        person_id: The id of the person.
        role: Their role.
    """

    __repr__ = record_repr
    __eq__ = record_eq
    __hash__ = record_hash

    person_id: str = attrs.field(validator=check_slug, metadata=refers_to("people"))
    role: ParticipantRole


@attrs.frozen(kw_only=True)
class ParticipantGroup:
    """A group the source describes without naming its members.

    Args:
        description: Who they are, in the project's own words.
        role: The part they played.
        organization_id: The id of the organization they belong to, if the source
            gives one.
        countries: Alpha-2 codes of the countries they come from, where the source
            names them; empty when it does not.

    Example:
        >>> group = ParticipantGroup(description="teachers and students of a college",
        ...                          role=ParticipantRole.PERFORMER,
        ...                          organization_id="guangxi-university-college-of-arts")
        >>> group.role.value
        'performer'
    """

    __repr__ = record_repr
    __eq__ = record_eq
    __hash__ = record_hash

    description: str = attrs.field(validator=check_text)
    role: ParticipantRole
    organization_id: str | None = attrs.field(
        default=None, validator=check_slug, metadata=refers_to("organizations")
    )
    countries: tuple[str, ...] = attrs.field(default=(), validator=COUNTRY_CODES)


@attrs.frozen(kw_only=True)
class Event:
    """An event, or a part of one (``parent_id`` names the whole).

    Args:
        id: Slug, unique among the events of an edition.
        name: The event's name.
        kind: What sort of event it is.
        date: When it took place.
        place: Where, if the source says.
        parent_id: The id of the event this one is part of.
        organizers: Organizations and their roles.
        participants: People and their roles, one entry per (person, role).
        attendance: The attendance as the source states it.
        attendance_kinds: Who the attendance counts, as the source lists them
            (``"officials"``, ``"experts"``...).
        attendance_from: Where the attendees come from: alpha-2 codes, or the id of
            an organization (``asean``) whose member states the source names as a
            whole.
        groups: Groups that took part, described but not named.
        description: A short description in the project's own words.
        evidence: Where the source describes the event.

    Example:
        >>> e = Event(id="release", name="Release", kind=EventKind.RELEASE,
        ...           date=PartialDate(year=2026, month=1, day=15))
        >>> e.people(ParticipantRole.SPEAKER)
        ()
    """

    __repr__ = short_repr
    __eq__ = record_eq
    __hash__ = record_hash

    id: str = attrs.field(validator=check_slug)
    name: str = attrs.field(validator=check_text)
    kind: EventKind
    date: PartialDate
    place: Place | None = None
    parent_id: str | None = attrs.field(
        default=None, validator=check_slug, metadata=refers_to("events")
    )
    organizers: tuple[Organizer, ...] = attrs.field(default=(), validator=DISTINCT)
    participants: tuple[Participation, ...] = attrs.field(default=(), validator=DISTINCT)
    attendance: Figure | None = None
    attendance_kinds: tuple[str, ...] = attrs.field(default=(), validator=TEXTS)
    attendance_from: tuple[str, ...] = attrs.field(
        default=(), validator=MENTIONS, metadata=refers_to("organizations", COUNTRIES)
    )
    groups: tuple[ParticipantGroup, ...] = attrs.field(default=(), validator=DISTINCT)
    description: str | None = attrs.field(default=None, validator=check_text)
    evidence: tuple[Evidence, ...] = ()

    def people(self, role: ParticipantRole | None = None) -> tuple[str, ...]:
        """Ids of the people at this event, optionally with one role, in listed order.

        Args:
            role: Keep only participations with this role.

        Returns:
            Person ids, each once.
        """
        ids = (p.person_id for p in self.participants if role is None or p.role is role)
        return tuple(dict.fromkeys(ids))

    def _repr_html_(self) -> str:
        """HTML for notebooks: a compact table, every data string escaped."""
        from .._html import event_html

        return event_html(self)
