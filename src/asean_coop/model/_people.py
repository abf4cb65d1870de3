"""People and the positions they hold."""

from __future__ import annotations

import attrs

from ._checks import TEXTS, check_slug, check_text
from ._methods import record_eq, record_hash, record_repr, short_repr
from ._names import PersonName
from ._provenance import Evidence
from ._references import refers_to

__all__ = ["Person", "Position"]


@attrs.frozen(kw_only=True)
class Position:
    """A post a person holds or held.

    Args:
        title: The title as the source gives it (``"vice president"``).
        organization_id: The id of the organization, if the post is with one.
        former: True for a former post.

    Example:
        >>> Position(title="vice president", organization_id="cicg")
        Position(title='vice president', organization_id='cicg', former=False)
    """

    __repr__ = record_repr
    __eq__ = record_eq
    __hash__ = record_hash

    title: str = attrs.field(validator=check_text)
    organization_id: str | None = attrs.field(
        default=None, validator=check_slug, metadata=refers_to("organizations")
    )
    former: bool = False


@attrs.frozen(kw_only=True)
class Person:
    """A person a source names.

    Args:
        id: Slug, unique among the people of an edition (``"yu-yunquan"``).
        name: The name and its parts.
        positions: Posts held, current ones first as the source lists them.
        honors: Honors the source gives (``"2025 Chinese Government Friendship Award"``).
        evidence: Where the source names the person.
    """

    __repr__ = short_repr
    __eq__ = record_eq
    __hash__ = record_hash

    id: str = attrs.field(validator=check_slug)
    name: PersonName
    positions: tuple[Position, ...]
    honors: tuple[str, ...] = attrs.field(default=(), validator=TEXTS)
    evidence: tuple[Evidence, ...] = ()

    @property
    def current_positions(self) -> tuple[Position, ...]:
        """The posts not marked former."""
        return tuple(p for p in self.positions if not p.former)

    def _repr_html_(self) -> str:
        """HTML for notebooks: a compact table, every data string escaped."""
        from .._html import person_html

        return person_html(self)
