"""asean_coop: the Top 10 News Stories on China-ASEAN Cooperation, as typed data.

Immutable models for the release events, organizers, speakers, speeches and
rankings; a strict JSON codec; queries; and the bundled editions.

Example:
    >>> import asean_coop
    >>> edition = asean_coop.load_edition(2025)
    >>> str(edition.event.date)
    '2026-01-15'
"""

from importlib.metadata import PackageNotFoundError, version

from .bundled import available_editions, countries, load_edition
from .codec import DEFAULT_MAX_SIZE, SCHEMA_VERSION, dump, dumps, from_dict, load, loads, to_dict
from .errors import (
    AseanCoopError,
    NotFoundError,
    Problem,
    UnknownEditionError,
    ValidationError,
)
from .export.json_schema import json_schema
from .model import (
    Country,
    Edition,
    Erratum,
    Event,
    EventKind,
    Evidence,
    Figure,
    Initiative,
    Milestone,
    NameOrder,
    Organization,
    OrganizationKind,
    Organizer,
    OrganizerRole,
    PartialDate,
    ParticipantRole,
    Participation,
    Person,
    PersonName,
    Place,
    Position,
    Precision,
    Qualifier,
    Ranking,
    SortBy,
    Source,
    Speech,
    SpeechKind,
    Story,
)
from .query import asean_members, country

try:
    __version__ = version("asean_coop")
except PackageNotFoundError:  # pragma: no cover - running from an uninstalled tree
    __version__ = "0+unknown"

__all__ = [
    "DEFAULT_MAX_SIZE",
    "SCHEMA_VERSION",
    "AseanCoopError",
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
    "NotFoundError",
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
    "Problem",
    "Qualifier",
    "Ranking",
    "SortBy",
    "Source",
    "Speech",
    "SpeechKind",
    "Story",
    "UnknownEditionError",
    "ValidationError",
    "__version__",
    "asean_members",
    "available_editions",
    "countries",
    "country",
    "dump",
    "dumps",
    "from_dict",
    "json_schema",
    "load",
    "load_edition",
    "loads",
    "to_dict",
]
