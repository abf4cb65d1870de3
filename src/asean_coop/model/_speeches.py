"""Speeches and comments made at events."""

from __future__ import annotations

import attrs

from ._checks import MENTIONS, SLUGS, TEXTS, check_slug, check_text
from ._enums import ValueEnum
from ._figures import Figure
from ._methods import record_eq, record_hash, short_repr
from ._provenance import Evidence
from ._references import COUNTRIES, refers_to

__all__ = ["Speech", "SpeechKind"]


class SpeechKind(ValueEnum):
    """What sort of speech a speech is."""

    ADDRESS = "address"
    COMMENTARY = "commentary"
    REMARKS = "remarks"


@attrs.frozen(kw_only=True)
class Speech:
    """What someone said at an event, summarised in the project's own words.

    Args:
        id: Slug, unique among the speeches of an edition.
        event_id: The id of the event.
        speaker_id: The id of the person.
        kind: What sort of speech.
        summary: A one-paragraph summary.
        points: The main points, one sentence each.
        topics: Topic slugs (``"digital-transformation"``).
        mentions: Ids of the organizations and initiatives, and alpha-2 codes of the
            countries, the speech mentions.
        figures: Every number the speech cites.
        evidence: Where the source reports the speech.
    """

    __repr__ = short_repr
    __eq__ = record_eq
    __hash__ = record_hash

    id: str = attrs.field(validator=check_slug)
    event_id: str = attrs.field(validator=check_slug, metadata=refers_to("events"))
    speaker_id: str = attrs.field(validator=check_slug, metadata=refers_to("people"))
    kind: SpeechKind
    summary: str = attrs.field(validator=check_text)
    points: tuple[str, ...] = attrs.field(default=(), validator=TEXTS)
    topics: tuple[str, ...] = attrs.field(default=(), validator=SLUGS)
    mentions: tuple[str, ...] = attrs.field(
        default=(),
        validator=MENTIONS,
        metadata=refers_to("organizations", "initiatives", COUNTRIES),
    )
    figures: tuple[Figure, ...] = ()
    evidence: tuple[Evidence, ...] = ()

    def _repr_html_(self) -> str:
        """HTML for notebooks: a compact table, every data string escaped."""
        from .._html import speech_html

        return speech_html(self)
