"""Rankings: the top-N list an edition releases, and its stories."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

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
    check_invariants,
    check_slug,
    check_text,
)
from ._references import refers_to
from .dates import PartialDate
from .provenance import Evidence

__all__ = ["Ranking", "Story"]


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
        check_invariants(self, self._invariants)
        end, start = self.end_date, self.date
        if end is not None and start is not None and end.latest < start.earliest:
            raise ValidationError.single(
                f"end_date {end} ends before date {start} begins", "end_date"
            )


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
        stories: The stories known, in position order.
        evidence: Where the sources state the list's title, edition, selectors and
            dimensions.

    Raises:
        ValidationError: If a position repeats, is out of order or lies outside
            ``1..size``.

    Example:
        >>> r = Ranking(id="top10", title="Top 10", year=2025, edition=6, size=10,
        ...             released_at="release", stories=(Story(position=1, title="A"),))
        >>> len(r), r.complete, r[1].title
        (1, False, 'A')
    """

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
        if problems:
            raise ValidationError(problems)

    @property
    def complete(self) -> bool:
        """True once every position from 1 to ``size`` has a known story."""
        return len(self.stories) == self.size

    @property
    def missing_positions(self) -> tuple[int, ...]:
        """The positions with no known story."""
        known = {s.position for s in self.stories}
        return tuple(p for p in range(1, self.size + 1) if p not in known)

    def __len__(self) -> int:
        return len(self.stories)

    def __iter__(self) -> Iterator[Story]:
        return iter(self.stories)

    def __getitem__(self, position: int) -> Story:
        """Return the story at ``position`` (counted from 1).

        Raises:
            NotFoundError: If no story is known at that position.
        """
        for story in self.stories:
            if story.position == position:
                return story
        known = ", ".join(str(s.position) for s in self.stories) or "none"
        raise NotFoundError(
            f"no story is known at position {position!r} of {self.size} (known: {known})"
        )

    def _repr_html_(self) -> str:
        """HTML for notebooks: a compact table, every data string escaped."""
        from .._html import ranking_html

        return ranking_html(self)
