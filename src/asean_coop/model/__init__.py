"""The model: immutable attrs classes, enums and value types. No I/O, no globals."""

from .dates import PartialDate, Precision
from .edition import Edition
from .events import (
    Event,
    EventKind,
    Organizer,
    OrganizerRole,
    ParticipantRole,
    Participation,
)
from .figures import Figure, Qualifier
from .initiatives import Initiative
from .milestones import Milestone
from .names import NameOrder, PersonName, SortBy
from .organizations import Organization, OrganizationKind
from .people import Person, Position
from .places import Country, Place
from .provenance import Erratum, Evidence, Source
from .rankings import Ranking, Story
from .speeches import Speech, SpeechKind

__all__ = [
    "Country",
    "Edition",
    "Erratum",
    "Event",
    "EventKind",
    "Evidence",
    "Figure",
    "Initiative",
    "Milestone",
    "NameOrder",
    "Organization",
    "OrganizationKind",
    "Organizer",
    "OrganizerRole",
    "PartialDate",
    "ParticipantRole",
    "Participation",
    "Person",
    "PersonName",
    "Place",
    "Position",
    "Precision",
    "Qualifier",
    "Ranking",
    "SortBy",
    "Source",
    "Speech",
    "SpeechKind",
    "Story",
]
