"""Numbers as a source states them, with their qualifier."""

from __future__ import annotations

import attrs

from ._checks import MENTION, check_finite, check_text
from ._dates import PartialDate
from ._enums import ValueEnum
from ._methods import record_eq, record_hash, record_repr
from ._references import COUNTRIES, refers_to

__all__ = ["Figure", "Qualifier"]


class Qualifier(ValueEnum):
    """How a source qualifies a number; each is a different fact.

    ``nearly 20 million`` (below it), ``over 24 million`` and ``more than 300``
    (above it) are kept apart, as the source keeps them.
    """

    EXACT = "exact"
    ABOUT = "about"
    NEARLY = "nearly"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    OVER = "over"

    @property
    def words(self) -> str:
        """The qualifier as a source writes it; empty for an exact number.

        Example:
            >>> Qualifier.MORE_THAN.words, Qualifier.EXACT.words
            ('more than', '')
        """
        return "" if self is Qualifier.EXACT else self.value.replace("_", " ")


@attrs.frozen(kw_only=True)
class Figure:
    """A number a source cites.

    Args:
        measure: What is counted (``"passenger trips"``).
        value: The number as stated (``20_000_000`` for "20 million").
        unit: The unit, if any (``"tons"``).
        qualifier: How the source qualifies the number.
        subject: The id of what the number is about (an organization, initiative or
            country code), if it is about one.
        as_of: When the number held, if the source says.
        cumulative: True for a running total to date (all the trips a railway has
            carried since it opened), not a count for one period.

    Example:
        >>> f = Figure(measure="attendees", value=300, qualifier=Qualifier.MORE_THAN)
        >>> f.describe()
        'more than 300 attendees'
    """

    __repr__ = record_repr
    __eq__ = record_eq
    __hash__ = record_hash

    measure: str = attrs.field(validator=check_text)
    value: int | float = attrs.field(validator=check_finite)
    unit: str | None = attrs.field(default=None, validator=check_text)
    qualifier: Qualifier = Qualifier.EXACT
    subject: str | None = attrs.field(
        default=None,
        validator=MENTION,
        metadata=refers_to("organizations", "initiatives", COUNTRIES),
    )
    as_of: PartialDate | None = None
    cumulative: bool = False

    def __str__(self) -> str:
        """The figure in words, as :meth:`describe` gives it."""
        return self.describe()

    def describe(self) -> str:
        """A short English phrase for the figure, qualifier first.

        Returns:
            For example ``"over 24,000,000 tons of freight"``.
        """
        words = f"{self.qualifier.words} " if self.qualifier.words else ""
        unit = f"{self.unit} of " if self.unit else ""
        return f"{words}{self.value:,} {unit}{self.measure}"

    def _repr_html_(self) -> str:
        """HTML for notebooks: a compact table, every data string escaped."""
        from .._html import record_html

        return record_html(self)
