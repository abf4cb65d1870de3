"""The aggregate root: one annual edition and everything it holds."""

from __future__ import annotations

from typing import Any

import attrs

from ..errors import NotFoundError, ValidationError
from ._checks import check_text
from .events import Event
from .initiatives import Initiative
from .integrity import EditionParts, edition_problems
from .milestones import Milestone
from .organizations import Organization
from .people import Person
from .provenance import Erratum, Source
from .rankings import Ranking
from .speeches import Speech

__all__ = ["Edition"]


@attrs.frozen(kw_only=True)
class Edition:
    """One annual edition: its release event, people, organizations, speeches and list.

    Construction checks the edition as a whole (unique ids per kind, every reference
    resolves, exactly one main event, the ranking's year) and reports every problem.

    Args:
        year: The year the list covers (2025 for the list released in January 2026).
        number: The edition number (the sixth annual release is 6).
        title: The edition's title.
        sources: The documents the data comes from.
        organizations: Every organization named.
        people: Every person named.
        events: The main event and its parts.
        speeches: Every speech and comment.
        ranking: The released list.
        initiatives: Initiatives, projects and agreements the speeches mention.
        milestones: Dated facts the speeches cite.
        errata: Slips found in the sources.

    Raises:
        ValidationError: Listing every problem, each with its path
            (``speeches[3].speaker_id: 'x' is not the id of a person``).
    """

    year: int
    number: int
    title: str = attrs.field(validator=check_text)
    sources: tuple[Source, ...]
    organizations: tuple[Organization, ...]
    people: tuple[Person, ...]
    events: tuple[Event, ...]
    speeches: tuple[Speech, ...]
    ranking: Ranking
    initiatives: tuple[Initiative, ...] = ()
    milestones: tuple[Milestone, ...] = ()
    errata: tuple[Erratum, ...] = ()
    _cache: dict[str, Any] = attrs.field(init=False, factory=dict, eq=False, hash=False, repr=False)

    def __attrs_post_init__(self) -> None:
        problems = edition_problems(
            EditionParts(
                year=self.year,
                sources=self.sources,
                organizations=self.organizations,
                people=self.people,
                events=self.events,
                speeches=self.speeches,
                ranking=self.ranking,
                initiatives=self.initiatives,
                milestones=self.milestones,
                errata=self.errata,
            )
        )
        if problems:
            raise ValidationError(problems)

    def __repr__(self) -> str:
        return (
            f"<Edition {self.year} #{self.number}: {len(self.people)} people, "
            f"{len(self.organizations)} organizations, {len(self.events)} events, "
            f"{len(self.speeches)} speeches, ranking {len(self.ranking)}/{self.ranking.size}>"
        )

    @property
    def event(self) -> Event:
        """The main event: the one event without a parent."""
        for event in self.events:
            if event.parent_id is None:
                return event
        raise NotFoundError("the edition has no main event")  # pragma: no cover
