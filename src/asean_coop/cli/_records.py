"""The one shape of ``--json`` output: an envelope of resolved records.

Every subcommand's ``--json`` prints one object::

    {"command": "people", "edition": 2025, "count": 2, "results": [...]}

(``edition`` is null for ``validate``). Each result has a ``type`` (``person``,
``organization``, ``initiative``, ``event``, ``speech``, ``story``, ``milestone``,
``figure``, ``ranking``, ``topic`` or ``report``); records carry ``record``, the record as the
codec writes it (:func:`asean_coop.to_dict`), ``label``, its name or title, and
``names``, the name of every id or country code the record refers to (in any field
that declares a reference, nested records too; not the sources its evidence cites),
so no reader has to look one up. People add their ``roles`` and ``countries``; search
hits add ``field`` and ``why``; ``topics`` results carry ``topic`` and ``speeches``
(how many speeches have it); ``validate`` reports carry ``file``, ``valid`` and
``problems``.
:data:`OUTPUT_SCHEMA` is the JSON Schema of it, printed by
``asean-coop schema --output``.
"""

from __future__ import annotations

from typing import Any

from .._display import post_summary, role_label
from ..codec import to_dict
from ..model import Edition, Event, Organization, Person
from ..model._hits import label_of

__all__ = ["OUTPUT_SCHEMA", "envelope", "record_json", "report_json"]

_TYPES = (
    "person",
    "organization",
    "initiative",
    "event",
    "speech",
    "story",
    "milestone",
    "figure",
    "ranking",
)


def envelope(command: str, edition: Edition | None, results: list[dict[str, Any]]) -> Any:
    """The object every ``--json`` output is."""
    return {
        "command": command,
        "edition": None if edition is None else edition.year,
        "count": len(results),
        "results": results,
    }


def _kind(record: object) -> str:
    return type(record).__name__.lower()


_UNNAMED = frozenset({"sources"})
"""The kinds ``names`` leaves out: the sources a record's evidence cites are its
provenance, not what it says."""


def _names(edition: Edition, record: object) -> dict[str, str]:
    """The name of every id and code the record refers to, in the order it holds them.

    The references are found by the fields' declarations, nested records too, and each
    is named only as a kind its field may name (see :mod:`asean_coop.query._referred`).
    """
    from ..query._referred import held_references, named

    found: dict[str, str] = {}
    for value, kinds in held_references(record):
        if value in found or _UNNAMED.issuperset(kinds):
            continue
        target = named(edition, value, kinds)
        if target is not None:
            found[value] = label_of(target)
    return found


def record_json(edition: Edition, record: object, **extra: Any) -> dict[str, Any]:
    """A record as a ``--json`` result: type, record, label, names, and more by kind."""
    result: dict[str, Any] = {
        "type": _kind(record),
        "record": to_dict(record),
        "label": label_of(record),
        "names": _names(edition, record),
    }
    if isinstance(record, Person):
        result["roles"] = [str(r) for r in edition.roles_of(record)]
        result["post"] = post_summary(record, _organizations(edition))
        result["countries"] = sorted(
            {c for c in (_country_of(edition, p.organization_id) for p in record.positions) if c}
        )
    if isinstance(record, Event):
        result["organizers"] = [
            {"id": o.organization_id, "role": role_label(o.role)} for o in record.organizers
        ]
        result["participants"] = [
            {"id": p.person_id, "role": role_label(p.role)} for p in record.participants
        ]
    result.update(extra)
    return result


def _organizations(edition: Edition) -> dict[str, Organization]:
    from ..query._cache import cached

    return cached(edition, "cli.organizations", lambda e: {o.id: o for o in e.organizations})


def _country_of(edition: Edition, organization_id: str | None) -> str | None:
    if organization_id is None:
        return None
    from ..query._affiliation import effective_country

    return effective_country(edition, organization_id)


def report_json(file: str, problems: list[dict[str, str]] | None, error: str | None) -> Any:
    """One file's ``validate`` result."""
    result: dict[str, Any] = {"type": "report", "file": file, "valid": not problems and not error}
    if problems:
        result["problems"] = problems
    if error:
        result["error"] = error
    return result


_RECORD_RESULT = {
    "type": "object",
    "required": ["type", "record", "label", "names"],
    "properties": {
        "type": {"enum": list(_TYPES)},
        "record": {"type": "object", "description": "the record as asean_coop.to_dict gives it"},
        "label": {"type": "string", "description": "its name or title"},
        "names": {
            "type": "object",
            "description": "the name of every id (or country code) the record refers to",
            "additionalProperties": {"type": "string"},
        },
        "roles": {"type": "array", "items": {"type": "string"}},
        "post": {"type": "string"},
        "countries": {"type": "array", "items": {"type": "string"}},
        "organizers": {"type": "array", "items": {"$ref": "#/$defs/role"}},
        "participants": {"type": "array", "items": {"$ref": "#/$defs/role"}},
        "field": {"type": "string", "description": "search: the field that matched"},
        "why": {"type": "string", "description": "search: why it matched"},
        "within": {"type": ["string", "null"], "description": "search: what cites a figure"},
    },
}

OUTPUT_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "asean-coop --json output",
    "type": "object",
    "required": ["command", "edition", "count", "results"],
    "additionalProperties": False,
    "properties": {
        "command": {"type": "string"},
        "edition": {"type": ["integer", "null"]},
        "count": {"type": "integer", "minimum": 0},
        "results": {
            "type": "array",
            "items": {
                "oneOf": [
                    {"$ref": "#/$defs/record"},
                    {"$ref": "#/$defs/topic"},
                    {"$ref": "#/$defs/report"},
                ]
            },
        },
    },
    "$defs": {
        "record": _RECORD_RESULT,
        "role": {
            "type": "object",
            "required": ["id", "role"],
            "properties": {"id": {"type": "string"}, "role": {"type": "string"}},
        },
        "topic": {
            "type": "object",
            "required": ["type", "topic", "speeches"],
            "additionalProperties": False,
            "properties": {
                "type": {"const": "topic"},
                "topic": {"type": "string"},
                "speeches": {"type": "integer", "minimum": 1},
            },
        },
        "report": {
            "type": "object",
            "required": ["type", "file", "valid"],
            "additionalProperties": False,
            "properties": {
                "type": {"const": "report"},
                "file": {"type": "string"},
                "valid": {"type": "boolean"},
                "error": {"type": "string"},
                "problems": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["path", "message"],
                        "additionalProperties": False,
                        "properties": {"path": {"type": "string"}, "message": {"type": "string"}},
                    },
                },
            },
        },
    },
}
"""The JSON Schema (2020-12) of every ``--json`` output."""
