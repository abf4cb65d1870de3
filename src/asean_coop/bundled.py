"""The bundled data: JSON files inside the package, read on first use and cached.

Nothing is read at import time. Each edition (and the country table) is built once,
even when many threads ask for it at the same moment, and the same object is returned
ever after.
"""

from __future__ import annotations

import functools
import json
import os
import re
import threading
from typing import TYPE_CHECKING, Any

from .codec import from_dict, loads
from .errors import Problem, UnknownEditionError, ValidationError
from .model import Country, Edition

if TYPE_CHECKING:
    from importlib.abc import Traversable

__all__ = ["available_editions", "countries", "country_name", "load_edition"]

_EDITION_FILE = r"edition-(\d{4})\.json"
_LOCK = threading.Lock()


_DATA = os.path.join(os.path.dirname(__file__), "data")


def _data_folder() -> Traversable:
    from importlib import resources  # imported where it is needed: it is slow to import

    return resources.files("asean_coop").joinpath("data")


def _read(name: str) -> bytes:
    # As pkgutil.get_data reads a package's file: through the loader of the package,
    # which reads a directory and a zip archive alike, without importlib.resources.
    get_data = getattr(getattr(__spec__, "loader", None), "get_data", None)
    if get_data is None:  # pragma: no cover - a loader that reads no files
        return _data_folder().joinpath(name).read_bytes()
    data: bytes = get_data(os.path.join(_DATA, name))
    return data


def _data_names() -> list[str]:
    try:
        return os.listdir(_DATA)
    except OSError:  # not a directory (a zip archive): importlib.resources lists it
        return [entry.name for entry in _data_folder().iterdir()]


@functools.cache
def available_editions() -> tuple[int, ...]:
    """The years of the bundled editions, ascending.

    Returns:
        For example ``(2025,)``.

    Example:
        >>> 2025 in available_editions()
        True
    """
    years = (re.fullmatch(_EDITION_FILE, name) for name in _data_names())
    return tuple(sorted(int(m.group(1)) for m in years if m))


def load_edition(year: int) -> Edition:
    """Return the bundled edition covering ``year``.

    The file is read and checked on the first call for a year; later calls return
    the same object. Safe to call from many threads at once.

    Args:
        year: The year the list covers (2025 for the list released in January 2026).

    Returns:
        The edition.

    Raises:
        UnknownEditionError: If no edition of that year is bundled; the message lists
            the editions there are.

    Example:
        >>> edition = load_edition(2025)
        >>> edition is load_edition(2025)
        True
    """
    if type(year) is not int or year not in available_editions():
        there = ", ".join(str(y) for y in available_editions()) or "none"
        raise UnknownEditionError(f"no edition for {year!r} is bundled; editions: {there}")
    with _LOCK:
        return _load(year)


@functools.cache
def _load(year: int) -> Edition:
    return loads(_read(f"edition-{year}.json"), Edition)


def countries() -> tuple[Country, ...]:
    """The bundled country table: China and the eleven ASEAN member states.

    The table is read on the first call and cached; later calls return the same tuple.
    Safe to call from many threads at once. The order is stable: by ISO 3166-1 alpha-2
    code (``BN``, ``CN``, ``ID``, ``KH``, ``LA``, ``MM``, ``MY``, ``PH``, ``SG``, ``TH``,
    ``TL``, ``VN``). ``asean_joined`` is the date of accession, None for China.

    Returns:
        The countries.

    Raises:
        ValidationError: If the packaged file is not a JSON array of countries with
            distinct codes (a broken installation).

    Example:
        >>> [c.code for c in countries()][:3]
        ['BN', 'CN', 'ID']
        >>> laos = next(c for c in countries() if c.code == "LA")
        >>> laos.name, laos.aliases, str(laos.asean_joined)
        ('Laos', ('Lao PDR',), '1997-07-23')
    """
    with _LOCK:
        return _countries()


def country_name(code: str) -> str:
    """The name of the country with alpha-2 ``code`` in :func:`countries`, else the code.

    Example:
        >>> country_name("LA"), country_name("FR")
        ('Laos', 'FR')
    """
    return _country_names().get(code, code)


@functools.cache
def _country_names() -> dict[str, str]:
    return {country.code: country.name for country in countries()}


@functools.cache
def _countries() -> tuple[Country, ...]:
    return _parse_countries(_read("countries.json"))


def _parse_countries(raw: bytes) -> tuple[Country, ...]:
    try:
        data: Any = json.loads(raw.decode("utf-8"))
    except ValueError as exc:  # invalid UTF-8 or invalid JSON
        raise ValidationError.single(f"the country table is not valid JSON: {exc}") from None
    if type(data) is not list:
        raise ValidationError.single("expected an array of countries")
    problems: list[Problem] = []
    found: list[Country] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(data):
        try:
            country = from_dict(item, Country)
        except ValidationError as exc:
            problems.extend(exc.prefixed(f"[{index}]").problems)
            continue
        if country.code in seen:
            problems.append(
                Problem(
                    f"[{index}].code",
                    f"{country.code!r} is already the code of [{seen[country.code]}]",
                )
            )
        else:
            seen[country.code] = index
        found.append(country)
    if problems:
        raise ValidationError(problems)
    return tuple(found)
