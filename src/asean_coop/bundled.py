"""The bundled editions: JSON files inside the package, read on first use and cached.

Nothing is read at import time. Each edition is built once, even when many threads
ask for it at the same moment, and the same object is returned ever after.
"""

from __future__ import annotations

import functools
import re
import threading
from importlib import resources

from .codec import loads
from .errors import UnknownEditionError
from .model import Edition

__all__ = ["available_editions", "load_edition"]

_EDITION_FILE = re.compile(r"edition-(\d{4})\.json")
_LOCK = threading.Lock()


def _read(name: str) -> bytes:
    return resources.files("asean_coop").joinpath("data").joinpath(name).read_bytes()


@functools.cache
def available_editions() -> tuple[int, ...]:
    """The years of the bundled editions, ascending.

    Returns:
        For example ``(2025,)``.

    Example:
        >>> 2025 in available_editions()
        True
    """
    data = resources.files("asean_coop").joinpath("data")
    years = (_EDITION_FILE.fullmatch(entry.name) for entry in data.iterdir())
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
