"""The model: immutable attrs classes, enums and value types. No I/O, no globals."""

from ._dates import PartialDate, Precision
from ._edition import Edition
from ._events import (
    Event,
    EventKind,
    Organizer,
    OrganizerRole,
    ParticipantGroup,
    ParticipantRole,
    Participation,
)
from ._figures import Figure, Qualifier
from ._initiatives import Designation, Initiative
from ._milestones import Milestone
from ._names import NameOrder, PersonName, SortBy
from ._organizations import Organization, OrganizationKind
from ._people import Person, Position
from ._places import Country, Place
from ._provenance import Erratum, Evidence, EvidenceKind, Fact, Source, SourceKind
from ._rankings import Ranking, Series, Story
from ._speeches import Speech, SpeechKind

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
