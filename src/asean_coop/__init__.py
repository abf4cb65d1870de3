"""asean_coop: the Top 10 News Stories on China-ASEAN Cooperation, as typed data.

Immutable models for the release events, organizers, speakers, speeches and
rankings; a strict JSON codec; queries; and the bundled editions.

Example:
    >>> import asean_coop
    >>> edition = asean_coop.load_edition(2025)
    >>> str(edition.main_event.date)
    '2026-01-15'
"""

import typing

from .bundled import available_editions, countries, load_edition
from .codec import DEFAULT_MAX_SIZE, SCHEMA_VERSION, dump, dumps, from_dict, load, loads, to_dict
from .errors import (
    AseanCoopError,
    NotFoundError,
    Problem,
    UnknownEditionError,
    ValidationError,
)
from .model import (
    Country,
    Designation,
    Edition,
    Erratum,
    Event,
    EventKind,
    Evidence,
    EvidenceKind,
    Fact,
    Figure,
    Initiative,
    Milestone,
    NameOrder,
    Organization,
    OrganizationKind,
    Organizer,
    OrganizerRole,
    PartialDate,
    ParticipantGroup,
    ParticipantRole,
    Participation,
    Person,
    PersonName,
    Place,
    Position,
    Precision,
    Qualifier,
    Ranking,
    Series,
    SortBy,
    Source,
    SourceKind,
    Speech,
    SpeechKind,
    Story,
)
from .model._edition import View
from .model._hits import SearchHit

if typing.TYPE_CHECKING:
    from .export._json_schema import json_schema
    from .query import asean_members, country, get_country

    __version__: str


def __getattr__(name: str) -> typing.Any:
    # Attributes that cost an import are made on first access, not at import time.
    if name in ("asean_members", "country", "get_country"):
        from . import query

        return getattr(query, name)
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("asean_coop")
        except PackageNotFoundError:  # pragma: no cover - an uninstalled source tree
            return "0+unknown"
    if name == "json_schema":
        from .export._json_schema import json_schema

        return json_schema
    raise AttributeError(f"module 'asean_coop' has no attribute {name!r}")


__all__ = [
    "DEFAULT_MAX_SIZE",
    "SCHEMA_VERSION",
    "AseanCoopError",
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
    "NotFoundError",
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
    "Problem",
    "Qualifier",
    "Ranking",
    "SearchHit",
    "Series",
    "SortBy",
    "Source",
    "SourceKind",
    "Speech",
    "SpeechKind",
    "Story",
    "UnknownEditionError",
    "ValidationError",
    "View",
    "__version__",
    "asean_members",
    "available_editions",
    "countries",
    "country",
    "dump",
    "dumps",
    "from_dict",
    "get_country",
    "json_schema",
    "load",
    "load_edition",
    "loads",
    "to_dict",
]
