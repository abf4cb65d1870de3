"""Where facts come from: sources, evidence locators and errata."""

from __future__ import annotations

import attrs

from ._checks import HTTP_URL, MAX_PARAGRAPH, Each, IntRange, check_slug, check_text
from ._references import refers_to
from .dates import PartialDate

__all__ = ["PARAGRAPHS", "Erratum", "Evidence", "Source"]

PARAGRAPHS = Each(IntRange(0, MAX_PARAGRAPH), ordered=True, unique=True)
"""Paragraph numbers: ascending, distinct, from 0 to :data:`MAX_PARAGRAPH`."""


@attrs.frozen(kw_only=True)
class Source:
    """A public document the data is built from.

    Args:
        id: Slug, unique among the sources of an edition.
        title: The document's headline.
        publisher: Who published it.
        url: Where it was published: an absolute http or https URL.
        published: When.
    """

    id: str = attrs.field(validator=check_slug)
    title: str = attrs.field(validator=check_text)
    publisher: str = attrs.field(validator=check_text)
    url: str = attrs.field(validator=HTTP_URL)
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
        ValidationError: If a paragraph number is negative, above 100,000, repeated
            or out of order.

    Example:
        >>> Evidence(source_id="release", paragraphs=(7, 13))
        Evidence(source_id='release', paragraphs=(7, 13))
    """

    source_id: str = attrs.field(validator=check_slug, metadata=refers_to("sources"))
    paragraphs: tuple[int, ...] = attrs.field(default=(), validator=PARAGRAPHS)


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

    source_id: str = attrs.field(validator=check_slug, metadata=refers_to("sources"))
    paragraph: int = attrs.field(validator=IntRange(0, MAX_PARAGRAPH))
    found: str = attrs.field(validator=check_text)
    meant: str = attrs.field(validator=check_text)
    note: str = attrs.field(validator=check_text)
