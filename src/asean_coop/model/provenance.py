"""Where facts come from: sources, evidence locators and errata."""

from __future__ import annotations

import enum

import attrs

from ..errors import ValidationError
from ._checks import check_slug, check_text
from .dates import PartialDate

__all__ = ["Erratum", "Evidence", "EvidenceKind", "Fact", "Source", "SourceKind"]


class SourceKind(str, enum.Enum):
    """What sort of source a source is."""

    DOCUMENT = "document"
    """A published document with a date, read paragraph by paragraph."""
    GENERAL_REFERENCE = "general_reference"
    """Facts of general reference (which state a body belongs to, how a name is
    built): no one document, no date, no paragraphs."""


@attrs.frozen(kw_only=True)
class Source:
    """A public document the data is built from, or the body of general reference.

    Args:
        id: Slug, unique among the sources of an edition.
        title: The document's headline (for general reference: what it covers).
        publisher: Who published it.
        url: Where it was published; for general reference, which has no one place,
            a URN that names it.
        published: When; None only for general reference.
        kind: A document, or general reference.

    Raises:
        ValidationError: If a document has no publication date, or general reference
            has one.

    Example:
        >>> Source(id="general-reference", title="General reference", publisher="-",
        ...        url="urn:asean-coop:general-reference",
        ...        kind=SourceKind.GENERAL_REFERENCE).published is None
        True
    """

    id: str = attrs.field(validator=check_slug)
    title: str = attrs.field(validator=check_text)
    publisher: str = attrs.field(validator=check_text)
    url: str = attrs.field(validator=check_text)
    published: PartialDate | None = None
    kind: SourceKind = SourceKind.DOCUMENT

    def __attrs_post_init__(self) -> None:
        if self.kind is SourceKind.DOCUMENT and self.published is None:
            raise ValidationError.single("a document needs its publication date", "published")
        if self.kind is SourceKind.GENERAL_REFERENCE and self.published is not None:
            raise ValidationError.single("general reference has no publication date", "published")


class EvidenceKind(str, enum.Enum):
    """How a source supports a fact: each kind is a different strength of claim."""

    STATED = "stated"
    """The source says it."""
    INFERRED = "inferred"
    """The source implies it without saying it; the evidence's ``note`` says how."""
    REFERENCE = "reference"
    """General reference gives it, not the cited document; no paragraph is cited."""


@attrs.frozen(kw_only=True, repr=False)
class Evidence:
    """A locator: which paragraphs of which source support a fact, and how.

    Paragraphs are numbered as the source's own numbering scheme says (for a text
    release: blocks separated by blank lines, the headline block being 0).

    Args:
        source_id: The id of a :class:`Source` of the edition.
        paragraphs: Paragraph numbers, ascending and distinct; empty when the source
            has no paragraph numbering.
        kind: Whether the source states the fact, implies it, or general reference
            gives it.
        about: The fields of the record this evidence supports (``("country",)``);
            empty for the record as a whole.
        note: How an inference is drawn, or what a reference fact rests on.

    Raises:
        ValidationError: If a paragraph number is negative, repeated or out of order,
            an inference has no note, or reference evidence cites paragraphs.

    Example:
        >>> Evidence(source_id="release", paragraphs=(7, 13))
        Evidence(source_id='release', paragraphs=(7, 13))
        >>> Evidence(source_id="general-reference", kind=EvidenceKind.REFERENCE,
        ...          about=("country",)).kind.value
        'reference'
    """

    source_id: str = attrs.field(validator=check_slug)
    paragraphs: tuple[int, ...] = ()
    kind: EvidenceKind = EvidenceKind.STATED
    about: tuple[str, ...] = ()
    note: str | None = attrs.field(default=None, validator=check_text)

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
        if self.kind is EvidenceKind.INFERRED and self.note is None:
            raise ValidationError.single("an inference needs a note saying how", "note")
        if self.kind is EvidenceKind.REFERENCE and self.paragraphs:
            raise ValidationError.single(
                "general reference has no paragraphs to cite", "paragraphs"
            )

    def __repr__(self) -> str:
        # Like the JSON, the repr leaves out the fields at their default.
        parts = [f"source_id={self.source_id!r}", f"paragraphs={self.paragraphs!r}"]
        if self.kind is not EvidenceKind.STATED:
            parts.append(f"kind={self.kind!r}")
        if self.about:
            parts.append(f"about={self.about!r}")
        if self.note is not None:
            parts.append(f"note={self.note!r}")
        return f"Evidence({', '.join(parts)})"


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


@attrs.frozen(kw_only=True)
class Fact:
    """One piece of evidence of one record, with the record it supports.

    Made by :meth:`asean_coop.Edition.facts`, not stored in a document.

    Args:
        collection: Where the record is (``"organizations"``, ``"milestones"``,
            ``"ranking"``, ``"ranking.series"``, ``"ranking.stories"``...).
        record: The record's id; a milestone's title; a story's position.
        about: The fields the evidence supports; empty for the record as a whole.
        kind: Stated, inferred or general reference.
        evidence: The evidence itself.
        source: The source it cites.

    Example:
        >>> cite = Evidence(source_id="release", paragraphs=(3,))
        >>> source = Source(id="release", title="Release", publisher="P",
        ...                 url="https://example.org", published=PartialDate(year=2026))
        >>> Fact(collection="people", record="yu-yunquan", about=(), kind=cite.kind,
        ...      evidence=cite, source=source).kind.value
        'stated'
    """

    collection: str
    record: str
    about: tuple[str, ...]
    kind: EvidenceKind
    evidence: Evidence
    source: Source
