"""Rankings: the top-N list an edition releases, and its stories."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import ClassVar, TypeVar

import attrs

from ..errors import NotFoundError, Problem, ValidationError
from ._checks import (
    COUNTRY_CODES,
    MAX_EDITION_NUMBER,
    MAX_RANKING_SIZE,
    SLUGS,
    TEXTS,
    YEAR,
    IntRange,
    Needs,
    check_own_invariants,
    check_slug,
    check_text,
)
from ._dates import PartialDate
from ._methods import record_eq, record_hash, record_repr, short_repr
from ._provenance import Evidence
from ._references import refers_to

__all__ = ["Ranking", "Series", "Story"]

D = TypeVar("D")


@attrs.frozen(kw_only=True)
class Story:
    """One story of a ranking.

    Args:
        position: Its rank, from 1.
        title: Its headline.
        summary: A short summary in the project's own words.
        date: When it happened (or began).
        end_date: When it ended, for a span of days.
        countries: Alpha-2 codes of the countries concerned, sorted.
        evidence: Where a source gives it.

    Raises:
        ValidationError: If ``end_date`` comes before ``date``.
    """

    __repr__ = short_repr
    __eq__ = record_eq
    __hash__ = record_hash
    position: int = attrs.field(validator=IntRange(1, MAX_RANKING_SIZE))
    title: str = attrs.field(validator=check_text)
    summary: str | None = attrs.field(default=None, validator=check_text)
    date: PartialDate | None = None
    end_date: PartialDate | None = None
    countries: tuple[str, ...] = attrs.field(default=(), validator=COUNTRY_CODES)
    evidence: tuple[Evidence, ...] = ()

    _invariants: ClassVar[tuple[Needs, ...]] = (
        Needs("date", when="end_date", message="end_date needs a date"),
    )

    def __attrs_post_init__(self) -> None:
        check_own_invariants(self)
        end, start = self.end_date, self.date
        # end.latest < start.earliest, compared as (year, month, day) without making days
        if end is not None and start is not None and end._last() < start._first():
            raise ValidationError.single(
                f"end_date {end} ends before date {start} begins", "end_date"
            )

    def _repr_html_(self) -> str:
        """HTML for notebooks: a compact table, every data string escaped."""
        from .._html import record_html

        return record_html(self)


@attrs.frozen(kw_only=True)
class Series:
    """The recurring release a ranking belongs to, as the source describes it.

    Args:
        annual: True if the source says the release is held every year.
        aims: What the release sets out to do, one short phrase each.
        fields: The fields its lists have covered over the years.
        fields_open: True if the source gives ``fields`` as examples ("such as"),
            not as the whole set.
        standing: How the source rates the release, in the project's own words.
        evidence: Where the source describes the series.

    Example:
        >>> Series(annual=True, fields=("politics", "culture"), fields_open=True).fields_open
        True
    """

    __repr__ = record_repr
    __eq__ = record_eq
    __hash__ = record_hash

    annual: bool = False
    aims: tuple[str, ...] = attrs.field(default=(), validator=TEXTS)
    fields: tuple[str, ...] = attrs.field(default=(), validator=TEXTS)
    fields_open: bool = False
    standing: str | None = attrs.field(default=None, validator=check_text)
    evidence: tuple[Evidence, ...] = ()


@attrs.frozen(kw_only=True)
class Ranking:
    """A ranked list of stories; possibly only partly known.

    Args:
        id: Slug of the ranking.
        title: The list's title.
        year: The year it covers.
        edition: Its edition number (1 for the first release).
        size: How many stories the list has (10 for a top 10).
        released_at: The id of the event that released it.
        selected_by: Ids of the organizations that selected the stories.
        dimensions: The areas the list covers, as the speakers name them.
        dimensions_open: True if the source gives ``dimensions`` as examples ("such
            as"), so that the list may cover more than these.
        dimensions_by: The id of the speech whose description ``dimensions`` is.
        collaborators: Who else took part in the selection, as the source describes
            them, where it does not name them.
        assessment: The source's own assessment of the year the list covers, one
            point each, in the project's own words.
        series: The recurring release the list belongs to.
        incomplete_reason: Why fewer than ``size`` stories are known; None once the
            list is complete.
        stories: The stories known, in position order.
        evidence: Where the sources state the list's title, edition, selectors and
            dimensions.

    Raises:
        ValidationError: If a position repeats, is out of order or lies outside
            ``1..size``, or a complete list gives a reason for being incomplete.

    Example:
        >>> r = Ranking(id="top10", title="Top 10", year=2025, edition=6, size=10,
        ...             released_at="release", stories=(Story(position=1, title="A"),))
        >>> len(r), r.complete, r[1].title, 1 in r, list(r)
        (1, False, 'A', True, [1])
    """

    __repr__ = short_repr
    __eq__ = record_eq
    __hash__ = record_hash

    id: str = attrs.field(validator=check_slug)
    title: str = attrs.field(validator=check_text)
    year: int = attrs.field(validator=YEAR)
    edition: int = attrs.field(validator=IntRange(1, MAX_EDITION_NUMBER))
    size: int = attrs.field(validator=IntRange(1, MAX_RANKING_SIZE))
    released_at: str = attrs.field(validator=check_slug, metadata=refers_to("events"))
    selected_by: tuple[str, ...] = attrs.field(
        default=(), validator=SLUGS, metadata=refers_to("organizations")
    )
    dimensions: tuple[str, ...] = attrs.field(default=(), validator=TEXTS)
    dimensions_open: bool = False
    dimensions_by: str | None = attrs.field(
        default=None, validator=check_slug, metadata=refers_to("speeches")
    )
    collaborators: str | None = attrs.field(default=None, validator=check_text)
    assessment: tuple[str, ...] = attrs.field(default=(), validator=TEXTS)
    series: Series | None = None
    incomplete_reason: str | None = attrs.field(default=None, validator=check_text)
    stories: tuple[Story, ...] = ()
    evidence: tuple[Evidence, ...] = ()

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        previous = 0
        for index, story in enumerate(self.stories):
            path = f"stories[{index}].position"
            if not 1 <= story.position <= self.size:
                problems.append(Problem(path, f"{story.position} is outside 1..{self.size}"))
            elif story.position == previous:
                problems.append(Problem(path, f"position {story.position} appears twice"))
            elif story.position < previous:
                problems.append(
                    Problem(
                        path,
                        f"{story.position} comes after {previous}: "
                        "stories must be in position order",
                    )
                )
            previous = max(previous, story.position)
        if self.incomplete_reason is not None and len(self.stories) == self.size:
            problems.append(
                Problem("incomplete_reason", "a list with every story known is not incomplete")
            )
        if problems:
            raise ValidationError(problems)

    # A ranking is a read-only mapping from positions (1 to ``size``) to the stories
    # known at them: ``ranking[3]``, ``ranking.get(3)``, ``3 in ranking``, ``len``
    # (stories known), iteration over the known positions, ``keys``/``values``/
    # ``items``. Positions are keys, not indexes: ``ranking[-1]`` and ``ranking[0]``
    # name no position, and slices are refused (``ranking.stories[a:b]`` slices).

    @property
    def complete(self) -> bool:
        """True once every position from 1 to ``size`` has a known story."""
        return len(self.stories) == self.size

    @property
    def missing_spans(self) -> tuple[tuple[int, int], ...]:
        """The runs of positions with no known story, as ``(first, last)`` pairs.

        Computed from the known stories alone, so it costs nothing for a large
        ``size``.

        Example:
            >>> r = Ranking(id="top10", title="Top 10", year=2025, edition=6, size=10,
            ...             released_at="release",
            ...             stories=(Story(position=3, title="C"),))
            >>> r.missing_spans
            ((1, 2), (4, 10))
        """
        spans: list[tuple[int, int]] = []
        following = 1
        for position in sorted({s.position for s in self.stories}):
            if position > following:
                spans.append((following, position - 1))
            following = position + 1
        if following <= self.size:
            spans.append((following, self.size))
        return tuple(spans)

    @property
    def missing_positions(self) -> tuple[int, ...]:
        """The positions with no known story (one entry each; see :attr:`missing_spans`)."""
        return tuple(p for first, last in self.missing_spans for p in range(first, last + 1))

    def __len__(self) -> int:
        """How many stories are known."""
        return len(self.stories)

    def __iter__(self) -> Iterator[int]:
        """The known positions, in order (a mapping iterates its keys)."""
        return (s.position for s in self.stories)

    def __contains__(self, position: object) -> bool:
        """Whether a story is known at ``position``."""
        return any(s.position == position for s in self.stories)

    def keys(self) -> tuple[int, ...]:
        """The known positions, in order."""
        return tuple(s.position for s in self.stories)

    def values(self) -> tuple[Story, ...]:
        """The known stories, in position order (the same as :attr:`stories`)."""
        return self.stories

    def items(self) -> tuple[tuple[int, Story], ...]:
        """``(position, story)`` pairs, in position order."""
        return tuple((s.position, s) for s in self.stories)

    def get(self, position: int, default: D = None) -> Story | D:  # type: ignore[assignment]
        """The story at ``position``, or ``default`` if none is known there.

        Example:
            >>> r = Ranking(id="top10", title="Top 10", year=2025, edition=6, size=10,
            ...             released_at="release", stories=(Story(position=1, title="A"),))
            >>> r.get(1).title, r.get(2), r.get(-1)
            ('A', None, None)
        """
        for story in self.stories:
            if story.position == position:
                return story
        return default

    def __getitem__(self, position: int) -> Story:
        """Return the story at ``position`` (counted from 1).

        Raises:
            NotFoundError: If no story is known at that position (a ``LookupError``;
                negative numbers and 0 are not positions).
            TypeError: For a slice: positions are keys, not indexes.
        """
        if isinstance(position, slice):
            raise TypeError(
                "a ranking maps positions to stories and cannot be sliced; "
                "slice ranking.stories instead"
            )
        story = self.get(position)
        if story is not None:
            return story
        known = ", ".join(str(s.position) for s in self.stories) or "none"
        raise NotFoundError(
            f"no story is known at position {position!r} of {self.size} (known: {known})",
            candidates=self.stories,
        )

    def _repr_html_(self) -> str:
        """HTML for notebooks: a compact table, every data string escaped."""
        from .._html import ranking_html

        return ranking_html(self)


Mapping.register(Ranking)
