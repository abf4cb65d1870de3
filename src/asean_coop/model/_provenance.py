"""Where facts come from: sources, evidence locators and errata."""

from __future__ import annotations

from typing import ClassVar

import attrs

from ._checks import (
    MAX_PARAGRAPH,
    SOURCE_ADDRESS,
    Each,
    IntRange,
    Matches,
    Needs,
    check_own_invariants,
    check_slug,
    check_text,
)
from ._dates import PartialDate
from ._enums import ValueEnum
from ._methods import record_eq, record_hash, record_repr
from ._references import refers_to

__all__ = ["PARAGRAPHS", "Erratum", "Evidence", "EvidenceKind", "Fact", "Source", "SourceKind"]

PARAGRAPHS = Each(IntRange(0, MAX_PARAGRAPH), ordered=True, unique=True)
"""Paragraph numbers: ascending, distinct, from 0 to :data:`MAX_PARAGRAPH`."""

FIELD_NAMES = Each(Matches(r"[a-z][a-z0-9_]*", "a field name"), unique=True)
"""Names of a record's fields (``"country"``, ``"parent_id"``), each once."""


class SourceKind(ValueEnum):
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
        url: Where it was published: an http or https URL; for general reference,
            which has no one place, a URN that names it.
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

    __repr__ = record_repr
    __eq__ = record_eq
    __hash__ = record_hash

    id: str = attrs.field(validator=check_slug)
    title: str = attrs.field(validator=check_text)
    publisher: str = attrs.field(validator=check_text)
    url: str = attrs.field(validator=SOURCE_ADDRESS)
    published: PartialDate | None = None
    kind: SourceKind = SourceKind.DOCUMENT

    @property
    def citation(self) -> str:
        """The source as a reference list gives it: title, publisher and date.

        Example:
            >>> Source(id="s", title="A release", publisher="A wire",
            ...        url="https://example.org", published=PartialDate(year=2026)).citation
            'A release (A wire, 2026)'
        """
        parts = [self.publisher, *([self.published.isoformat()] if self.published else [])]
        return f"{self.title} ({', '.join(parts)})"

    _invariants: ClassVar[tuple[Needs, ...]] = (
        Needs(
            "published",
            when="kind",
            equals=SourceKind.DOCUMENT,
            message="a document needs its publication date",
        ),
        Needs(
            "published",
            when="kind",
            equals=SourceKind.GENERAL_REFERENCE,
            absent=True,
            message="general reference has no publication date",
        ),
    )

    __attrs_post_init__ = check_own_invariants


class EvidenceKind(ValueEnum):
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
        ValidationError: If a paragraph number is negative, above 100,000, repeated
            or out of order, an inference has no note, or reference evidence cites
            paragraphs.

    Example:
        >>> Evidence(source_id="release", paragraphs=(7, 13))
        Evidence(source_id='release', paragraphs=(7, 13))
        >>> Evidence(source_id="general-reference", kind=EvidenceKind.REFERENCE,
        ...          about=("country",)).kind.value
        'reference'
    """

    source_id: str = attrs.field(validator=check_slug, metadata=refers_to("sources"))
    paragraphs: tuple[int, ...] = attrs.field(default=(), validator=PARAGRAPHS)
    kind: EvidenceKind = EvidenceKind.STATED
    about: tuple[str, ...] = attrs.field(default=(), validator=FIELD_NAMES)
    note: str | None = attrs.field(default=None, validator=check_text)

    _invariants: ClassVar[tuple[Needs, ...]] = (
        Needs(
            "note",
            when="kind",
            equals=EvidenceKind.INFERRED,
            message="an inference needs a note saying how",
        ),
        Needs(
            "paragraphs",
            when="kind",
            equals=EvidenceKind.REFERENCE,
            absent=True,
            message="general reference has no paragraphs to cite",
        ),
    )

    __attrs_post_init__ = check_own_invariants
    __eq__ = record_eq
    __hash__ = record_hash

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

    __repr__ = record_repr
    __eq__ = record_eq
    __hash__ = record_hash

    source_id: str = attrs.field(validator=check_slug, metadata=refers_to("sources"))
    paragraph: int = attrs.field(validator=IntRange(0, MAX_PARAGRAPH))
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

    __repr__ = record_repr
    __eq__ = record_eq
    __hash__ = record_hash

    collection: str
    record: str
    about: tuple[str, ...]
    kind: EvidenceKind
    evidence: Evidence
    source: Source
