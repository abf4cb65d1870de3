"""Turning what users type into what the indexes hold: texts, roles and dates.

Every text key goes through :func:`asean_coop._text.search_key`, the one folding
function, so ``"pham duy binh"``, ``"Phạm Duy Bình"`` and ``"PHAM DUY BINH"`` are the
same key everywhere.
"""

from __future__ import annotations

import datetime as dt

from .._display import parse_enum
from .._text import search_key
from ..model import OrganizerRole, PartialDate, ParticipantRole, Person

__all__ = [
    "as_partial_date",
    "fold_key",
    "organizer_role",
    "participant_role",
    "person_order",
    "query_words",
]


def fold_key(key: object, what: str = "key") -> str:
    """Fold a lookup key, refusing one that holds nothing to look up.

    Args:
        key: The text a user typed.
        what: What the text is, for the error messages (``"query"``).

    Returns:
        :func:`~asean_coop._text.search_key` of ``key``.

    Raises:
        TypeError: If ``key`` is not a string.
        ValueError: If it holds no letter or digit.

    Example:
        >>> fold_key("Phạm Duy Bình")
        'pham duy binh'
        >>> fold_key(" ,, ")
        Traceback (most recent call last):
        ...
        ValueError: empty key: ' ,, ' holds no letter or digit
    """
    if not isinstance(key, str):
        raise TypeError(f"a {what} must be a string, got {type(key).__name__}")
    folded = search_key(key)
    if not folded:
        raise ValueError(f"empty {what}: {key!r} holds no letter or digit")
    return folded


def query_words(text: object, what: str = "query") -> tuple[str, ...]:
    """The folded words of a query, at least one.

    Args:
        text: The query.
        what: What the text is, for the error messages.

    Returns:
        The words, in the order typed.

    Raises:
        TypeError: If ``text`` is not a string.
        ValueError: If it holds no letter or digit.

    Example:
        >>> query_words("Binh, PHẠM")
        ('binh', 'pham')
    """
    return tuple(fold_key(text, what).split())


def participant_role(value: ParticipantRole | str) -> ParticipantRole:
    """Read a participant role from the enum or its string value.

    Case, hyphens and spaces do not matter (``"Speaker"``, ``"SPEAKER"``).

    Args:
        value: A :class:`~asean_coop.ParticipantRole` or its value.

    Returns:
        The role.

    Raises:
        ValueError: If the string names no role; the message lists the choices.
        TypeError: If ``value`` is neither.

    Example:
        >>> participant_role("Presider")
        <ParticipantRole.PRESIDER: 'presider'>
    """
    return parse_enum(ParticipantRole, value, "participant role")


def organizer_role(value: OrganizerRole | str) -> OrganizerRole:
    """Read an organizer role from the enum or its string value.

    Case, hyphens and spaces do not matter (``"co-host"`` is ``co_host``).

    Args:
        value: An :class:`~asean_coop.OrganizerRole` or its value.

    Returns:
        The role.

    Raises:
        ValueError: If the string names no role; the message lists the choices.
        TypeError: If ``value`` is neither.

    Example:
        >>> organizer_role("co-host")
        <OrganizerRole.CO_HOST: 'co_host'>
    """
    return parse_enum(OrganizerRole, value, "organizer role")


def as_partial_date(value: dt.date | PartialDate | str | None) -> PartialDate:
    """Read a date given as a ``date``, a :class:`~asean_coop.PartialDate` or a string.

    Args:
        value: A ``datetime.date`` (a ``datetime`` counts by its date), a partial date,
            any string :meth:`PartialDate.parse <asean_coop.PartialDate.parse>` accepts,
            or None for today.

    Returns:
        The date.

    Raises:
        ValidationError: If the string is not a date.
        TypeError: If ``value`` is none of those.

    Example:
        >>> as_partial_date("July 1997")
        PartialDate(year=1997, month=7)
    """
    if value is None:
        return PartialDate.from_date(dt.date.today())
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, dt.datetime):
        return PartialDate.from_date(value.date())
    if isinstance(value, dt.date):
        return PartialDate.from_date(value)
    if isinstance(value, str):
        return PartialDate.parse(value)
    raise TypeError(f"expected a date, a PartialDate or a string, got {value!r}")


def person_order(person: Person) -> tuple[tuple[str, ...], str]:
    """The key people are listed by: the name's ``sort_key``, then the id.

    Args:
        person: A person.

    Returns:
        A key for ``sorted``.
    """
    return (person.name.sort_key, person.id)
