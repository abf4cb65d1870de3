"""Small validators shared by the model classes."""

from __future__ import annotations

import math
import re
from typing import Any

import attrs

from ..errors import ValidationError

__all__ = ["COUNTRY_CODE", "SLUG", "check_country_code", "check_slug", "check_text"]

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
COUNTRY_CODE = re.compile(r"[A-Z]{2}")


def check_slug(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    """attrs validator: ``value`` is a slug such as ``"yu-yunquan"``."""
    if not isinstance(value, str) or not SLUG.fullmatch(value):
        raise ValidationError.single(
            f"{value!r} is not a valid id (lowercase letters, digits and single hyphens)",
            attribute.name,
        )


def check_country_code(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    """attrs validator: ``value`` is None or an ISO 3166-1 alpha-2 code such as ``"KH"``."""
    if value is not None and (not isinstance(value, str) or not COUNTRY_CODE.fullmatch(value)):
        raise ValidationError.single(
            f"{value!r} is not an ISO 3166-1 alpha-2 country code (two capital letters)",
            attribute.name,
        )


def check_text(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    """attrs validator: ``value`` is None or a string with something other than spaces."""
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise ValidationError.single(f"{value!r} is empty", attribute.name)


def check_finite(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    """attrs validator: ``value`` is a finite number (bool is not a number here)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValidationError.single(f"expected a number, got {value!r}", attribute.name)
    if isinstance(value, float) and not math.isfinite(value):
        raise ValidationError.single(f"expected a finite number, got {value!r}", attribute.name)
