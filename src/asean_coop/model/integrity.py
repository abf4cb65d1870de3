"""Whole-edition checks: unique ids, references that resolve, one main event.

The checks take sequences in which an element may be ``None`` (a record that failed
to load on its own), so that a document with several mistakes reports all of them at
once; ``known_ids`` holds the ids of such failed records so that references to them
are not reported as dangling too, and ``unreadable`` names the kinds whose records
could not be read at all (references to those are not checked).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from ..errors import Problem
from ._checks import COUNTRY_CODE
from .events import Event
from .figures import Figure
from .initiatives import Initiative
from .milestones import Milestone
from .organizations import Organization
from .people import Person
from .provenance import Erratum, Evidence, EvidenceKind, Source, SourceKind
from .rankings import Ranking
from .speeches import Speech

__all__ = ["EditionParts", "edition_problems"]


@attrs.frozen(kw_only=True)
class EditionParts:
    """The records of an edition as loaded so far; ``None`` marks a failed record."""

    year: int | None
    sources: Sequence[Source | None]
    organizations: Sequence[Organization | None]
    people: Sequence[Person | None]
    events: Sequence[Event | None]
    speeches: Sequence[Speech | None]
    ranking: Ranking | None
    initiatives: Sequence[Initiative | None] = ()
    milestones: Sequence[Milestone | None] = ()
    errata: Sequence[Erratum | None] = ()
    known_ids: Mapping[str, frozenset[str]] = attrs.Factory(dict)
    unreadable: frozenset[str] = frozenset()


PathParts = tuple[str | int, ...]
"""A path as its parts, joined into ``people[2].positions[0]`` only when reported."""


def _join(parts: PathParts) -> str:
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


_KIND_LABEL = {
    "sources": "a source",
    "organizations": "an organization",
    "people": "a person",
    "events": "an event",
    "speeches": "a speech",
    "initiatives": "an initiative",
}


class _Checker:
    def __init__(self, parts: EditionParts) -> None:
        self.parts = parts
        self.problems: list[Problem] = []
        self.ids: dict[str, dict[str, int]] = {}
        for kind in _KIND_LABEL:
            self.ids[kind] = self._unique_ids(kind, getattr(parts, kind))

    def add(self, path: str | PathParts, message: str) -> None:
        self.problems.append(Problem(path if isinstance(path, str) else _join(path), message))

    def _unique_ids(self, kind: str, records: Sequence[Any]) -> dict[str, int]:
        seen: dict[str, int] = {}
        for index, record in enumerate(records):
            if record is None:
                continue
            if record.id in seen:
                self.add(
                    f"{kind}[{index}].id",
                    f"{record.id!r} is already the id of {kind}[{seen[record.id]}]",
                )
            else:
                seen[record.id] = index
        return seen

    def ref(self, path: PathParts, value: str | None, kind: str) -> None:
        if value is None or value in self.ids[kind] or kind in self.parts.unreadable:
            return
        if value in self.parts.known_ids.get(kind, ()):
            return
        self.add(path, f"{value!r} is not the id of {_KIND_LABEL[kind]}")

    def mention(self, path: PathParts, value: str | None) -> None:
        if value is None or COUNTRY_CODE.fullmatch(value):
            return
        for kind in ("organizations", "initiatives"):
            if value in self.ids[kind] or value in self.parts.known_ids.get(kind, ()):
                return
        self.add(
            path,
            f"{value!r} is not the id of an organization or an initiative, "
            "nor an alpha-2 country code",
        )

    def evidence(self, path: PathParts, evidence: Iterable[Evidence]) -> None:
        reference = {
            s.id
            for s in self.parts.sources
            if s is not None and s.kind is SourceKind.GENERAL_REFERENCE
        }
        for index, item in enumerate(evidence):
            self.ref((*path, "evidence", index, "source_id"), item.source_id, "sources")
            if item.source_id in self.ids["sources"] and (
                (item.kind is EvidenceKind.REFERENCE) != (item.source_id in reference)
            ):
                self.add(
                    (*path, "evidence", index, "kind"),
                    "reference evidence cites general reference, and general reference "
                    "supports only reference evidence",
                )

    def figure(self, path: PathParts, figure: Figure) -> None:
        self.mention((*path, "subject"), figure.subject)

    def no_cycles(self, kind: str, records: Sequence[Any]) -> None:
        parents = {r.id: r.parent_id for r in records if r is not None}
        for index, record in enumerate(records):
            if record is None:
                continue
            seen = {record.id}
            parent = record.parent_id
            while parent is not None and parent in parents:
                if parent in seen:
                    self.add((kind, index, "parent_id"), f"{record.id!r} is its own ancestor")
                    break
                seen.add(parent)
                parent = parents[parent]

    def run(self) -> list[Problem]:
        parts = self.parts
        for i, org in enumerate(parts.organizations):
            if org is not None:
                self.ref(("organizations", i, "parent_id"), org.parent_id, "organizations")
                self.evidence(("organizations", i), org.evidence)
        self.no_cycles("organizations", parts.organizations)
        for i, person in enumerate(parts.people):
            if person is None:
                continue
            for j, position in enumerate(person.positions):
                path = ("people", i, "positions", j, "organization_id")
                self.ref(path, position.organization_id, "organizations")
            self.evidence(("people", i), person.evidence)
        self._events()
        self._speeches()
        for i, initiative in enumerate(parts.initiatives):
            if initiative is not None:
                for j, org_id in enumerate(initiative.organization_ids):
                    self.ref(("initiatives", i, "organization_ids", j), org_id, "organizations")
                for j, designation in enumerate(initiative.designations):
                    path = ("initiatives", i, "designations", j, "speech_id")
                    self.ref(path, designation.speech_id, "speeches")
                self.evidence(("initiatives", i), initiative.evidence)
        for i, milestone in enumerate(parts.milestones):
            if milestone is not None:
                for j, org_id in enumerate(milestone.organizations):
                    self.ref(("milestones", i, "organizations", j), org_id, "organizations")
                self.evidence(("milestones", i), milestone.evidence)
        for i, erratum in enumerate(parts.errata):
            if erratum is not None:
                self.ref(("errata", i, "source_id"), erratum.source_id, "sources")
        self._ranking()
        return self.problems

    def _events(self) -> None:
        events = self.parts.events
        roots = [e.id for e in events if e is not None and e.parent_id is None]
        complete = "events" not in self.parts.unreadable and all(e is not None for e in events)
        if len(roots) != 1 and complete:
            found = ", ".join(repr(r) for r in roots) or "none"
            self.add(
                "events",
                f"an edition needs exactly one main event (one without parent_id), found {found}",
            )
        for i, event in enumerate(events):
            if event is None:
                continue
            self.ref(("events", i, "parent_id"), event.parent_id, "events")
            for j, organizer in enumerate(event.organizers):
                path = ("events", i, "organizers", j, "organization_id")
                self.ref(path, organizer.organization_id, "organizations")
            for j, participation in enumerate(event.participants):
                path = ("events", i, "participants", j, "person_id")
                self.ref(path, participation.person_id, "people")
            if event.attendance is not None:
                self.figure(("events", i, "attendance"), event.attendance)
            for j, where in enumerate(event.attendance_from):
                self.mention(("events", i, "attendance_from", j), where)
            for j, group in enumerate(event.groups):
                path = ("events", i, "groups", j, "organization_id")
                self.ref(path, group.organization_id, "organizations")
            self.evidence(("events", i), event.evidence)
        self.no_cycles("events", events)

    def _speeches(self) -> None:
        attending: dict[str, set[str]] = {}
        for event in self.parts.events:
            if event is not None and event.id not in attending:  # the first of a duplicate id
                attending[event.id] = {p.person_id for p in event.participants}
        for i, speech in enumerate(self.parts.speeches):
            if speech is None:
                continue
            path: PathParts = ("speeches", i)
            self.ref((*path, "event_id"), speech.event_id, "events")
            self.ref((*path, "speaker_id"), speech.speaker_id, "people")
            people = attending.get(speech.event_id)
            if (
                people is not None
                and speech.speaker_id in self.ids["people"]
                and speech.speaker_id not in people
            ):
                self.add(
                    (*path, "speaker_id"),
                    f"{speech.speaker_id!r} has no participation in event {speech.event_id!r}",
                )
            for j, mention in enumerate(speech.mentions):
                self.mention((*path, "mentions", j), mention)
            for j, figure in enumerate(speech.figures):
                self.figure((*path, "figures", j), figure)
            self.evidence(path, speech.evidence)

    def _ranking(self) -> None:
        ranking = self.parts.ranking
        if ranking is None:
            return
        self.ref(("ranking", "released_at"), ranking.released_at, "events")
        self.ref(("ranking", "dimensions_by"), ranking.dimensions_by, "speeches")
        if ranking.series is not None:
            self.evidence(("ranking", "series"), ranking.series.evidence)
        for j, organization_id in enumerate(ranking.selected_by):
            self.ref(("ranking", "selected_by", j), organization_id, "organizations")
        for j, story in enumerate(ranking.stories):
            self.evidence(("ranking", "stories", j), story.evidence)
        self.evidence(("ranking",), ranking.evidence)
        if self.parts.year is not None and ranking.year != self.parts.year:
            self.add(
                "ranking.year", f"{ranking.year} differs from the edition's year {self.parts.year}"
            )


def edition_problems(parts: EditionParts) -> list[Problem]:
    """Check an edition as a whole.

    Args:
        parts: The records, possibly with failed ones marked ``None``.

    Returns:
        Every problem found, in document order per check; empty if none.
    """
    return _Checker(parts).run()
