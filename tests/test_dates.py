"""PartialDate: construction, parsing (ISO and human forms), bounds and ordering."""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asean_coop import PartialDate, Precision, ValidationError
from strategies import partial_dates


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("2025", "2025", Precision.YEAR),
        ("2025-09", "2025-09", Precision.MONTH),
        ("2026-01-15", "2026-01-15", Precision.DAY),
        ("15 January 2026", "2026-01-15", Precision.DAY),
        ("January 15, 2026", "2026-01-15", Precision.DAY),
        ("Sept 2026", "2026-09", Precision.MONTH),
        ("September 2026", "2026-09", Precision.MONTH),
        ("Feb 2024", "2024-02", Precision.MONTH),
        ("29 February 2024", "2024-02-29", Precision.DAY),
        (" 2025-04-14 ", "2025-04-14", Precision.DAY),
    ],
)
def test_parse(text: str, expected: str, precision: Precision) -> None:
    date = PartialDate.parse(text)
    assert str(date) == expected
    assert date.precision is precision


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2025-02-30", "day 30 does not exist in 2025-02 (last day 28)"),
        ("2025-13", "month 13 is outside 1-12"),
        ("0000", "year 0 is outside 1-9999"),
        ("30 February 2025", "is not a date"),
        ("January", "'January' names no year"),
        ("15 January", "'15 January' names no year"),
        ("2026-01-15 10:30", "names a time of day"),
        ("not a date", "is not a date"),
        ("", "is not a date"),
    ],
)
def test_parse_rejects(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        PartialDate.parse(text)
    assert message in str(info.value)
    assert isinstance(info.value, ValueError)


def test_parse_does_not_borrow_todays_day() -> None:
    # dateutil fills missing parts from a default date; a month must stay a month.
    assert PartialDate.parse("Sept 2026") == PartialDate(year=2026, month=9)


def test_parse_rejects_non_text() -> None:
    with pytest.raises(ValidationError, match="expected a date string"):
        PartialDate.parse(2025)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"year": 2025, "month": 2, "day": 30}, "day 30 does not exist"),
        ({"year": 2025, "day": 3}, "a day needs a month"),
        ({"year": 10000}, "outside 1-9999"),
        ({"year": 2025, "month": 0}, "month 0 is outside 1-12"),
        ({"year": "2025"}, "year must be an integer"),
        ({"year": 2025, "month": True}, "month must be an integer"),
    ],
)
def test_impossible_dates_cannot_exist(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        PartialDate(**kwargs)  # type: ignore[arg-type]


def test_from_iso_is_strict() -> None:
    assert PartialDate.from_iso("2025-09") == PartialDate(year=2025, month=9)
    with pytest.raises(ValidationError, match="is not an ISO date"):
        PartialDate.from_iso("Sept 2026")
    # Only ASCII digits: int() would read other scripts' digits too.
    with pytest.raises(ValidationError, match="is not an ISO date"):
        PartialDate.from_iso("\u0662\u0660\u0662\u0665")


def test_bounds_and_exact_dates() -> None:
    month = PartialDate(year=2024, month=2)
    assert month.earliest == dt.date(2024, 2, 1)
    assert month.latest == dt.date(2024, 2, 29)
    year = PartialDate(year=2025)
    assert (year.earliest, year.latest) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    day = PartialDate.from_date(dt.date(2026, 1, 15))
    assert day.to_date() == dt.date(2026, 1, 15)
    assert day.is_exact
    assert not month.is_exact
    with pytest.raises(ValueError, match="not known to the day"):
        month.to_date()


def test_ordering_is_total_and_coarse_first() -> None:
    dates = [
        PartialDate(year=2026),
        PartialDate(year=2025, month=9, day=1),
        PartialDate(year=2025, month=9),
        PartialDate(year=2025),
    ]
    assert [str(d) for d in sorted(dates)] == ["2025", "2025-09", "2025-09-01", "2026"]
    assert PartialDate(year=2025) <= PartialDate(year=2025)
    assert PartialDate(year=2026) > PartialDate(year=2025, month=12)
    assert PartialDate(year=2026) >= PartialDate(year=2026)


@given(partial_dates())
def test_iso_round_trip(date: PartialDate) -> None:
    assert PartialDate.parse(str(date)) == date
    assert PartialDate.from_iso(date.isoformat()) == date
    assert date.earliest <= date.latest


@given(st.dates(min_value=dt.date(1000, 1, 1)))
def test_human_form_round_trip(day: dt.date) -> None:
    # Four-digit years: dateutil reads a two-digit year as 19xx/20xx, as people do.
    assert PartialDate.parse(day.strftime("%d %B %Y")) == PartialDate.from_date(day)


@given(st.text(max_size=40))
def test_parse_never_raises_anything_else(text: str) -> None:
    with contextlib.suppress(ValidationError):
        PartialDate.parse(text)


@given(st.integers(1, 9999), st.integers(1, 12))
def test_month_lengths_follow_the_gregorian_calendar(year: int, month: int) -> None:
    last = calendar.monthrange(year, month)[1]
    assert PartialDate(year=year, month=month).latest == dt.date(year, month, last)
    with pytest.raises(ValidationError, match=f"day {last + 1} does not exist"):
        PartialDate(year=year, month=month, day=last + 1)
