"""The base of the model's enums: members print as their value."""

from __future__ import annotations

import enum

__all__ = ["ValueEnum"]


class ValueEnum(str, enum.Enum):
    """A string enum whose ``str()`` and format are its value, as in the documents.

    Example:
        >>> class Colour(ValueEnum):
        ...     DARK_RED = "dark_red"
        >>> str(Colour.DARK_RED), f"{Colour.DARK_RED}"
        ('dark_red', 'dark_red')
    """

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)
