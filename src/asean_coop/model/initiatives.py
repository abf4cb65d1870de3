"""Initiatives, projects, agreements and platforms that speeches mention."""

from __future__ import annotations

import attrs

from ._checks import TEXTS, check_slug, check_text
from ._reprs import short_repr
from .provenance import Evidence

__all__ = ["Initiative"]


@attrs.frozen(kw_only=True)
class Initiative:
    """A named initiative, project, agreement or platform (not a body).

    Args:
        id: Slug, unique among the initiatives of an edition (``"laos-china-railway"``).
        name: The full name.
        short_name: The abbreviation the source uses (``"CAFTA 3.0"``).
        aliases: Other names the source uses.
        evidence: Where the source names it.
    """

    __repr__ = short_repr

    id: str = attrs.field(validator=check_slug)
    name: str = attrs.field(validator=check_text)
    short_name: str | None = attrs.field(default=None, validator=check_text)
    aliases: tuple[str, ...] = attrs.field(default=(), validator=TEXTS)
    evidence: tuple[Evidence, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every name of the initiative: name, short name and aliases."""
        return tuple(n for n in (self.name, self.short_name, *self.aliases) if n)

    def _repr_html_(self) -> str:
        """HTML for notebooks: a compact table, every data string escaped."""
        from .._html import record_html

        return record_html(self)
