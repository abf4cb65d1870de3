"""Display helpers shared by the command line and the notebook tables.

One place for how things are spelled for people: ordinals, posts, role labels,
runs of positions, and reading an enum from what a user typed.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from typing import TypeVar

from ._text import search_key
from .model import Organization, OrganizerRole, ParticipantRole, Person

__all__ = [
    "ordinal",
    "parse_enum",
    "post_summary",
    "ranges",
    "role_label",
    "spans",
]

E = TypeVar("E", bound=enum.Enum)


def ordinal(number: int) -> str:
    """An English ordinal.

    Example:
        >>> [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 112)]
        ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '112th']
    """
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def post_summary(person: Person, organizations: Mapping[str, Organization]) -> str:
    """The person's first current post (else first post) as ``"vice president, CICG"``.

    Args:
        person: The person.
        organizations: The edition's organizations by id.

    Returns:
        The title, with the organization's short name (or name) if it is known;
        ``"former ..."`` for a former post; empty if the person holds no post.
    """
    for position in person.current_positions or person.positions:
        org = organizations.get(position.organization_id or "")
        where = f", {org.short_name or org.name}" if org else ""
        return ("former " if position.former else "") + position.title + where
    return ""


def role_label(role: ParticipantRole | OrganizerRole) -> str:
    """How a role is written for people: its value with hyphens (``co-host``).

    Example:
        >>> role_label(OrganizerRole.CO_HOST), role_label(ParticipantRole.SPEAKER)
        ('co-host', 'speaker')
    """
    return str(role.value).replace("_", "-")


def spans(numbers: Iterable[int]) -> list[tuple[int, int]]:
    """Runs of consecutive numbers, which must come in increasing order.

    Example:
        >>> spans([2, 3, 4, 7])
        [(2, 4), (7, 7)]
    """
    found: list[tuple[int, int]] = []
    for n in numbers:
        if found and n == found[-1][1] + 1:
            found[-1] = (found[-1][0], n)
        else:
            found.append((n, n))
    return found


def ranges(runs: Iterable[tuple[int, int]]) -> str:
    """Runs of numbers as text.

    Example:
        >>> ranges([(2, 4), (7, 7)])
        '2-4, 7'
    """
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)


def parse_enum(cls: type[E], value: object, label: str) -> E:
    """Read an enum member from itself, its value or its name, as users type them.

    Case, hyphens and spaces do not matter (``"co-host"`` is ``co_host``).

    Args:
        cls: The enum.
        value: A member, or a string.
        label: What a member is, for messages (``"participant role"``).

    Raises:
        ValueError: If the string names no member; the message lists the choices.
        TypeError: If ``value`` is neither.

    Example:
        >>> parse_enum(OrganizerRole, "Co-Host", "organizer role")
        <OrganizerRole.CO_HOST: 'co_host'>
    """
    if isinstance(value, cls):
        return value
    if isinstance(value, enum.Enum) or not isinstance(value, str):
        raise TypeError(f"a {label} must be a {cls.__name__} or a string, got {value!r}")
    wanted = search_key(value).replace(" ", "_")
    for member in cls:
        if wanted in (member.value, member.name.casefold()):
            return member
    choices = ", ".join(str(m.value) for m in cls)
    shown = value if len(value) <= 100 else value[:100] + "..."
    raise ValueError(f"{shown!r} is not a {label}; choices: {choices}")
