"""Regular expressions shared by the exports, written to mean the same in every dialect.

The bodies here are unanchored (Frictionless anchors its ``pattern`` constraints
itself); :func:`anchored` makes the form JSON Schema needs.
"""

from __future__ import annotations

__all__ = ["ALPHA3", "COUNTRY", "DATE", "SLUG", "TEXT", "anchored"]

SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
"""An id: lowercase ASCII letters and digits in words joined by single hyphens."""

COUNTRY = r"[A-Z]{2}"
"""An ISO 3166-1 alpha-2 code."""

ALPHA3 = r"[A-Z]{3}"
"""An ISO 3166-1 alpha-3 code."""

TEXT = r"\S"
"""Text with something other than white space (unanchored on purpose)."""

_YEAR = r"(?!0000)[0-9]{4}"
_LEAP_YEAR = r"([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)"
_MONTH_DAY = (
    r"((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])"
    r"|(0[469]|11)-(0[1-9]|[12][0-9]|30)"
    r"|02-(0[1-9]|1[0-9]|2[0-8]))"
)
DATE = rf"({_YEAR}(-(0[1-9]|1[0-2]))?|{_YEAR}-{_MONTH_DAY}|{_LEAP_YEAR}-02-29)"
"""An ISO reduced date that exists: ``2025``, ``2025-09``, ``2024-02-29``, not ``2025-02-29``.

Written with plain groups, never ``(?:``: SQLAlchemy reads ``:0`` in a CHECK
constraint's text as a bind parameter, which broke ``frictionless index`` and
``publish`` into SQL databases."""


def anchored(body: str) -> str:
    """Anchor a pattern at both ends of the text, in any regex dialect.

    ``$`` alone also matches before a final newline in Python's :mod:`re`;
    ``$(?!\\n)`` means the end of the text there and in ECMA-262 alike.

    Args:
        body: An unanchored pattern.

    Returns:
        ``^(?:body)$(?!\\n)``.
    """
    return rf"^(?:{body})$(?!\n)"
