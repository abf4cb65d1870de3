"""Rankings: the top-N list an edition releases, and its stories."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from ..errors import NotFoundError, Problem, ValidationError
from ._checks import check_slug, check_text
from .dates import PartialDate
from .provenance import Evidence

__all__ = ["Ranking", "Series", "Story"]


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

    position: int
    title: str = attrs.field(validator=check_text)
    summary: str | None = attrs.field(default=None, validator=check_text)
    date: PartialDate | None = None
    end_date: PartialDate | None = None
    countries: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()

    def __attrs_post_init__(self) -> None:
        if self.end_date is not None and (self.date is None or self.end_date < self.date):
            raise ValidationError.single(
                f"end_date {self.end_date} needs a date on or before it", "end_date"
            )


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

    annual: bool = False
    aims: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
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
        >>> len(r), r.complete, r[1].title
        (1, False, 'A')
    """

    id: str = attrs.field(validator=check_slug)
    title: str = attrs.field(validator=check_text)
    year: int
    edition: int
    size: int
    released_at: str
    selected_by: tuple[str, ...] = ()
    dimensions: tuple[str, ...] = ()
    dimensions_open: bool = False
    dimensions_by: str | None = None
    collaborators: str | None = attrs.field(default=None, validator=check_text)
    assessment: tuple[str, ...] = ()
    series: Series | None = None
    incomplete_reason: str | None = attrs.field(default=None, validator=check_text)
    stories: tuple[Story, ...] = ()
    evidence: tuple[Evidence, ...] = ()

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        if self.size < 1:
            problems.append(Problem("size", f"must be at least 1, got {self.size}"))
        if self.edition < 1:
            problems.append(Problem("edition", f"must be at least 1, got {self.edition}"))
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
