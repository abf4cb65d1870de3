"""The edition's dated records, milestones and events, in one chronology."""

from __future__ import annotations

from ..model import Edition, Event, Milestone, PartialDate
from ._cache import cached

__all__ = ["timeline"]


def _build(edition: Edition) -> tuple[Milestone | Event, ...]:
    dated: list[tuple[PartialDate, int, int, Milestone | Event]] = []
    dated.extend((m.date, 0, n, m) for n, m in enumerate(edition.milestones))
    dated.extend((e.date, 1, n, e) for n, e in enumerate(edition.events))
    dated.sort(key=lambda item: (item[0], item[1], item[2]))
    return tuple(item[3] for item in dated)


def timeline(edition: Edition) -> tuple[Milestone | Event, ...]:
    """See :meth:`asean_coop.Edition.timeline`."""
    return cached(edition, "query.timeline", _build)
