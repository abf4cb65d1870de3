"""Which facts are stated, which inferred, which general reference.

Every record carries ``evidence``; each item says how it supports the record
(:class:`~asean_coop.EvidenceKind`: ``stated``, ``inferred``, ``reference``) and, in
``about``, which fields it supports (empty: the record as a whole). These queries
flatten that into :class:`~asean_coop.Fact` rows, in edition order: organizations, people,
events, speeches, initiatives, milestones, then the ranking, its series and its
stories; records in their order; evidence in its order.
"""

from __future__ import annotations

from collections.abc import Iterator

from .._display import parse_enum
from ..model import Edition, Evidence, EvidenceKind, Fact, Organization
from ._cache import cached
from ._lookup import lookup

__all__ = ["country_facts", "facts"]


def _records(edition: Edition) -> Iterator[tuple[str, str, tuple[Evidence, ...]]]:
    yield from (("organizations", o.id, o.evidence) for o in edition.organizations)
    yield from (("people", p.id, p.evidence) for p in edition.people)
    yield from (("events", e.id, e.evidence) for e in edition.events)
    yield from (("speeches", s.id, s.evidence) for s in edition.speeches)
    yield from (("initiatives", i.id, i.evidence) for i in edition.initiatives)
    yield from (("milestones", m.title, m.evidence) for m in edition.milestones)
    ranking = edition.ranking
    yield "ranking", ranking.id, ranking.evidence
    if ranking.series is not None:
        yield "ranking.series", ranking.id, ranking.series.evidence
    yield from (("ranking.stories", str(s.position), s.evidence) for s in ranking.stories)


def _build(edition: Edition) -> tuple[Fact, ...]:
    sources = {s.id: s for s in edition.sources}
    return tuple(
        Fact(
            collection=collection,
            record=record,
            about=item.about,
            kind=item.kind,
            evidence=item,
            source=sources[item.source_id],
        )
        for collection, record, evidence in _records(edition)
        for item in evidence
    )


def facts(edition: Edition, kind: EvidenceKind | str | None = None) -> tuple[Fact, ...]:
    """See :meth:`asean_coop.Edition.facts`."""
    every = cached(edition, "query.facts", _build)
    if kind is None:
        return every
    wanted = parse_enum(EvidenceKind, kind, "kind of evidence")
    return tuple(f for f in every if f.kind is wanted)


def country_facts(edition: Edition, organization: Organization | str) -> tuple[Fact, ...]:
    """The evidence for the country an organization counts under.

    The country is the organization's own, else that of the nearest organization
    above it that has one (as :meth:`asean_coop.Edition.people_from` counts it). The
    answer is the evidence of that organization whose ``about`` names ``country``;
    if there is none, its evidence for the record as a whole (the country is then
    stated with the record, as a consulate's sending state is in its name).

    Args:
        edition: The edition.
        organization: The organization, or its id or name.

    Returns:
        The facts, empty if no organization on the way up has a country.

    Raises:
        NotFoundError: If ``organization`` names no one organization.

    Example:
        >>> import asean_coop
        >>> edition = asean_coop.load_edition(2025)
        >>> [(f.record, f.kind.value, f.source.id)
        ...  for f in country_facts(edition, "Thailand-China Belt and Road Research Center")]
        [('thailand-china-belt-and-road-research-center', 'reference', 'general-reference')]
    """
    by_id = {o.id: o for o in edition.organizations}
    current: Organization | None = lookup(edition, Organization, organization)
    while current is not None and current.country is None:
        current = by_id.get(current.parent_id) if current.parent_id else None
    if current is None:
        return ()
    own = [f for f in facts(edition) if f.collection == "organizations" and f.record == current.id]
    specific = tuple(f for f in own if "country" in f.about)
    return specific or tuple(f for f in own if not f.about)
