"""Personal names across naming cultures, with hand-set order and sorting."""

from __future__ import annotations

from typing import ClassVar

import attrs

from ._checks import TEXTS, Needs, check_own_invariants, check_text
from ._enums import ValueEnum
from ._methods import record_eq, record_hash, record_repr

__all__ = ["NameOrder", "PersonName", "SortBy"]


class NameOrder(ValueEnum):
    """The order in which a name is written, set by hand, never guessed."""

    FAMILY_FIRST = "family_first"
    """Chinese, Vietnamese, Khmer: ``Pham Duy Binh`` is family ``Pham``."""
    GIVEN_FIRST = "given_first"
    """Thai, Lao, Malay, Filipino, Western: the given name comes first."""
    SINGLE = "single"
    """One name with no family/given split, such as a Burmese name."""


class SortBy(ValueEnum):
    """Which part a name files under in an index."""

    FAMILY = "family"
    """By family name, then given name (Chinese, Vietnamese, Khmer, Western)."""
    GIVEN = "given"
    """By given name (Thai and Malay usage)."""
    TEXT = "text"
    """By the whole name as written (Burmese names)."""


@attrs.frozen(kw_only=True)
class PersonName:
    """A person's name as published, with its parts where the culture has them.

    ``text`` is the source of truth; the parts are optional and filled by hand.

    Args:
        text: The name as published (``"Ahmad Phadil bin Mohamed Ismail"``).
        given: The given name, if the culture has one.
        middle: A middle name kept apart from the given name: in Filipino use, the
            mother's family name (``"Blanco"`` in ``"Lucio Blanco Pitlo III"``).
        family: The family name, only where the culture has one.
        order: How the name is written.
        suffix: A generational suffix kept apart (``"III"``).
        patronymic: A patronymic (``"bin Mohamed Ismail"``).
        variants: Other written forms a source gives.
        sort_by: Which part the name files under; None means by family name where
            there is one, else by the whole name.

    Raises:
        ValidationError: If ``order`` is ``family_first`` without a family name,
            ``single`` with parts, ``sort_by`` names a part that is missing, or a
            middle name comes without a given and a family name.

    Example:
        >>> name = PersonName(text="Pham Duy Binh", family="Pham", given="Duy Binh",
        ...                   order=NameOrder.FAMILY_FIRST)
        >>> name.indexed
        'Pham, Duy Binh'
        >>> name.sort_key
        ('pham', 'duy binh', '')
        >>> pitlo = PersonName(text="Lucio Blanco Pitlo III", given="Lucio", middle="Blanco",
        ...                    family="Pitlo", suffix="III", order=NameOrder.GIVEN_FIRST)
        >>> pitlo.indexed, pitlo.sort_key
        ('Pitlo, Lucio Blanco, III', ('pitlo', 'lucio blanco', 'iii'))
    """

    __repr__ = record_repr
    __eq__ = record_eq
    __hash__ = record_hash

    text: str = attrs.field(validator=check_text)
    given: str | None = attrs.field(default=None, validator=check_text)
    middle: str | None = attrs.field(default=None, validator=check_text)
    family: str | None = attrs.field(default=None, validator=check_text)
    order: NameOrder
    suffix: str | None = attrs.field(default=None, validator=check_text)
    patronymic: str | None = attrs.field(default=None, validator=check_text)
    variants: tuple[str, ...] = attrs.field(default=(), validator=TEXTS)
    sort_by: SortBy | None = None

    _invariants: ClassVar[tuple[Needs, ...]] = (
        Needs(
            "family",
            when="order",
            equals=NameOrder.FAMILY_FIRST,
            message="a family_first name needs a family name",
        ),
        Needs(
            "given",
            when="order",
            equals=NameOrder.SINGLE,
            absent=True,
            message="a single name has no given or family part",
        ),
        Needs(
            "family",
            when="order",
            equals=NameOrder.SINGLE,
            absent=True,
            message="a single name has no given or family part",
        ),
        Needs(
            "family",
            when="sort_by",
            equals=SortBy.FAMILY,
            message="sort_by family needs a family name",
        ),
        Needs(
            "given", when="sort_by", equals=SortBy.GIVEN, message="sort_by given needs a given name"
        ),
        Needs(
            "given",
            when="middle",
            message="a middle name needs a given name and a family name",
        ),
        Needs(
            "family",
            when="middle",
            message="a middle name needs a given name and a family name",
        ),
    )

    __attrs_post_init__ = check_own_invariants

    @property
    def personal(self) -> str | None:
        """The given name with the middle name after it (``"Lucio Blanco"``)."""
        parts = [p for p in (self.given, self.middle) if p]
        return " ".join(parts) or None

    @property
    def files_under(self) -> SortBy:
        """The part the name sorts by, after applying the default."""
        if self.sort_by is not None:
            return self.sort_by
        return SortBy.FAMILY if self.family is not None else SortBy.TEXT

    @property
    def sort_key(self) -> tuple[str, ...]:
        """A key that sorts names the way a reference librarian files them.

        Family-name cultures sort by family name, then given name, then suffix; Thai
        and Malay names by given name; Burmese names by the whole name. Keys are
        folded (case and Latin diacritics), so ``Phạm`` and ``Pham`` sort together.
        """
        from .._text import search_key  # the folding tables, imported where names are keyed

        by = self.files_under
        parts: tuple[str | None, ...]
        if by is SortBy.FAMILY:
            parts = (self.family, self.personal, self.suffix)
        elif by is SortBy.GIVEN:
            parts = (self.personal, self.family or self.patronymic, self.suffix)
        else:
            parts = (self.text,)
        return tuple(search_key(p or "") for p in parts)

    @property
    def indexed(self) -> str:
        """The name as an index lists it (``"Pitlo, Lucio Blanco, III"``).

        Names filed by family name in given-first cultures are inverted; names that
        already start with the part they file under are left as written.
        """
        if (
            self.files_under is SortBy.FAMILY
            and self.order is NameOrder.GIVEN_FIRST
            and self.family
        ):
            parts = [self.family, self.personal, self.suffix]
            return ", ".join(p for p in parts if p)
        if self.files_under is SortBy.FAMILY and self.family and self.personal:
            suffix = f", {self.suffix}" if self.suffix else ""
            return f"{self.family}, {self.personal}{suffix}"
        return self.text

    @property
    def keys(self) -> tuple[str, ...]:
        """Every folded form the name can be looked up by: the text and its variants."""
        from .._text import search_key

        return tuple(dict.fromkeys(search_key(t) for t in (self.text, *self.variants)))

    def __str__(self) -> str:
        return self.text
