"""Reduced-precision calendar dates: ``2025``, ``2025-09`` or ``2026-01-15``."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import attrs

from ..errors import ValidationError
from ._checks import compiled_pattern
from ._enums import ValueEnum

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["ISO_DATE_PATTERN", "PartialDate", "Precision", "read_iso"]

# The patterns, compiled on first use.
_ISO = r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?"
# A human form: ASCII letters, digits and a few separators, starting with a letter or a
# digit (so no sign), with a year of four digits standing on its own.
_HUMAN = r"[A-Za-z0-9][A-Za-z0-9 ,./:-]*"
_FOUR_DIGITS = r"(?<![0-9])[0-9]{4}(?![0-9])"
_SPACE = " \t\n\r"


class Precision(ValueEnum):
    """How much of a :class:`PartialDate` is known."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


def _is_leap(year: int) -> bool:
    """The Gregorian rule: every fourth year, but not centuries unless divisible by 400."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if _is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _two_digits(low: int, high: int) -> str:
    """A pattern for the two-digit numbers ``low`` to ``high``: ``0[1-9]|1[0-2]``."""
    parts = []
    for tens in range(low // 10, high // 10 + 1):
        first, last = max(low - 10 * tens, 0), min(high - 10 * tens, 9)
        parts.append(f"{tens}{first}" if first == last else f"{tens}[{first}-{last}]")
    return "|".join(parts)


def _iso_date_pattern() -> str:
    """The ISO reduced dates that exist, as a portable pattern, from the rules above.

    Month lengths and the leap-year rule are read from :func:`_days_in_month` and
    :func:`_is_leap`, so the pattern and the code say the same; plain groups only (a
    ``(?:`` before a digit reads as a bind parameter to SQL layers).
    """
    year = "(?!0000)[0-9]{4}"
    by_length: dict[int, list[int]] = {}
    for month in range(1, 13):
        by_length.setdefault(_days_in_month(1, month), []).append(month)
    days = [
        f"{year}-({'|'.join(f'{m:02d}' for m in months)})-({_two_digits(1, length)})"
        for length, months in sorted(by_length.items())
    ]
    tails = "|".join(f"{y:02d}" for y in range(1, 100) if _is_leap(y))
    centuries = "|".join(f"{c:02d}" for c in range(1, 100) if _is_leap(100 * c))
    leap_day = f"([0-9]{{2}}({tails})|({centuries})00)-02-29"
    return "(" + "|".join([f"{year}(-({_two_digits(1, 12)}))?", *days, leap_day]) + ")"


ISO_DATE_PATTERN = _iso_date_pattern()
"""ISO reduced dates that exist (``2025``, ``2025-09``, ``2024-02-29``; not ``2025-02-29``),
unanchored, meaning the same in Python and ECMA-262."""


def _check(year: object, month: object, day: object) -> str | None:
    for label, part in (("year", year), ("month", month), ("day", day)):
        if part is not None and (type(part) is not int):
            return f"{label} must be an integer, got {part!r}"
    assert isinstance(year, int)
    if not 1 <= year <= 9999:
        return f"year {year} is outside 1-9999"
    if month is None:
        return None if day is None else "a day needs a month"
    assert isinstance(month, int)
    if not 1 <= month <= 12:
        return f"month {month} is outside 1-12"
    if day is None:
        return None
    assert isinstance(day, int)
    last = _days_in_month(year, month)
    if not 1 <= day <= last:
        return f"day {day} does not exist in {year:04d}-{month:02d} (last day {last})"
    return None


@attrs.frozen(kw_only=True, order=False, eq=False, repr=False)
class PartialDate:
    """An ISO 8601 date known to the year, the month or the day.

    Args:
        year: 1 to 9999.
        month: 1 to 12, or None when only the year is known.
        day: A day that exists in that month, or None.

    Raises:
        ValidationError: If the date cannot exist (``2025-02-30``) or a day is given
            without a month.

    Example:
        >>> d = PartialDate.parse("Sept 2026")
        >>> str(d), d.precision.value
        ('2026-09', 'month')
        >>> d.earliest, d.latest
        (datetime.date(2026, 9, 1), datetime.date(2026, 9, 30))
        >>> PartialDate(year=2025) < PartialDate(year=2025, month=1) < PartialDate(year=2026)
        True

    With :class:`datetime.date` (see the comparison notes in the source and
    :doc:`/queries`): a partial date equals a day only when it is that exact day; it is
    before or after a day only when every day it may be is; ``in`` asks whether a day
    falls within it. :attr:`earliest`, :attr:`latest`, :meth:`to_date` and
    :meth:`from_date` convert.

        >>> import datetime as dt
        >>> PartialDate(year=2026, month=1, day=15) == dt.date(2026, 1, 15)
        True
        >>> sept = PartialDate(year=2025, month=9)
        >>> sept == dt.date(2025, 9, 1), sept < dt.date(2025, 10, 1), dt.date(2025, 9, 3) in sept
        (False, True, True)
        >>> sept < dt.date(2025, 9, 15) or sept > dt.date(2025, 9, 15)
        False
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __attrs_post_init__(self) -> None:
        message = _check(self.year, self.month, self.day)
        if message is not None:
            raise ValidationError.single(message)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read a date from ISO reduced form or from a human form.

        ISO forms (``2025``, ``2025-09``, ``2026-01-15``, ASCII digits) are read
        directly; anything else goes through python-dateutil, keeping only the parts
        the text states: ``"Sept 2026"`` is ``2026-09``, never a day borrowed from today.

        What a human form may be: at most 100 characters of ASCII letters, digits,
        spaces and ``, . / : -``, starting with a letter or a digit (so no sign:
        ``"-2025"`` is refused), naming exactly one four-digit year (``"99"`` is
        refused rather than read as 1999) and no time of day. Surrounding spaces, tabs
        and line breaks are ignored; any other character (a NUL, non-ASCII digits) is
        refused.

        Args:
            text: ``"2026-01-15"``, ``"15 January 2026"``, ``"Sept 2026"``, ``"2025"``...

        Returns:
            The date, at the precision the text supports.

        Raises:
            ValidationError: If the text is not a date in those forms, names no
                four-digit year, names a time of day, or names a date that cannot exist.

        Example:
            >>> PartialDate.parse("15 January 2026")
            PartialDate(year=2026, month=1, day=15)
        """
        if not isinstance(text, str):
            raise ValidationError.single(f"expected a date string, got {text!r}")
        stripped = text.strip(_SPACE)
        match = compiled_pattern(_ISO).fullmatch(stripped)
        if match is not None:
            return cls._from_parts(*(int(p) if p else None for p in match.groups()))
        return cls._parse_human(text, stripped)

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        """Read a date from ISO reduced form only (the form the JSON documents use).

        Args:
            text: ``"2025"``, ``"2025-09"`` or ``"2026-01-15"``.

        Returns:
            The date.

        Raises:
            ValidationError: If the text is not in one of those forms or cannot exist.

        Example:
            >>> PartialDate.from_iso("2025-09").precision
            <Precision.MONTH: 'month'>
        """
        if type(text) is str and cls is PartialDate:
            found = read_iso(text)
            if isinstance(found, str):
                raise ValidationError.single(found)
            return found
        match = compiled_pattern(_ISO).fullmatch(text) if isinstance(text, str) else None
        if match is None:
            raise ValidationError.single(
                f"{text!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"
            )
        return cls._from_parts(*(int(p) if p else None for p in match.groups()))

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        """Make a day-precision date from a :class:`datetime.date`.

        Args:
            value: The date.

        Returns:
            The same day as a PartialDate.
        """
        return cls(year=value.year, month=value.month, day=value.day)

    @classmethod
    def _from_parts(cls, year: Any, month: Any, day: Any) -> PartialDate:
        return cls(year=year, month=month, day=day)  # the constructor checks the parts

    @classmethod
    def _parse_human(cls, text: str, stripped: str) -> PartialDate:
        import datetime as dt  # imported where a day is made (not at import time)

        from dateutil import parser  # imported on demand: it is slow to import

        if len(stripped) > 100 or not compiled_pattern(_HUMAN).fullmatch(stripped):
            raise ValidationError.single(
                f"{text[:100]!r} is not a date (ASCII letters, digits, spaces and , . / : -, "
                "starting with a letter or a digit)"
            )
        years = compiled_pattern(_FOUR_DIGITS).findall(stripped)
        if len(years) != 1:
            raise ValidationError.single(
                f"{text!r} names no year (one four-digit year is needed), so it is not a date"
            )
        try:
            first = parser.parse(stripped, default=dt.datetime(1, 1, 1))
            second = parser.parse(stripped, default=dt.datetime(2, 2, 2, 2, 2))
        except (ValueError, OverflowError, TypeError, ArithmeticError) as exc:
            raise ValidationError.single(f"{text!r} is not a date ({exc})") from None
        if first.year != second.year or first.year != int(years[0]):
            raise ValidationError.single(f"{text!r} names no year")
        if first.time() != dt.time(0, 0) or second.time() != dt.time(2, 2):
            raise ValidationError.single(f"{text!r} names a time of day, not a date")
        if first.tzinfo is not None:
            raise ValidationError.single(f"{text!r} names a time zone, not a date")
        if first.month != second.month:
            if first.day != second.day:
                return cls._from_parts(first.year, None, None)
            raise ValidationError.single(f"{text!r} names a day but no month")
        day = first.day if first.day == second.day else None
        return cls._from_parts(first.year, first.month, day)

    @property
    def precision(self) -> Precision:
        """How much of the date is known."""
        if self.day is not None:
            return Precision.DAY
        return Precision.YEAR if self.month is None else Precision.MONTH

    @property
    def earliest(self) -> dt.date:
        """The first day the date could be."""
        import datetime as dt

        return dt.date(*self._first())

    @property
    def latest(self) -> dt.date:
        """The last day the date could be."""
        import datetime as dt

        return dt.date(*self._last())

    def _first(self) -> tuple[int, int, int]:
        """:attr:`earliest` as (year, month, day), which order as the days do."""
        return (self.year, self.month or 1, self.day or 1)

    def _last(self) -> tuple[int, int, int]:
        """:attr:`latest` as (year, month, day)."""
        month = self.month or 12
        return (self.year, month, self.day or _days_in_month(self.year, month))

    @property
    def is_exact(self) -> bool:
        """True when the day is known."""
        return self.day is not None

    def to_date(self) -> dt.date:
        """Return the exact :class:`datetime.date`.

        Returns:
            The day.

        Raises:
            ValueError: If the date is known only to the month or the year.
        """
        if self.day is None:
            raise ValueError(f"{self} is not known to the day")
        return self.earliest

    def isoformat(self) -> str:
        """The ISO 8601 reduced form: ``2025``, ``2025-09`` or ``2026-01-15``."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.isoformat()

    def _key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    # Comparisons. Between partial dates: by year, then month, then day, a missing part
    # before any given one (``2025 < 2025-01 < 2025-01-01``), so lists sort. With a
    # ``datetime.date``: a partial date is the span of days it may be, and it is before
    # a day when all of the span is (``latest < day``), after it when all of it is
    # (``earliest > day``); equal only when it is exactly that day. A span holding the
    # day is neither before nor after it: ``day in span`` says so.

    # (datetime is imported where a day is compared or made, not at import time: a
    # partial date compared with a partial date needs none.)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PartialDate):
            return self._key() == other._key()
        if type(other) is _date():
            return self.day is not None and self.earliest == other
        return NotImplemented

    def __hash__(self) -> int:
        if self.day is not None:
            return hash(self.earliest)  # equal to its day, so hashed alike
        return hash((PartialDate, self.year, self.month))

    def __lt__(self, other: PartialDate | dt.date) -> bool:
        if isinstance(other, PartialDate):
            return self._key() < other._key()
        if type(other) is _date():
            return self.latest < other
        return NotImplemented

    def __le__(self, other: PartialDate | dt.date) -> bool:
        if isinstance(other, PartialDate):
            return self._key() <= other._key()
        if type(other) is _date():
            return self.latest <= other
        return NotImplemented

    def __gt__(self, other: PartialDate | dt.date) -> bool:
        if isinstance(other, PartialDate):
            return self._key() > other._key()
        if type(other) is _date():
            return self.earliest > other
        return NotImplemented

    def __ge__(self, other: PartialDate | dt.date) -> bool:
        if isinstance(other, PartialDate):
            return self._key() >= other._key()
        if type(other) is _date():
            return self.earliest >= other
        return NotImplemented

    def __contains__(self, item: object) -> bool:
        """Whether a day, or a narrower partial date, falls within this one.

        Example:
            >>> import datetime as dt
            >>> dt.date(2025, 9, 3) in PartialDate(year=2025, month=9)
            True
            >>> PartialDate(year=2025, month=9) in PartialDate(year=2025)
            True
            >>> dt.date(2025, 10, 1) in PartialDate(year=2025, month=9)
            False
        """
        if isinstance(item, PartialDate):
            return self.earliest <= item.earliest and item.latest <= self.latest
        if type(item) is _date():
            return self.earliest <= item <= self.latest
        return False

    def __repr__(self) -> str:
        parts = [f"year={self.year}"]
        if self.month is not None:
            parts.append(f"month={self.month}")
        if self.day is not None:
            parts.append(f"day={self.day}")
        return f"PartialDate({', '.join(parts)})"


def _date() -> type[dt.date]:
    import datetime as dt

    return dt.date


@functools.lru_cache(maxsize=4096)
def read_iso(text: str) -> PartialDate | str:
    """:meth:`PartialDate.from_iso` without the exception, remembered: the date, or why
    the text is none (what the decoders call, for a refusal costs them no error object).

    Documents repeat their dates, and a date is immutable, so one object serves every
    occurrence; a text that is no date is remembered too, with its message, so a
    document repeating a bad date costs no more than one repeating a good one
    (4,096 texts at most, good or bad).
    """
    match = compiled_pattern(_ISO).fullmatch(text)
    if match is None:
        return f"{text!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"
    year, month, day = match.groups()
    message = _check(int(year), int(month) if month else None, int(day) if day else None)
    if message is not None:
        return message
    return PartialDate(
        year=int(year), month=int(month) if month else None, day=int(day) if day else None
    )
