"""Short display phrases shared by the command line and the notebook tables."""

from __future__ import annotations

from collections.abc import Mapping

from .model import Organization, Person

__all__ = ["ordinal", "post_summary"]


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
