"""The patterns the exports write, read from the model's rules (never written again here).

The bodies are unanchored (Frictionless anchors its ``pattern`` constraints itself);
:func:`anchored` makes the form JSON Schema needs. Each means the same in Python's
:mod:`re` and in ECMA-262.
"""

from __future__ import annotations

from ..model._checks import ALPHA3 as _ALPHA3
from ..model._checks import COUNTRY_CODE as _COUNTRY_CODE
from ..model._checks import SLUG as _SLUG
from ..model._checks import TEXT as _TEXT
from ..model._checks import anchored
from ..model._dates import ISO_DATE_PATTERN

__all__ = ["ALPHA3", "COUNTRY", "DATE", "SLUG", "TEXT", "anchored"]

SLUG = _SLUG.pattern
"""An id: lowercase ASCII letters and digits in words joined by single hyphens."""

COUNTRY = _COUNTRY_CODE.pattern
"""An ISO 3166-1 alpha-2 code."""

ALPHA3 = _ALPHA3.pattern
"""An ISO 3166-1 alpha-3 code."""

TEXT = _TEXT.visible
"""Text with a visible character (unanchored on purpose: it is searched for)."""

DATE = ISO_DATE_PATTERN
"""An ISO reduced date that exists: ``2025``, ``2025-09``, ``2024-02-29``, not ``2025-02-29``."""
