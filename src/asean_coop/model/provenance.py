"""Where facts come from: sources, evidence locators and errata."""

from __future__ import annotations

import attrs

from ..errors import ValidationError
from ._checks import check_slug, check_text
from .dates import PartialDate

__all__ = ["Erratum", "Evidence", "Source"]


@attrs.frozen(kw_only=True)
class Source:
    """A public document the data is built from.

    Args:
        id: Slug, unique among the sources of an edition.
        title: The document's headline.
        publisher: Who published it.
        url: Where it was published.
        published: When.
    """

    id: str = attrs.field(validator=check_slug)
    title: str = attrs.field(validator=check_text)
    publisher: str = attrs.field(validator=check_text)
    url: str = attrs.field(validator=check_text)
    published: PartialDate


@attrs.frozen(kw_only=True)
class Evidence:
    """A locator: which paragraphs of which source state a fact.

    Paragraphs are numbered as the source's own numbering scheme says (for a text
    release: blocks separated by blank lines, the headline block being 0).

    Args:
        source_id: The id of a :class:`Source` of the edition.
        paragraphs: Paragraph numbers, ascending and distinct; empty when the source
            has no paragraph numbering.

    Raises:
        ValidationError: If a paragraph number is negative, repeated or out of order.

    Example:
        >>> Evidence(source_id="release", paragraphs=(7, 13))
        Evidence(source_id='release', paragraphs=(7, 13))
    """

    source_id: str = attrs.field(validator=check_slug)
    paragraphs: tuple[int, ...] = ()

    def __attrs_post_init__(self) -> None:
        previous = -1
        for number in self.paragraphs:
            if number <= previous:
                raise ValidationError.single(
                    f"paragraph numbers must be ascending, distinct and not negative, "
                    f"got {list(self.paragraphs)}",
                    "paragraphs",
                )
            previous = number


@attrs.frozen(kw_only=True)
class Erratum:
    """A slip in a source, recorded rather than copied; the data holds the fix.

    Args:
        source_id: The id of the :class:`Source`.
        paragraph: The paragraph where the slip is.
        found: The text as the source has it (``"CAEXFO"``).
        meant: What it should say (``"CAEXPO"``).
        note: Why the correction is right.
    """

    source_id: str = attrs.field(validator=check_slug)
    paragraph: int
    found: str = attrs.field(validator=check_text)
    meant: str = attrs.field(validator=check_text)
    note: str = attrs.field(validator=check_text)
