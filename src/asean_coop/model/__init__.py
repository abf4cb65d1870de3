"""The model: immutable attrs classes, enums and value types. No I/O, no globals."""

from .dates import PartialDate, Precision
from .edition import Edition
from .events import (
    Event,
    EventKind,
    Organizer,
    OrganizerRole,
    ParticipantGroup,
    ParticipantRole,
    Participation,
)
from .figures import Figure, Qualifier
from .initiatives import Designation, Initiative
from .milestones import Milestone
from .names import NameOrder, PersonName, SortBy
from .organizations import Organization, OrganizationKind
from .people import Person, Position
from .places import Country, Place
from .provenance import Erratum, Evidence, EvidenceKind, Fact, Source, SourceKind
from .rankings import Ranking, Series, Story
from .speeches import Speech, SpeechKind

__all__ = [
    "Country",
    "Designation",
    "Edition",
    "Erratum",
    "Event",
    "EventKind",
    "Evidence",
    "EvidenceKind",
    "Fact",
    "Figure",
    "Initiative",
    "Milestone",
    "NameOrder",
    "Organization",
    "OrganizationKind",
    "Organizer",
    "OrganizerRole",
    "PartialDate",
    "ParticipantGroup",
    "ParticipantRole",
    "Participation",
    "Person",
    "PersonName",
    "Place",
    "Position",
    "Precision",
    "Qualifier",
    "Ranking",
    "Series",
    "SortBy",
    "Source",
    "SourceKind",
    "Speech",
    "SpeechKind",
    "Story",
]
