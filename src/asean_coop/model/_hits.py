"""Search hits: one record a search found, and why (see :mod:`asean_coop.query._search`)."""

from __future__ import annotations

from typing import Any

import attrs

from ._figures import Figure
from ._methods import record_eq, record_hash, record_repr
from ._milestones import Milestone
from ._people import Person
from ._rankings import Story
from ._speeches import Speech

__all__ = ["LEVELS", "SearchHit", "label_of"]

LEVELS = (
    "whole name",
    "whole name, words reordered",
    "whole words of a name",
    "starts of words of a name",
    "whole words of a text",
    "starts of words of a text",
)
"""The match levels of a search, best first, as :attr:`SearchHit.why` words them."""


@attrs.frozen(kw_only=True)
class SearchHit:
    """One record a search found, and why.

    Args:
        record: The record (a :class:`~asean_coop.Figure` for a figure).
        kind: What it is: ``person``, ``organization``, ``initiative``, ``event``,
            ``speech``, ``story``, ``milestone`` or ``figure``.
        field: The field that matched (``"name"``, ``"place"``, ``"point 2"``).
        text: That field's text.
        level: The match level, 0 (the whole name) to 5 (the start of words of a
            text): an index into :data:`LEVELS`; see :mod:`asean_coop.query._search`.
        corrected: Query words read as other words, as ``(typed, read as)`` pairs.
        within: For a figure, the speech or event that cites it; else None.

    Example:
        >>> import asean_coop
        >>> hit = asean_coop.load_edition(2025).search("yu yunquan")[0]
        >>> hit.kind, hit.record.id, hit.why
        ('person', 'yu-yunquan', 'whole name (name)')
    """

    __repr__ = record_repr
    __eq__ = record_eq
    __hash__ = record_hash

    record: Any
    kind: str
    field: str
    text: str
    level: int
    corrected: tuple[tuple[str, str], ...] = ()
    within: Any = None

    @property
    def why(self) -> str:
        """Why the record matched, in words: the match level, the field, any typo."""
        why = f"{LEVELS[self.level]} ({self.field})"
        for typed, read in self.corrected:
            why += f"; {typed!r} read as {read!r}"
        return why

    @property
    def label(self) -> str:
        """The record's name or title (a figure's phrase)."""
        return label_of(self.record)

    @property
    def ref(self) -> str:
        """How to ask for the record again: its id, ``"story 3"``, ``"milestone 2025-04"``."""
        record = self.record
        if isinstance(record, Story):
            return f"story {record.position}"
        if isinstance(record, Milestone):
            return f"milestone {record.date}"
        if isinstance(record, Figure):
            return f"figure of {getattr(self.within, 'id', '')}"
        return str(getattr(record, "id", ""))


def label_of(record: object) -> str:
    """A record's name or title, as a list shows it: a person's name as published, a
    figure's phrase, a speech's summary, else the ``name`` or ``title`` field.

    Example:
        >>> from asean_coop import Figure
        >>> label_of(Figure(measure="attendees", value=300))
        '300 attendees'
    """
    if isinstance(record, Person):
        return record.name.text
    if isinstance(record, Figure):
        return record.describe()
    if isinstance(record, Speech):
        return record.summary
    return str(getattr(record, "name", None) or getattr(record, "title", ""))
